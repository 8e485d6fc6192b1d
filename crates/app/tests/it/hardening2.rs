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
