//! Unknown routes, wrong methods, request ids, health, and bad query strings.

use sourcing_domain::company::BillingMode;

use crate::support::{expect_error, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn unknown_routes_and_wrong_methods_get_json_errors() {
    let app = spawn_app(&[]).await;
    let response = app.client.get(app.url("/nope")).send().await.unwrap();
    expect_error(response, 404, "NOT_FOUND").await;
    let response = app
        .client
        .delete(app.url("/billing/usage"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["allow"], "GET, HEAD, OPTIONS");
    expect_error(response, 405, "METHOD_NOT_ALLOWED").await;
    let response = app
        .client
        .post(app.url("/healthz"))
        .body("x")
        .send()
        .await
        .unwrap();
    expect_error(response, 405, "METHOD_NOT_ALLOWED").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn request_ids_are_echoed_or_generated() {
    let app = spawn_app(&[]).await;
    let response = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", "trace-42")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["x-request-id"], "trace-42");
    let a = app.client.get(app.url("/healthz")).send().await.unwrap();
    let b = app.client.get(app.url("/healthz")).send().await.unwrap();
    let (a, b) = (
        a.headers()["x-request-id"].clone(),
        b.headers()["x-request-id"].clone(),
    );
    assert_ne!(a, b);
    assert_eq!(a.to_str().unwrap().len(), 36);
    // An unsafe id is replaced, not echoed into logs.
    let response = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", "a".repeat(500))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()["x-request-id"].to_str().unwrap().len(),
        36
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn health_and_readiness() {
    let app = spawn_app(&[]).await;
    let response = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let response = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ready");
}

#[tokio::test(flavor = "multi_thread")]
async fn readiness_fails_without_a_database() {
    let app = spawn_app(&[
        "[database]\nurl = \"postgres://postgres@127.0.0.1:1/none\"\nconnect_timeout_ms = 300\n",
    ])
    .await;
    let response = app.client.get(app.url("/readyz")).send().await.unwrap();
    expect_error(response, 503, "SERVICE_UNAVAILABLE").await;
    // Liveness does not depend on the database.
    assert_eq!(
        app.client
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    // Authenticated routes degrade to 503, never 500.
    let response = app
        .client
        .get(app.url("/billing/usage"))
        .bearer_auth(format!("sk_live_{}", "c".repeat(64)))
        .send()
        .await
        .unwrap();
    expect_error(response, 503, "SERVICE_UNAVAILABLE").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_query_strings_are_400_not_500() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 5).await;
    let key = app.key(&acme).await;
    for (query, named) in [
        ("?start=yesterday", "start"),
        ("?start=2026-01-02T00:00:00Z&end=2026-01-01T00:00:00Z", ""),
        ("?start=2020-01-01T00:00:00Z&end=2026-01-01T00:00:00Z", ""),
        ("?bogus=1", "bogus"),
        ("?start=%ff%fe", ""),
        // Outside the years 1970-9999 (UTC) a bound has no RFC 3339 spelling or no sense.
        ("?end=0000-01-01T00:00:00Z", "`end`"),
        (
            "?start=1969-12-31T00:00:00Z&end=1970-01-02T00:00:00Z",
            "`start`",
        ),
        (
            "?start=9999-12-31T00:00:00Z&end=9999-12-31T23:30:00-05:00",
            "`end`",
        ),
    ] {
        let response = app
            .client
            .get(app.url(&format!("/billing/usage{query}")))
            .bearer_auth(&key.secret)
            .send()
            .await
            .unwrap();
        let body = expect_error(response, 400, "INVALID_PAYLOAD").await;
        assert!(body["error"].to_string().contains(named), "{query}: {body}");
    }
}
