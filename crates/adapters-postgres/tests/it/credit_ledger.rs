//! The ledger's money invariants: never negative, charged once, append-only.

use chrono::{Duration, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use futures_util::future::join_all;
use sourcing_adapters_postgres::PgCreditLedger;
use sourcing_domain::company::BillingMode;
use sourcing_domain::credits::{CreditError, ReservationState, ReserveRequest, UsageKind};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::CreditLedger;

use crate::support::{company, fixture};

fn request(key: &str, amount: i64) -> ReserveRequest {
    ReserveRequest {
        key: key.to_owned(),
        amount,
        kind: UsageKind::Sourcing,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_reservations_against_ten_credits_give_exactly_ten() {
    let fx = fixture().await;
    let acme = company(&fx.pool, BillingMode::Prepaid, 10).await;
    let ledger = PgCreditLedger::new(fx.pool.clone());
    let attempts = (0..50).map(|i| {
        let ledger = ledger.clone();
        tokio::spawn(async move {
            ledger
                .reserve(acme.id, request(&format!("run-{i}"), 1))
                .await
        })
    });
    let results = join_all(attempts).await;
    let mut ok = 0;
    let mut refused = 0;
    for result in results {
        match result.unwrap() {
            Ok(r) => {
                assert!(r.newly_created);
                ok += 1;
            }
            Err(CreditError::InsufficientFunds {
                needed: 1,
                available: 0,
            }) => refused += 1,
            Err(other) => panic!("unexpected error {other:?}"),
        }
    }
    assert_eq!((ok, refused), (10, 40));
    assert_eq!(ledger.balance(acme.id).await.unwrap(), 0);

    // The ledger agrees with the cached balance and never went below zero.
    let mut conn = AsyncPgConnection::establish(fx.db.url()).await.unwrap();
    let (sum, min_after) = ledger_stats(&mut conn, acme.id).await;
    assert_eq!(sum, 0);
    assert!(min_after >= 0);
}

async fn ledger_stats(conn: &mut AsyncPgConnection, company: CompanyId) -> (i64, i64) {
    use diesel::prelude::*;
    use diesel_async::RunQueryDsl;
    use sourcing_adapters_postgres::schema::credit_ledger::dsl::*;
    let rows: Vec<(i64, i64)> = credit_ledger
        .filter(company_id.eq(company.0))
        .select((delta, balance_after))
        .load(conn)
        .await
        .unwrap();
    (
        rows.iter().map(|r| r.0).sum(),
        rows.iter().map(|r| r.1).min().unwrap_or(0),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn replaying_a_reservation_charges_nothing_more() {
    let fx = fixture().await;
    let acme = company(&fx.pool, BillingMode::Prepaid, 10).await;
    let ledger = PgCreditLedger::new(fx.pool.clone());
    let first = ledger.reserve(acme.id, request("run-a", 4)).await.unwrap();
    assert!(first.newly_created);
    // Concurrent replays of the same key.
    let replays = join_all((0..10).map(|_| {
        let ledger = ledger.clone();
        tokio::spawn(async move { ledger.reserve(acme.id, request("run-a", 4)).await })
    }))
    .await;
    for replay in replays {
        let replay = replay.unwrap().unwrap();
        assert!(!replay.newly_created);
        assert_eq!(replay.amount, 4);
    }
    assert_eq!(ledger.balance(acme.id).await.unwrap(), 6);
    // Same key, different amount: refused, nothing charged.
    assert!(matches!(
        ledger.reserve(acme.id, request("run-a", 5)).await,
        Err(CreditError::KeyReused)
    ));
    assert_eq!(ledger.balance(acme.id).await.unwrap(), 6);
}

#[tokio::test(flavor = "multi_thread")]
async fn settle_charges_delivered_releases_rest_and_is_idempotent() {
    let fx = fixture().await;
    let acme = company(&fx.pool, BillingMode::Prepaid, 30).await;
    let ledger = PgCreditLedger::new(fx.pool.clone());
    ledger.reserve(acme.id, request("run-b", 20)).await.unwrap();
    assert_eq!(ledger.balance(acme.id).await.unwrap(), 10);
    let settled = ledger.settle(acme.id, "run-b".into(), 12).await.unwrap();
    assert_eq!(settled.state, ReservationState::Settled { used: 12 });
    assert_eq!(ledger.balance(acme.id).await.unwrap(), 18);
    // A retry after a crash settles nothing more, even with another count.
    let again = ledger.settle(acme.id, "run-b".into(), 20).await.unwrap();
    assert_eq!(again.state, ReservationState::Settled { used: 12 });
    assert_eq!(ledger.balance(acme.id).await.unwrap(), 18);

    // A failed run releases everything.
    ledger.reserve(acme.id, request("run-c", 5)).await.unwrap();
    ledger.settle(acme.id, "run-c".into(), 0).await.unwrap();
    assert_eq!(ledger.balance(acme.id).await.unwrap(), 18);

    let now = Utc::now();
    let usage = ledger
        .usage(acme.id, now - Duration::hours(1), now + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(
        usage.used,
        vec![(UsageKind::Sourcing, 12), (UsageKind::Enrichment, 0)]
    );
    assert_eq!(usage.balance, 18);
    // Outside the period nothing is counted.
    let old = ledger
        .usage(acme.id, now - Duration::days(3), now - Duration::days(2))
        .await
        .unwrap();
    assert_eq!(old.total(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn postpaid_records_usage_without_touching_the_balance() {
    let fx = fixture().await;
    let corp = company(&fx.pool, BillingMode::Postpaid, 0).await;
    let ledger = PgCreditLedger::new(fx.pool.clone());
    let r = ledger.reserve(corp.id, request("run-d", 50)).await.unwrap();
    assert!(r.newly_created);
    assert_eq!(ledger.balance(corp.id).await.unwrap(), 0);
    ledger.settle(corp.id, "run-d".into(), 7).await.unwrap();
    let now = Utc::now();
    let usage = ledger
        .usage(corp.id, now - Duration::hours(1), now + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(usage.total(), 7);
    assert_eq!(usage.balance, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn tenancy_and_validation() {
    let fx = fixture().await;
    let acme = company(&fx.pool, BillingMode::Prepaid, 10).await;
    let other = company(&fx.pool, BillingMode::Prepaid, 10).await;
    let ledger = PgCreditLedger::new(fx.pool.clone());
    ledger.reserve(acme.id, request("run-e", 3)).await.unwrap();
    // Another company cannot settle (or even see) acme's reservation.
    assert!(matches!(
        ledger.settle(other.id, "run-e".into(), 3).await,
        Err(CreditError::Repository(RepositoryError::NotFound))
    ));
    assert!(matches!(
        ledger
            .reserve(CompanyId::new_random(), request("x", 1))
            .await,
        Err(CreditError::Repository(RepositoryError::NotFound))
    ));
    assert!(matches!(
        ledger.reserve(acme.id, request("y", 0)).await,
        Err(CreditError::InvalidAmount(0))
    ));
    assert!(matches!(
        ledger.reserve(acme.id, request("z", 11)).await,
        Err(CreditError::InsufficientFunds {
            needed: 11,
            available: 7
        })
    ));
    assert_eq!(ledger.balance(other.id).await.unwrap(), 10);
}

#[tokio::test(flavor = "multi_thread")]
async fn grants_are_idempotent_and_the_ledger_is_append_only() {
    let fx = fixture().await;
    let acme = company(&fx.pool, BillingMode::Prepaid, 0).await;
    let ledger = PgCreditLedger::new(fx.pool.clone());
    assert_eq!(ledger.grant(acme.id, 5, "topup-1".into()).await.unwrap(), 5);
    assert_eq!(ledger.grant(acme.id, 5, "topup-1".into()).await.unwrap(), 5);
    assert_eq!(ledger.grant(acme.id, 2, "topup-2".into()).await.unwrap(), 7);

    let mut conn = AsyncPgConnection::establish(fx.db.url()).await.unwrap();
    assert!(
        conn.batch_execute("UPDATE credit_ledger SET delta = 1000")
            .await
            .is_err()
    );
    assert!(
        conn.batch_execute("DELETE FROM credit_ledger")
            .await
            .is_err()
    );
    // The CHECK constraint refuses an overdraw even if code tried one.
    assert!(
        conn.batch_execute(&format!(
            "UPDATE companies SET balance = -1 WHERE id = '{}'",
            acme.id
        ))
        .await
        .is_err()
    );
}
