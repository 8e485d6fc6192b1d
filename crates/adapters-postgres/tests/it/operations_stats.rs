//! `PgOperationsStats` beyond the contract: the task queue's rows as the snapshot reports them
//! (the states defined by `sourcing-worker`), and `ping` against an unreachable database.

use std::time::Duration;

use diesel_async::RunQueryDsl;
use sourcing_adapters_postgres::{PgOperationsStats, build_pool};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ports::{OperationsStats, TaskDepth};

use crate::support::fixture;

#[tokio::test]
async fn queued_tasks_are_reported_by_name_and_state_with_the_oldest_due_wait() {
    let fx = fixture().await;
    let mut conn = fx.pool.get().await.unwrap();
    diesel::sql_query(
        "INSERT INTO background_tasks (task_name, payload, run_at, locked_until, locked_by, \
                                       failed_at) VALUES \
         ('a.task', '{}', now() - interval '2 minutes', NULL, NULL, NULL), \
         ('a.task', '{}', now() - interval '1 minute', NULL, NULL, NULL), \
         ('a.task', '{}', now() - interval '1 minute', now() + interval '1 minute', \
          gen_random_uuid(), NULL), \
         ('b.task', '{}', now() + interval '1 hour', NULL, NULL, NULL), \
         ('b.task', '{}', now(), NULL, NULL, now())",
    )
    .execute(&mut conn)
    .await
    .unwrap();

    let snapshot = PgOperationsStats::new(fx.pool.clone())
        .snapshot()
        .await
        .unwrap();
    let mut tasks = snapshot.tasks.clone();
    tasks.sort_by(|a, b| (&a.task, &a.state).cmp(&(&b.task, &b.state)));
    let depth = |task: &str, state: &str, count| TaskDepth {
        task: task.into(),
        state: state.into(),
        count,
    };
    assert_eq!(
        tasks,
        [
            depth("a.task", "due", 2),
            depth("a.task", "running", 1),
            depth("b.task", "dead", 1),
            depth("b.task", "scheduled", 1),
        ]
    );
    assert_eq!(snapshot.oldest_due.len(), 1, "{:?}", snapshot.oldest_due);
    let oldest = &snapshot.oldest_due[0];
    assert_eq!(oldest.task, "a.task");
    assert!(
        oldest.age >= Duration::from_secs(120) && oldest.age < Duration::from_secs(3600),
        "the oldest due task has waited two minutes: {:?}",
        oldest.age
    );
}

#[tokio::test]
async fn ping_answers_and_an_unreachable_database_is_unavailable() {
    let fx = fixture().await;
    PgOperationsStats::new(fx.pool.clone())
        .ping()
        .await
        .expect("the test database answers");
    let nowhere = build_pool(
        "postgres://postgres@127.0.0.1:1/none",
        1,
        Duration::from_millis(300),
    )
    .unwrap();
    let stats = PgOperationsStats::new(nowhere);
    assert!(matches!(
        stats.ping().await,
        Err(RepositoryError::Unavailable(_))
    ));
    assert!(matches!(
        stats.snapshot().await,
        Err(RepositoryError::Unavailable(_))
    ));
}
