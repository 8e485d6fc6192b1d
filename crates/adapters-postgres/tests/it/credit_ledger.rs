//! The ledger's storage invariants: the entries sum to the cached balance, and the ledger is
//! append-only. The port's rules (never negative, charged once, tenancy, …) are checked by the
//! contract suite in `contracts.rs`.

use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use futures_util::future::join_all;
use sourcing_adapters_postgres::PgCreditLedger;
use sourcing_domain::company::BillingMode;
use sourcing_domain::credits::{CreditError, ReservationState, ReserveRequest, UsageKind};
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
async fn the_entries_sum_to_the_balance_and_never_dip_below_zero() {
    let fx = fixture().await;
    let acme = company(&fx.pool, BillingMode::Prepaid, 10).await;
    let ledger = PgCreditLedger::new(fx.pool.clone());
    // Concurrent reservations of 1 credit each; the even ones are settled with nothing used
    // (the hold comes back), every tenth grants 1 credit. Each task says whether its hold is
    // still held at the end.
    let attempts = (0..50).map(|i| {
        let ledger = ledger.clone();
        tokio::spawn(async move {
            let key = format!("run-{i}");
            let held = match ledger.reserve(acme.id, request(&key, 1)).await {
                Ok(_) if i % 2 == 0 => {
                    let settled = ledger.settle(acme.id, key, 0).await.unwrap();
                    assert_eq!(settled.state, ReservationState::Settled { used: 0 });
                    false
                }
                Ok(_) => true,
                Err(CreditError::InsufficientFunds { needed, available }) => {
                    // refused only when the balance could not cover it
                    assert_eq!(needed, 1);
                    assert!(available < 1, "refused with {available} available");
                    false
                }
                Err(e) => panic!("reserve failed otherwise: {e}"),
            };
            if i % 10 == 0 {
                ledger
                    .grant(acme.id, 1, format!("topup-{i}"))
                    .await
                    .unwrap();
            }
            held
        })
    });
    let mut held = 0i64;
    for attempt in join_all(attempts).await {
        held += i64::from(attempt.unwrap());
    }
    let balance = ledger.balance(acme.id).await.unwrap();
    // 10 to start, 5 granted, one for each hold still held: no credit lost or made
    assert_eq!(balance, 10 + 5 - held);
    assert!((0..=15).contains(&held), "{held} holds");

    let mut conn = AsyncPgConnection::establish(fx.db.url()).await.unwrap();
    let (sum, min_after) = ledger_stats(&mut conn, acme.id).await;
    assert_eq!(sum, balance, "the entries sum to the cached balance");
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

#[tokio::test(flavor = "multi_thread")]
async fn the_ledger_is_append_only_and_the_balance_checked() {
    let fx = fixture().await;
    let acme = company(&fx.pool, BillingMode::Prepaid, 0).await;
    let ledger = PgCreditLedger::new(fx.pool.clone());
    assert_eq!(ledger.grant(acme.id, 5, "topup-1".into()).await.unwrap(), 5);

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
