//! Contract suite for [`CompanyRepository`].
//!
//! MUST rules checked:
//! - `create` stores the company as given and `get` returns it; ids are distinct;
//! - an unknown id is `NotFound`;
//! - a positive `initial_credits` is a ledger grant: the ledger shows it and it can be spent;
//!   no credits, no balance;
//! - `get` returns the current balance, i.e. the ledger's after every movement.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a contract suite fails loudly on purpose"
)]

use std::future::Future;

use sourcing_domain::company::{BillingMode, NewCompany};
use sourcing_domain::credits::{CreditError, ReserveRequest, UsageKind};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::{CompanyRepository, CreditLedger};

/// Runs every check of the `CompanyRepository` contract, each against a fresh implementation.
///
/// `fresh` returns the repository under test, the `CreditLedger` over the same store (the
/// opening grant must land there) and a guard that must outlive both (e.g. the test database;
/// `()` for the in-memory fake).
pub async fn company_repository_contract<C, L, G, F, Fut>(mut fresh: F)
where
    C: CompanyRepository,
    L: CreditLedger,
    F: FnMut() -> Fut,
    Fut: Future<Output = (C, L, G)>,
{
    created_companies_are_found_as_given(fresh().await).await;
    unknown_id_is_not_found(fresh().await).await;
    initial_credits_are_a_ledger_grant(fresh().await).await;
    get_reports_the_current_balance(fresh().await).await;
}

fn new_company(name: &str, billing: BillingMode, credits: i64) -> NewCompany {
    NewCompany::new(name, billing, credits).expect("valid company")
}

fn request(key: &str, amount: i64) -> ReserveRequest {
    ReserveRequest {
        key: key.to_owned(),
        amount,
        kind: UsageKind::Sourcing,
    }
}

async fn created_companies_are_found_as_given<C: CompanyRepository, L: CreditLedger, G>(
    (companies, _ledger, _guard): (C, L, G),
) {
    let acme = companies
        .create(new_company("Acme", BillingMode::Prepaid, 25))
        .await
        .expect("create");
    assert_eq!(
        (acme.name.as_str(), acme.billing, acme.balance),
        ("Acme", BillingMode::Prepaid, 25)
    );
    let corp = companies
        .create(new_company("Corp GmbH", BillingMode::Postpaid, 0))
        .await
        .expect("create");
    assert_eq!(
        (corp.name.as_str(), corp.billing, corp.balance),
        ("Corp GmbH", BillingMode::Postpaid, 0)
    );
    assert_ne!(acme.id, corp.id, "ids are distinct");
    // Same name again: another company.
    let twin = companies
        .create(new_company("Acme", BillingMode::Prepaid, 25))
        .await
        .expect("create");
    assert_ne!(twin.id, acme.id);

    assert_eq!(companies.get(acme.id).await.unwrap(), acme);
    assert_eq!(companies.get(corp.id).await.unwrap(), corp);
    assert_eq!(companies.get(twin.id).await.unwrap(), twin);
}

async fn unknown_id_is_not_found<C: CompanyRepository, L: CreditLedger, G>(
    (companies, _ledger, _guard): (C, L, G),
) {
    companies
        .create(new_company("Acme", BillingMode::Prepaid, 1))
        .await
        .expect("create");
    assert!(matches!(
        companies.get(CompanyId::new_random()).await,
        Err(RepositoryError::NotFound)
    ));
}

async fn initial_credits_are_a_ledger_grant<C: CompanyRepository, L: CreditLedger, G>(
    (companies, ledger, _guard): (C, L, G),
) {
    let acme = companies
        .create(new_company("Acme", BillingMode::Prepaid, 25))
        .await
        .unwrap();
    assert_eq!(ledger.balance(acme.id).await.unwrap(), 25);
    ledger.reserve(acme.id, request("all", 25)).await.unwrap();
    assert_eq!(ledger.balance(acme.id).await.unwrap(), 0);

    let broke = companies
        .create(new_company("Broke", BillingMode::Prepaid, 0))
        .await
        .unwrap();
    assert_eq!(ledger.balance(broke.id).await.unwrap(), 0);
    assert!(matches!(
        ledger.reserve(broke.id, request("one", 1)).await,
        Err(CreditError::InsufficientFunds {
            needed: 1,
            available: 0
        })
    ));
}

async fn get_reports_the_current_balance<C: CompanyRepository, L: CreditLedger, G>(
    (companies, ledger, _guard): (C, L, G),
) {
    let acme = companies
        .create(new_company("Acme", BillingMode::Prepaid, 10))
        .await
        .unwrap();
    ledger.reserve(acme.id, request("run", 4)).await.unwrap();
    assert_eq!(companies.get(acme.id).await.unwrap().balance, 6);
    ledger.grant(acme.id, 5, "topup".into()).await.unwrap();
    assert_eq!(companies.get(acme.id).await.unwrap().balance, 11);
    ledger.settle(acme.id, "run".into(), 1).await.unwrap();
    let now = companies.get(acme.id).await.unwrap();
    assert_eq!(now.balance, 14);
    assert_eq!(
        (now.id, now.name, now.billing, now.created_at),
        (acme.id, acme.name, acme.billing, acme.created_at),
        "only the balance moved"
    );
}
