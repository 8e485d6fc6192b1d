//! The storage contract suites against the in-memory fakes.

use sourcing_testkit::memory::{
    InMemoryApiKeyRepository, InMemoryCompanyRepository, InMemoryCreditLedger,
    InMemoryRunRepository,
};
use sourcing_testkit::{
    api_key_repository_contract, company_repository_contract, credit_ledger_contract,
    run_repository_contract,
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
