//! The whole integration through the client: webhooks, a run to completion, a patch, emails,
//! cards and the bill, against the real server.

use std::time::Duration;

use sourcing_client::{ApiErrorCode, ClientError};
use sourcing_client::{
    CardTheme, CreateRun, Enrich, NewWebhook, PatchRun, RenderHtml, RunStatus, WaitOptions,
    WebhookUpdate,
};
use sourcing_domain::company::BillingMode;
use sourcing_testkit::Receiver;

use crate::support::spawn_app;

fn wait() -> WaitOptions {
    WaitOptions {
        initial_delay: Duration::from_millis(50),
        ..WaitOptions::default()
    }
    .deadline(Duration::from_secs(60))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_a_patch_emails_cards_webhooks_and_the_bill_through_the_client() {
    let app = spawn_app(&["[webhooks]\nallow_insecure_urls = true\n"]).await;
    let company = app.company(BillingMode::Prepaid, 1000).await;
    let client = app.client(&company).await;
    let receiver = Receiver::start().await;

    assert_eq!(client.healthz().await.unwrap().data.status, "ok");
    assert_eq!(client.readyz().await.unwrap().data.status, "ready");

    // webhooks: create (secret shown once), list, get, update, test, deliveries, retry, reset
    let created = client
        .create_webhook(&NewWebhook {
            name: Some("ATS".into()),
            ..NewWebhook::new(
                receiver.url("/hook"),
                ["SOURCING_COMPLETED", "sourcing.failed"],
            )
        })
        .await
        .unwrap();
    assert_eq!(created.status, 201);
    assert_eq!(created.data.signing_secret.len(), 64, "{:?}", created.data);
    let hook = created.data.webhook.clone();
    assert_eq!(hook.events, ["sourcing.completed", "sourcing.failed"]);
    assert!(hook.is_active);
    assert_eq!(hook.name.as_deref(), Some("ATS"));
    let listed = client.list_webhooks().await.unwrap().data;
    assert_eq!(listed.total, 1);
    assert_eq!(listed.data[0].id, hook.id);
    let fetched = client.get_webhook(hook.id).await.unwrap();
    assert_eq!(fetched.data, hook);
    let updated = client
        .update_webhook(
            hook.id,
            &WebhookUpdate {
                description: Some("sourcing events".into()),
                max_retries: Some(1),
                ..WebhookUpdate::default()
            },
        )
        .await
        .unwrap()
        .data;
    assert_eq!(updated.description.as_deref(), Some("sourcing events"));
    assert_eq!(updated.max_retries, 1);
    let ping = client.test_webhook(hook.id).await.unwrap().data;
    assert_eq!(ping.delivered, Some(true), "{ping:?}");
    assert_eq!(ping.event, "ping");
    assert_eq!(ping.attempts[0].status_code, Some(200));
    let page = client
        .deliveries(hook.id, Some(10), None)
        .await
        .unwrap()
        .data;
    assert_eq!(page.total, 1);
    assert_eq!(page.data[0].delivery_id, ping.delivery_id);
    let retried = client
        .retry_delivery(hook.id, ping.delivery_id)
        .await
        .unwrap()
        .data;
    assert_eq!(retried.delivery_id, ping.delivery_id);
    assert_eq!(retried.delivered, Some(true));
    let reset = client.reset_circuit(hook.id).await.unwrap().data;
    assert!(reset.is_active);
    assert_eq!(reset.consecutive_failures, 0);

    // a run, replayed by its idempotency key, waited for
    let ad = CreateRun::new(
        "Software Engineer",
        "We build web services in Python, Java or Go. Docker and SQL help.",
    )
    .location("United States")
    .limit(5)
    .webhook_id(hook.id);
    let accepted = client.create_run(&ad, Some("client-flow-1")).await.unwrap();
    assert_eq!(accepted.status, 202);
    assert_eq!(accepted.data.status, RunStatus::Processing);
    assert!(accepted.data.request_id.starts_with("req_"));
    assert!(!accepted.data.replayed);
    assert!(accepted.request_id.is_some());
    let limit = accepted
        .rate_limit
        .expect("rate-limit headers on POST /sourcing");
    assert_eq!(limit.limit, 10);
    assert_eq!(limit.remaining, 9);
    assert!(limit.reset_at().is_some());
    let replay = client.create_run(&ad, Some("client-flow-1")).await.unwrap();
    assert!(replay.data.replayed);
    assert_eq!(replay.data.request_id, accepted.data.request_id);

    let run_id = accepted.data.request_id.clone();
    let first = client.wait_for_run(&run_id, wait()).await.unwrap();
    assert_eq!(first.status, 200);
    assert_eq!(first.data.status, RunStatus::Completed, "{:?}", first.data);
    assert_eq!(first.rate_limit.map(|l| l.limit), Some(120));
    let first = first.data;
    assert!(!first.candidates.is_empty());
    assert_eq!(first.candidates_sourced_count, first.candidates.len());
    assert_eq!(first.webhook_id, Some(hook.id));
    let icp = first.icp.as_ref().expect("a finished run has its ICP");
    assert!(!icp.boolean_query.is_empty());
    assert!(!icp.search_steps.is_empty());
    assert!(icp.location.is_some(), "the ad's place is typed");
    assert!(icp.other.is_empty(), "every key the server writes is typed");
    assert!(
        first
            .candidates
            .windows(2)
            .all(|w| w[0].match_score >= w[1].match_score)
    );

    // a second pass with a context patch
    let patched = client
        .patch_run(
            &run_id,
            &PatchRun::query("also consider Go developers").limit(3),
        )
        .await
        .unwrap()
        .data;
    assert_eq!(patched.request_id, run_id);
    assert_eq!(patched.status, RunStatus::Processing);
    let second = client.wait_for_run(&run_id, wait()).await.unwrap().data;
    assert_eq!(second.status, RunStatus::Completed);
    assert!(second.candidates.len() >= first.candidates.len());
    assert_eq!(
        second.icp.as_ref().unwrap().patches,
        ["also consider Go developers"]
    );

    // emails for two candidates, then their cards
    let ids: Vec<String> = second
        .candidates
        .iter()
        .take(2)
        .map(|c| c.profile_id.clone())
        .collect();
    assert_eq!(ids.len(), 2);
    let enrichment = client.enrich(&Enrich::new(ids.clone())).await.unwrap().data;
    assert!(enrichment.request_id.starts_with("enr_"));
    let enriched = client
        .wait_for_enrichment(&enrichment.request_id, wait())
        .await
        .unwrap()
        .data;
    assert_eq!(enriched.status, RunStatus::Completed);
    assert_eq!(enriched.profile_count, 2);
    assert_eq!(enriched.enriched_count + enriched.failure_count, 2);
    assert_eq!(enriched.credits_consumed, enriched.enriched_count as i64);
    let asked: Vec<&str> = enriched
        .data
        .iter()
        .map(|i| i.profile_id.as_str())
        .collect();
    assert_eq!(asked, ids);
    for item in &enriched.data {
        if item.success {
            let candidate = item.candidate.as_ref().unwrap();
            assert!(!candidate.emails.is_empty());
            assert_eq!(candidate.emails[0], item.email_details[0].address);
        } else {
            assert!(item.error_code.is_some(), "{item:?}");
        }
    }
    let cards = client
        .render_html(
            &RenderHtml::new(ids.iter().cloned().chain(["syn-nobody".to_owned()]))
                .theme(CardTheme::Light),
        )
        .await
        .unwrap()
        .data;
    assert_eq!(cards.theme, "light");
    assert_eq!(cards.rendered_count, 2);
    assert!(
        cards.data[0]
            .html_content
            .as_deref()
            .unwrap()
            .starts_with("<div")
    );
    assert!(!cards.data[2].success);
    assert_eq!(
        cards.data[2].error_code.as_deref(),
        Some("PROFILE_NOT_FOUND")
    );

    // the bill
    let usage = client.billing_usage(None, None).await.unwrap().data;
    assert_eq!(usage.billing, "prepaid");
    assert_eq!(usage.credits_used.sourcing, second.candidates.len() as i64);
    assert_eq!(usage.credits_used.enrichment, enriched.credits_consumed);
    assert_eq!(
        usage.credits_used.total,
        usage.credits_used.sourcing + usage.credits_used.enrichment
    );
    assert_eq!(usage.balance, 1000 - usage.credits_used.total);
    assert!(usage.period.start < usage.period.end);

    // delete the webhook: 204, then it is gone
    let deleted = client.delete_webhook(hook.id).await.unwrap();
    assert_eq!(deleted.status, 204);
    let err = client.get_webhook(hook.id).await.unwrap_err();
    assert_eq!(err.code(), Some(&ApiErrorCode::WebhookNotFound));
    assert!(matches!(err, ClientError::Api { status: 404, .. }));
}
