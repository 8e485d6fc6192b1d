//! The storage ports' contract suites (from `sourcing-testkit`) against the Postgres adapters,
//! each check on its own database.

use diesel_async::AsyncPgConnection;
use sourcing_adapters_postgres::{
    PassScheduler, PgApiKeyRepository, PgCompanyRepository, PgCreditLedger, PgRunRepository,
};
use sourcing_domain::ids::{CompanyId, RunId};
use sourcing_testkit::{
    api_key_repository_contract, company_repository_contract, credit_ledger_contract,
    run_repository_contract,
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

/// Queues nothing: the contract checks what the port shows, not the task queue.
struct NoScheduler;

impl PassScheduler for NoScheduler {
    async fn schedule(
        &self,
        _conn: &mut AsyncPgConnection,
        _company: CompanyId,
        _run: RunId,
        _pass: i32,
    ) -> Result<(), anyhow::Error> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_run_repository_honours_the_contract() {
    run_repository_contract(|| async {
        let fx = fixture().await;
        let runs = PgRunRepository::new(fx.pool.clone(), NoScheduler);
        let companies = PgCompanyRepository::new(fx.pool.clone());
        let ledger = PgCreditLedger::new(fx.pool.clone());
        (runs, companies, ledger, fx)
    })
    .await;
}
