//! The defects probing found (issue 13): one id spelling, blank patches, HEAD and OPTIONS,
//! JSON media types, failed authentications per address, usage bounds, and what the logs never
//! hold (key hashes, floods of protocol errors), through the real server and the real binary.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use sourcing_app::config::Config;
use sourcing_domain::api_key::{KeyHasher, PresentedKey};
use sourcing_domain::company::BillingMode;
use sourcing_test_db::TestDb;

use crate::cli::{Background, admin_key};
use crate::support::{TestApp, expect_error, spawn_app};

/// `method path` with the key as bearer and, when given, a JSON body (`Content-Type` set).
async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    secret: &str,
    body: Option<&Value>,
) -> reqwest::Response {
    let mut request = app
        .client
        .request(method, app.url(path))
        .bearer_auth(secret);
    if let Some(body) = body {
        request = request.json(body);
    }
    request.send().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn run_and_webhook_ids_have_exactly_one_spelling() {
    let app = spawn_app(&["[webhooks]\nallow_insecure_urls = true\n"]).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    let ad = json!({ "title": "Backend Engineer", "jobDescription": "Python.", "limit": 2 });
    let accepted: Value = app.post_run(&key, &ad).await.json().await.unwrap();
    let id = accepted["requestId"].as_str().unwrap().to_owned();
    let uuid = id.strip_prefix("req_").unwrap().to_owned();
    assert_ne!(app.results(&key, &id).await.status(), 404);
    let one_more = json!({ "limit": 1 });
    for other in [
        format!("req_{}", uuid.to_uppercase()),
        format!("req_{}", uuid.replace('-', "")),
        format!("req_%7B{uuid}%7D"),
        format!("req_urn:uuid:{uuid}"),
        uuid.clone(),
    ] {
        let response = app.results(&key, &other).await;
        expect_error(response, 404, "REQUEST_NOT_FOUND").await;
        let path = format!("/sourcing/{other}");
        let response = call(&app, Method::PATCH, &path, &key.secret, Some(&one_more)).await;
        expect_error(response, 404, "REQUEST_NOT_FOUND").await;
    }
    app.wait_finished(&key, &id).await;

    let hook = json!({ "url": "https://hooks.example.com/in", "events": ["sourcing.completed"] });
    let created: Value = call(&app, Method::POST, "/webhooks", &key.secret, Some(&hook))
        .await
        .json()
        .await
        .unwrap();
    let webhook = created["data"]["id"].as_str().unwrap().to_owned();
    for (other, status) in [
        (webhook.clone(), 200),
        (webhook.to_uppercase(), 404),
        (webhook.replace('-', ""), 404),
        (format!("%7B{webhook}%7D"), 404),
        (format!("urn:uuid:{webhook}"), 404),
    ] {
        let path = format!("/webhooks/{other}");
        let response = call(&app, Method::GET, &path, &key.secret, None).await;
        if status == 404 {
            expect_error(response, 404, "WEBHOOK_NOT_FOUND").await;
        } else {
            assert_eq!(response.status(), status, "{path}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_blank_patch_query_counts_as_absent() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    // Validation comes before the run lookup, so an unknown id shows which check answered.
    let path = format!("/sourcing/req_{}", uuid::Uuid::new_v4());
    for (body, status, code) in [
        (json!({ "query": "" }), 400, "INVALID_PATCH_PAYLOAD"),
        (json!({ "query": "   " }), 400, "INVALID_PATCH_PAYLOAD"),
        (json!({ "query": "\n\t " }), 400, "INVALID_PATCH_PAYLOAD"),
        // With a limit it is a pass without a context patch: past validation, to the lookup.
        (
            json!({ "query": " ", "limit": 5 }),
            404,
            "REQUEST_NOT_FOUND",
        ),
    ] {
        let response = call(&app, Method::PATCH, &path, &key.secret, Some(&body)).await;
        expect_error(response, status, code).await;
    }
    assert_eq!(app.balance(&acme).await, 10);
}

#[tokio::test(flavor = "multi_thread")]
async fn head_works_wherever_get_does_and_options_lists_the_methods() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    let unknown = uuid::Uuid::new_v4();
    for path in [
        "/healthz".to_owned(),
        "/readyz".to_owned(),
        "/billing/usage?start=2026-01-01T00:00:00Z&end=2026-01-02T00:00:00Z".to_owned(),
        format!("/sourcing/req_{unknown}/results"),
        "/webhooks".to_owned(),
        format!("/webhooks/{unknown}"),
        format!("/webhooks/{unknown}/deliveries"),
    ] {
        let get = call(&app, Method::GET, &path, &key.secret, None).await;
        let head = call(&app, Method::HEAD, &path, &key.secret, None).await;
        assert_eq!(head.status(), get.status(), "{path}");
        assert_ne!(head.status(), 405, "{path}");
        for name in [
            "content-type",
            "content-length",
            "x-ratelimit-limit-minute",
            "allow",
        ] {
            assert_eq!(
                head.headers().get(name),
                get.headers().get(name),
                "{path}: {name}"
            );
        }
        assert!(head.headers().contains_key("x-request-id"), "{path}");
        assert!(head.bytes().await.unwrap().is_empty(), "{path}");
        assert!(!get.bytes().await.unwrap().is_empty(), "{path}");
    }
    for (path, allowed) in [
        ("/healthz".to_owned(), "GET, HEAD, OPTIONS"),
        ("/sourcing".to_owned(), "POST, OPTIONS"),
        (
            format!("/sourcing/req_{unknown}/results"),
            "GET, HEAD, OPTIONS",
        ),
        (format!("/sourcing/req_{unknown}"), "PATCH, OPTIONS"),
        ("/webhooks".to_owned(), "GET, HEAD, POST, OPTIONS"),
        (
            format!("/webhooks/{unknown}"),
            "GET, HEAD, PATCH, DELETE, OPTIONS",
        ),
    ] {
        // No key needed, like a CORS preflight.
        let options = app
            .client
            .request(Method::OPTIONS, app.url(&path))
            .send()
            .await
            .unwrap();
        assert_eq!(options.status(), 204, "{path}");
        assert_eq!(options.headers()["allow"], allowed, "{path}");
        assert!(options.headers().contains_key("x-request-id"), "{path}");
        let wrong = app.client.put(app.url(&path)).send().await.unwrap();
        assert_eq!(wrong.headers()["allow"], allowed, "{path}");
        expect_error(wrong, 405, "METHOD_NOT_ALLOWED").await;
    }
    // HEAD on a route without GET is a 405 like any other method.
    let response = app.client.head(app.url("/sourcing")).send().await.unwrap();
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "POST, OPTIONS");
}

#[tokio::test(flavor = "multi_thread")]
async fn json_bodies_must_be_declared_as_json() {
    let app = spawn_app(&["[rate_limits]\ncreate_run = 1000\npatch_run = 1000\n"]).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    let unknown = uuid::Uuid::new_v4();
    let routes = [
        (
            Method::POST,
            "/sourcing".to_owned(),
            json!({ "title": "Backend Engineer", "jobDescription": "Python.", "limit": 1 }),
        ),
        (
            Method::PATCH,
            format!("/sourcing/req_{unknown}"),
            json!({ "limit": 1 }),
        ),
        (
            Method::POST,
            "/sourcing/render-html".to_owned(),
            json!({ "profileIds": ["p1"] }),
        ),
        (
            Method::POST,
            "/webhooks".to_owned(),
            json!({ "url": "https://example.com/hook", "events": ["sourcing.completed"] }),
        ),
        (
            Method::PATCH,
            format!("/webhooks/{unknown}"),
            json!({ "name": "x" }),
        ),
    ];
    // A valid body under another declared type, or none: 415. Under a JSON type, an invalid
    // body reaches validation (400).
    let cases = [
        (Some("text/plain"), 415),
        (Some("application/x-www-form-urlencoded"), 415),
        (Some("multipart/form-data; boundary=x"), 415),
        (Some("application/json; charset=latin1"), 415),
        (Some("not a media type"), 415),
        (None, 415),
        (Some("application/json"), 400),
        (Some("application/json; charset=utf-8"), 400),
        (Some("Application/JSON;charset=UTF-8"), 400),
        (Some("application/merge-patch+json"), 400),
    ];
    for (method, path, body) in &routes {
        for (content_type, status) in cases {
            let body = if status == 415 {
                body.to_string()
            } else {
                "{\"bogus\": 1}".to_owned()
            };
            let mut request = app
                .client
                .request(method.clone(), app.url(path))
                .bearer_auth(&key.secret)
                .body(body);
            if let Some(content_type) = content_type {
                request = request.header("content-type", content_type);
            }
            let response = request.send().await.unwrap();
            let code = if status == 415 {
                "UNSUPPORTED_MEDIA_TYPE"
            } else {
                "INVALID_PAYLOAD"
            };
            let body = expect_error(response, status, code).await;
            let message = body["error"]["message"].as_str().unwrap();
            assert!(
                status == 400 || message.contains("application/json"),
                "{method} {path} {content_type:?}: {body}"
            );
        }
    }
    // No body and no Content-Type: the route's own answer, not 415.
    let response = call(&app, Method::POST, "/sourcing", &key.secret, None).await;
    expect_error(response, 400, "INVALID_PAYLOAD").await;
    // Nothing was started or charged by any of it.
    let runs = app.count("SELECT count(*) AS n FROM sourcing_runs").await;
    assert_eq!(runs, 0);
    assert_eq!(app.balance(&acme).await, 10);
}

#[tokio::test(flavor = "multi_thread")]
async fn failed_authentications_are_limited_per_client_address() {
    let app = spawn_app(&["[rate_limits]\nfailed_auth_per_ip = 3\n"]).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    let unknown = format!("sk_live_{}", "e".repeat(64));
    let usage = "/billing/usage";
    for _ in 0..3 {
        let response = call(&app, Method::GET, usage, &unknown, None).await;
        expect_error(response, 401, "UNAUTHORIZED").await;
    }
    // A success does not reset the count; the next failure is one too many.
    let ok = call(&app, Method::GET, usage, &key.secret, None).await;
    assert_eq!(ok.status(), 200);
    let response = call(&app, Method::GET, usage, "", None).await;
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=20).contains(&retry_after), "{retry_after}");
    let body = expect_error(response, 429, "RATE_LIMIT_EXCEEDED").await;
    assert_eq!(body["retryAfter"], retry_after);
    // Now the address is refused whatever it sends, on every authenticated route, until the
    // allowance refills; routes without authentication still answer.
    for (path, secret) in [
        ("/billing/usage", key.secret.as_str()),
        ("/webhooks", unknown.as_str()),
    ] {
        let response = call(&app, Method::GET, path, secret, None).await;
        assert!(response.headers().contains_key("retry-after"));
        expect_error(response, 429, "RATE_LIMIT_EXCEEDED").await;
    }
    let health = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn usage_periods_at_the_edges_of_the_years_1970_to_9999_stay_rfc_3339() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 5).await;
    let key = app.key(&acme).await;
    for (query, field, expected) in [
        (
            "?start=9999-12-31T00:00:00Z&end=9999-12-31T23:59:59.999Z",
            "end",
            "9999-12-31T23:59:59.999Z",
        ),
        // The default start (30 days before the end) stops at the epoch.
        (
            "?end=1970-01-10T00:00:00Z",
            "start",
            "1970-01-01T00:00:00.000Z",
        ),
    ] {
        let path = format!("/billing/usage{query}");
        let response = call(&app, Method::GET, &path, &key.secret, None).await;
        assert_eq!(response.status(), 200, "{query}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["data"]["period"][field], expected, "{query}");
    }
}

/// Sends raw bytes on a fresh connection; returns what the server answered before closing.
fn raw_exchange(port: u16, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    // The server may answer and close before it has read everything.
    let _ = stream.write_all(request);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

/// Reads JSON log lines until the `request completed` line of `request_id`; returns every line.
fn lines_until_completed(server: &Background, request_id: &str) -> Vec<Value> {
    let mut lines = Vec::new();
    loop {
        let line = server
            .lines
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("no request completed line for {request_id}"));
        let parsed: Value =
            serde_json::from_str(&line).unwrap_or_else(|_| panic!("not JSON: {line}"));
        let done =
            parsed["message"] == "request completed" && parsed["span"]["request_id"] == request_id;
        lines.push(parsed);
        if done {
            return lines;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_requests_get_answers_but_no_error_lines() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let db = TestDb::new().await;
    let (server, port) = Background::serve(&db, &[]);
    let long_uri = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(100_000));
    let many_headers = format!(
        "GET /healthz HTTP/1.1\r\nHost: x\r\n{}\r\n",
        (0..200)
            .map(|i| format!("X-H{i}: 1\r\n"))
            .collect::<String>()
    );
    // Expected: the start of the answer; a broken chunk may also just close the connection.
    let probes: [(&str, &[u8], &str); 6] = [
        ("bad request line", b"GARBAGE\r\n\r\n", "HTTP/1.1 400"),
        (
            "duplicate Content-Length",
            b"POST /sourcing HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
            "HTTP/1.1 400",
        ),
        (
            "bad Content-Length",
            b"POST /sourcing HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}",
            "HTTP/1.1 400",
        ),
        ("100 KB URI", long_uri.as_bytes(), "HTTP/1.1 400"),
        ("too many headers", many_headers.as_bytes(), "HTTP/1.1 431"),
        (
            "bad chunk size",
            b"POST /sourcing/render-html HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
            "HTTP/1.1 ",
        ),
    ];
    for _ in 0..3 {
        for (name, request, status_line) in probes {
            let answer = raw_exchange(port, request);
            let closed = name == "bad chunk size" && answer.is_empty();
            assert!(
                closed || answer.starts_with(status_line),
                "{name}: {answer:?}"
            );
        }
    }
    let response = reqwest::Client::new()
        .get(format!("http://127.0.0.1:{port}/healthz"))
        .header("x-request-id", "after-the-probes")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let lines = lines_until_completed(&server, "after-the-probes");
    let errors: Vec<&Value> = lines.iter().filter(|l| l["level"] == "ERROR").collect();
    assert!(errors.is_empty(), "ERROR lines: {errors:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn no_log_level_shows_statement_parameters_key_hashes_or_keys() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let db = TestDb::new().await;
    let secret = admin_key(&db, "read:billing");
    let pepper = Config::load_with(&[]).unwrap().security.key_pepper;
    let hash =
        KeyHasher::new(pepper.expose().as_bytes()).hash(&PresentedKey::parse(&secret).unwrap());
    let forbidden = [
        "with parameters".to_owned(),
        secret[8..].to_owned(),
        hex::encode(hash.0),
        format!("{:?}", hash.0).trim_matches(['[', ']']).to_owned(),
    ];
    for rust_log in ["trace", "debug,[request]=trace,tokio_postgres::query=trace"] {
        let (server, port) = Background::serve(&db, &[("RUST_LOG", rust_log)]);
        let client = reqwest::Client::new();
        let mut lines = Vec::new();
        for (request_id, secret) in [
            ("good-key", secret.as_str()),
            (
                "unknown-key",
                "sk_live_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            ),
        ] {
            let response = client
                .get(format!("http://127.0.0.1:{port}/billing/usage"))
                .bearer_auth(secret)
                .header("x-request-id", request_id)
                .send()
                .await
                .unwrap();
            assert!([200, 401].contains(&response.status().as_u16()));
            lines.extend(lines_until_completed(&server, request_id));
        }
        // The level was verbose indeed, yet nothing secret came through.
        assert!(
            lines
                .iter()
                .any(|l| l["level"] == "TRACE" || l["level"] == "DEBUG"),
            "{rust_log}: {lines:?}"
        );
        for line in &lines {
            let text = line.to_string();
            for needle in &forbidden {
                assert!(
                    !text.contains(needle.as_str()),
                    "{rust_log}: {needle:?} in {text}"
                );
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_malformed_rust_log_or_a_missing_config_file_stops_the_process_naming_it() {
    let missing = std::env::temp_dir().join(format!("missing-{}.toml", uuid::Uuid::new_v4()));
    for (env, needle) in [
        (("RUST_LOG", "sourcing=loud"), "RUST_LOG".to_owned()),
        (
            ("SOURCING_CONFIG", missing.to_str().unwrap()),
            missing.display().to_string(),
        ),
    ] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_sourcing"))
            .args(["admin", "company", "show", "--id", "x"])
            .env("DATABASE_URL", "postgres://postgres@127.0.0.1:1/unused")
            .env_remove("RUST_LOG")
            .env_remove("SOURCING_CONFIG")
            .env(env.0, env.1)
            .output()
            .unwrap();
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(&needle), "{stderr}");
        // It stopped before doing anything else.
        assert!(!stderr.contains("database"), "{stderr}");
    }
}
