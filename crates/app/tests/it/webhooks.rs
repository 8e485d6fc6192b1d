//! Webhooks over real HTTP and Postgres: the WebhookConfig API, the run-level checks, and
//! signed, retried, at-least-once delivery to a real receiver on 127.0.0.1.

use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};
use sourcing_domain::api_key::Scope;
use sourcing_domain::company::BillingMode;

use crate::support::{IssuedKey, TestApp, expect_error, spawn_app};

/// Test settings: http to loopback allowed, short retry waits.
const DEV: &str = "[webhooks]\nallow_insecure_urls = true\nretry_delays_ms = \"150,250,350\"\n\
                   [rate_limits]\ncreate_run = 1000\n";

/// The path every test webhook points at.
const HOOK_PATH: &str = "/hooks/in";

/// How the receiver answers one request.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reply {
    status: u16,
    delay_ms: u64,
}

const OK: Reply = Reply {
    status: 200,
    delay_ms: 0,
};
const BROKEN: Reply = Reply {
    status: 500,
    delay_ms: 0,
};

impl Reply {
    fn scripted(self) -> sourcing_testkit::Reply {
        sourcing_testkit::Reply::status(self.status)
            .body("receiver says hello")
            .after(Duration::from_millis(self.delay_ms))
    }
}

/// One request the receiver got.
#[derive(Debug, Clone)]
pub(crate) struct Received(sourcing_testkit::Received);

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        self.0
            .header_values(name)
            .first()
            .and_then(|v| std::str::from_utf8(v).ok())
    }

    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.0.body).unwrap()
    }

    /// The headers as an `http` map, for the independent verifier.
    fn header_map(&self) -> http::HeaderMap {
        let mut headers = http::HeaderMap::new();
        for (name, value) in &self.0.headers {
            headers.append(
                http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                http::HeaderValue::from_bytes(value).unwrap(),
            );
        }
        headers
    }
}

/// testkit's webhook receiver on 127.0.0.1, answering a script then a fallback.
pub(crate) struct Receiver {
    inner: sourcing_testkit::Receiver,
    pub(crate) url: String,
}

impl Receiver {
    pub(crate) async fn start(script: &[Reply], fallback: Option<Reply>) -> Receiver {
        let inner = sourcing_testkit::Receiver::start().await;
        inner.reply(HOOK_PATH, fallback.unwrap_or(OK).scripted());
        inner.script(HOOK_PATH, script.iter().map(|r| r.scripted()));
        let url = inner.url(HOOK_PATH);
        Receiver { inner, url }
    }

    fn received(&self) -> Vec<Received> {
        self.inner.requests().into_iter().map(Received).collect()
    }

    pub(crate) async fn wait_for(&self, n: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let got = self.received();
            if got.len() >= n {
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "receiver got {} of {n} requests",
                got.len()
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
}

fn ad(webhook: Option<&str>) -> Value {
    json!({
        "title": "Senior Site Reliability Engineer",
        "jobDescription": "Kubernetes, Terraform and Go on AWS; Prometheus is a plus.",
        "location": "Berlin, Germany",
        "limit": 2,
        "webhookId": webhook,
    })
}

async fn send(
    app: &TestApp,
    key: &IssuedKey,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut request = app
        .client
        .request(method, app.url(path))
        .bearer_auth(&key.secret);
    if let Some(body) = body {
        request = request.json(&body);
    }
    request.send().await.unwrap()
}

async fn ok_json(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status().as_u16(), status);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["success"], json!(true), "{body}");
    body
}

pub(crate) async fn create_webhook(app: &TestApp, key: &IssuedKey, body: Value) -> Value {
    let response = send(app, key, reqwest::Method::POST, "/webhooks", Some(body)).await;
    ok_json(response, 201).await["data"].clone()
}

async fn run_with_webhook(app: &TestApp, key: &IssuedKey, webhook: &str) -> Value {
    let accepted: Value = app
        .post_run(key, &ad(Some(webhook)))
        .await
        .json()
        .await
        .unwrap();
    let id = accepted["requestId"].as_str().unwrap().to_owned();
    app.wait_finished(key, &id).await
}

/// `POST /webhooks/{id}/test`: the delivery it made.
async fn test_delivery(app: &TestApp, key: &IssuedKey, webhook: &str) -> Value {
    let path = format!("/webhooks/{webhook}/test");
    ok_json(
        send(app, key, reqwest::Method::POST, &path, None).await,
        200,
    )
    .await["data"]
        .clone()
}

async fn deliveries(app: &TestApp, key: &IssuedKey, webhook: &str) -> Value {
    let response = send(
        app,
        key,
        reqwest::Method::GET,
        &format!("/webhooks/{webhook}/deliveries"),
        None,
    )
    .await;
    ok_json(response, 200).await["data"].clone()
}

/// Polls the deliveries until `done` holds (30 s).
async fn wait_deliveries(
    app: &TestApp,
    key: &IssuedKey,
    webhook: &str,
    done: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let list = deliveries(app, key, webhook).await;
        if done(&list) {
            return list;
        }
        assert!(
            Instant::now() < deadline,
            "deliveries never settled: {list}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn verify(secret_hex: &str, received: &Received) {
    let secret = hex::decode(secret_hex).unwrap();
    let verifier =
        standardwebhooks::Webhook::new(&base64::engine::general_purpose::STANDARD.encode(&secret))
            .unwrap();
    let headers = received.header_map();
    verifier
        .verify(&received.0.body, &headers)
        .expect("an independent Standard Webhooks verifier accepts the signature");
    // and rejects the same body under another secret
    let other = standardwebhooks::Webhook::new(
        &base64::engine::general_purpose::STANDARD.encode([9u8; 32]),
    )
    .unwrap();
    assert!(other.verify(&received.0.body, &headers).is_err());
}

#[tokio::test(flavor = "multi_thread")]
async fn the_webhook_api_follows_the_contract() {
    let app = spawn_app(&[DEV]).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;

    let created = create_webhook(
        &app,
        &key,
        json!({
            "url": "https://hooks.example.com/in",
            "name": "ATS",
            "events": ["SOURCING_COMPLETED", "sourcing.failed", "INTERVIEW_STARTED"],
            "headers": [{ "name": "X-Token", "value": "s3cret-value" }]
        }),
    )
    .await;
    let id = created["id"].as_str().unwrap().to_owned();
    let secret = created["signingSecret"].as_str().unwrap();
    assert_eq!(secret.len(), 64);
    assert!(secret.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(
        created["events"],
        json!(["sourcing.completed", "sourcing.failed", "interview.started"])
    );
    assert_eq!(
        created["headers"],
        json!([{ "name": "X-Token", "isMasked": true }])
    );
    assert_eq!(
        (
            created["isActive"].clone(),
            created["maxRetries"].clone(),
            created["timeoutMs"].clone()
        ),
        (json!(true), json!(3), json!(30000))
    );
    assert_eq!(created["companyId"], json!(acme.id.to_string()));
    assert!(!created.to_string().contains("s3cret-value"));
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM webhooks WHERE headers::text LIKE '%s3cret%' \
             OR position(decode('{secret}', 'hex') IN secret) > 0"
        ))
        .await,
        0,
        "header values and the secret are not stored in clear"
    );
    assert_eq!(app.count("SELECT count(*) AS n FROM webhooks").await, 1);

    // read: the secret is never shown again
    let one = ok_json(
        send(
            &app,
            &key,
            reqwest::Method::GET,
            &format!("/webhooks/{id}"),
            None,
        )
        .await,
        200,
    )
    .await;
    assert!(one["data"].get("signingSecret").is_none());
    let list = ok_json(
        send(&app, &key, reqwest::Method::GET, "/webhooks", None).await,
        200,
    )
    .await;
    assert_eq!(list["data"]["total"], json!(1));
    assert_eq!(list["data"]["data"][0]["id"], json!(id));

    // partial update; headers replace the list
    let patched = ok_json(
        send(
            &app,
            &key,
            reqwest::Method::PATCH,
            &format!("/webhooks/{id}"),
            Some(json!({ "headers": [], "isActive": false, "maxRetries": 5 })),
        )
        .await,
        200,
    )
    .await["data"]
        .clone();
    assert_eq!(patched["headers"], json!([]));
    assert_eq!(patched["isActive"], json!(false));
    assert_eq!(patched["maxRetries"], json!(5));
    assert_eq!(patched["name"], json!("ATS"), "untouched fields stay");
    let bad = expect_error(
        send(
            &app,
            &key,
            reqwest::Method::PATCH,
            &format!("/webhooks/{id}"),
            Some(json!({ "url": "ftp://x" })),
        )
        .await,
        400,
        "INVALID_PAYLOAD",
    )
    .await;
    assert!(
        bad["error"]["details"]["fields"]["url"].is_string(),
        "{bad}"
    );
    expect_error(
        send(
            &app,
            &key,
            reqwest::Method::PATCH,
            &format!("/webhooks/{id}"),
            Some(json!({})),
        )
        .await,
        400,
        "INVALID_PAYLOAD",
    )
    .await;

    // validation on create names the fields
    let missing = expect_error(
        send(
            &app,
            &key,
            reqwest::Method::POST,
            "/webhooks",
            Some(json!({})),
        )
        .await,
        400,
        "INVALID_PAYLOAD",
    )
    .await;
    assert_eq!(
        missing["error"]["details"]["fields"]["url"],
        json!("required")
    );
    assert_eq!(
        missing["error"]["details"]["fields"]["events"],
        json!("required")
    );
    for body in [
        json!({ "url": "https://h.example.com", "events": [] }),
        json!({ "url": "https://h.example.com", "events": ["NOT AN EVENT"] }),
        json!({ "url": "https://h.example.com", "events": ["PING"], "timeoutMs": 0 }),
        json!({ "url": "https://h.example.com", "events": ["PING"], "bogus": 1 }),
        json!({ "url": "https://h.example.com", "events": ["PING"], "headers": [{ "name": "Webhook-Signature", "value": "x" }] }),
    ] {
        expect_error(
            send(&app, &key, reqwest::Method::POST, "/webhooks", Some(body)).await,
            400,
            "INVALID_PAYLOAD",
        )
        .await;
    }

    // another company sees nothing, and malformed ids look the same
    let other = app.company(BillingMode::Prepaid, 10).await;
    let other_key = app.key(&other).await;
    for (method, path) in [
        (reqwest::Method::GET, format!("/webhooks/{id}")),
        (reqwest::Method::PATCH, format!("/webhooks/{id}")),
        (reqwest::Method::DELETE, format!("/webhooks/{id}")),
        (reqwest::Method::POST, format!("/webhooks/{id}/test")),
        (
            reqwest::Method::POST,
            format!("/webhooks/{id}/reset-circuit"),
        ),
        (reqwest::Method::GET, format!("/webhooks/{id}/deliveries")),
        (reqwest::Method::GET, "/webhooks/not-a-uuid".to_owned()),
    ] {
        let body = (method == reqwest::Method::PATCH).then(|| json!({ "name": "x" }));
        expect_error(
            send(&app, &other_key, method, &path, body).await,
            404,
            "WEBHOOK_NOT_FOUND",
        )
        .await;
    }
    let theirs = ok_json(
        send(&app, &other_key, reqwest::Method::GET, "/webhooks", None).await,
        200,
    )
    .await;
    assert_eq!(theirs["data"]["total"], json!(0));

    // scopes
    let reader = app.key_with(&acme, &[Scope::ReadWebhooks], None).await;
    expect_error(
        send(
            &app,
            &reader,
            reqwest::Method::POST,
            "/webhooks",
            Some(json!({ "url": "https://h.example.com", "events": ["PING"] })),
        )
        .await,
        403,
        "INSUFFICIENT_SCOPES",
    )
    .await;
    let writer = app.key_with(&acme, &[Scope::WriteWebhooks], None).await;
    expect_error(
        send(&app, &writer, reqwest::Method::GET, "/webhooks", None).await,
        403,
        "INSUFFICIENT_SCOPES",
    )
    .await;

    // delete: 204, then gone
    let deleted = send(
        &app,
        &key,
        reqwest::Method::DELETE,
        &format!("/webhooks/{id}"),
        None,
    )
    .await;
    assert_eq!(deleted.status().as_u16(), 204);
    expect_error(
        send(
            &app,
            &key,
            reqwest::Method::GET,
            &format!("/webhooks/{id}"),
            None,
        )
        .await,
        404,
        "WEBHOOK_NOT_FOUND",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_runs_webhook_is_checked_before_any_credit_is_reserved() {
    let app = spawn_app(&[DEV]).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    let other = app.company(BillingMode::Prepaid, 10).await;
    let other_key = app.key(&other).await;
    let theirs = create_webhook(
        &app,
        &other_key,
        json!({ "url": "https://h.example.com", "events": ["SOURCING_COMPLETED"] }),
    )
    .await;
    let enrich_only = create_webhook(
        &app,
        &key,
        json!({ "url": "https://h.example.com", "events": ["ENRICH_COMPLETED", "PING"] }),
    )
    .await;
    let failed_only = create_webhook(
        &app,
        &key,
        json!({ "url": "https://h.example.com", "events": ["sourcing.failed"] }),
    )
    .await;

    let unknown = uuid::Uuid::new_v4().to_string();
    for (webhook, status, code) in [
        (unknown.as_str(), 404, "WEBHOOK_NOT_FOUND"),
        (
            theirs["id"].as_str().unwrap(),
            403,
            "WEBHOOK_COMPANY_MISMATCH",
        ),
        (
            enrich_only["id"].as_str().unwrap(),
            422,
            "WEBHOOK_EVENT_NOT_SUBSCRIBED",
        ),
    ] {
        expect_error(app.post_run(&key, &ad(Some(webhook))).await, status, code).await;
    }
    assert_eq!(app.balance(&acme).await, 10, "nothing reserved");
    assert_eq!(
        app.count("SELECT count(*) AS n FROM sourcing_runs").await,
        0
    );

    // one of the operation's two events is enough
    let accepted = app.post_run(&key, &ad(failed_only["id"].as_str())).await;
    assert_eq!(accepted.status().as_u16(), 202);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_completed_runs_event_arrives_once_signed_with_its_custom_headers() {
    let app = spawn_app(&[DEV]).await;
    let receiver = Receiver::start(&[], None).await;
    let acme = app.company(BillingMode::Prepaid, 50).await;
    let key = app.key(&acme).await;
    let hook = create_webhook(
        &app,
        &key,
        json!({
            "url": receiver.url,
            "events": ["SOURCING_COMPLETED", "SOURCING_FAILED"],
            "headers": [{ "name": "X-Token", "value": "s3cret-value" }]
        }),
    )
    .await;
    let webhook = hook["id"].as_str().unwrap();
    let results = run_with_webhook(&app, &key, webhook).await;
    assert_eq!(results["status"], json!("completed"));

    let got = receiver.wait_for(1).await;
    // a run without a webhook, and another company's run, notify nobody
    let plain: Value = app.post_run(&key, &ad(None)).await.json().await.unwrap();
    app.wait_finished(&key, plain["requestId"].as_str().unwrap())
        .await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(receiver.received().len(), 1, "exactly once");

    let request = &got[0];
    verify(hook["signingSecret"].as_str().unwrap(), request);
    assert_eq!(request.header("x-token"), Some("s3cret-value"));
    assert_eq!(request.header("content-type"), Some("application/json"));
    let envelope = request.json();
    assert_eq!(envelope["event"], json!("sourcing.completed"));
    assert_eq!(
        envelope["deliveryId"].as_str(),
        request.header("webhook-id")
    );
    let mut expected = results.clone();
    expected.as_object_mut().unwrap().remove("success");
    assert_eq!(envelope["data"], expected, "data is the results body");
    let ts = envelope["timestamp"].as_str().unwrap();
    assert!(chrono::DateTime::parse_from_rfc3339(ts).is_ok() && ts.ends_with('Z'));

    let list = wait_deliveries(&app, &key, webhook, |l| {
        l["data"][0]["status"] == json!("succeeded")
    })
    .await;
    assert_eq!(list["total"], json!(1));
    let delivery = &list["data"][0];
    assert_eq!(
        delivery["deliveryId"].as_str(),
        request.header("webhook-id")
    );
    assert_eq!(delivery["attempts"][0]["statusCode"], json!(200));
    assert_eq!(
        delivery["attempts"][0]["responseBody"],
        json!("receiver says hello")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn failed_attempts_are_retried_with_one_delivery_id_and_timeouts_count_as_failures() {
    let app = spawn_app(&[DEV]).await;
    let receiver = Receiver::start(
        &[
            BROKEN,
            Reply {
                status: 200,
                delay_ms: 1500,
            },
            BROKEN,
            OK,
        ],
        None,
    )
    .await;
    let acme = app.company(BillingMode::Prepaid, 50).await;
    let key = app.key(&acme).await;
    let hook = create_webhook(
        &app,
        &key,
        json!({ "url": receiver.url, "events": ["SOURCING_COMPLETED"], "timeoutMs": 500 }),
    )
    .await;
    let webhook = hook["id"].as_str().unwrap();
    run_with_webhook(&app, &key, webhook).await;

    let got = receiver.wait_for(4).await;
    let ids: Vec<Option<&str>> = got.iter().map(|r| r.header("webhook-id")).collect();
    assert!(
        ids.iter().all(|id| *id == ids[0] && id.is_some()),
        "{ids:?}"
    );
    for request in &got {
        verify(hook["signingSecret"].as_str().unwrap(), request);
    }
    let list = wait_deliveries(&app, &key, webhook, |l| {
        l["data"][0]["status"] == json!("succeeded")
    })
    .await;
    let attempts = list["data"][0]["attempts"].as_array().unwrap().clone();
    let statuses: Vec<Value> = attempts.iter().map(|a| a["statusCode"].clone()).collect();
    assert_eq!(
        statuses,
        vec![json!(500), Value::Null, json!(500), json!(200)]
    );
    assert!(
        attempts[1]["error"].as_str().unwrap().contains("timed out"),
        "{}",
        attempts[1]
    );
    assert_eq!(list["total"], json!(1), "one delivery, four attempts");
    let after = ok_json(
        send(
            &app,
            &key,
            reqwest::Method::GET,
            &format!("/webhooks/{webhook}"),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(after["data"]["consecutiveFailures"], json!(0));
}

#[tokio::test(flavor = "multi_thread")]
async fn five_failed_deliveries_open_the_circuit_until_it_is_reset() {
    let app = spawn_app(&[DEV]).await;
    let receiver = Receiver::start(&[], Some(BROKEN)).await;
    let acme = app.company(BillingMode::Prepaid, 100).await;
    let key = app.key(&acme).await;
    let hook = create_webhook(
        &app,
        &key,
        json!({ "url": receiver.url, "events": ["SOURCING_COMPLETED"], "maxRetries": 0 }),
    )
    .await;
    let webhook = hook["id"].as_str().unwrap();
    for _ in 0..5 {
        run_with_webhook(&app, &key, webhook).await;
    }
    wait_deliveries(&app, &key, webhook, |l| {
        l["total"] == json!(5)
            && l["data"]
                .as_array()
                .unwrap()
                .iter()
                .all(|d| d["status"] == json!("failed"))
    })
    .await;
    let opened = ok_json(
        send(
            &app,
            &key,
            reqwest::Method::GET,
            &format!("/webhooks/{webhook}"),
            None,
        )
        .await,
        200,
    )
    .await["data"]
        .clone();
    assert_eq!(opened["isActive"], json!(false), "{opened}");
    assert_eq!(opened["consecutiveFailures"], json!(5));
    assert!(opened["circuitOpenedAt"].is_string());

    // while open, events are recorded as skipped, not sent
    run_with_webhook(&app, &key, webhook).await;
    wait_deliveries(&app, &key, webhook, |l| {
        l["data"][0]["status"] == json!("skipped")
    })
    .await;
    assert_eq!(receiver.received().len(), 5);

    let reset = ok_json(
        send(
            &app,
            &key,
            reqwest::Method::POST,
            &format!("/webhooks/{webhook}/reset-circuit"),
            None,
        )
        .await,
        200,
    )
    .await["data"]
        .clone();
    assert_eq!(reset["isActive"], json!(true));
    assert_eq!(reset["consecutiveFailures"], json!(0));
    assert_eq!(reset["circuitOpenedAt"], Value::Null);
}

#[tokio::test(flavor = "multi_thread")]
async fn test_and_retry_send_now_with_the_same_delivery_id() {
    let app = spawn_app(&[DEV]).await;
    let receiver = Receiver::start(&[OK, BROKEN, OK], None).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    let hook = create_webhook(
        &app,
        &key,
        json!({ "url": receiver.url, "events": ["PING"] }),
    )
    .await;
    let webhook = hook["id"].as_str().unwrap();
    let path = format!("/webhooks/{webhook}/test");

    let ping = ok_json(
        send(&app, &key, reqwest::Method::POST, &path, None).await,
        200,
    )
    .await["data"]
        .clone();
    assert_eq!(ping["delivered"], json!(true), "{ping}");
    assert_eq!(ping["event"], json!("ping"));
    let got = receiver.wait_for(1).await;
    verify(hook["signingSecret"].as_str().unwrap(), &got[0]);
    assert_eq!(got[0].json()["event"], json!("ping"));

    let failed = ok_json(
        send(&app, &key, reqwest::Method::POST, &path, None).await,
        200,
    )
    .await["data"]
        .clone();
    assert_eq!(failed["delivered"], json!(false));
    assert_eq!(failed["attempts"][0]["statusCode"], json!(500));
    let delivery = failed["deliveryId"].as_str().unwrap();
    let retried = ok_json(
        send(
            &app,
            &key,
            reqwest::Method::POST,
            &format!("/webhooks/{webhook}/deliveries/{delivery}/retry"),
            None,
        )
        .await,
        200,
    )
    .await["data"]
        .clone();
    assert_eq!(retried["delivered"], json!(true));
    assert_eq!(retried["deliveryId"], json!(delivery));
    assert_eq!(retried["attempts"].as_array().unwrap().len(), 2);
    let got = receiver.wait_for(3).await;
    assert_eq!(got[1].header("webhook-id"), got[2].header("webhook-id"));
    expect_error(
        send(
            &app,
            &key,
            reqwest::Method::POST,
            &format!(
                "/webhooks/{webhook}/deliveries/{}/retry",
                uuid::Uuid::new_v4()
            ),
            None,
        )
        .await,
        404,
        "WEBHOOK_NOT_FOUND",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn delete_cancels_pending_deliveries() {
    let app =
        spawn_app(&["[webhooks]\nallow_insecure_urls = true\nretry_delays_ms = \"60000\"\n"]).await;
    let receiver = Receiver::start(&[], Some(BROKEN)).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    let hook = create_webhook(
        &app,
        &key,
        json!({ "url": receiver.url, "events": ["SOURCING_COMPLETED"] }),
    )
    .await;
    let webhook = hook["id"].as_str().unwrap();
    run_with_webhook(&app, &key, webhook).await;
    let list = wait_deliveries(&app, &key, webhook, |l| {
        l["data"][0]["attempts"]
            .as_array()
            .is_some_and(|a| a.len() == 1)
    })
    .await;
    assert_eq!(
        list["data"][0]["status"],
        json!("pending"),
        "waiting a minute to retry"
    );
    let deleted = send(
        &app,
        &key,
        reqwest::Method::DELETE,
        &format!("/webhooks/{webhook}"),
        None,
    )
    .await;
    assert_eq!(deleted.status().as_u16(), 204);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM webhook_deliveries WHERE status = 'cancelled'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM webhook_deliveries WHERE status = 'pending'")
            .await,
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn only_the_platforms_events_are_accepted_and_a_stored_stray_one_must_be_replaced() {
    let app = spawn_app(&[DEV]).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    for stray in [
        json!("SOURCING_COMPLETE"),
        json!("INTERVIEW_SCHEDULED"),
        json!(6),
    ] {
        let refused = expect_error(
            send(
                &app,
                &key,
                reqwest::Method::POST,
                "/webhooks",
                Some(json!({ "url": "https://hooks.example.com/in", "events": ["PING", stray] })),
            )
            .await,
            400,
            "INVALID_PAYLOAD",
        )
        .await;
        let message = refused["error"]["details"]["fields"]["events"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        assert!(
            message.contains(&format!("`{}`", stray.to_string().trim_matches('"'))),
            "{message}"
        );
    }
    assert_eq!(app.count("SELECT count(*) AS n FROM webhooks").await, 0);
    // keys, labels and legacy numbers of the listed events
    let hook = create_webhook(
        &app,
        &key,
        json!({ "url": "https://hooks.example.com/in",
                "events": [2, "ANALYSIS_FAILED", "interview.completed", 4, "enrich.failed"] }),
    )
    .await;
    assert_eq!(
        hook["events"],
        json!([
            "ping",
            "analysis.failed",
            "interview.completed",
            "interview.failed",
            "enrich.failed"
        ])
    );
    // a value an older version stored stays readable, but a change must replace it
    let id = hook["id"].as_str().unwrap().to_owned();
    app.execute(&format!(
        "UPDATE webhooks SET events = ARRAY['sourcing.completed', 'sourcing_complete.typo'] \
         WHERE id = '{id}'"
    ))
    .await;
    let path = format!("/webhooks/{id}");
    let read = ok_json(
        send(&app, &key, reqwest::Method::GET, &path, None).await,
        200,
    )
    .await;
    assert_eq!(
        read["data"]["events"],
        json!(["sourcing.completed", "sourcing_complete.typo"])
    );
    let kept = expect_error(
        send(
            &app,
            &key,
            reqwest::Method::PATCH,
            &path,
            Some(json!({ "name": "renamed" })),
        )
        .await,
        400,
        "INVALID_PAYLOAD",
    )
    .await;
    assert!(
        kept["error"]["details"]["fields"]["events"]
            .as_str()
            .is_some_and(|m| m.contains("`sourcing_complete.typo`")),
        "{kept}"
    );
    let replaced = ok_json(
        send(
            &app,
            &key,
            reqwest::Method::PATCH,
            &path,
            Some(json!({ "name": "renamed", "events": ["SOURCING_COMPLETED"] })),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(replaced["data"]["events"], json!(["sourcing.completed"]));
    assert_eq!(replaced["data"]["name"], json!("renamed"));
}

#[tokio::test(flavor = "multi_thread")]
async fn test_deliveries_are_limited_to_ten_a_minute_per_key() {
    let app = spawn_app(&[DEV]).await;
    let receiver = Receiver::start(&[], None).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    let other = app.key(&acme).await;
    let hook = create_webhook(
        &app,
        &key,
        json!({ "url": receiver.url, "events": ["PING"] }),
    )
    .await;
    let path = format!("/webhooks/{}/test", hook["id"].as_str().unwrap());
    for remaining in (0..10).rev() {
        let response = send(&app, &key, reqwest::Method::POST, &path, None).await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["x-ratelimit-limit-minute"], "10");
        assert_eq!(
            response.headers()["x-ratelimit-remaining-minute"],
            remaining.to_string().as_str()
        );
    }
    let refused = send(&app, &key, reqwest::Method::POST, &path, None).await;
    let retry_after: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    expect_error(refused, 429, "RATE_LIMIT_EXCEEDED").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        receiver.received().len(),
        10,
        "the refused call sent nothing"
    );
    // per key: another key of the same company still may
    let response = send(&app, &other, reqwest::Method::POST, &path, None).await;
    assert_eq!(response.status(), 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_guard_refuses_private_destinations_at_creation_and_at_delivery() {
    let app = spawn_app(&[]).await;
    let receiver = Receiver::start(&[], None).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    for url in [
        receiver.url.as_str(),
        "http://hooks.example.com/in",
        "https://127.0.0.1/in",
        "https://10.1.2.3/in",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/in",
        "https://localhost/in",
        // IPv6 forms of private IPv4 addresses and special-purpose ranges
        "https://[64:ff9b:1::a00:1]/in",
        "https://[2002:a00:1::1]/in",
        "https://[::ffff:0:a00:1]/in",
        "https://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/in",
        "https://[100::1]/in",
    ] {
        let refused = expect_error(
            send(
                &app,
                &key,
                reqwest::Method::POST,
                "/webhooks",
                Some(json!({ "url": url, "events": ["PING"] })),
            )
            .await,
            400,
            "INVALID_PAYLOAD",
        )
        .await;
        assert!(
            refused["error"]["details"]["fields"]["url"].is_string(),
            "{url}: {refused}"
        );
    }
    // a destination that turns private after creation (DNS changed) is refused at delivery
    let hook = create_webhook(
        &app,
        &key,
        json!({ "url": "https://hooks.example.com/in", "events": ["PING"] }),
    )
    .await;
    let webhook = hook["id"].as_str().unwrap();
    let port = receiver
        .url
        .split(':')
        .nth(2)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    app.execute(&format!(
        "UPDATE webhooks SET url = 'https://127.0.0.1:{port}/in' WHERE id = '{webhook}'"
    ))
    .await;
    let ping = test_delivery(&app, &key, webhook).await;
    assert_eq!(ping["delivered"], json!(false));
    // the tenant is told the destination was refused, never which address it is
    assert_eq!(ping["attempts"][0]["error"], json!("destination refused"));
    // an IPv4-translated spelling of the same address is refused at delivery too
    app.execute(&format!(
        "UPDATE webhooks SET url = 'https://[::ffff:0:7f00:1]:{port}/in' WHERE id = '{webhook}'"
    ))
    .await;
    let ping = test_delivery(&app, &key, webhook).await;
    assert_eq!(ping["delivered"], json!(false));
    assert_eq!(ping["attempts"][0]["error"], json!("destination refused"));
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(receiver.received().is_empty(), "no connection was made");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_event_committed_before_a_restart_is_delivered_after_it() {
    use sourcing_app::startup::{Application, build_search, build_sourcing};
    use sourcing_app::tasks::ExecuteRunPass;
    use sourcing_worker::Runner;

    // first life: the API without workers; a runner that only executes passes writes the run's
    // event and its delivery task, then the process "dies" before anything delivers it
    let app = spawn_app(&[DEV, "[worker]\nrun_in_serve = false\n"]).await;
    let receiver = Receiver::start(&[], None).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    let hook = create_webhook(
        &app,
        &key,
        json!({ "url": receiver.url, "events": ["SOURCING_COMPLETED"] }),
    )
    .await;
    let accepted: Value = app
        .post_run(&key, &ad(hook["id"].as_str()))
        .await
        .json()
        .await
        .unwrap();
    let search = build_search(&app.config).unwrap();
    let sourcing = std::sync::Arc::new(build_sourcing(&app.config, app.pool.clone(), search));
    let passes_only = Runner::new(
        app.pool.clone(),
        app.config.database.url.expose().to_owned(),
    )
    .register::<ExecuteRunPass>(sourcing);
    assert_eq!(
        passes_only.run_until_empty().await.unwrap(),
        1,
        "the pass ran"
    );
    app.wait_finished(&key, accepted["requestId"].as_str().unwrap())
        .await;
    assert_eq!(
        app.count(
            "SELECT count(*) AS n FROM background_tasks WHERE task_name = 'webhooks.deliver_event'"
        )
        .await,
        1,
        "the delivery is queued durably"
    );
    // what survives the "crash" is the committed state: the event waits, never attempted
    assert_eq!(
        app.count("SELECT count(*) AS n FROM outbox_events").await,
        1,
        "the event is stored before the restart"
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM webhook_attempts")
            .await,
        0,
        "and never attempted"
    );

    // second life: a new server process on the same database delivers it
    let mut config = app.config.clone();
    config.worker.run_in_serve = true;
    let restarted = Application::build(config).await.unwrap();
    tokio::spawn(restarted.run_until_stopped());
    let got = receiver.wait_for(1).await;
    assert_eq!(got[0].json()["event"], json!("sourcing.completed"));
    verify(hook["signingSecret"].as_str().unwrap(), &got[0]);
    let succeeded = "SELECT count(*) AS n FROM webhook_deliveries WHERE status = 'succeeded'";
    for _ in 0..100 {
        if app.count(succeeded).await == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.count(succeeded).await, 1, "recorded as succeeded");
    assert_eq!(receiver.received().len(), 1, "delivered once");
}
