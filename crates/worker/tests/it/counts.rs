//! `count_tasks`: the states operators see, and `due` is exactly what a worker claims.

use std::time::Duration;

use diesel_async::RunQueryDsl;
use sourcing_test_db::TestDb;
use sourcing_worker::{Runner, TaskCount, TaskState, count_tasks};

use crate::helpers::pool;
use crate::tasks::{Echo, Recorder};

/// `(task, state, count)`, sorted.
fn summary(counts: &[TaskCount]) -> Vec<(String, &'static str, i64)> {
    let mut rows: Vec<_> = counts
        .iter()
        .map(|c| (c.task.clone(), c.state.as_str(), c.count))
        .collect();
    rows.sort();
    rows
}

#[tokio::test(flavor = "multi_thread")]
async fn tasks_are_counted_per_name_and_state_and_due_is_what_a_worker_claims() {
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let mut conn = pool.get().await.unwrap();
    diesel::sql_query(
        "INSERT INTO background_tasks (task_name, payload, run_at, locked_until, locked_by, \
                                       failed_at) VALUES \
         ('test.echo', '{\"n\": 1}', now() - interval '10 minutes', NULL, NULL, NULL), \
         ('test.echo', '{\"n\": 2}', now() - interval '1 minute', now() - interval '1 second', \
          gen_random_uuid(), NULL), \
         ('test.echo', '{\"n\": 3}', now() + interval '1 hour', NULL, NULL, NULL), \
         ('test.echo', '{\"n\": 4}', now() - interval '1 minute', now() + interval '1 minute', \
          gen_random_uuid(), NULL), \
         ('test.other', '{}', now() - interval '5 minutes', NULL, NULL, now()), \
         ('test.other', '{}', now() + interval '1 minute', NULL, NULL, NULL)",
    )
    .execute(&mut conn)
    .await
    .unwrap();

    let counts = count_tasks(&mut conn).await.unwrap();
    let expected = |rows: &[(&str, &'static str, i64)]| -> Vec<(String, &'static str, i64)> {
        rows.iter()
            .map(|(t, s, n)| ((*t).to_owned(), *s, *n))
            .collect()
    };
    assert_eq!(
        summary(&counts),
        expected(&[
            ("test.echo", "due", 2),
            ("test.echo", "running", 1),
            ("test.echo", "scheduled", 1),
            ("test.other", "dead", 1),
            ("test.other", "scheduled", 1),
        ]),
        "an expired lease is due again, a live one is running"
    );
    let oldest = |task: &str, state: TaskState| {
        counts
            .iter()
            .find(|c| c.task == task && c.state == state)
            .map(|c| c.oldest)
            .unwrap()
    };
    let waited = oldest("test.echo", TaskState::Due);
    assert!(
        waited >= Duration::from_secs(600) && waited < Duration::from_secs(3600),
        "the oldest due task has waited ten minutes: {waited:?}"
    );
    assert_eq!(
        oldest("test.echo", TaskState::Scheduled),
        Duration::ZERO,
        "a run_at still to come is no wait"
    );

    let rec = Recorder::new();
    let runner = Runner::new(pool.clone(), db.url()).register::<Echo>(rec.clone());
    assert_eq!(
        runner.run_until_empty().await.unwrap(),
        2,
        "a worker claims exactly the tasks counted due"
    );
    assert_eq!((rec.runs_of(1), rec.runs_of(2)), (1, 1));
    let after = count_tasks(&mut conn).await.unwrap();
    let not_due: Vec<_> = summary(&counts)
        .into_iter()
        .filter(|(_, state, _)| *state != "due")
        .collect();
    assert_eq!(
        summary(&after),
        not_due,
        "the claimed tasks are gone, the rest is as counted"
    );
}
