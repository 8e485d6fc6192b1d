//! The storage contract suites against the in-memory fakes (and the webhook sender's against
//! the recording fake).

use std::time::Duration;

use sourcing_domain::ports::{OutgoingWebhook, WebhookSender};
use sourcing_testkit::memory::{
    InMemoryApiKeyRepository, InMemoryCompanyRepository, InMemoryCreditLedger,
    InMemoryEnrichmentRepository, InMemoryOperationsStats, InMemoryRunRepository,
    InMemoryWebhookRepository, RecordingWebhookSender,
};
use sourcing_testkit::{
    OpsStores, Receiver, Reply, api_key_repository_contract, company_repository_contract,
    credit_ledger_contract, enrichment_repository_contract, operations_stats_contract,
    run_repository_contract, webhook_repository_contract, webhook_sender_contract,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn in_memory_credit_ledger_honours_the_contract() {
    credit_ledger_contract(|| async {
        let companies = InMemoryCompanyRepository::new();
        (InMemoryCreditLedger::new(&companies), companies, ())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn in_memory_company_repository_honours_the_contract() {
    company_repository_contract(|| async {
        let companies = InMemoryCompanyRepository::new();
        let ledger = InMemoryCreditLedger::new(&companies);
        (companies, ledger, ())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn in_memory_api_key_repository_honours_the_contract() {
    api_key_repository_contract(|| async {
        let companies = InMemoryCompanyRepository::new();
        (InMemoryApiKeyRepository::new(&companies), companies, ())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn in_memory_run_repository_honours_the_contract() {
    run_repository_contract(|| async {
        let companies = InMemoryCompanyRepository::new();
        let runs = InMemoryRunRepository::new(&companies);
        let ledger = InMemoryCreditLedger::new(&companies);
        (runs.clone(), companies, ledger, runs, ())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn in_memory_webhook_repository_honours_the_contract() {
    webhook_repository_contract(|clock| async move {
        let companies = InMemoryCompanyRepository::new();
        let webhooks = InMemoryWebhookRepository::new(&companies).with_clock(clock);
        (webhooks.clone(), companies, webhooks, ())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recording_webhook_sender_honours_the_contract_with_a_simulated_receiver() {
    let receiver = Receiver::simulated();
    webhook_sender_contract(RecordingWebhookSender::connected_to(&receiver), &receiver).await;
}

#[tokio::test]
async fn recording_webhook_sender_records_and_answers_its_script_first() {
    let receiver = Receiver::simulated();
    receiver.reply("/hook", Reply::status(500));
    let sender = RecordingWebhookSender::connected_to(&receiver);
    sender.push(RecordingWebhookSender::transport_failure("timed out"));
    sender.push(RecordingWebhookSender::answered(204, None));
    let request = |n: u8| OutgoingWebhook {
        url: receiver.url("/hook"),
        headers: vec![("webhook-id".into(), format!("d{n}"))],
        body: vec![n],
        timeout: Duration::from_secs(1),
    };
    let first = sender.send(request(1)).await;
    let second = sender.send(request(2)).await;
    let third = sender.send(request(3)).await;
    assert_eq!(
        (first.status_code, first.error.as_deref()),
        (None, Some("timed out"))
    );
    assert_eq!(second.status_code, Some(204));
    assert_eq!(third.status_code, Some(500), "then the receiver answers");
    assert_eq!(sender.sent(), [request(1), request(2), request(3)]);
    assert_eq!(receiver.requests().len(), 1, "scripted sends reach nobody");
    let unconnected = RecordingWebhookSender::new();
    assert!(unconnected.send(request(4)).await.is_success());
    assert_eq!(unconnected.sent(), [request(4)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn in_memory_enrichment_repository_honours_the_contract() {
    enrichment_repository_contract(|| async {
        let companies = InMemoryCompanyRepository::new();
        let enrichments = InMemoryEnrichmentRepository::new(&companies);
        let ledger = InMemoryCreditLedger::new(&companies);
        (enrichments, companies, ledger, ())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn in_memory_operations_stats_honour_the_contract() {
    operations_stats_contract(|| async {
        let companies = InMemoryCompanyRepository::new();
        OpsStores {
            stats: InMemoryOperationsStats::new(&companies),
            ledger: InMemoryCreditLedger::new(&companies),
            runs: InMemoryRunRepository::new(&companies),
            enrichments: InMemoryEnrichmentRepository::new(&companies),
            webhooks: InMemoryWebhookRepository::new(&companies),
            companies,
            guard: (),
        }
    })
    .await;
}
