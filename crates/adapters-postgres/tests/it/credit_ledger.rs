//! The ledger's storage invariants: the entries sum to the cached balance, and the ledger is
//! append-only. The port's rules (never negative, charged once, tenancy, …) are checked by the
//! contract suite in `contracts.rs`.

use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use futures_util::future::join_all;
use sourcing_adapters_postgres::PgCreditLedger;
use sourcing_domain::company::BillingMode;
use sourcing_domain::credits::{ReserveRequest, UsageKind};
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
    // Concurrent reservations, settlements and grants.
    let attempts = (0..50).map(|i| {
        let ledger = ledger.clone();
        tokio::spawn(async move {
            let key = format!("run-{i}");
            if ledger.reserve(acme.id, request(&key, 1)).await.is_ok() && i % 2 == 0 {
                ledger.settle(acme.id, key, 0).await.unwrap();
            }
            if i % 10 == 0 {
                ledger
                    .grant(acme.id, 1, format!("topup-{i}"))
                    .await
                    .unwrap();
            }
        })
    });
    for attempt in join_all(attempts).await {
        attempt.unwrap();
    }
    let balance = ledger.balance(acme.id).await.unwrap();

    let mut conn = AsyncPgConnection::establish(fx.db.url()).await.unwrap();
    let (sum, min_after) = ledger_stats(&mut conn, acme.id).await;
    assert_eq!(sum, balance);
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
