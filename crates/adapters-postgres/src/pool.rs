//! The connection pool shared by the API and the workers.

use std::time::Duration;

use deadpool::managed::{Hook, HookError, Metrics};
use diesel_async::AsyncPgConnection;
use diesel_async::RunQueryDsl;
use diesel_async::pooled_connection::deadpool::{BuildError, Pool};
use diesel_async::pooled_connection::{
    AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod,
};

/// Pool of async Postgres connections.
pub type PgPool = Pool<AsyncPgConnection>;

/// Error of `pool.get()`.
pub type PoolError = diesel_async::pooled_connection::deadpool::PoolError;

/// A connection handed out again within this time of its last checkout is not pinged first.
///
/// Pinging every checkout (diesel-async's default) costs a round trip per request under load,
/// when the connection has just proved itself; an idle connection — the one a database
/// restart or an idle timeout may have closed — is still pinged, and replaced if it fails.
pub const VERIFY_IDLE_AFTER: Duration = Duration::from_secs(1);

/// Builds a pool that fails fast (instead of hanging) when the database is unreachable.
pub fn build_pool(
    url: &str,
    max_size: usize,
    wait_timeout: Duration,
) -> Result<PgPool, BuildError> {
    let mut config = ManagerConfig::default();
    // still refuses a connection left inside a transaction; the ping is the hook's
    config.recycling_method = RecyclingMethod::Fast;
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(url, config);
    Pool::builder(manager)
        .max_size(max_size)
        .runtime(deadpool::Runtime::Tokio1)
        .wait_timeout(Some(wait_timeout))
        .create_timeout(Some(wait_timeout))
        .recycle_timeout(Some(wait_timeout))
        .pre_recycle(Hook::async_fn(move |conn, metrics| {
            Box::pin(verify_if_idle(conn, metrics, wait_timeout))
        }))
        .build()
}

/// A connection from `pool`, within the pool's wait timeout in all: waiting for a slot and then
/// creating the connection each have that timeout, so without this overall deadline a request
/// behind a full pool on a database that never answers would wait twice as long.
pub async fn checkout(pool: &PgPool) -> Result<PooledConnection, PoolError> {
    let deadline = pool.timeouts().wait.unwrap_or(Duration::from_secs(5));
    tokio::time::timeout(deadline, pool.get())
        .await
        .unwrap_or(Err(PoolError::Timeout(
            deadpool::managed::TimeoutType::Wait,
        )))
}

/// A connection checked out of a [`PgPool`].
pub type PooledConnection = diesel_async::pooled_connection::deadpool::Object<AsyncPgConnection>;

/// Pings a connection idle for [`VERIFY_IDLE_AFTER`] or more; a failed or slow ping makes
/// the pool drop it and hand out another.
async fn verify_if_idle(
    conn: &mut AsyncPgConnection,
    metrics: &Metrics,
    timeout: Duration,
) -> Result<(), HookError<diesel_async::pooled_connection::PoolError>> {
    if metrics.last_used() < VERIFY_IDLE_AFTER {
        return Ok(());
    }
    match tokio::time::timeout(timeout, diesel::sql_query("SELECT 1").execute(conn)).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(HookError::Message(
            format!("idle connection failed its ping: {e}").into(),
        )),
        Err(_) => Err(HookError::Message("idle connection ping timed out".into())),
    }
}
