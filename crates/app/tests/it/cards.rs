//! `POST /sourcing/render-html` over real HTTP and Postgres.

use serde_json::{Value, json};
use sourcing_domain::api_key::Scope;
use sourcing_domain::company::BillingMode;

use crate::support::{expect_error, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn cards_render_the_companys_candidates_and_nothing_else() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 20).await;
    let key = app.key(&acme).await;
    let accepted: Value = app
        .post_run(
            &key,
            &json!({
                "title": "Senior Site Reliability Engineer",
                "jobDescription": "Kubernetes, Terraform and Go on AWS.",
                "location": "Berlin, Germany",
                "limit": 3
            }),
        )
        .await
        .json()
        .await
        .unwrap();
    let results = app
        .wait_finished(&key, accepted["requestId"].as_str().unwrap())
        .await;
    let candidates = results["candidates"].as_array().unwrap();
    assert!(!candidates.is_empty(), "{results}");
    let first = &candidates[0];
    let id = first["profileId"].as_str().unwrap();

    let render = |body: Value, key: &crate::support::IssuedKey| {
        app.client
            .post(app.url("/sourcing/render-html"))
            .bearer_auth(&key.secret)
            .json(&body)
            .send()
    };
    let response = render(json!({ "profileIds": [id, "nobody"] }), &key)
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert!(
        response
            .headers()
            .contains_key("x-ratelimit-remaining-minute")
    );
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["success"], json!(true));
    assert_eq!(body["renderedCount"], json!(1));
    assert_eq!(body["theme"], json!("dark"));
    let card = &body["data"][0];
    assert_eq!(card["profileId"], json!(id));
    assert_eq!(card["success"], json!(true));
    assert_eq!(card["name"], first["name"]);
    let html = card["htmlContent"].as_str().unwrap();
    assert!(
        html.starts_with("<div") && html.trim_end().ends_with("</div>"),
        "{html}"
    );
    assert!(html.contains("#0f172a"), "dark background");
    assert!(!html.contains("<script"));
    assert_eq!(
        body["data"][1],
        json!({
            "profileId": "nobody",
            "success": false,
            "errorCode": "PROFILE_NOT_FOUND",
            "errorMessage": "No run of this company delivered this profile.",
        })
    );

    let light: Value = render(json!({ "profileIds": [id], "theme": "light" }), &key)
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        light["data"][0]["htmlContent"]
            .as_str()
            .unwrap()
            .contains("#ffffff")
    );

    // another company cannot render (or detect) acme's candidates
    let other = app.company(BillingMode::Prepaid, 20).await;
    let other_key = app.key(&other).await;
    let theirs: Value = render(json!({ "profileIds": [id] }), &other_key)
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(theirs["renderedCount"], json!(0));
    assert_eq!(theirs["data"][0]["errorCode"], json!("PROFILE_NOT_FOUND"));

    // validation and scope
    let eleven: Vec<String> = (0..11).map(|i| format!("p{i}")).collect();
    for body in [
        json!({ "profileIds": [] }),
        json!({ "profileIds": eleven }),
        json!({ "profileIds": [id], "theme": "blue" }),
        json!({ "theme": "dark" }),
        json!({ "profileIds": [id], "extra": true }),
    ] {
        expect_error(render(body, &key).await.unwrap(), 400, "INVALID_PAYLOAD").await;
    }
    let reader = app.key_with(&acme, &[Scope::SourcingRead], None).await;
    expect_error(
        render(json!({ "profileIds": [id] }), &reader)
            .await
            .unwrap(),
        403,
        "INSUFFICIENT_SCOPES",
    )
    .await;
}
