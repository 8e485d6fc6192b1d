//! Every refusal the client can meet, as a typed error, against the real server. Workers are
//! off, so runs stay `processing` and a PATCH meets `RUN_IN_PROGRESS` deterministically.
//!
//! `415 UNSUPPORTED_MEDIA_TYPE` is not reachable: the client declares every body as
//! `application/json` (`crates/app/tests/it/hardening.rs` covers it with raw requests).

use std::time::Duration;

use serde_json::json;
use sourcing_client::{
    ApiErrorCode, Client, ClientError, CreateRun, NewWebhook, PatchRun, RunStatus, WaitOptions,
};
use sourcing_domain::api_key::Scope;
use sourcing_domain::company::BillingMode;

use crate::support::spawn_app;

fn ad() -> CreateRun {
    CreateRun::new("Backend Engineer", "Python and PostgreSQL.").limit(5)
}

/// Unpacks an API error, asserting its status and code and that it names its request.
fn api(
    err: ClientError,
    status: u16,
    code: ApiErrorCode,
) -> (String, Option<serde_json::Value>, Option<Duration>) {
    match err {
        ClientError::Api {
            status: got,
            code: got_code,
            message,
            details,
            retry_after,
            request_id,
        } => {
            assert_eq!((got, &got_code), (status, &code), "{message}");
            assert!(!message.is_empty());
            assert!(
                request_id.is_some_and(|id| !id.is_empty()),
                "X-Request-Id surfaced"
            );
            (message, details.map(|d| *d), retry_after)
        }
        other => panic!("expected {status} {code}, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_refusal_is_a_typed_error() {
    let app = spawn_app(&["[worker]\nrun_in_serve = false\n[rate_limits]\ncreate_run = 3\n"]).await;
    let company = app.company(BillingMode::Postpaid, 0).await;
    let client = app.client(&company).await;

    // 401: a well-formed but unknown key
    let stranger = Client::new(&app.base, format!("sk_live_{}", "0".repeat(64))).unwrap();
    let err = stranger.billing_usage(None, None).await.unwrap_err();
    assert!(!err.is_transient());
    api(err, 401, ApiErrorCode::Unauthorized);
    // the probes need no key
    assert_eq!(stranger.healthz().await.unwrap().status, 200);

    // 403: a key without the route's scope
    let reader = Client::new(
        &app.base,
        app.key_with(&company, &[Scope::SourcingRead]).await,
    )
    .unwrap();
    api(
        reader.billing_usage(None, None).await.unwrap_err(),
        403,
        ApiErrorCode::InsufficientScopes,
    );

    // 404: an unknown run, and an unknown webhook
    let unknown = "req_00000000-0000-4000-8000-000000000000";
    api(
        client.run_results(unknown).await.unwrap_err(),
        404,
        ApiErrorCode::RequestNotFound,
    );
    api(
        client.get_webhook(uuid::Uuid::new_v4()).await.unwrap_err(),
        404,
        ApiErrorCode::WebhookNotFound,
    );

    // 400 with field details
    let (_, details, _) = api(
        client
            .create_run(&CreateRun::new("", "x").limit(500), None)
            .await
            .unwrap_err(),
        400,
        ApiErrorCode::InvalidPayload,
    );
    let fields = &details.expect("field details")["fields"];
    assert!(fields["title"].is_string(), "{fields}");
    assert!(fields["limit"].is_string(), "{fields}");

    // 413: a body over the server's limit
    api(
        client
            .create_run(&CreateRun::new("Engineer", "x".repeat(300_000)), None)
            .await
            .unwrap_err(),
        413,
        ApiErrorCode::PayloadTooLarge,
    );

    // 402: a prepaid balance below the limit, with the amounts in details
    let poor = app.company(BillingMode::Prepaid, 2).await;
    let poor_client = app.client(&poor).await;
    let (_, details, _) = api(
        poor_client.create_run(&ad(), None).await.unwrap_err(),
        402,
        ApiErrorCode::InsufficientFunds,
    );
    assert_eq!(details.unwrap()["required"], json!(5));

    // 422 and 403 around a run's webhook
    let hook = client
        .create_webhook(&NewWebhook::new(
            "https://hooks.example.com/ats",
            ["ENRICH_COMPLETED"],
        ))
        .await
        .unwrap();
    api(
        client
            .create_run(&ad().webhook_id(hook.data.webhook.id), None)
            .await
            .unwrap_err(),
        422,
        ApiErrorCode::WebhookEventNotSubscribed,
    );
    api(
        poor_client
            .create_run(&ad().webhook_id(hook.data.webhook.id), None)
            .await
            .unwrap_err(),
        403,
        ApiErrorCode::WebhookCompanyMismatch,
    );

    // a run that stays processing (no workers): 409 on PATCH, 400 on an empty PATCH,
    // 409 for a reused idempotency key, and a wait that gives up at its deadline
    let patcher = app.client(&company).await;
    let accepted = patcher.create_run(&ad(), Some("errors-1")).await.unwrap();
    let id = accepted.data.request_id.clone();
    api(
        patcher
            .patch_run(&id, &PatchRun::query("also Go"))
            .await
            .unwrap_err(),
        409,
        ApiErrorCode::RunInProgress,
    );
    api(
        patcher
            .patch_run(&id, &PatchRun::default())
            .await
            .unwrap_err(),
        400,
        ApiErrorCode::InvalidPatchPayload,
    );
    api(
        patcher
            .create_run(&ad().limit(6), Some("errors-1"))
            .await
            .unwrap_err(),
        409,
        ApiErrorCode::IdempotencyKeyReused,
    );
    let progress = patcher.run_results(&id).await.unwrap();
    assert_eq!(progress.status, 202);
    assert_eq!(progress.data.status, RunStatus::Processing);
    assert!(progress.data.message.is_some());
    let options = WaitOptions {
        initial_delay: Duration::from_millis(20),
        ..WaitOptions::default()
    }
    .deadline(Duration::from_millis(300));
    match patcher.wait_for_run(&id, options).await {
        Err(ClientError::Timeout { waited }) => assert!(waited >= Duration::from_millis(300)),
        other => panic!("expected a timeout, got {other:?}"),
    }

    // 429 with Retry-After: the limit is 3 per minute for this fresh key
    let hasty = app.client(&company).await;
    let mut remaining = Vec::new();
    for _ in 0..3 {
        let accepted = hasty.create_run(&ad(), None).await.unwrap();
        let limit = accepted.rate_limit.unwrap();
        assert_eq!(limit.limit, 3);
        remaining.push(limit.remaining);
    }
    assert_eq!(remaining, [2, 1, 0]);
    let err = hasty.create_run(&ad(), None).await.unwrap_err();
    assert!(err.is_transient());
    let (_, _, retry_after) = api(err, 429, ApiErrorCode::RateLimitExceeded);
    let retry_after = retry_after.expect("Retry-After surfaced");
    assert!(retry_after >= Duration::from_secs(1) && retry_after <= Duration::from_secs(60));
}
