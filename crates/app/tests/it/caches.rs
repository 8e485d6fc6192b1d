//! The read caches never serve a stale answer: at once within one process, within one second
//! across processes sharing a database, and never across companies.

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use sourcing_adapters_postgres::PgApiKeyRepository;
use sourcing_app::startup::Application;
use sourcing_domain::api_key::{KeyEnvironment, KeyHasher, NewApiKey, PresentedKey, Scope};
use sourcing_domain::company::BillingMode;
use sourcing_domain::ports::ApiKeyRepository;

use crate::support::{IssuedKey, spawn_app};

/// The staleness bound the README promises across processes, plus request time on a busy CI.
const BOUND: Duration = Duration::from_millis(1500);

async fn get(client: &reqwest::Client, base: &str, key: &IssuedKey, id: &str) -> (u16, Value) {
    let response = client
        .get(format!("{base}/sourcing/{id}/results"))
        .bearer_auth(&key.secret)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

/// Polls `check` until it holds, returning how long that took (panics past `BOUND`).
async fn within_bound<F, Fut>(what: &str, mut check: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = Instant::now();
    loop {
        if check().await {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < BOUND,
            "{what} still stale after {BOUND:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn two_servers_on_one_database_never_serve_stale_answers() {
    // server A runs the workers; server B shares its database and only answers
    let a = spawn_app(&["[rate_limits]\nget_run_results = 10000\n"]).await;
    let mut config = a.config.clone();
    config.worker.run_in_serve = false;
    let b_app = Application::build(config).await.unwrap();
    let b = format!("http://127.0.0.1:{}", b_app.port());
    tokio::spawn(b_app.run_until_stopped());

    let acme = a.company(BillingMode::Prepaid, 50).await;
    let key = a.key(&acme).await;
    let accepted: Value = a
        .post_run(
            &key,
            &json!({
                "title": "Site Reliability Engineer",
                "jobDescription": "Kubernetes and Terraform on AWS.",
                "location": "Berlin, Germany",
                "limit": 2
            }),
        )
        .await
        .json()
        .await
        .unwrap();
    let id = accepted["requestId"].as_str().unwrap().to_owned();
    let completed = a.wait_finished(&key, &id).await;
    // both servers now hold the completed body (and the verified key) in memory
    for base in [a.base.as_str(), b.as_str()] {
        for _ in 0..3 {
            let (status, body) = get(&a.client, base, &key, &id).await;
            assert_eq!((status, &body), (200, &completed));
        }
    }

    // a cached run is never shown to another company
    let other = a.company(BillingMode::Prepaid, 5).await;
    let other_key = a.key(&other).await;
    for base in [a.base.as_str(), b.as_str()] {
        let (status, body) = get(&a.client, base, &other_key, &id).await;
        assert_eq!(status, 404, "{body}");
        assert_eq!(body["error"]["code"], json!("REQUEST_NOT_FOUND"));
    }

    // PATCH through A: A answers 202 at once, B within the bound
    let patched = a
        .client
        .patch(a.url(&format!("/sourcing/{id}")))
        .bearer_auth(&key.secret)
        .json(&json!({ "limit": 1 }))
        .send()
        .await
        .unwrap();
    assert_eq!(patched.status().as_u16(), 202);
    let (status, body) = get(&a.client, &a.base, &key, &id).await;
    // the pass may already have finished; what must never come back is the old body
    assert!(
        status == 202 || body != completed,
        "A served the pre-PATCH body after the PATCH: {body}"
    );
    within_bound("B's results", || async {
        let (status, body) = get(&a.client, &b, &key, &id).await;
        status == 202 || body != completed
    })
    .await;

    // revoke the key from outside both servers (as `sourcing admin key revoke` does)
    PgApiKeyRepository::new(a.pool.clone())
        .revoke(key.id)
        .await
        .unwrap();
    for base in [a.base.clone(), b.clone()] {
        within_bound("the revoked key", || async {
            let (status, _) = get(&a.client, &base, &key, &id).await;
            status == 401
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_created_after_a_miss_works_within_the_bound() {
    // unknown keys are cached too (so a flood of bad keys costs one lookup each per ttl):
    // a key created just after a miss must still be accepted within the bound
    // (the polling below is many failed authentications: lift their per-address limit)
    let app = spawn_app(&["[rate_limits]\nfailed_auth_per_ip = 10000\n"]).await;
    let acme = app.company(BillingMode::Prepaid, 5).await;
    let secret = PresentedKey::generate(KeyEnvironment::Live, [42u8; 32]);
    let probe = |secret: String| {
        let app = &app;
        async move {
            app.client
                .get(app.url("/billing/usage"))
                .bearer_auth(secret)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(probe(secret.reveal().to_owned()).await, 401);
    let hasher = KeyHasher::new(app.config.security.key_pepper.expose().as_bytes());
    PgApiKeyRepository::new(app.pool.clone())
        .create(NewApiKey {
            company_id: acme.id,
            name: "late".into(),
            scopes: vec![Scope::ReadBilling],
            expires_at: None,
            hash: hasher.hash(&secret),
        })
        .await
        .unwrap();
    within_bound("the new key", || async {
        probe(secret.reveal().to_owned()).await == 200
    })
    .await;
}
