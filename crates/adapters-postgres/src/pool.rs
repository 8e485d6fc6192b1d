//! The connection pool shared by the API and the workers.

use std::time::Duration;

use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use diesel_async::pooled_connection::deadpool::{BuildError, Pool};

/// Pool of async Postgres connections.
pub type PgPool = Pool<AsyncPgConnection>;

/// Error of `pool.get()`.
pub type PoolError = diesel_async::pooled_connection::deadpool::PoolError;

/// Builds a pool that fails fast (instead of hanging) when the database is unreachable.
pub fn build_pool(
    url: &str,
    max_size: usize,
    wait_timeout: Duration,
) -> Result<PgPool, BuildError> {
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(url);
    Pool::builder(manager)
        .max_size(max_size)
        .runtime(deadpool::Runtime::Tokio1)
        .wait_timeout(Some(wait_timeout))
        .create_timeout(Some(wait_timeout))
        .recycle_timeout(Some(wait_timeout))
        .build()
}
