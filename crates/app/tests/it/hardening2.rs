//! The defects the second adversarial probe found (issue 26), through the real server.

use reqwest::Method;
use reqwest::header::AUTHORIZATION;
use serde_json::json;
use sourcing_domain::company::BillingMode;

use crate::support::{expect_error, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn a_title_of_invisible_characters_is_refused_and_costs_nothing() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    for title in [
        "\u{200B}",
        "\u{200B}\u{200C}\u{2060} \u{FEFF}",
        "\u{3164}\u{115F}",
    ] {
        let ad = json!({ "title": title, "jobDescription": "Python and Go.", "limit": 2 });
        let refused = expect_error(app.post_run(&key, &ad).await, 400, "INVALID_PAYLOAD").await;
        assert_eq!(
            refused["error"]["details"]["fields"]["title"],
            json!("must contain visible text"),
            "{title:?}: {refused}"
        );
    }
    // a visible word among the invisible ones is a title
    let ad = json!({ "title": "\u{200B}SRE\u{200B}", "jobDescription": "Go.", "limit": 2 });
    assert_eq!(app.post_run(&key, &ad).await.status(), 202);
    assert_eq!(
        app.balance(&acme).await,
        8,
        "only the accepted run reserved credits"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn two_authorization_headers_are_refused_even_if_both_are_valid() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    let other = app.key(&acme).await;
    let bearer = |secret: &str| format!("Bearer {secret}");
    for (first, second) in [
        (bearer(&key.secret), bearer(&key.secret)),
        (bearer(&key.secret), bearer(&other.secret)),
        (bearer(&key.secret), "Bearer sk_live_bogus".to_owned()),
    ] {
        let response = app
            .client
            .request(Method::GET, app.url("/billing/usage"))
            .header(AUTHORIZATION, first)
            .header(AUTHORIZATION, second)
            .send()
            .await
            .unwrap();
        expect_error(response, 401, "UNAUTHORIZED").await;
    }
    let one = app
        .client
        .request(Method::GET, app.url("/billing/usage"))
        .header(AUTHORIZATION, bearer(&key.secret))
        .send()
        .await
        .unwrap();
    assert_eq!(one.status(), 200);
}

/// Sends `head` and the start of a body it announces as longer, then nothing; returns what the
/// server answered and whether it closed the connection (within the 5 s read timeout).
fn stall_body(port: u16, head: &str) -> (String, bool) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(b"{\"title\": \"SR").unwrap();
    let mut answer = Vec::new();
    let closed = stream.read_to_end(&mut answer).is_ok();
    (String::from_utf8_lossy(&answer).into_owned(), closed)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stalled_body_gets_408_and_the_connection_is_closed() {
    let app = spawn_app(&["[server]\nbody_timeout_ms = 300\n"]).await;
    let acme = app.company(BillingMode::Prepaid, 10).await;
    let key = app.key(&acme).await;
    let port: u16 = app
        .url("")
        .rsplit(':')
        .next()
        .unwrap()
        .trim_end_matches('/')
        .parse()
        .unwrap();
    let head = format!(
        "POST /sourcing HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: 400\r\n\r\n",
        key.secret
    );
    let (answer, closed) = stall_body(port, &head);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("REQUEST_TIMEOUT"), "{answer}");
    assert!(closed, "the server closed the connection: {answer}");
    assert_eq!(app.balance(&acme).await, 10, "nothing was reserved");
    // a route that reads no body does not keep a stalled one open either
    let head = format!(
        "POST /webhooks/{}/reset-circuit HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: 400\r\n\r\n",
        uuid::Uuid::new_v4(),
        key.secret
    );
    let (answer, closed) = stall_body(port, &head);
    assert!(answer.starts_with("HTTP/1.1 404"), "{answer}");
    assert!(closed, "the server closed the connection: {answer}");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_expired_runs_people_no_longer_render_or_enrich_and_cost_nothing() {
    use crate::enrich::{enrichable, post_enrich, run, wait_enriched};
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 100).await;
    let key = app.key(&acme).await;
    let done = run(&app, &key, crate::enrich::broad_ad(5)).await;
    let id = done["requestId"].as_str().unwrap().to_owned();
    let people = enrichable(&app, &acme, 2).await;
    let cards = |ids: &Vec<String>| {
        let body = json!({ "profileIds": ids });
        let request = app
            .client
            .post(app.url("/sourcing/render-html"))
            .bearer_auth(&key.secret)
            .json(&body);
        async move {
            request
                .send()
                .await
                .unwrap()
                .json::<serde_json::Value>()
                .await
                .unwrap()
        }
    };
    // within retention both routes find them
    let shown = cards(&people).await;
    assert_eq!(shown["renderedCount"], json!(2), "{shown}");
    // the run passes the retention cutoff (pipeline.retention_days, 30 by default)
    app.execute(&format!(
        "UPDATE sourcing_runs SET created_at = now() - interval '31 days' WHERE id = '{}'",
        id.trim_start_matches("req_")
    ))
    .await;
    let shown = cards(&people).await;
    assert_eq!(shown["renderedCount"], json!(0), "{shown}");
    for item in shown["data"].as_array().unwrap() {
        assert_eq!(item["errorCode"], json!("PROFILE_NOT_FOUND"), "{item}");
        assert!(item.get("htmlContent").is_none(), "{item}");
    }
    let before = app.balance(&acme).await;
    let accepted: serde_json::Value = post_enrich(&app, &key, json!({ "profileIds": people }))
        .await
        .json()
        .await
        .unwrap();
    let enriched = wait_enriched(&app, &key, accepted["requestId"].as_str().unwrap()).await;
    assert_eq!(enriched["enrichedCount"], json!(0), "{enriched}");
    assert_eq!(enriched["creditsConsumed"], json!(0), "{enriched}");
    for item in enriched["data"].as_array().unwrap() {
        assert_eq!(item["errorCode"], json!("PROFILE_NOT_FOUND"), "{item}");
    }
    assert_eq!(app.balance(&acme).await, before, "nothing charged");
}
