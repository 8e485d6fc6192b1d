//! Enrichment runs over real HTTP and Postgres: email discovery for the company's own
//! candidates, one credit per enriched profile, failures isolated and free.

use serde_json::{Value, json};
use sourcing_domain::api_key::Scope;
use sourcing_domain::company::{BillingMode, Company};

use crate::support::{IssuedKey, TestApp, expect_error, spawn_app};
use crate::webhooks::Receiver;

pub(crate) fn broad_ad(limit: u32) -> Value {
    json!({
        "title": "Software Engineer",
        "jobDescription": "We build web services in Python, Java or Go. Docker and SQL help.",
        "location": "United States",
        "limit": limit
    })
}

pub(crate) async fn run(app: &TestApp, key: &IssuedKey, ad: Value) -> Value {
    let accepted: Value = app.post_run(key, &ad).await.json().await.unwrap();
    app.wait_finished(key, accepted["requestId"].as_str().unwrap())
        .await
}

/// Ids the company received whose profiles have a company domain and a Latin-script name.
pub(crate) async fn enrichable(app: &TestApp, company: &Company, n: usize) -> Vec<String> {
    use diesel_async::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Id {
        #[diesel(sql_type = diesel::sql_types::Text)]
        profile_id: String,
    }
    let mut conn = app.pool.get().await.unwrap();
    let ids: Vec<Id> = diesel::sql_query(format!(
        "SELECT profile_id FROM run_candidates WHERE company_id = '{}' \
         AND profile->>'companyDomain' <> '' AND profile->>'name' ~ '^[A-Za-z .''-]+$' \
         ORDER BY profile_id LIMIT {n}",
        company.id
    ))
    .load(&mut conn)
    .await
    .unwrap();
    assert_eq!(ids.len(), n, "the run delivered enough enrichable profiles");
    ids.into_iter().map(|i| i.profile_id).collect()
}

pub(crate) async fn post_enrich(app: &TestApp, key: &IssuedKey, body: Value) -> reqwest::Response {
    app.client
        .post(app.url("/sourcing/enrich"))
        .bearer_auth(&key.secret)
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn get_results(app: &TestApp, key: &IssuedKey, id: &str) -> reqwest::Response {
    app.client
        .get(app.url(&format!("/sourcing/enrich/{id}/results")))
        .bearer_auth(&key.secret)
        .send()
        .await
        .unwrap()
}

pub(crate) async fn wait_enriched(app: &TestApp, key: &IssuedKey, id: &str) -> Value {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let response = get_results(app, key, id).await;
        let status = response.status().as_u16();
        let body: Value = response.json().await.unwrap();
        if status == 200 {
            assert_ne!(body["status"], json!("processing"));
            return body;
        }
        assert_eq!(status, 202, "{body}");
        assert_eq!(body["status"], json!("processing"));
        assert!(std::time::Instant::now() < deadline, "still processing");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn ten_ids_with_three_bad_ones_enrich_seven_and_bill_exactly_seven() {
    let app = spawn_app(&["[webhooks]\nallow_insecure_urls = true\n"]).await;
    let receiver = Receiver::start(&[], None).await;
    let acme = app.company(BillingMode::Prepaid, 100).await;
    let key = app.key(&acme).await;
    let results = run(&app, &key, broad_ad(20)).await;
    let good = enrichable(&app, &acme, 7).await;

    // another company's candidate, and a corpus profile nobody delivered to acme
    let other = app.company(BillingMode::Prepaid, 100).await;
    let other_key = app.key(&other).await;
    let sre = json!({
        "title": "Site Reliability Engineer",
        "jobDescription": "Kubernetes and Terraform on AWS; Prometheus.",
        "location": "Berlin, Germany",
        "limit": 5
    });
    let theirs_results = run(&app, &other_key, sre).await;
    let acme_ids: Vec<&str> = results["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["profileId"].as_str().unwrap())
        .collect();
    let theirs = theirs_results["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["profileId"].as_str().unwrap().to_owned())
        .find(|id| !acme_ids.contains(&id.as_str()))
        .expect("a candidate acme never received");
    let hook: Value = app
        .client
        .post(app.url("/webhooks"))
        .bearer_auth(&key.secret)
        .json(&json!({ "url": receiver.url, "events": ["ENRICH_COMPLETED"] }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let webhook = hook["data"]["id"].as_str().unwrap().to_owned();

    let mut ids: Vec<String> = good.clone();
    ids.insert(2, "nobody-at-all".to_owned());
    ids.insert(5, theirs.clone());
    ids.push("syn-999999".to_owned());
    let before = app.balance(&acme).await;

    let response = post_enrich(
        &app,
        &key,
        json!({ "profileIds": ids, "webhookId": webhook }),
    )
    .await;
    assert_eq!(response.status().as_u16(), 202);
    assert!(
        response
            .headers()
            .contains_key("x-ratelimit-remaining-minute")
    );
    let accepted: Value = response.json().await.unwrap();
    let id = accepted["requestId"].as_str().unwrap().to_owned();
    assert!(id.starts_with("enr_"), "{accepted}");
    assert_eq!(accepted["status"], json!("processing"));
    assert_eq!(accepted["webhookId"], json!(webhook));

    let done = wait_enriched(&app, &key, &id).await;
    assert_eq!(done["status"], json!("completed"), "{done}");
    assert_eq!(done["enrichedCount"], json!(7));
    assert_eq!(done["failureCount"], json!(3));
    assert_eq!(done["creditsConsumed"], json!(7));
    assert_eq!(app.balance(&acme).await, before - 7, "exactly 7 credits");
    let data = done["data"].as_array().unwrap();
    let order: Vec<&str> = data
        .iter()
        .map(|d| d["profileId"].as_str().unwrap())
        .collect();
    assert_eq!(
        order,
        ids.iter().map(String::as_str).collect::<Vec<_>>(),
        "order kept"
    );
    for item in data {
        let pid = item["profileId"].as_str().unwrap();
        if good.iter().any(|g| g == pid) {
            assert_eq!(item["success"], json!(true), "{item}");
            let emails = item["candidate"]["emails"].as_array().unwrap();
            assert!(!emails.is_empty());
            let domain = emails[0]
                .as_str()
                .unwrap()
                .split('@')
                .nth(1)
                .unwrap()
                .to_owned();
            assert!(domain.contains('.'), "{emails:?}");
            let detail = &item["emailDetails"][0];
            assert_eq!(detail["address"], emails[0]);
            assert!(detail["confidence"].as_u64().unwrap() <= 100);
            // the run's scoring is kept
            let scored = results["candidates"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["profileId"] == json!(pid))
                .unwrap();
            assert_eq!(item["candidate"]["matchScore"], scored["matchScore"]);
        } else {
            assert_eq!(item["success"], json!(false), "{item}");
            assert_eq!(item["errorCode"], json!("PROFILE_NOT_FOUND"));
            assert!(item.get("candidate").is_none());
        }
    }
    // the usage report counts them as enrichment
    let usage: Value = app
        .client
        .get(app.url("/billing/usage"))
        .bearer_auth(&key.secret)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(usage["data"]["creditsUsed"]["enrichment"], json!(7));

    // the webhook receives enrich.completed with the results body
    let got = receiver.wait_for(1).await;
    let envelope = got[0].json();
    assert_eq!(envelope["event"], json!("enrich.completed"));
    let mut expected = done.clone();
    expected.as_object_mut().unwrap().remove("success");
    assert_eq!(envelope["data"], expected);

    // another company cannot read it; malformed ids look the same
    for (who, path) in [
        (&other_key, id.as_str()),
        (&key, "enr_nope"),
        (&key, &id.to_uppercase()),
    ] {
        expect_error(get_results(&app, who, path).await, 404, "REQUEST_NOT_FOUND").await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_batch_the_balance_cannot_cover_and_bad_requests_start_nothing() {
    let app = spawn_app(&["[webhooks]\nallow_insecure_urls = true\n"]).await;
    let poor = app.company(BillingMode::Prepaid, 3).await;
    let key = app.key(&poor).await;
    let ids: Vec<String> = (0..5).map(|i| format!("syn-00000{i}")).collect();
    let refused = expect_error(
        post_enrich(&app, &key, json!({ "profileIds": ids })).await,
        402,
        "INSUFFICIENT_FUNDS",
    )
    .await;
    assert_eq!(refused["error"]["details"]["required"], json!(5));
    assert_eq!(app.balance(&poor).await, 3);
    let eleven: Vec<String> = (0..11).map(|i| format!("p{i}")).collect();
    for body in [
        json!({}),
        json!({ "profileIds": [] }),
        json!({ "profileIds": eleven }),
        json!({ "profileIds": ["a", "a"] }),
        json!({ "profileIds": ["a"], "webhookId": "nope" }),
        json!({ "profileIds": ["a"], "extra": 1 }),
        json!([1, 2]),
    ] {
        expect_error(post_enrich(&app, &key, body).await, 400, "INVALID_PAYLOAD").await;
    }
    // the webhook checks come before funds, in the contract's order
    let hook: Value = app
        .client
        .post(app.url("/webhooks"))
        .bearer_auth(&key.secret)
        .json(&json!({ "url": "https://hooks.example.com", "events": ["SOURCING_COMPLETED"] }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    expect_error(
        post_enrich(
            &app,
            &key,
            json!({ "profileIds": ["a"], "webhookId": hook["data"]["id"] }),
        )
        .await,
        422,
        "WEBHOOK_EVENT_NOT_SUBSCRIBED",
    )
    .await;
    expect_error(
        post_enrich(
            &app,
            &key,
            json!({ "profileIds": ["a"], "webhookId": uuid::Uuid::new_v4() }),
        )
        .await,
        404,
        "WEBHOOK_NOT_FOUND",
    )
    .await;
    let reader = app.key_with(&poor, &[Scope::SourcingRead], None).await;
    expect_error(
        post_enrich(&app, &reader, json!({ "profileIds": ["a"] })).await,
        403,
        "INSUFFICIENT_SCOPES",
    )
    .await;
    assert_eq!(
        app.count("SELECT count(*) AS n FROM enrichment_runs").await,
        0
    );
    assert_eq!(app.balance(&poor).await, 3);

    // a batch of only unknown ids completes, every item failed, nothing charged
    let accepted: Value = post_enrich(&app, &key, json!({ "profileIds": ["x1", "x2"] }))
        .await
        .json()
        .await
        .unwrap();
    let done = wait_enriched(&app, &key, accepted["requestId"].as_str().unwrap()).await;
    assert_eq!(done["status"], json!("completed"));
    assert_eq!(
        (done["enrichedCount"].clone(), done["failureCount"].clone()),
        (json!(0), json!(2))
    );
    assert_eq!(done["creditsConsumed"], json!(0));
    assert_eq!(app.balance(&poor).await, 3, "failures are free");
}
