//! Pools, polling with a deadline and a view of the `background_tasks` table.

use std::future::Future;
use std::time::Duration;

use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Bool, Double, Integer, Nullable, Text};
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use diesel_async::pooled_connection::deadpool::Pool;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use tokio::time::Instant;

pub fn pool(url: &str) -> Pool<AsyncPgConnection> {
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(url);
    Pool::builder(manager).max_size(8).build().unwrap()
}

/// Polls `check` every 20 ms until it holds, failing the test after `timeout`.
pub async fn eventually<F, Fut>(what: &str, timeout: Duration, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let deadline = Instant::now() + timeout;
    loop {
        if check().await {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "timed out after {timeout:?} waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[derive(Debug, QueryableByName)]
pub struct Row {
    #[diesel(sql_type = BigInt)]
    pub id: i64,
    #[diesel(sql_type = Text)]
    pub task_name: String,
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
    #[diesel(sql_type = Integer)]
    pub max_attempts: i32,
    #[diesel(sql_type = Bool)]
    pub dead: bool,
    #[diesel(sql_type = Nullable<Text>)]
    pub last_error: Option<String>,
    #[diesel(sql_type = Bool)]
    pub locked: bool,
    /// Seconds until `run_at` (negative: due).
    #[diesel(sql_type = Double)]
    pub due_in_secs: f64,
}

pub async fn rows(pool: &Pool<AsyncPgConnection>) -> Vec<Row> {
    let mut conn = pool.get().await.unwrap();
    diesel::sql_query(
        "SELECT id, task_name, attempts, max_attempts, failed_at IS NOT NULL AS dead, last_error, \
                locked_by IS NOT NULL AS locked, \
                EXTRACT(EPOCH FROM run_at - now())::float8 AS due_in_secs \
         FROM background_tasks ORDER BY id",
    )
    .load::<Row>(&mut conn)
    .await
    .unwrap()
}
