//! Single-runner behaviour, driven deterministically with `run_until_empty`.

use std::time::Duration;

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use sourcing_test_db::TestDb;
use sourcing_worker::{EnqueueOptions, Runner, enqueue};

use crate::helpers::{eventually, pool, rows};
use crate::tasks::{Doomed, Echo, Flaky, Panics, Patient, Recorder};

fn key(k: &str) -> EnqueueOptions {
    EnqueueOptions {
        dedup_key: Some(k.to_owned()),
        ..EnqueueOptions::default()
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_task_runs_exactly_once_and_is_deleted() {
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let rec = Recorder::new();
    let runner = Runner::new(pool.clone(), db.url()).register::<Echo>(rec.clone());

    let id = enqueue(
        &mut pool.get().await.unwrap(),
        &Echo { n: 7 },
        EnqueueOptions::default(),
    )
    .await
    .unwrap();
    assert!(id.is_some());
    let row = &rows(&pool).await[0];
    assert_eq!(
        (row.task_name.as_str(), row.attempts, row.max_attempts),
        ("test.echo", 0, 5)
    );

    assert_eq!(runner.run_until_empty().await.unwrap(), 1);
    assert_eq!(runner.run_until_empty().await.unwrap(), 0);
    assert_eq!(rec.runs_of(7), 1);
    assert_eq!(rec.completed(), vec![7]);
    assert!(rows(&pool).await.is_empty(), "a succeeded task is deleted");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_retryable_error_is_retried_with_backoff_then_succeeds() {
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let rec = Recorder::new();
    let runner = Runner::new(pool.clone(), db.url())
        .register::<Flaky>(rec.clone())
        .backoff(Duration::from_millis(400), Duration::from_secs(5));
    let task = Flaky {
        n: 1,
        fail_times: 2,
    };
    enqueue(
        &mut pool.get().await.unwrap(),
        &task,
        EnqueueOptions::default(),
    )
    .await
    .unwrap();

    // First attempt fails; the row waits for its backoff (400 ms ± 25 %), released and not dead.
    assert_eq!(runner.run_until_empty().await.unwrap(), 1);
    let row = &rows(&pool).await[0];
    assert_eq!(rec.runs_of(1), 1);
    assert_eq!(row.attempts, 1);
    assert!(!row.dead && !row.locked);
    assert_eq!(row.last_error.as_deref(), Some("boom 1"));
    assert!(
        row.due_in_secs > 0.1,
        "run_at moved into the future: {row:?}"
    );
    // Not due yet, so an immediate drain runs nothing.
    if runner.run_until_empty().await.unwrap() == 0 {
        assert_eq!(rec.runs_of(1), 1);
    }

    eventually(
        "the third attempt to succeed",
        Duration::from_secs(20),
        || async {
            runner.run_until_empty().await.unwrap();
            rows(&pool).await.is_empty()
        },
    )
    .await;
    assert_eq!(rec.runs_of(1), 3);
    assert_eq!(rec.completed(), vec![1]);
}

#[tokio::test(flavor = "multi_thread")]
async fn exhausted_attempts_make_the_task_dead_and_call_on_dead_once() {
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let rec = Recorder::new();
    let runner = Runner::new(pool.clone(), db.url())
        .register::<Doomed>(rec.clone())
        .backoff(Duration::from_millis(5), Duration::from_millis(20));
    let task = Doomed {
        n: 3,
        permanent: false,
    };
    enqueue(
        &mut pool.get().await.unwrap(),
        &task,
        EnqueueOptions::default(),
    )
    .await
    .unwrap();

    eventually("the task to go dead", Duration::from_secs(20), || async {
        runner.run_until_empty().await.unwrap();
        rows(&pool).await[0].dead
    })
    .await;
    let row = &rows(&pool).await[0];
    assert_eq!(
        (row.attempts, row.max_attempts),
        (3, 3),
        "Doomed::MAX_ATTEMPTS applies"
    );
    assert_eq!(row.last_error.as_deref(), Some("always fails (run 3)"));
    assert!(!row.locked);
    assert_eq!(rec.runs_of(3), 3);
    assert_eq!(rec.dead(), vec![(3, "always fails (run 3)".to_owned())]);

    // Dead tasks are never claimed again and on_dead is not repeated.
    assert_eq!(runner.run_until_empty().await.unwrap(), 0);
    assert_eq!(rec.runs_of(3), 3);
    assert_eq!(rec.dead().len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_permanent_error_makes_the_task_dead_at_once() {
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let rec = Recorder::new();
    let runner = Runner::new(pool.clone(), db.url()).register::<Doomed>(rec.clone());
    let opts = EnqueueOptions {
        max_attempts: Some(10),
        ..EnqueueOptions::default()
    };
    enqueue(
        &mut pool.get().await.unwrap(),
        &Doomed {
            n: 4,
            permanent: true,
        },
        opts,
    )
    .await
    .unwrap();

    assert_eq!(runner.run_until_empty().await.unwrap(), 1);
    let row = &rows(&pool).await[0];
    assert!(row.dead);
    assert_eq!((row.attempts, row.max_attempts), (1, 10));
    assert_eq!(
        row.last_error.as_deref(),
        Some("permanently broken (run 1)")
    );
    assert_eq!(rec.runs_of(4), 1);
    assert_eq!(
        rec.dead(),
        vec![(4, "permanently broken (run 1)".to_owned())]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_panicking_task_counts_as_a_retryable_failure() {
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let rec = Recorder::new();
    let runner = Runner::new(pool.clone(), db.url())
        .register::<Panics>(rec.clone())
        .backoff(Duration::from_secs(60), Duration::from_secs(60));
    enqueue(
        &mut pool.get().await.unwrap(),
        &Panics { n: 5 },
        EnqueueOptions::default(),
    )
    .await
    .unwrap();

    assert_eq!(runner.run_until_empty().await.unwrap(), 1);
    let row = &rows(&pool).await[0];
    assert_eq!(rec.runs_of(5), 1);
    assert!(!row.dead && !row.locked);
    assert_eq!(row.attempts, 1);
    assert_eq!(row.last_error.as_deref(), Some("task panicked: kaboom"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_lease_that_expired_during_the_last_attempt_makes_the_task_dead() {
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let rec = Recorder::new();
    let runner = Runner::new(pool.clone(), db.url()).register::<Doomed>(rec.clone());
    let id = enqueue(
        &mut pool.get().await.unwrap(),
        &Doomed {
            n: 6,
            permanent: false,
        },
        EnqueueOptions::default(),
    )
    .await
    .unwrap()
    .unwrap();
    // As if a worker claimed the last attempt and died without finalising.
    diesel::sql_query(
        "UPDATE background_tasks SET attempts = max_attempts, locked_by = gen_random_uuid(), \
         locked_until = now() - interval '1 second' WHERE id = $1",
    )
    .bind::<diesel::sql_types::BigInt, _>(id)
    .execute(&mut pool.get().await.unwrap())
    .await
    .unwrap();

    assert_eq!(runner.run_until_empty().await.unwrap(), 1);
    let row = &rows(&pool).await[0];
    assert!(row.dead);
    assert_eq!(rec.runs_of(6), 0, "the body is not run past max_attempts");
    assert_eq!(rec.dead().len(), 1);
    assert!(
        rec.dead()[0].1.contains("lease expired"),
        "{:?}",
        rec.dead()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn enqueue_in_a_rolled_back_transaction_leaves_no_task() {
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let mut conn = pool.get().await.unwrap();

    let rolled_back = conn
        .transaction::<(), diesel::result::Error, _>(async |conn| {
            let id = enqueue(conn, &Echo { n: 1 }, EnqueueOptions::default())
                .await
                .unwrap();
            assert!(id.is_some(), "visible inside the transaction");
            Err(diesel::result::Error::RollbackTransaction)
        })
        .await;
    assert!(rolled_back.is_err());
    assert!(
        rows(&pool).await.is_empty(),
        "the rollback removed the task"
    );

    conn.transaction::<(), diesel::result::Error, _>(async |conn| {
        enqueue(conn, &Echo { n: 2 }, EnqueueOptions::default())
            .await
            .unwrap();
        Ok(())
    })
    .await
    .unwrap();
    assert_eq!(rows(&pool).await.len(), 1, "a committed enqueue stays");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dedup_key_makes_a_second_enqueue_a_no_op_while_one_is_live() {
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let rec = Recorder::new();
    let runner = Runner::new(pool.clone(), db.url())
        .register::<Echo>(rec.clone())
        .register::<Doomed>(rec.clone());
    let conn: &mut AsyncPgConnection = &mut pool.get().await.unwrap();

    let first = enqueue(conn, &Echo { n: 1 }, key("run-1")).await.unwrap();
    assert!(first.is_some());
    assert_eq!(
        enqueue(conn, &Echo { n: 2 }, key("run-1")).await.unwrap(),
        None
    );
    assert!(
        enqueue(conn, &Echo { n: 3 }, key("run-2"))
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        enqueue(
            conn,
            &Doomed {
                n: 4,
                permanent: true
            },
            key("run-1")
        )
        .await
        .unwrap()
        .is_some(),
        "keys are scoped by task name"
    );
    assert!(
        enqueue(conn, &Echo { n: 5 }, EnqueueOptions::default())
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        enqueue(conn, &Echo { n: 6 }, EnqueueOptions::default())
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(rows(&pool).await.len(), 5);

    assert_eq!(runner.run_until_empty().await.unwrap(), 5);
    assert_eq!(rec.runs_of(2), 0, "the duplicate never ran");
    // Done (deleted) or dead tasks no longer block their key.
    assert!(
        enqueue(conn, &Echo { n: 7 }, key("run-1"))
            .await
            .unwrap()
            .is_some()
    );
    let dead_key = enqueue(
        conn,
        &Doomed {
            n: 8,
            permanent: true,
        },
        key("run-1"),
    )
    .await
    .unwrap();
    assert!(dead_key.is_some());
}

#[tokio::test(flavor = "multi_thread")]
async fn retry_after_reschedules_at_the_tasks_own_delay_not_the_backoff() {
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let rec = Recorder::new();
    // the queue's backoff would retry within a second; the task asks for an hour
    let runner = Runner::new(pool.clone(), db.url())
        .register::<Patient>(rec.clone())
        .backoff(Duration::from_millis(10), Duration::from_millis(20));
    enqueue(
        &mut pool.get().await.unwrap(),
        &Patient {
            n: 1,
            wait_ms: 3_600_000,
        },
        EnqueueOptions::default(),
    )
    .await
    .unwrap();
    assert_eq!(runner.run_until_empty().await.unwrap(), 1);
    let row = &rows(&pool).await[0];
    assert_eq!((row.attempts, row.dead), (1, false));
    assert!(
        row.due_in_secs > 3_500.0 && row.due_in_secs <= 3_600.5,
        "due in about an hour: {row:?}"
    );
    assert_eq!(row.last_error.as_deref(), Some("receiver busy"));

    // a short wait is honoured too, and the retry then succeeds
    let db = TestDb::new().await;
    let pool = crate::helpers::pool(db.url());
    let runner = Runner::new(pool.clone(), db.url())
        .register::<Patient>(rec.clone())
        .backoff(Duration::from_secs(3_600), Duration::from_secs(3_600));
    enqueue(
        &mut pool.get().await.unwrap(),
        &Patient { n: 2, wait_ms: 200 },
        EnqueueOptions::default(),
    )
    .await
    .unwrap();
    runner.run_until_empty().await.unwrap();
    eventually(
        "the retry after 200 ms",
        Duration::from_secs(10),
        || async {
            runner.run_until_empty().await.unwrap();
            rec.completed().contains(&2)
        },
    )
    .await;
    assert_eq!(rec.runs_of(2), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn enqueue_reuses_one_prepared_insert_and_run_at_defaults_to_the_database_clock() {
    #[derive(diesel::QueryableByName)]
    struct Prepared {
        #[diesel(sql_type = diesel::sql_types::Text)]
        statement: String,
    }
    #[derive(diesel::QueryableByName)]
    struct Due {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        due_now: bool,
    }
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let conn: &mut AsyncPgConnection = &mut pool.get().await.unwrap();
    for n in 0..3 {
        enqueue(conn, &Echo { n }, key(&format!("run-{n}")))
            .await
            .unwrap()
            .unwrap();
    }
    let later = chrono::Utc::now() + chrono::Duration::hours(1);
    let options = EnqueueOptions {
        run_at: Some(later),
        ..key("later")
    };
    enqueue(conn, &Echo { n: 9 }, options)
        .await
        .unwrap()
        .unwrap();
    let prepared: Vec<Prepared> = diesel::sql_query("SELECT statement FROM pg_prepared_statements")
        .load(conn)
        .await
        .unwrap();
    let inserts = prepared
        .iter()
        .filter(|p| p.statement.starts_with("INSERT INTO \"background_tasks\""))
        .count();
    assert_eq!(inserts, 1, "one prepared insert, reused for every enqueue");
    let due: Vec<Due> =
        diesel::sql_query("SELECT run_at <= now() AS due_now FROM background_tasks ORDER BY id")
            .load(conn)
            .await
            .unwrap();
    let due: Vec<bool> = due.into_iter().map(|d| d.due_now).collect();
    assert_eq!(due, [true, true, true, false], "None is now, Some is kept");
}
