//! Provider faults through the whole service: timeouts, 5xx, 400, the breaker, and a worker
//! that dies mid-run.

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use sourcing_adapters_postgres::build_pool;
use sourcing_app::config::Config;
use sourcing_app::startup::{Services, build_runner};
use sourcing_domain::company::BillingMode;

use crate::fake_index::{FakeIndex, Mode};
use crate::support::{TestApp, expect_error, sample_index, spawn_app};

fn ad() -> Value {
    json!({
        "title": "Backend Engineer",
        "jobDescription": "Build APIs in Go and PostgreSQL. Docker and Kubernetes are a plus.",
        "limit": 3
    })
}

async fn app_with_index(index: &FakeIndex, extra: &str) -> TestApp {
    let layer = format!(
        "[search]\nbackend = \"http\"\nurl = \"{}\"\ntimeout_ms = 300\nmax_retries = 2\nbackoff_base_ms = 20\n\
         breaker_failure_threshold = 50\nbreaker_cool_down_ms = 60000\n[rate_limits]\ncreate_run = 1000\n[pipeline]\nmin_match_score = 0\n",
        index.url
    );
    spawn_app(&[layer.as_str(), extra]).await
}

async fn run_id(app: &TestApp, key: &crate::support::IssuedKey) -> String {
    let response = app.post_run(key, &ad()).await;
    assert_eq!(response.status(), 202);
    let body: Value = response.json().await.unwrap();
    body["requestId"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slow_index_is_tried_three_times_then_the_run_fails_unbilled() {
    let index = FakeIndex::start(sample_index()).await;
    index.set(Mode::Slow(Duration::from_millis(1500)));
    let app = app_with_index(&index, "").await;
    let acme = app.company(BillingMode::Prepaid, 50).await;
    let key = app.key(&acme).await;
    let id = run_id(&app, &key).await;
    let done = app.wait_finished(&key, &id).await;
    assert_eq!(done["status"], "failed");
    assert_eq!(done["errorCode"], "PROVIDER_TEMPORARILY_UNAVAILABLE");
    assert!(done["errorMessage"].is_string() && done["completedAt"].is_string());
    assert_eq!(done["candidates"], json!([]));
    assert_eq!(index.requests(), 3, "one attempt and exactly two retries");
    assert_eq!(app.balance(&acme).await, 50);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM outbox_events WHERE event_type = 'sourcing.failed'")
            .await,
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_5xx_is_retried_and_the_run_completes() {
    let index = FakeIndex::start(sample_index()).await;
    index.set(Mode::Status(502));
    let app = app_with_index(&index, "[search]\nbackoff_base_ms = 400\n").await;
    let acme = app.company(BillingMode::Prepaid, 50).await;
    let key = app.key(&acme).await;
    let id = run_id(&app, &key).await;
    tokio::time::timeout(Duration::from_secs(20), index.wait_for_requests(1))
        .await
        .unwrap();
    index.set(Mode::Healthy);
    let done = app.wait_finished(&key, &id).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert!(index.requests() >= 2);
    let delivered = done["candidates"].as_array().unwrap().len() as i64;
    assert!(delivered > 0);
    assert_eq!(app.balance(&acme).await, 50 - delivered);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_400_is_not_retried_and_fails_the_run_as_an_agent_error() {
    let index = FakeIndex::start(sample_index()).await;
    index.set(Mode::Status(400));
    let app = app_with_index(&index, "").await;
    let acme = app.company(BillingMode::Prepaid, 50).await;
    let key = app.key(&acme).await;
    let id = run_id(&app, &key).await;
    let done = app.wait_finished(&key, &id).await;
    assert_eq!(done["status"], "failed");
    assert_eq!(done["errorCode"], "AGENT_ERROR");
    assert_eq!(index.requests(), 1);
    assert_eq!(app.balance(&acme).await, 50);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_open_breaker_refuses_new_runs_with_503_and_reserves_nothing_until_it_closes() {
    let index = FakeIndex::start(sample_index()).await;
    index.set(Mode::Status(503));
    let app = app_with_index(
        &index,
        "[search]\nmax_retries = 0\nbreaker_failure_threshold = 2\nbreaker_cool_down_ms = 1500\n",
    )
    .await;
    let acme = app.company(BillingMode::Prepaid, 50).await;
    let key = app.key(&acme).await;
    for _ in 0..2 {
        let id = run_id(&app, &key).await;
        let done = app.wait_finished(&key, &id).await;
        assert_eq!(done["errorCode"], "PROVIDER_TEMPORARILY_UNAVAILABLE");
    }
    let requests_when_open = index.requests();
    let response = app.post_run(&key, &ad()).await;
    expect_error(response, 503, "PROVIDER_TEMPORARILY_UNAVAILABLE").await;
    assert_eq!(
        app.count("SELECT count(*) AS n FROM sourcing_runs").await,
        2
    );
    assert_eq!(app.balance(&acme).await, 50);
    assert_eq!(
        index.requests(),
        requests_when_open,
        "no request while open"
    );

    // After the cool-down a healthy index closes the breaker again.
    index.set(Mode::Healthy);
    let deadline = Instant::now() + Duration::from_secs(20);
    let id = loop {
        let response = app.post_run(&key, &ad()).await;
        if response.status() == 202 {
            let body: Value = response.json().await.unwrap();
            break body["requestId"].as_str().unwrap().to_owned();
        }
        expect_error(response, 503, "PROVIDER_TEMPORARILY_UNAVAILABLE").await;
        assert!(Instant::now() < deadline, "breaker never closed");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let done = app.wait_finished(&key, &id).await;
    assert_eq!(done["status"], "completed");
    let response = app.post_run(&key, &ad()).await;
    assert_eq!(response.status(), 202);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_worker_dying_mid_run_leaves_it_to_another_with_one_charge_and_one_event() {
    let index = FakeIndex::start(sample_index()).await;
    index.set(Mode::Hang);
    let app = app_with_index(
        &index,
        "[search]\ntimeout_ms = 20000\n[worker]\nrun_in_serve = false\nlease_secs = 1\npoll_interval_ms = 50\n",
    )
    .await;
    let acme = app.company(BillingMode::Prepaid, 50).await;
    let key = app.key(&acme).await;
    let config: Config = app.config.clone();

    // Worker A runs on its own runtime, takes the task and hangs inside the search.
    let (kill_tx, kill_rx) = tokio::sync::oneshot::channel::<()>();
    let config_a = config.clone();
    let worker_a = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let pool =
                build_pool(config_a.database.url.expose(), 4, Duration::from_secs(5)).unwrap();
            let services = Services::build(&config_a, pool.clone()).unwrap();
            let _handle = build_runner(&config_a, pool, &services).start();
            let _ = kill_rx.await;
        });
        // Dropping the runtime kills worker A mid-task: no finalisation, no heartbeat.
        rt.shutdown_background();
    });

    let id = run_id(&app, &key).await;
    tokio::time::timeout(Duration::from_secs(20), index.wait_for_requests(1))
        .await
        .unwrap();
    kill_tx.send(()).unwrap();
    worker_a.join().unwrap();
    index.set(Mode::Healthy);

    // Worker B picks the task up once A's lease has expired, and completes the run.
    let pool = build_pool(config.database.url.expose(), 4, Duration::from_secs(5)).unwrap();
    let services = Services::build(&config, pool.clone()).unwrap();
    let worker_b = build_runner(&config, pool, &services).start();
    let done = app.wait_finished(&key, &id).await;
    worker_b.shutdown().await;
    assert_eq!(done["status"], "completed", "{done}");
    let delivered = done["candidates"].as_array().unwrap().len() as i64;
    assert!(delivered > 0);
    assert!(index.requests() >= 2, "worker B searched again");
    assert_eq!(app.balance(&acme).await, 50 - delivered);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM credit_ledger WHERE entry_type = 'charge'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT coalesce(sum(credits_used), 0)::bigint AS n FROM credit_ledger WHERE entry_type = 'charge'").await,
        delivered
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM outbox_events").await,
        1
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM run_candidates").await,
        delivered
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM background_tasks")
            .await,
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn patch_answers_409_while_processing_402_without_funds_and_503_when_the_breaker_is_open() {
    let index = FakeIndex::start(sample_index()).await;
    index.set(Mode::Hang);
    let app = app_with_index(
        &index,
        "[search]\ntimeout_ms = 20000\nmax_retries = 0\nbreaker_failure_threshold = 1\nbreaker_cool_down_ms = 60000\n",
    )
    .await;
    let acme = app.company(BillingMode::Prepaid, 5).await;
    let key = app.key(&acme).await;
    let id = run_id(&app, &key).await;
    tokio::time::timeout(Duration::from_secs(20), index.wait_for_requests(1))
        .await
        .unwrap();
    let patch = |body: Value| {
        app.client
            .patch(app.url(&format!("/sourcing/{id}")))
            .bearer_auth(&key.secret)
            .json(&body)
            .send()
    };
    // The pass is stuck inside the search: PATCH must wait.
    expect_error(
        patch(json!({ "limit": 1 })).await.unwrap(),
        409,
        "RUN_IN_PROGRESS",
    )
    .await;

    // Let the pass fail (503 from the index opens the breaker at the first failure).
    index.set(Mode::Status(503));
    let done = app.wait_finished(&key, &id).await;
    assert_eq!(done["errorCode"], "PROVIDER_TEMPORARILY_UNAVAILABLE");
    assert_eq!(app.balance(&acme).await, 5);
    // Funds are checked before the breaker: 6 credits asked, 5 available.
    let body = expect_error(
        patch(json!({ "limit": 6 })).await.unwrap(),
        402,
        "INSUFFICIENT_FUNDS",
    )
    .await;
    assert_eq!(body["error"]["details"]["balance"], 5);
    // Affordable, but the index is known to be down: refused at once, nothing reserved.
    expect_error(
        patch(json!({ "limit": 2 })).await.unwrap(),
        503,
        "PROVIDER_TEMPORARILY_UNAVAILABLE",
    )
    .await;
    assert_eq!(app.balance(&acme).await, 5);
    assert_eq!(
        app.count("SELECT max(pass)::bigint AS n FROM sourcing_runs")
            .await,
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pass_that_keeps_failing_goes_dead_and_fails_the_run_as_an_agent_error() {
    let app = spawn_app(&[]).await;
    // Fault injection: the database refuses to mark any run completed.
    app.execute(
        "CREATE FUNCTION refuse_completion() RETURNS trigger LANGUAGE plpgsql AS $$ \
         BEGIN IF NEW.status = 'completed' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$; \
         CREATE TRIGGER refuse_completion BEFORE UPDATE ON sourcing_runs FOR EACH ROW EXECUTE FUNCTION refuse_completion()",
    )
    .await;
    let acme = app.company(BillingMode::Prepaid, 50).await;
    let key = app.key(&acme).await;
    let id = run_id(&app, &key).await;
    let done = app.wait_finished(&key, &id).await;
    assert_eq!(done["status"], "failed", "{done}");
    assert_eq!(done["errorCode"], "AGENT_ERROR");
    assert_eq!(app.balance(&acme).await, 50, "a dead run costs nothing");
    assert_eq!(
        app.count("SELECT count(*) AS n FROM outbox_events WHERE event_type = 'sourcing.failed'")
            .await,
        1
    );
    assert_eq!(
        app.count(
            "SELECT max(attempts)::bigint AS n FROM background_tasks WHERE failed_at IS NOT NULL"
        )
        .await,
        5
    );
}
