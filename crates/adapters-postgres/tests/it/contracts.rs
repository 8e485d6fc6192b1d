//! The storage ports' contract suites (from `sourcing-testkit`) against the Postgres adapters,
//! each check on its own database.

use sourcing_adapters_postgres::{PgApiKeyRepository, PgCompanyRepository, PgCreditLedger};
use sourcing_testkit::{
    api_key_repository_contract, company_repository_contract, credit_ledger_contract,
};

use crate::support::fixture;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_credit_ledger_honours_the_contract() {
    credit_ledger_contract(|| async {
        let fx = fixture().await;
        let ledger = PgCreditLedger::new(fx.pool.clone());
        let companies = PgCompanyRepository::new(fx.pool.clone());
        (ledger, companies, fx)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_company_repository_honours_the_contract() {
    company_repository_contract(|| async {
        let fx = fixture().await;
        let companies = PgCompanyRepository::new(fx.pool.clone());
        let ledger = PgCreditLedger::new(fx.pool.clone());
        (companies, ledger, fx)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_api_key_repository_honours_the_contract() {
    api_key_repository_contract(|| async {
        let fx = fixture().await;
        let keys = PgApiKeyRepository::new(fx.pool.clone());
        let companies = PgCompanyRepository::new(fx.pool.clone());
        (keys, companies, fx)
    })
    .await;
}
