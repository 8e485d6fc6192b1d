//! The storage ports' contract suites (from `sourcing-testkit`) against the Postgres adapters,
//! each check on its own database.

use std::sync::{Arc, Mutex, PoisonError};

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use sourcing_adapters_postgres::schema::outbox_events;
use sourcing_adapters_postgres::{
    PassScheduler, PgApiKeyRepository, PgCompanyRepository, PgCreditLedger, PgPool, PgRunRepository,
};
use sourcing_domain::ids::{CompanyId, RunId};
use sourcing_testkit::{
    RunEffects, RunEvent, api_key_repository_contract, company_repository_contract,
    credit_ledger_contract, run_repository_contract,
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

/// Records the passes queued (the schedule is the last write of its transaction).
#[derive(Clone, Default)]
struct RecordingScheduler(Arc<Mutex<Vec<(RunId, i32)>>>);

impl PassScheduler for RecordingScheduler {
    async fn schedule(
        &self,
        _conn: &mut AsyncPgConnection,
        _company: CompanyId,
        run: RunId,
        pass: i32,
    ) -> Result<(), anyhow::Error> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((run, pass));
        Ok(())
    }
}

/// The queued passes and the `outbox_events` rows of the test database.
struct PgRunEffects {
    pool: PgPool,
    queued: RecordingScheduler,
}

impl RunEffects for PgRunEffects {
    async fn queued_passes(&self) -> Vec<(RunId, i32)> {
        self.queued
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    async fn events(&self) -> Vec<RunEvent> {
        let mut conn = self.pool.get().await.unwrap();
        let rows: Vec<(String, String, String)> = outbox_events::table
            .order((outbox_events::created_at, outbox_events::dedup_key))
            .select((
                outbox_events::resource_id,
                outbox_events::event_type,
                outbox_events::dedup_key,
            ))
            .load(&mut conn)
            .await
            .unwrap();
        rows.into_iter()
            .map(|(resource, event_type, dedup_key)| {
                let run: RunId = resource.parse().unwrap();
                let pass = dedup_key
                    .strip_prefix(&format!("{run}:pass:"))
                    .and_then(|p| p.parse().ok())
                    .unwrap_or_else(|| panic!("dedup key {dedup_key} of {run}"));
                RunEvent::new(run, pass, &event_type)
            })
            .collect()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_run_repository_honours_the_contract() {
    run_repository_contract(|| async {
        let fx = fixture().await;
        let scheduler = RecordingScheduler::default();
        let runs = PgRunRepository::new(fx.pool.clone(), scheduler.clone());
        let companies = PgCompanyRepository::new(fx.pool.clone());
        let ledger = PgCreditLedger::new(fx.pool.clone());
        let effects = PgRunEffects {
            pool: fx.pool.clone(),
            queued: scheduler,
        };
        (runs, companies, ledger, effects, fx)
    })
    .await;
}
