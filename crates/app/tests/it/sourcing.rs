//! `POST /sourcing`, results and PATCH over real HTTP and Postgres, with in-process workers.

use serde_json::{Value, json};
use sourcing_domain::company::BillingMode;

use crate::support::{expect_error, spawn_app};

fn sre_ad() -> Value {
    json!({
        "title": "Senior Site Reliability Engineer",
        "jobDescription": "We run Kubernetes on AWS. You must have strong Kubernetes, Terraform and Go or Python experience; Prometheus is a plus. 5+ years of experience. No agencies.",
        "location": "Berlin, Germany",
        "limit": 5
    })
}

const CANDIDATE_KEYS: [&str; 16] = [
    "profileId",
    "name",
    "headline",
    "location",
    "currentCompany",
    "currentRole",
    "linkedinUrl",
    "matchScore",
    "rationale",
    "skills",
    "aiFitPoints",
    "aiRedFlags",
    "aiDetailedRationale",
    "detailedExperience",
    "emails",
    "scoreBreakdown",
];

fn assert_ranked_and_shaped(candidates: &[Value]) {
    let scores: Vec<u64> = candidates
        .iter()
        .map(|c| c["matchScore"].as_u64().unwrap())
        .collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "ranked: {scores:?}"
    );
    for c in candidates {
        for key in CANDIDATE_KEYS {
            assert!(c.get(key).is_some(), "missing {key} in {c}");
        }
        assert!(c["matchScore"].as_u64().unwrap() <= 100);
        assert!(!c["rationale"].as_str().unwrap().is_empty());
        assert!(c["emails"].as_array().unwrap().is_empty());
        for part in [
            "skills",
            "title",
            "seniority",
            "location",
            "meaning",
            "negatives",
        ] {
            assert!(
                c["scoreBreakdown"][part].is_i64(),
                "{part} in {}",
                c["scoreBreakdown"]
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_run_completes_with_ranked_candidates_and_bills_what_it_delivers() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 100).await;
    let key = app.key(&acme).await;

    let response = app.post_run(&key, &sre_ad()).await;
    assert_eq!(response.status(), 202);
    assert!(
        response
            .headers()
            .contains_key("x-ratelimit-remaining-minute")
    );
    let accepted: Value = response.json().await.unwrap();
    assert_eq!(accepted["success"], true);
    assert_eq!(accepted["status"], "processing");
    assert_eq!(
        accepted["message"],
        "Sourcing run accepted and queued for processing."
    );
    assert_eq!(accepted["webhookId"], Value::Null);
    assert_eq!(accepted["createdAt"], accepted["updatedAt"]);
    let id = accepted["requestId"].as_str().unwrap().to_owned();
    assert!(id.starts_with("req_"));

    let done = app.wait_finished(&key, &id).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["success"], true);
    assert_eq!(done["requestId"], id.as_str());
    assert!(done["completedAt"].is_string());
    let candidates = done["candidates"].as_array().unwrap();
    assert!(
        !candidates.is_empty() && candidates.len() <= 5,
        "{}",
        candidates.len()
    );
    assert_eq!(done["candidatesSourcedCount"], candidates.len());
    assert!(done["foundCount"].as_i64().unwrap() >= candidates.len() as i64);
    assert!(done["scoredCount"].as_i64().unwrap() >= candidates.len() as i64);
    assert!(
        done["icp"]["booleanQuery"]
            .as_str()
            .unwrap()
            .contains("Kubernetes"),
        "{}",
        done["icp"]
    );
    assert_ranked_and_shaped(candidates);
    // The retrieval steps that ran, each with the query it sent and what it found; the first is
    // the strict query the ICP shows.
    let steps = done["icp"]["searchSteps"].as_array().unwrap();
    assert!(!steps.is_empty(), "{}", done["icp"]);
    assert_eq!(steps[0]["name"], "strict");
    assert_eq!(steps[0]["query"], done["icp"]["booleanQuery"]);
    let added: i64 = steps.iter().map(|s| s["added"].as_i64().unwrap()).sum();
    for s in steps {
        assert!(
            s["found"].as_i64().unwrap() >= s["added"].as_i64().unwrap(),
            "{s}"
        );
        assert!(!s["query"].as_str().unwrap().is_empty());
    }
    assert!(added >= done["scoredCount"].as_i64().unwrap(), "{steps:?}");

    // Billing: reserved 5, settled to what was delivered.
    let delivered = candidates.len() as i64;
    assert_eq!(app.balance(&acme).await, 100 - delivered);
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
    assert_eq!(usage["data"]["creditsUsed"]["sourcing"], delivered);
    // Exactly one completion event, carrying the results body.
    assert_eq!(
        app.count(
            "SELECT count(*) AS n FROM outbox_events WHERE event_type = 'sourcing.completed'"
        )
        .await,
        1
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM background_tasks")
            .await,
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn patch_adds_new_people_without_repeats_and_reranks_the_session() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 100).await;
    let key = app.key(&acme).await;
    let ad = json!({
        "title": "Backend Engineer",
        "jobDescription": "Design and build APIs. Must have Python and PostgreSQL; Docker is a plus.",
        "limit": 5
    });
    let accepted: Value = app.post_run(&key, &ad).await.json().await.unwrap();
    let id = accepted["requestId"].as_str().unwrap().to_owned();
    let first = app.wait_finished(&key, &id).await;
    let first_ids: Vec<String> = first["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["profileId"].as_str().unwrap().to_owned())
        .collect();

    let patch = |body: Value| {
        app.client
            .patch(app.url(&format!("/sourcing/{id}")))
            .bearer_auth(&key.secret)
            .json(&body)
            .send()
    };
    let response = patch(json!({ "query": "also consider Go developers", "limit": 5 }))
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["requestId"], id.as_str());
    assert_eq!(body["status"], "processing");
    // A second PATCH while processing is refused (unless the pass already finished).
    let again = patch(json!({ "limit": 1 })).await.unwrap();
    if again.status() != 202 {
        expect_error(again, 409, "RUN_IN_PROGRESS").await;
    }

    let second = app.wait_finished(&key, &id).await;
    assert_eq!(second["status"], "completed");
    let all: Vec<String> = second["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["profileId"].as_str().unwrap().to_owned())
        .collect();
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), all.len(), "no candidate twice");
    assert!(
        first_ids.iter().all(|p| all.contains(p)),
        "the session keeps earlier candidates"
    );
    assert!(all.len() > first_ids.len(), "the new pass found new people");
    assert_ranked_and_shaped(second["candidates"].as_array().unwrap());
    assert!(
        second["icp"]["patches"]
            .to_string()
            .contains("Go developers")
    );
    assert!(app.count("SELECT count(*) AS n FROM outbox_events").await >= 2);
    // Billing: one credit per delivered candidate over both passes, never more.
    assert_eq!(app.balance(&acme).await, 100 - all.len() as i64);
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_bodies_are_400_or_413_never_500() {
    let app =
        spawn_app(&["[server]\nbody_limit_bytes = 4096\n[rate_limits]\ncreate_run = 1000\n"]).await;
    let acme = app.company(BillingMode::Prepaid, 100).await;
    let key = app.key(&acme).await;
    let post_raw = |body: Vec<u8>| {
        app.client
            .post(app.url("/sourcing"))
            .bearer_auth(&key.secret)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    for (body, field) in [
        (json!({ "jobDescription": "x" }), Some("title")),
        (json!({ "title": "x" }), Some("jobDescription")),
        (json!({ "title": "", "jobDescription": "x" }), Some("title")),
        (json!({ "title": 5, "jobDescription": "x" }), Some("title")),
        (
            json!({ "title": "x", "jobDescription": "x", "limit": 0 }),
            Some("limit"),
        ),
        (
            json!({ "title": "x", "jobDescription": "x", "limit": 101 }),
            Some("limit"),
        ),
        (
            json!({ "title": "x", "jobDescription": "x", "limit": "ten" }),
            Some("limit"),
        ),
        (
            json!({ "title": "x", "jobDescription": "x", "limit": 2.5 }),
            Some("limit"),
        ),
        (
            json!({ "title": "x".repeat(201), "jobDescription": "x" }),
            Some("title"),
        ),
        (
            json!({ "title": "x", "jobDescription": "x", "query": "q".repeat(501) }),
            Some("query"),
        ),
        (
            json!({ "title": "x", "jobDescription": "x", "webhookId": "nope" }),
            Some("webhookId"),
        ),
        (
            json!({ "title": "x", "jobDescription": "x", "surprise": 1 }),
            None,
        ),
        (json!([1, 2]), None),
        (json!(null), None),
    ] {
        let response = post_raw(serde_json::to_vec(&body).unwrap()).await.unwrap();
        let error = expect_error(response, 400, "INVALID_PAYLOAD").await;
        if let Some(field) = field {
            assert!(
                error["error"]["details"]["fields"].get(field).is_some(),
                "{field}: {error}"
            );
        }
    }
    for raw in [
        b"{\"title\": ".to_vec(),
        vec![0xff, 0xfe, 0x00],
        Vec::new(),
        b"{}{}".to_vec(),
    ] {
        let response = post_raw(raw).await.unwrap();
        expect_error(response, 400, "INVALID_PAYLOAD").await;
    }
    let huge = json!({ "title": "x", "jobDescription": "y".repeat(10_000) });
    expect_error(
        post_raw(serde_json::to_vec(&huge).unwrap()).await.unwrap(),
        413,
        "PAYLOAD_TOO_LARGE",
    )
    .await;
    // Nothing was created or reserved by any of them.
    assert_eq!(
        app.count("SELECT count(*) AS n FROM sourcing_runs").await,
        0
    );
    assert_eq!(app.balance(&acme).await, 100);

    // A well-formed but unknown webhook id.
    let response = app
        .post_run(
            &key,
            &json!({ "title": "x", "jobDescription": "y", "webhookId": uuid::Uuid::new_v4() }),
        )
        .await;
    expect_error(response, 404, "WEBHOOK_NOT_FOUND").await;

    // PATCH bodies.
    let accepted: Value = app.post_run(&key, &sre_ad()).await.json().await.unwrap();
    let id = accepted["requestId"].as_str().unwrap().to_owned();
    app.wait_finished(&key, &id).await;
    let patch = |body: Value| {
        app.client
            .patch(app.url(&format!("/sourcing/{id}")))
            .bearer_auth(&key.secret)
            .json(&body)
            .send()
    };
    expect_error(
        patch(json!({})).await.unwrap(),
        400,
        "INVALID_PATCH_PAYLOAD",
    )
    .await;
    expect_error(
        patch(json!({ "limit": 51 })).await.unwrap(),
        400,
        "INVALID_PAYLOAD",
    )
    .await;
    expect_error(
        patch(json!({ "query": 7 })).await.unwrap(),
        400,
        "INVALID_PAYLOAD",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn prepaid_needs_funds_for_the_limit_postpaid_does_not() {
    let app = spawn_app(&[]).await;
    let poor = app.company(BillingMode::Prepaid, 4).await;
    let key = app.key(&poor).await;
    let response = app.post_run(&key, &sre_ad()).await;
    let body = expect_error(response, 402, "INSUFFICIENT_FUNDS").await;
    assert_eq!(body["error"]["details"]["required"], 5);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM sourcing_runs").await,
        0
    );
    assert_eq!(app.balance(&poor).await, 4);

    let invoiced = app.company(BillingMode::Postpaid, 0).await;
    let key = app.key(&invoiced).await;
    let accepted: Value = app.post_run(&key, &sre_ad()).await.json().await.unwrap();
    let done = app
        .wait_finished(&key, accepted["requestId"].as_str().unwrap())
        .await;
    assert_eq!(done["status"], "completed");
    assert_eq!(app.balance(&invoiced).await, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn another_companys_runs_are_indistinguishable_from_unknown_ones() {
    let app = spawn_app(&[]).await;
    let owner = app.company(BillingMode::Prepaid, 100).await;
    let intruder = app.company(BillingMode::Prepaid, 100).await;
    let owner_key = app.key(&owner).await;
    let intruder_key = app.key(&intruder).await;
    let accepted: Value = app
        .post_run(&owner_key, &sre_ad())
        .await
        .json()
        .await
        .unwrap();
    let id = accepted["requestId"].as_str().unwrap().to_owned();
    app.wait_finished(&owner_key, &id).await;

    let unknown = format!("req_{}", uuid::Uuid::new_v4());
    let mut bodies = Vec::new();
    for target in [id.as_str(), unknown.as_str(), "req_not-a-uuid", "42"] {
        let response = app.results(&intruder_key, target).await;
        let mut body = expect_error(response, 404, "REQUEST_NOT_FOUND").await;
        body["timestamp"] = Value::Null;
        bodies.push(body);
        let response = app
            .client
            .patch(app.url(&format!("/sourcing/{target}")))
            .bearer_auth(&intruder_key.secret)
            .json(&json!({ "limit": 1 }))
            .send()
            .await
            .unwrap();
        expect_error(response, 404, "REQUEST_NOT_FOUND").await;
    }
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "identical 404 bodies: {bodies:?}"
    );
    // The intruder's patch attempt changed nothing.
    assert_eq!(app.balance(&intruder).await, 100);
    assert_eq!(
        app.count("SELECT max(pass)::bigint AS n FROM sourcing_runs")
            .await,
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn runs_past_retention_are_gone() {
    // the run is aged straight in the database; the results cache (which may serve a body for
    // up to cache.ttl_ms) is off so the age must show at once
    let app = spawn_app(&["[pipeline]\nretention_days = 30\n[cache]\nttl_ms = 0\n"]).await;
    let acme = app.company(BillingMode::Prepaid, 100).await;
    let key = app.key(&acme).await;
    let accepted: Value = app.post_run(&key, &sre_ad()).await.json().await.unwrap();
    let id = accepted["requestId"].as_str().unwrap().to_owned();
    app.wait_finished(&key, &id).await;
    app.count("WITH u AS (UPDATE sourcing_runs SET created_at = now() - interval '31 days' RETURNING 1) SELECT count(*) AS n FROM u")
        .await;
    expect_error(app.results(&key, &id).await, 404, "REQUEST_NOT_FOUND").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn idempotency_key_replays_the_first_response_and_charges_once() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 100).await;
    let key = app.key(&acme).await;
    let send = |body: Value, idem: &'static str| {
        app.client
            .post(app.url("/sourcing"))
            .bearer_auth(&key.secret)
            .header("idempotency-key", idem)
            .json(&body)
            .send()
    };
    let first = send(sre_ad(), "order-1").await.unwrap();
    assert_eq!(first.status(), 202);
    let first: Value = first.json().await.unwrap();
    // Same body with its keys in another order: the same response, nothing new started.
    let reordered: Value = serde_json::from_str(
        r#"{"limit": 5, "location": "Berlin, Germany", "jobDescription": "We run Kubernetes on AWS. You must have strong Kubernetes, Terraform and Go or Python experience; Prometheus is a plus. 5+ years of experience. No agencies.", "title": "Senior Site Reliability Engineer"}"#,
    )
    .unwrap();
    let replay = send(reordered, "order-1").await.unwrap();
    assert_eq!(replay.status(), 202);
    assert_eq!(replay.headers()["idempotent-replayed"], "true");
    let replay: Value = replay.json().await.unwrap();
    assert_eq!(replay, first);
    let mut changed = sre_ad();
    changed["limit"] = json!(6);
    expect_error(
        send(changed, "order-1").await.unwrap(),
        409,
        "IDEMPOTENCY_KEY_REUSED",
    )
    .await;
    assert_eq!(
        app.count("SELECT count(*) AS n FROM sourcing_runs").await,
        1
    );
    let done = app
        .wait_finished(&key, first["requestId"].as_str().unwrap())
        .await;
    let delivered = done["candidates"].as_array().unwrap().len() as i64;
    assert_eq!(app.balance(&acme).await, 100 - delivered);
    // Another company may use the same key independently.
    let other = app.company(BillingMode::Prepaid, 100).await;
    let other_key = app.key(&other).await;
    let theirs = app
        .client
        .post(app.url("/sourcing"))
        .bearer_auth(&other_key.secret)
        .header("idempotency-key", "order-1")
        .json(&sre_ad())
        .send()
        .await
        .unwrap();
    assert_eq!(theirs.status(), 202);
    let theirs: Value = theirs.json().await.unwrap();
    assert_ne!(theirs["requestId"], first["requestId"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn create_is_rate_limited_per_key() {
    let app = spawn_app(&["[rate_limits]\ncreate_run = 2\n"]).await;
    let acme = app.company(BillingMode::Prepaid, 100).await;
    let key = app.key(&acme).await;
    for _ in 0..2 {
        assert_eq!(app.post_run(&key, &sre_ad()).await.status(), 202);
    }
    let limited = app.post_run(&key, &sre_ad()).await;
    assert!(limited.headers().contains_key("retry-after"));
    expect_error(limited, 429, "RATE_LIMIT_EXCEEDED").await;
    // Limited calls reserve nothing.
    assert_eq!(
        app.count("SELECT count(*) AS n FROM sourcing_runs").await,
        2
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn scopes_guard_the_sourcing_routes() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 100).await;
    let reader = app
        .key_with(
            &acme,
            &[sourcing_domain::api_key::Scope::SourcingRead],
            None,
        )
        .await;
    expect_error(
        app.post_run(&reader, &sre_ad()).await,
        403,
        "INSUFFICIENT_SCOPES",
    )
    .await;
    let writer = app
        .key_with(
            &acme,
            &[sourcing_domain::api_key::Scope::SourcingWrite],
            None,
        )
        .await;
    let accepted: Value = app.post_run(&writer, &sre_ad()).await.json().await.unwrap();
    let id = accepted["requestId"].as_str().unwrap();
    expect_error(app.results(&writer, id).await, 403, "INSUFFICIENT_SCOPES").await;
    let response = app
        .client
        .post(app.url("/sourcing"))
        .json(&sre_ad())
        .send()
        .await
        .unwrap();
    expect_error(response, 401, "UNAUTHORIZED").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_runs_of_one_company_never_overdraw_or_fail() {
    let app = spawn_app(&["[rate_limits]\ncreate_run = 1000\n[worker]\nconcurrency = 4\n"]).await;
    let acme = app.company(BillingMode::Prepaid, 40).await;
    let key = app.key(&acme).await;
    let ad = json!({ "title": "Backend Engineer", "jobDescription": "Python and PostgreSQL.", "limit": 5 });
    let posts = (0..12).map(|_| {
        let client = app.client.clone();
        let url = app.url("/sourcing");
        let secret = key.secret.clone();
        let ad = ad.clone();
        tokio::spawn(async move {
            client
                .post(url)
                .bearer_auth(secret)
                .json(&ad)
                .send()
                .await
                .unwrap()
        })
    });
    let mut accepted = Vec::new();
    let mut refused = 0;
    for post in futures_util::future::join_all(posts).await {
        let response = post.unwrap();
        match response.status().as_u16() {
            202 => {
                let body: Value = response.json().await.unwrap();
                accepted.push(body["requestId"].as_str().unwrap().to_owned());
            }
            402 => {
                expect_error(response, 402, "INSUFFICIENT_FUNDS").await;
                refused += 1;
            }
            other => panic!("unexpected {other}: {}", response.text().await.unwrap()),
        }
    }
    // 40 credits cover at most 8 concurrent holds of 5; settlements may free some early.
    assert!(
        accepted.len() >= 8,
        "{} accepted, {refused} refused",
        accepted.len()
    );
    let mut delivered = 0;
    for id in &accepted {
        let done = app.wait_finished(&key, id).await;
        assert_eq!(done["status"], "completed");
        let n = done["candidates"].as_array().unwrap().len() as i64;
        // a run is charged for what it delivers, never beyond its limit (its hold)
        assert!((1..=5).contains(&n), "run {id} delivered {n}");
        delivered += n;
    }
    assert_eq!(app.balance(&acme).await, 40 - delivered);
    let ledger_sum = app
        .count(&format!("SELECT coalesce(sum(delta), 0)::bigint AS n FROM credit_ledger WHERE company_id = '{}'", acme.id))
        .await;
    assert_eq!(
        ledger_sum,
        40 - delivered,
        "the ledger explains the balance"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_replay_answers_even_when_the_first_run_took_the_whole_balance() {
    let app = spawn_app(&["[worker]\nrun_in_serve = false\n"]).await;
    let acme = app.company(BillingMode::Prepaid, 5).await;
    let key = app.key(&acme).await;
    let send = || {
        app.client
            .post(app.url("/sourcing"))
            .bearer_auth(&key.secret)
            .header("idempotency-key", "retry-after-timeout")
            .json(&sre_ad())
            .send()
    };
    let first = send().await.unwrap();
    assert_eq!(first.status(), 202);
    let first: Value = first.json().await.unwrap();
    assert_eq!(app.balance(&acme).await, 0, "the whole balance is held");
    // The client timed out and retries: it gets the first answer, not 402.
    let replay = send().await.unwrap();
    assert_eq!(replay.status(), 202);
    assert_eq!(replay.json::<Value>().await.unwrap(), first);
    // A new request without the key is refused for funds.
    expect_error(
        app.post_run(&key, &sre_ad()).await,
        402,
        "INSUFFICIENT_FUNDS",
    )
    .await;
    assert_eq!(
        app.count("SELECT count(*) AS n FROM sourcing_runs").await,
        1
    );
}
