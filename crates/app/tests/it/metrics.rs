//! `GET /metrics` scraped over the socket: every family present, the counters moving as a run,
//! an enrichment and a webhook test go through, route patterns (never raw paths), the token.

use serde_json::{Value, json};
use sourcing_domain::company::BillingMode;

use crate::enrich::{broad_ad, enrichable, post_enrich, run, wait_enriched};
use crate::support::{TestApp, spawn_app};
use crate::webhooks::{Receiver, create_webhook};

/// Every family the endpoint must expose (without the `sourcing_` prefix).
const FAMILIES: [&str; 14] = [
    "http_requests",
    "http_request_duration_seconds",
    "search_duration_seconds",
    "search_retries",
    "search_breaker_open",
    "enrichment_provider_duration_seconds",
    "runs",
    "enrichments",
    "task_queue_depth",
    "task_queue_oldest_age_seconds",
    "webhook_deliveries",
    "credits_reserved",
    "credits_charged",
    "credits_released",
];

async fn scrape(app: &TestApp, token: Option<&str>) -> reqwest::Response {
    let mut request = app.client.get(app.url("/metrics"));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap()
}

async fn exposition(app: &TestApp) -> String {
    let response = scrape(app, None).await;
    assert_eq!(response.status(), 200);
    let kind = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(kind.starts_with("application/openmetrics-text"), "{kind}");
    let text = response.text().await.unwrap();
    assert!(text.ends_with("# EOF\n"), "{text}");
    text
}

/// The value of the series written exactly as `series` (name and labels), or 0 when absent.
fn value(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .map_or(0.0, |v| v.trim().parse().unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn scrapes_show_every_family_and_counters_move_with_runs_and_enrichments() {
    let app = spawn_app(&["[webhooks]\nallow_insecure_urls = true\n"]).await;
    let before = exposition(&app).await;
    // The HTTP families appear with the first request they count (this scrape itself).
    for family in FAMILIES.iter().filter(|f| !f.starts_with("http_")) {
        assert!(
            before.contains(&format!("# TYPE sourcing_{family} ")),
            "family {family} missing:\n{before}"
        );
    }
    assert_eq!(value(&before, r#"sourcing_runs{status="completed"}"#), 0.0);

    let company = app.company(BillingMode::Prepaid, 100).await;
    let key = app.key(&company).await;
    let done = run(&app, &key, broad_ad(5)).await;
    let run_id = done["requestId"].as_str().unwrap().to_owned();
    let ids = enrichable(&app, &company, 2).await;
    let accepted: Value = post_enrich(&app, &key, json!({ "profileIds": ids }))
        .await
        .json()
        .await
        .unwrap();
    let enriched = wait_enriched(&app, &key, accepted["requestId"].as_str().unwrap()).await;
    assert_eq!(enriched["status"], json!("completed"), "{enriched}");

    let receiver = Receiver::start(&[], None).await;
    let hook = create_webhook(
        &app,
        &key,
        json!({ "url": receiver.url, "events": ["PING"] }),
    )
    .await;
    let webhook = hook["id"].as_str().unwrap();
    let ping = app
        .client
        .post(app.url(&format!("/webhooks/{webhook}/test")))
        .bearer_auth(&key.secret)
        .send()
        .await
        .unwrap();
    assert_eq!(ping.status(), 200);
    let unknown = app
        .client
        .get(app.url("/no/such/route"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);

    let after = exposition(&app).await;
    for family in FAMILIES {
        assert!(
            after.contains(&format!("# TYPE sourcing_{family} ")),
            "family {family} missing:\n{after}"
        );
    }
    // Runs, enrichments and deliveries by status.
    assert_eq!(value(&after, r#"sourcing_runs{status="completed"}"#), 1.0);
    assert_eq!(
        value(&after, r#"sourcing_enrichments{status="completed"}"#),
        1.0
    );
    assert_eq!(
        value(&after, r#"sourcing_webhook_deliveries{status="succeeded"}"#),
        1.0
    );
    // Requests by route pattern and status; never a raw path (bounded cardinality).
    let requests = "sourcing_http_requests_total";
    assert_eq!(
        value(
            &after,
            &format!(r#"{requests}{{method="POST",route="/sourcing",status="202"}}"#)
        ),
        1.0
    );
    assert!(
        value(
            &after,
            &format!(r#"{requests}{{method="GET",route="/sourcing/{{id}}/results",status="200"}}"#)
        ) >= 1.0
    );
    assert!(
        value(
            &after,
            &format!(r#"{requests}{{method="POST",route="/webhooks/{{id}}/test",status="200"}}"#)
        ) >= 1.0
    );
    assert_eq!(
        value(
            &after,
            &format!(r#"{requests}{{method="GET",route="unmatched",status="404"}}"#)
        ),
        1.0
    );
    assert!(
        value(
            &after,
            r#"sourcing_http_request_duration_seconds_count{method="POST",route="/sourcing",status="202"}"#
        ) >= 1.0
    );
    assert!(
        !after.contains(&run_id) && !after.contains(webhook),
        "{after}"
    );
    // Providers.
    assert!(
        value(
            &after,
            r#"sourcing_search_duration_seconds_count{outcome="ok"}"#
        ) >= 1.0
    );
    assert!(
        value(
            &after,
            r#"sourcing_enrichment_provider_duration_seconds_count{outcome="found"}"#
        ) >= 2.0
    );
    assert_eq!(value(&after, "sourcing_search_breaker_open"), 0.0);
    assert_eq!(value(&after, "sourcing_search_retries_total"), 0.0);
    // Credits: what was reserved was either charged or released, and the balance agrees.
    let mut charged = 0.0;
    for kind in ["sourcing", "enrichment"] {
        let reserved = value(
            &after,
            &format!(r#"sourcing_credits_reserved_total{{kind="{kind}"}}"#),
        );
        let used = value(
            &after,
            &format!(r#"sourcing_credits_charged_total{{kind="{kind}"}}"#),
        );
        let released = value(
            &after,
            &format!(r#"sourcing_credits_released_total{{kind="{kind}"}}"#),
        );
        assert!(used >= 1.0, "{kind}: {after}");
        assert_eq!(reserved, used + released, "{kind}");
        charged += used;
    }
    assert_eq!(100.0 - charged, app.balance(&company).await as f64);
    // The queue is drained: nothing due, nothing waiting.
    for task in ["sourcing.execute_pass", "enrichment.execute"] {
        assert_eq!(
            value(
                &after,
                &format!(r#"sourcing_task_queue_depth{{task="{task}",state="due"}}"#)
            ),
            0.0
        );
        assert!(after.contains(&format!(
            r#"sourcing_task_queue_oldest_age_seconds{{task="{task}"}}"#
        )));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_configured_token_is_required() {
    let app = spawn_app(&["[metrics]\ntoken = \"scrape-secret\"\n"]).await;
    assert_eq!(scrape(&app, None).await.status(), 401);
    assert_eq!(scrape(&app, Some("wrong")).await.status(), 401);
    let ok = scrape(&app, Some("scrape-secret")).await;
    assert_eq!(ok.status(), 200);
    assert!(
        ok.text()
            .await
            .unwrap()
            .contains("# TYPE sourcing_runs gauge")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_database_the_process_metrics_are_still_served_and_say_so() {
    let app = spawn_app(&[
        "[database]\nurl = \"postgres://postgres@127.0.0.1:1/none\"\nconnect_timeout_ms = 300\n",
    ])
    .await;
    // a request of its own first, so a process-local counter has something to show
    let _ = app.client.get(app.url("/healthz")).send().await.unwrap();
    let text = exposition(&app).await;
    assert_eq!(value(&text, "sourcing_database_up"), 0.0, "{text}");
    assert!(
        text.contains("sourcing_http_requests_total{"),
        "process-local families are served: {text}"
    );
    assert!(
        !text.contains("# TYPE sourcing_runs "),
        "no database family before the database ever answered: {text}"
    );
}
