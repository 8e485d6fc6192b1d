//! The adapters take time from their `Clock`, never from the wall clock: stamps, the usage
//! period a charge falls in, and the idempotency window all follow the injected clock.

use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Duration, TimeZone, Utc};
use diesel_async::AsyncPgConnection;
use sourcing_adapters_postgres::{
    PassScheduler, PgApiKeyRepository, PgCompanyRepository, PgCreditLedger, PgRunRepository,
};
use sourcing_domain::api_key::{KeyHash, NewApiKey, Scope};
use sourcing_domain::company::{BillingMode, NewCompany};
use sourcing_domain::credits::{ReserveRequest, UsageKind};
use sourcing_domain::icp::JobAd;
use sourcing_domain::ids::{CompanyId, RunId};
use sourcing_domain::ports::{
    ApiKeyRepository, Clock, CompanyRepository, CreateOutcome, CreditLedger, IdempotencyClaim,
    RunRepository,
};
use sourcing_domain::sourcing::NewRun;

use crate::support::fixture;

/// A clock the test sets.
#[derive(Debug)]
struct TestClock(Mutex<DateTime<Utc>>);

impl TestClock {
    fn at(now: DateTime<Utc>) -> Arc<Self> {
        Arc::new(Self(Mutex::new(now)))
    }

    fn advance(&self, by: Duration) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) += by;
    }
}

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Far from the wall clock, and a whole second (Postgres keeps microseconds).
fn long_ago() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2020, 3, 1, 12, 0, 0).unwrap()
}

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

    async fn schedule_enrichment(
        &self,
        _conn: &mut AsyncPgConnection,
        _company: CompanyId,
        _enrichment: uuid::Uuid,
    ) -> Result<(), anyhow::Error> {
        Ok(())
    }

    async fn schedule_event(
        &self,
        _conn: &mut AsyncPgConnection,
        _company: CompanyId,
        _event: uuid::Uuid,
    ) -> Result<(), anyhow::Error> {
        Ok(())
    }
}

#[tokio::test]
async fn companies_and_keys_are_stamped_by_the_clock() {
    let fx = fixture().await;
    let clock = TestClock::at(long_ago());
    let company = PgCompanyRepository::new(fx.pool.clone())
        .with_clock(clock.clone())
        .create(NewCompany::new("Acme", BillingMode::Prepaid, 5).unwrap())
        .await
        .unwrap();
    assert_eq!(company.created_at, long_ago());

    let keys = PgApiKeyRepository::new(fx.pool.clone()).with_clock(clock.clone());
    let key = keys
        .create(NewApiKey {
            company_id: company.id,
            name: "k".to_owned(),
            scopes: vec![Scope::ReadBilling],
            hash: KeyHash([9; 32]),
            expires_at: None,
        })
        .await
        .unwrap();
    assert_eq!(key.created_at, long_ago());
    clock.advance(Duration::hours(1));
    let revoked = keys.revoke(key.id).await.unwrap();
    assert_eq!(revoked.revoked_at, Some(long_ago() + Duration::hours(1)));
    clock.advance(Duration::hours(1));
    let again = keys.revoke(key.id).await.unwrap();
    assert_eq!(
        again.revoked_at,
        Some(long_ago() + Duration::hours(1)),
        "the first revocation time stays"
    );
}

#[tokio::test]
async fn a_charge_falls_in_the_period_of_the_clock_that_settled_it() {
    let fx = fixture().await;
    let clock = TestClock::at(long_ago());
    let company = crate::support::company(&fx.pool, BillingMode::Prepaid, 10).await;
    let ledger = PgCreditLedger::new(fx.pool.clone()).with_clock(clock.clone());
    ledger
        .reserve(
            company.id,
            ReserveRequest {
                key: "r1".to_owned(),
                amount: 4,
                kind: UsageKind::Sourcing,
            },
        )
        .await
        .unwrap();
    ledger.settle(company.id, "r1".to_owned(), 3).await.unwrap();
    let then = ledger
        .usage(
            company.id,
            long_ago() - Duration::days(1),
            long_ago() + Duration::days(1),
        )
        .await
        .unwrap();
    assert_eq!(then.total(), 3);
    let now = Utc::now();
    let today = ledger
        .usage(company.id, now - Duration::days(1), now + Duration::days(1))
        .await
        .unwrap();
    assert_eq!(today.total(), 0);
}

#[tokio::test]
async fn the_idempotency_window_follows_the_clock() {
    let fx = fixture().await;
    let clock = TestClock::at(long_ago());
    let company = crate::support::company(&fx.pool, BillingMode::Postpaid, 0).await;
    let runs = PgRunRepository::new(fx.pool.clone(), NoScheduler).with_clock(clock.clone());
    let claim = IdempotencyClaim {
        key: "k-1".to_owned(),
        request_hash: [7; 32],
    };
    let new_run = || NewRun {
        ad: JobAd {
            title: "SRE".to_owned(),
            job_description: "Kubernetes".to_owned(),
            location: None,
            query: None,
        },
        limit: 1,
        webhook_id: None,
    };
    let CreateOutcome::Created(first) = runs
        .create(company.id, new_run(), Some(claim.clone()))
        .await
        .unwrap()
    else {
        panic!("the first claim creates");
    };
    assert_eq!(first.created_at, long_ago());

    clock.advance(Duration::hours(23));
    let replayed = runs.replay(company.id, claim.clone()).await.unwrap();
    assert_eq!(replayed.map(|r| r.id), Some(first.id), "inside the window");

    clock.advance(Duration::hours(2));
    assert!(
        runs.replay(company.id, claim.clone())
            .await
            .unwrap()
            .is_none(),
        "outside the window"
    );
    let CreateOutcome::Created(second) = runs
        .create(company.id, new_run(), Some(claim))
        .await
        .unwrap()
    else {
        panic!("an expired claim creates a new run");
    };
    assert_ne!(second.id, first.id);
    assert_eq!(second.created_at, long_ago() + Duration::hours(25));
}
