//! Started runners: several at once, crashes, heartbeats, LISTEN/NOTIFY, shutdown.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::deadpool::Pool;
use sourcing_test_db::TestDb;
use sourcing_worker::{EnqueueOptions, Runner, RunnerHandle, enqueue};

use crate::helpers::{eventually, pool, rows};
use crate::tasks::{Echo, Recorder, Slow, Stuck, StuckCtx};

#[tokio::test(flavor = "multi_thread")]
async fn two_runners_sharing_a_database_never_run_a_task_twice() {
    let db = TestDb::new().await;
    let pool_a = pool(db.url());
    let pool_b = pool(db.url());
    let (rec_a, rec_b) = (Recorder::new(), Recorder::new());
    let start = |pool, rec: &Arc<Recorder>| {
        Runner::new(pool, db.url())
            .register::<Echo>(rec.clone())
            .concurrency(4)
            .poll_interval(Duration::from_millis(50))
            .start()
    };
    let a = start(pool_a.clone(), &rec_a);
    let b = start(pool_b, &rec_b);

    const N: u32 = 300;
    let mut conn = pool_a.get().await.unwrap();
    for n in 0..N {
        enqueue(&mut conn, &Echo { n }, EnqueueOptions::default())
            .await
            .unwrap();
    }
    drop(conn);

    eventually("the queue to drain", Duration::from_secs(60), || async {
        rows(&pool_a).await.is_empty()
    })
    .await;
    a.shutdown().await;
    b.shutdown().await;

    let mut runs: HashMap<u32, u32> = rec_a.all_runs();
    for (n, count) in rec_b.all_runs() {
        *runs.entry(n).or_insert(0) += count;
    }
    let twice: Vec<_> = runs.iter().filter(|(_, c)| **c != 1).collect();
    assert!(twice.is_empty(), "tasks run other than once: {twice:?}");
    assert_eq!(runs.len(), N as usize);
    println!(
        "runner A ran {}, runner B ran {}",
        rec_a.total_runs(),
        rec_b.total_runs()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_killed_runner_s_task_is_taken_over_after_its_lease_expires() {
    let db = TestDb::new().await;
    let pool_main = pool(db.url());
    let lease = Duration::from_millis(300);
    let id = enqueue(
        &mut pool_main.get().await.unwrap(),
        &Stuck { n: 1 },
        EnqueueOptions::default(),
    )
    .await
    .unwrap()
    .unwrap();

    // Runner 1 lives on its own runtime, so "killing the process" is dropping that runtime.
    let doomed_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let rec1 = Recorder::new();
    let handle1 = {
        let _in_rt = doomed_rt.enter();
        Runner::new(pool(db.url()), db.url())
            .register::<Stuck>(StuckCtx {
                rec: rec1.clone(),
                hang: true,
            })
            .lease(lease)
            .poll_interval(Duration::from_millis(50))
            .start()
    };
    eventually(
        "runner 1 to start the task",
        Duration::from_secs(10),
        || async { rec1.runs_of(1) == 1 },
    )
    .await;
    doomed_rt.shutdown_background();
    std::mem::forget(handle1);
    let row = &rows(&pool_main).await[0];
    assert_eq!((row.id, row.attempts), (id, 1));
    assert!(row.locked, "runner 1 died holding the lease");

    let rec2 = Recorder::new();
    let runner2 = Runner::new(pool_main.clone(), db.url())
        .register::<Stuck>(StuckCtx {
            rec: rec2.clone(),
            hang: false,
        })
        .lease(lease)
        .poll_interval(Duration::from_millis(50))
        .start();
    eventually(
        "runner 2 to finish the task",
        Duration::from_secs(20),
        || async { rows(&pool_main).await.is_empty() },
    )
    .await;
    runner2.shutdown().await;
    assert_eq!(rec2.runs_of(1), 1);
    assert_eq!(rec2.completed(), vec![1]);
    assert!(rec1.completed().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn the_heartbeat_keeps_a_task_longer_than_its_lease_from_being_stolen() {
    let db = TestDb::new().await;
    let pool_a = pool(db.url());
    let rec = Recorder::new();
    let start = |pool| {
        Runner::new(pool, db.url())
            .register::<Slow>(rec.clone())
            .concurrency(2)
            .lease(Duration::from_millis(750))
            .poll_interval(Duration::from_millis(30))
            .start()
    };
    let a = start(pool_a.clone());
    let b = start(pool(db.url()));

    // Four leases long: without the heartbeat, another worker would claim it at ~750 ms. The
    // heartbeat renews every 250 ms, leaving 500 ms of slack for a loaded machine.
    enqueue(
        &mut pool_a.get().await.unwrap(),
        &Slow { n: 1, ms: 3000 },
        EnqueueOptions::default(),
    )
    .await
    .unwrap();
    eventually(
        "the slow task to be finalised",
        Duration::from_secs(30),
        || async { rows(&pool_a).await.iter().all(|r| r.dead) },
    )
    .await;
    a.shutdown().await;
    b.shutdown().await;
    assert_eq!(rec.runs_of(1), 1, "nobody stole the task while it ran");
    assert_eq!(rec.completed(), vec![1]);
    assert!(rows(&pool_a).await.is_empty(), "deleted by its one owner");
}

#[tokio::test(flavor = "multi_thread")]
async fn notify_wakes_an_idle_runner_long_before_its_poll_interval() {
    let db = TestDb::new().await;
    let pool = pool(db.url());
    let rec = Recorder::new();
    let handle = Runner::new(pool.clone(), db.url())
        .register::<Echo>(rec.clone())
        .concurrency(2)
        .poll_interval(Duration::from_secs(60))
        .start();
    tokio::time::timeout(Duration::from_secs(10), handle.wait_idle())
        .await
        .expect("runner listening and idle");

    enqueue(
        &mut pool.get().await.unwrap(),
        &Echo { n: 9 },
        EnqueueOptions::default(),
    )
    .await
    .unwrap();
    eventually(
        "the NOTIFY to wake a worker",
        Duration::from_secs(15),
        || async { rec.runs_of(9) == 1 },
    )
    .await;
    handle.shutdown().await;
}

/// A runner (built by `configure`) running one `Slow` task of `ms` milliseconds, started.
async fn running_slow_task(
    db: &TestDb,
    ms: u64,
    configure: impl FnOnce(Runner) -> Runner,
) -> (RunnerHandle, Arc<Recorder>, Pool<AsyncPgConnection>) {
    let pool = pool(db.url());
    let rec = Recorder::new();
    let runner = Runner::new(pool.clone(), db.url())
        .register::<Slow>(rec.clone())
        .poll_interval(Duration::from_millis(30));
    let handle = configure(runner).start();
    enqueue(
        &mut pool.get().await.unwrap(),
        &Slow { n: 1, ms },
        EnqueueOptions::default(),
    )
    .await
    .unwrap();
    eventually("the task to start", Duration::from_secs(10), || async {
        rec.runs_of(1) == 1
    })
    .await;
    (handle, rec, pool)
}

#[tokio::test(flavor = "multi_thread")]
async fn shutdown_lets_the_running_task_finish() {
    let db = TestDb::new().await;
    let (handle, rec, pool) = running_slow_task(&db, 300, |runner| runner).await;

    handle.shutdown().await;
    assert_eq!(rec.completed(), vec![1]);
    assert!(
        rows(&pool).await.is_empty(),
        "finalised before shutdown returned"
    );

    // A stopped runner claims nothing more.
    enqueue(
        &mut pool.get().await.unwrap(),
        &Slow { n: 2, ms: 0 },
        EnqueueOptions::default(),
    )
    .await
    .unwrap();
    assert_eq!(rows(&pool).await.len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn shutdown_past_its_timeout_gives_the_lease_back_at_once() {
    let db = TestDb::new().await;
    let (handle, rec, pool) = running_slow_task(&db, 60_000, |runner| {
        runner
            .lease(Duration::from_secs(600))
            .shutdown_timeout(Duration::from_millis(200))
    })
    .await;

    handle.shutdown().await;
    assert!(rec.completed().is_empty());
    let left = rows(&pool).await;
    assert_eq!(left.len(), 1);
    assert!(
        !left[0].locked,
        "the lease was given back, not left to expire"
    );
    assert_eq!(
        left[0].attempts, 0,
        "the interrupted attempt does not count"
    );
    assert!(left[0].due_in_secs <= 0.0, "claimable at once");
}
