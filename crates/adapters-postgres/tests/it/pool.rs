//! The pool skips the per-checkout ping while a connection is busy, yet replaces an idle one
//! the database has closed.

use std::time::Duration;

use diesel::sql_types::Integer;
use diesel::{QueryableByName, sql_query};
use diesel_async::RunQueryDsl;
use sourcing_adapters_postgres::{VERIFY_IDLE_AFTER, build_pool};
use sourcing_test_db::TestDb;

#[derive(QueryableByName)]
struct Pid {
    #[diesel(sql_type = Integer)]
    pid: i32,
}

/// Closes every server connection to the test database but the caller's own.
async fn terminate_other_backends(db: &TestDb) {
    let admin = build_pool(db.url(), 1, Duration::from_secs(5)).unwrap();
    let mut conn = admin.get().await.unwrap();
    let killed: Vec<Pid> = sql_query(
        "SELECT pg_terminate_backend(pid)::int AS pid FROM pg_stat_activity \
         WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .load(&mut conn)
    .await
    .unwrap();
    assert_eq!(killed.len(), 1, "the pool's one connection was open");
}

async fn backend_pid(pool: &sourcing_adapters_postgres::PgPool) -> Result<i32, String> {
    let mut conn = pool.get().await.map_err(|e| e.to_string())?;
    let row: Pid = sql_query("SELECT pg_backend_pid() AS pid")
        .get_result(&mut conn)
        .await
        .map_err(|e| e.to_string())?;
    Ok(row.pid)
}

#[tokio::test]
async fn an_idle_connection_closed_by_the_server_is_replaced_before_use() {
    let db = TestDb::new().await;
    let pool = build_pool(db.url(), 1, Duration::from_secs(5)).unwrap();
    let first = backend_pid(&pool).await.unwrap();
    assert_eq!(
        backend_pid(&pool).await.unwrap(),
        first,
        "the connection is reused"
    );

    terminate_other_backends(&db).await;
    tokio::time::sleep(VERIFY_IDLE_AFTER + Duration::from_millis(200)).await;

    let second = backend_pid(&pool)
        .await
        .expect("the pool pings the idle connection and opens a new one");
    assert_ne!(second, first);
}

#[derive(QueryableByName)]
struct LastQuery {
    #[diesel(sql_type = diesel::sql_types::Text)]
    query: String,
}

/// The last statement the server saw on connection `pid`.
async fn last_query(admin: &sourcing_adapters_postgres::PgPool, pid: i32) -> String {
    let mut conn = admin.get().await.unwrap();
    let row: LastQuery = sql_query("SELECT query FROM pg_stat_activity WHERE pid = $1")
        .bind::<Integer, _>(pid)
        .get_result(&mut conn)
        .await
        .unwrap();
    row.query
}

#[tokio::test]
async fn a_busy_connection_is_handed_out_without_a_ping_and_an_idle_one_is_pinged() {
    let db = TestDb::new().await;
    let pool = build_pool(db.url(), 1, Duration::from_secs(5)).unwrap();
    let admin = build_pool(db.url(), 1, Duration::from_secs(5)).unwrap();
    let pid = backend_pid(&pool).await.unwrap();

    // checked out again at once: no round trip before the caller's own statement
    let conn = pool.get().await.unwrap();
    assert_eq!(
        last_query(&admin, pid).await,
        "SELECT pg_backend_pid() AS pid"
    );
    drop(conn);

    tokio::time::sleep(VERIFY_IDLE_AFTER + Duration::from_millis(200)).await;
    let conn = pool.get().await.unwrap();
    assert_eq!(
        last_query(&admin, pid).await,
        "SELECT 1",
        "an idle connection is pinged"
    );
    drop(conn);
}

/// 40 requests behind a pool of 16 on a database that accepts and never answers: each one
/// gives up after the connect timeout once, not after waiting for a slot and then creating.
#[tokio::test]
async fn behind_a_full_pool_on_a_silent_database_every_checkout_ends_at_the_timeout() {
    let (port, held) = crate::support::silent_server().await;
    let timeout = Duration::from_secs(1);
    let pool = build_pool(
        &format!("postgres://postgres@127.0.0.1:{port}/x"),
        16,
        timeout,
    )
    .unwrap();
    let started = std::time::Instant::now();
    let waits = futures_util::future::join_all((0..40).map(|_| {
        let pool = pool.clone();
        async move {
            let outcome = sourcing_adapters_postgres::checkout(&pool).await;
            (outcome.is_err(), started.elapsed())
        }
    }))
    .await;
    assert!(waits.iter().all(|(failed, _)| *failed));
    let slowest = waits.iter().map(|(_, took)| *took).max().unwrap();
    // the bound is the timeout, with room for a loaded machine; twice it was the defect
    assert!(
        slowest < timeout * 19 / 10,
        "the slowest waited {slowest:?}"
    );
    held.abort();
}
