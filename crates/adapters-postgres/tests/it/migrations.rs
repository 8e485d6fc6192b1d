//! The embedded migrations: reversible, and safe to run from two processes at once.

use diesel::migration::MigrationSource;
use diesel::pg::Pg;
use diesel_async::AsyncPgConnection;
use diesel_async::async_connection_wrapper::AsyncConnectionWrapper;
use diesel_migrations::MigrationHarness;
use sourcing_adapters_postgres::migrations::{MIGRATIONS, run_pending};

use crate::support::fixture;

fn revert_all(url: String) {
    use diesel::Connection;
    let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::establish(&url).unwrap();
    let reverted = conn.revert_all_migrations(MIGRATIONS).unwrap();
    assert_eq!(
        reverted.len(),
        MigrationSource::<Pg>::migrations(&MIGRATIONS)
            .unwrap()
            .len()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn migrations_go_down_and_up_again_and_concurrent_runs_apply_them_once() {
    let fx = fixture().await;
    let url = fx.db.url().to_owned();
    let total = MigrationSource::<Pg>::migrations(&MIGRATIONS)
        .unwrap()
        .len();
    // The pool must not hold the database while it is rebuilt.
    drop(fx.pool);
    let down = url.clone();
    tokio::task::spawn_blocking(move || revert_all(down))
        .await
        .unwrap();

    let (a, b) = tokio::join!(run_pending(&url, WAIT), run_pending(&url, WAIT));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(
        a.len() + b.len(),
        total,
        "each migration applied exactly once: {a:?} {b:?}"
    );
    // Nothing left to do afterwards.
    assert!(run_pending(&url, WAIT).await.unwrap().is_empty());
}

/// Connection timeout of these tests.
const WAIT: std::time::Duration = std::time::Duration::from_secs(5);

#[tokio::test]
async fn a_database_that_accepts_and_never_answers_fails_migrate_after_the_connect_timeout() {
    use sourcing_adapters_postgres::migrations::create_database_if_missing;
    let (port, held) = crate::support::silent_server().await;
    let url = format!("postgres://postgres@127.0.0.1:{port}/sourcing");
    let short = std::time::Duration::from_millis(300);
    let migrate = tokio::time::timeout(WAIT, run_pending(&url, short))
        .await
        .expect("migrate gave up on its own");
    let message = format!("{:#}", migrate.unwrap_err());
    assert!(message.contains("no answer within 300 ms"), "{message}");
    let create = tokio::time::timeout(WAIT, create_database_if_missing(&url, short))
        .await
        .expect("create gave up on its own");
    assert!(create.is_err());
    held.abort();
}
