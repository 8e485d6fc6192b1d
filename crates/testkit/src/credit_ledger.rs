//! Contract suite for [`CreditLedger`].
//!
//! MUST rules checked (from the port's doc comments and the README's billing model):
//! - an unknown company is `NotFound` for every method;
//! - another company's reservation looks missing: settling it is `NotFound`, and its key is free
//!   for the other company (a fresh reservation, never `KeyReused`);
//! - a prepaid reservation holds its amount, and one the balance cannot cover fails with
//!   `InsufficientFunds { needed, available }` and leaves no trace;
//! - the balance never goes negative, also under concurrent reservations;
//! - a replayed reservation (also concurrent replays, also after settlement) returns the
//!   existing one with `newly_created = false` and charges nothing; the same key with another
//!   amount or kind is `KeyReused`;
//! - settling charges what was delivered (capped at the reservation), returns the rest to a
//!   prepaid balance, and is idempotent (also concurrent replays);
//! - postpaid reservations and settlements never touch the balance but count as usage;
//! - grants are idempotent by key; amounts outside `1..=1e9` are `InvalidAmount`;
//! - usage counts settled charges per kind (every kind, in `UsageKind::ALL` order) in
//!   `[start, end)`, with the current balance.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a contract suite fails loudly on purpose"
)]

use std::future::Future;
use std::sync::Arc;

use chrono::{Duration, Utc};
use sourcing_domain::company::{BillingMode, Company, NewCompany};
use sourcing_domain::credits::{
    CreditError, Reservation, ReservationState, ReserveRequest, UsageKind, UsageReport,
};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::{CompanyRepository, CreditLedger};

/// Runs every check of the `CreditLedger` contract, each against a fresh implementation.
///
/// `fresh` returns the ledger under test, a `CompanyRepository` over the same store (to create
/// the companies the credits belong to) and a guard that must outlive both (e.g. the test
/// database; `()` for the in-memory fake). Call it from a `multi_thread` tokio runtime: the
/// concurrency checks spawn tasks.
pub async fn credit_ledger_contract<L, C, G, F, Fut>(mut fresh: F)
where
    L: CreditLedger,
    C: CompanyRepository,
    F: FnMut() -> Fut,
    Fut: Future<Output = (L, C, G)>,
{
    unknown_company_is_not_found(fresh().await).await;
    another_companys_reservation_looks_missing(fresh().await).await;
    prepaid_reservations_hold_credits_and_refuse_to_overdraw(fresh().await).await;
    concurrent_reservations_never_overdraw(fresh().await).await;
    replayed_reservations_charge_nothing_more(fresh().await).await;
    settlement_charges_the_delivered_part_once(fresh().await).await;
    postpaid_records_usage_without_touching_the_balance(fresh().await).await;
    grants_are_idempotent_by_key(fresh().await).await;
}

async fn company<C: CompanyRepository>(
    companies: &C,
    billing: BillingMode,
    credits: i64,
) -> Company {
    companies
        .create(NewCompany::new("Acme", billing, credits).expect("valid company"))
        .await
        .expect("create company")
}

fn request(key: &str, amount: i64) -> ReserveRequest {
    ReserveRequest {
        key: key.to_owned(),
        amount,
        kind: UsageKind::Sourcing,
    }
}

fn is_not_found<T: std::fmt::Debug>(result: &Result<T, CreditError>) -> bool {
    matches!(
        result,
        Err(CreditError::Repository(RepositoryError::NotFound))
    )
}

async fn balance<L: CreditLedger>(ledger: &L, company: CompanyId) -> i64 {
    ledger.balance(company).await.expect("balance")
}

/// Usage over the hour around now.
async fn usage_now<L: CreditLedger>(ledger: &L, company: CompanyId) -> UsageReport {
    let now = Utc::now();
    ledger
        .usage(company, now - Duration::hours(1), now + Duration::hours(1))
        .await
        .expect("usage")
}

/// Credits used per kind, in report order.
fn used(sourcing: i64, enrichment: i64) -> Vec<(UsageKind, i64)> {
    vec![
        (UsageKind::Sourcing, sourcing),
        (UsageKind::Enrichment, enrichment),
    ]
}

async fn unknown_company_is_not_found<L: CreditLedger, C: CompanyRepository, G>(
    (ledger, _companies, _guard): (L, C, G),
) {
    let ghost = CompanyId::new_random();
    assert!(is_not_found(&ledger.balance(ghost).await), "balance");
    assert!(
        is_not_found(&ledger.grant(ghost, 5, "g".into()).await),
        "grant"
    );
    assert!(
        is_not_found(&ledger.reserve(ghost, request("r", 1)).await),
        "reserve"
    );
    assert!(
        is_not_found(&ledger.settle(ghost, "r".into(), 1).await),
        "settle"
    );
    let now = Utc::now();
    assert!(
        is_not_found(&ledger.usage(ghost, now - Duration::hours(1), now).await),
        "usage"
    );
}

async fn another_companys_reservation_looks_missing<L: CreditLedger, C: CompanyRepository, G>(
    (ledger, companies, _guard): (L, C, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 10).await;
    let other = company(&companies, BillingMode::Prepaid, 10).await;
    ledger
        .reserve(acme.id, request("run-1", 3))
        .await
        .expect("reserve");

    // Settling acme's reservation as another company: as if it did not exist.
    assert!(
        is_not_found(&ledger.settle(other.id, "run-1".into(), 3).await),
        "another company's reservation must look missing"
    );
    // Its key is free for the other company, even with another amount (no KeyReused).
    let theirs = ledger
        .reserve(other.id, request("run-1", 5))
        .await
        .expect("the same key in another company is a fresh reservation");
    assert!(theirs.newly_created);
    assert_eq!(theirs.amount, 5);
    assert_eq!(balance(&ledger, acme.id).await, 7);
    assert_eq!(balance(&ledger, other.id).await, 5);

    // Grant keys are per company too.
    assert_eq!(ledger.grant(acme.id, 2, "topup".into()).await.unwrap(), 9);
    assert_eq!(ledger.grant(other.id, 2, "topup".into()).await.unwrap(), 7);

    // Acme's usage is not the other company's.
    ledger.settle(acme.id, "run-1".into(), 3).await.unwrap();
    assert_eq!(usage_now(&ledger, other.id).await.total(), 0);
    assert_eq!(usage_now(&ledger, acme.id).await.used, used(3, 0));
    // The other company's reservation is untouched by acme's settlement.
    let replay = ledger.reserve(other.id, request("run-1", 5)).await.unwrap();
    assert_eq!(replay.state, ReservationState::Reserved);
}

async fn prepaid_reservations_hold_credits_and_refuse_to_overdraw<
    L: CreditLedger,
    C: CompanyRepository,
    G,
>(
    (ledger, companies, _guard): (L, C, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 10).await;
    assert_eq!(balance(&ledger, acme.id).await, 10);

    let held = ledger
        .reserve(
            acme.id,
            ReserveRequest {
                key: "enrich-1".into(),
                amount: 4,
                kind: UsageKind::Enrichment,
            },
        )
        .await
        .expect("reserve");
    assert_eq!(
        held,
        Reservation {
            key: "enrich-1".into(),
            amount: 4,
            kind: UsageKind::Enrichment,
            state: ReservationState::Reserved,
            newly_created: true,
        }
    );
    assert_eq!(balance(&ledger, acme.id).await, 6);
    assert_eq!(
        companies.get(acme.id).await.unwrap().balance,
        6,
        "the company's balance is the ledger's"
    );

    match ledger.reserve(acme.id, request("too-much", 7)).await {
        Err(CreditError::InsufficientFunds {
            needed: 7,
            available: 6,
        }) => {}
        other => panic!("expected InsufficientFunds {{ 7, 6 }}, got {other:?}"),
    }
    assert_eq!(balance(&ledger, acme.id).await, 6);

    for bad in [0, -1, 1_000_000_001] {
        assert!(
            matches!(
                ledger.reserve(acme.id, request("bad", bad)).await,
                Err(CreditError::InvalidAmount(n)) if n == bad
            ),
            "amount {bad}"
        );
    }
    assert_eq!(balance(&ledger, acme.id).await, 6);

    // The whole balance can be held; then nothing more.
    ledger.reserve(acme.id, request("all", 6)).await.unwrap();
    assert_eq!(balance(&ledger, acme.id).await, 0);
    assert!(matches!(
        ledger.reserve(acme.id, request("one-more", 1)).await,
        Err(CreditError::InsufficientFunds {
            needed: 1,
            available: 0
        })
    ));
    assert_eq!(balance(&ledger, acme.id).await, 0);

    // A refused reservation left no trace: with funds, the same key is a fresh reservation.
    ledger.grant(acme.id, 7, "topup".into()).await.unwrap();
    let retried = ledger
        .reserve(acme.id, request("too-much", 7))
        .await
        .unwrap();
    assert!(retried.newly_created);
    assert_eq!(balance(&ledger, acme.id).await, 0);
}

async fn concurrent_reservations_never_overdraw<L: CreditLedger, C: CompanyRepository, G>(
    (ledger, companies, _guard): (L, C, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 7).await;
    let ledger = Arc::new(ledger);
    let attempts: Vec<_> = (0..20)
        .map(|i| {
            let ledger = Arc::clone(&ledger);
            tokio::spawn(async move {
                ledger
                    .reserve(acme.id, request(&format!("run-{i}"), 1))
                    .await
            })
        })
        .collect();
    let mut granted = Vec::new();
    let mut refused = 0;
    for attempt in attempts {
        match attempt.await.expect("task") {
            Ok(r) => {
                assert!(r.newly_created);
                granted.push(r.key);
            }
            Err(CreditError::InsufficientFunds {
                needed: 1,
                available: 0,
            }) => refused += 1,
            Err(other) => panic!("unexpected error {other:?}"),
        }
    }
    assert_eq!(
        (granted.len(), refused),
        (7, 13),
        "20 concurrent reservations of 1 against 7 credits"
    );
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 0);
    assert_eq!(companies.get(acme.id).await.unwrap().balance, 0);

    for key in granted {
        ledger.settle(acme.id, key, 1).await.unwrap();
    }
    let usage = usage_now(ledger.as_ref(), acme.id).await;
    assert_eq!(usage.used, used(7, 0));
    assert_eq!(usage.balance, 0);
}

async fn replayed_reservations_charge_nothing_more<L: CreditLedger, C: CompanyRepository, G>(
    (ledger, companies, _guard): (L, C, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 10).await;
    let ledger = Arc::new(ledger);
    // Ten concurrent calls with one key: one reservation, charged once.
    let calls: Vec<_> = (0..10)
        .map(|_| {
            let ledger = Arc::clone(&ledger);
            tokio::spawn(async move { ledger.reserve(acme.id, request("run-a", 4)).await })
        })
        .collect();
    let mut created = 0;
    for call in calls {
        let r = call.await.expect("task").expect("reserve or replay");
        assert_eq!((r.key.as_str(), r.amount), ("run-a", 4));
        assert_eq!(r.state, ReservationState::Reserved);
        created += usize::from(r.newly_created);
    }
    assert_eq!(created, 1, "exactly one call creates the reservation");
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 6);

    let replay = ledger.reserve(acme.id, request("run-a", 4)).await.unwrap();
    assert!(!replay.newly_created);
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 6);

    // The same key with another amount or kind: refused, nothing charged.
    assert!(matches!(
        ledger.reserve(acme.id, request("run-a", 5)).await,
        Err(CreditError::KeyReused)
    ));
    let enrichment = ReserveRequest {
        kind: UsageKind::Enrichment,
        ..request("run-a", 4)
    };
    assert!(matches!(
        ledger.reserve(acme.id, enrichment).await,
        Err(CreditError::KeyReused)
    ));
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 6);

    // A replay after settlement returns the settled reservation and holds nothing again.
    ledger.settle(acme.id, "run-a".into(), 3).await.unwrap();
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 7);
    let late = ledger.reserve(acme.id, request("run-a", 4)).await.unwrap();
    assert!(!late.newly_created);
    assert_eq!(late.state, ReservationState::Settled { used: 3 });
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 7);
    assert_eq!(usage_now(ledger.as_ref(), acme.id).await.used, used(3, 0));
}

async fn settlement_charges_the_delivered_part_once<L: CreditLedger, C: CompanyRepository, G>(
    (ledger, companies, _guard): (L, C, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 30).await;
    let ledger = Arc::new(ledger);
    ledger.reserve(acme.id, request("run-b", 20)).await.unwrap();
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 10);

    let settled = ledger.settle(acme.id, "run-b".into(), 12).await.unwrap();
    assert_eq!(
        (settled.key.as_str(), settled.amount, settled.state),
        ("run-b", 20, ReservationState::Settled { used: 12 })
    );
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 18);
    // A retry after a crash settles nothing more, even with another count.
    let again = ledger.settle(acme.id, "run-b".into(), 20).await.unwrap();
    assert_eq!(again.state, ReservationState::Settled { used: 12 });
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 18);

    // Concurrent settlements of a failed run release its hold once.
    ledger.reserve(acme.id, request("run-c", 5)).await.unwrap();
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 13);
    let calls: Vec<_> = (0..10)
        .map(|_| {
            let ledger = Arc::clone(&ledger);
            tokio::spawn(async move { ledger.settle(acme.id, "run-c".into(), 0).await })
        })
        .collect();
    for call in calls {
        let r = call.await.expect("task").expect("settle");
        assert_eq!(r.state, ReservationState::Settled { used: 0 });
    }
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 18);

    // Delivering more than was reserved charges the reservation, no more.
    ledger.reserve(acme.id, request("run-d", 4)).await.unwrap();
    let capped = ledger.settle(acme.id, "run-d".into(), 9).await.unwrap();
    assert_eq!(capped.state, ReservationState::Settled { used: 4 });
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 14);

    // Kinds are counted apart.
    let enrich = ReserveRequest {
        kind: UsageKind::Enrichment,
        ..request("enrich-1", 3)
    };
    ledger.reserve(acme.id, enrich).await.unwrap();
    ledger.settle(acme.id, "enrich-1".into(), 2).await.unwrap();
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 12);

    assert!(
        is_not_found(&ledger.settle(acme.id, "never-reserved".into(), 1).await),
        "unknown key"
    );

    let usage = usage_now(ledger.as_ref(), acme.id).await;
    assert_eq!(usage.used, used(16, 2));
    assert_eq!(usage.balance, 12);
    // Outside the period nothing is counted; the period is echoed.
    let now = Utc::now();
    let (start, end) = (now - Duration::days(3), now - Duration::days(2));
    let old = ledger.usage(acme.id, start, end).await.unwrap();
    assert_eq!((old.start, old.end, old.used), (start, end, used(0, 0)));
    assert_eq!(old.balance, 12);
    let later = ledger
        .usage(acme.id, now + Duration::days(2), now + Duration::days(3))
        .await
        .unwrap();
    assert_eq!(later.total(), 0);
}

async fn postpaid_records_usage_without_touching_the_balance<
    L: CreditLedger,
    C: CompanyRepository,
    G,
>(
    (ledger, companies, _guard): (L, C, G),
) {
    let corp = company(&companies, BillingMode::Postpaid, 0).await;
    let held = ledger.reserve(corp.id, request("run-d", 50)).await.unwrap();
    assert!(held.newly_created);
    assert_eq!(held.state, ReservationState::Reserved);
    assert_eq!(balance(&ledger, corp.id).await, 0);
    let replay = ledger.reserve(corp.id, request("run-d", 50)).await.unwrap();
    assert!(!replay.newly_created);

    let settled = ledger.settle(corp.id, "run-d".into(), 7).await.unwrap();
    assert_eq!(settled.state, ReservationState::Settled { used: 7 });
    assert_eq!(balance(&ledger, corp.id).await, 0);
    let again = ledger.settle(corp.id, "run-d".into(), 50).await.unwrap();
    assert_eq!(again.state, ReservationState::Settled { used: 7 });
    let usage = usage_now(&ledger, corp.id).await;
    assert_eq!(usage.used, used(7, 0));
    assert_eq!(usage.balance, 0);

    // Credits a postpaid company holds are neither taken nor returned.
    let funded = company(&companies, BillingMode::Postpaid, 5).await;
    ledger.reserve(funded.id, request("big", 40)).await.unwrap();
    assert_eq!(balance(&ledger, funded.id).await, 5);
    ledger.settle(funded.id, "big".into(), 1).await.unwrap();
    assert_eq!(balance(&ledger, funded.id).await, 5);
    assert_eq!(usage_now(&ledger, funded.id).await.total(), 1);
}

async fn grants_are_idempotent_by_key<L: CreditLedger, C: CompanyRepository, G>(
    (ledger, companies, _guard): (L, C, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 0).await;
    assert_eq!(ledger.grant(acme.id, 5, "topup-1".into()).await.unwrap(), 5);
    assert_eq!(ledger.grant(acme.id, 5, "topup-1".into()).await.unwrap(), 5);
    assert_eq!(ledger.grant(acme.id, 2, "topup-2".into()).await.unwrap(), 7);
    // A replayed key never adds credits, whatever the amount.
    match ledger.grant(acme.id, 9, "topup-1".into()).await {
        Ok(7) | Err(CreditError::KeyReused) => {}
        other => panic!("a replayed grant added credits or failed: {other:?}"),
    }
    assert_eq!(balance(&ledger, acme.id).await, 7);
    assert_eq!(companies.get(acme.id).await.unwrap().balance, 7);

    for bad in [0, -3] {
        assert!(
            matches!(
                ledger.grant(acme.id, bad, format!("bad-{bad}")).await,
                Err(CreditError::InvalidAmount(n)) if n == bad
            ),
            "grant {bad}"
        );
    }
    assert_eq!(balance(&ledger, acme.id).await, 7);
    // Grants are not usage.
    assert_eq!(usage_now(&ledger, acme.id).await.total(), 0);
}
