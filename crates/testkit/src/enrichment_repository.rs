//! Contract suite for [`EnrichmentRepository`].
//!
//! MUST rules checked (from the port's doc comments and the billing model):
//! - `create` stores a processing run with the ids in order and reserves one credit per id
//!   (prepaid: taken from the balance); a balance that cannot cover them is
//!   `InsufficientFunds` and nothing is reserved; concurrent creates never overdraw;
//! - another company's run looks missing: `get` and `finish` are `NotFound` and change nothing;
//! - `finish` stores the items in order, settles exactly `outcome.charge()` (the rest of the
//!   reservation comes back) and is idempotent (a repeat returns `None` and charges nothing);
//!   items that do not answer the requested ids one for one are a `Conflict` that changes
//!   nothing; a failed run releases everything and stores no items.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a contract suite fails loudly on purpose"
)]

use std::future::Future;
use std::sync::Arc;

use sourcing_domain::company::{BillingMode, Company, NewCompany};
use sourcing_domain::enrichment::{
    EnrichmentId, EnrichmentOutcome, EnrichmentStatus, ItemOutcome, ItemResult, NewEnrichment,
    PROFILE_NOT_FOUND,
};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::{
    CompanyRepository, CreditLedger, DiscoveredEmail, EnrichmentRepository, RunStoreError,
};
use sourcing_domain::sourcing::SourcingCandidate;

/// Runs every check of the `EnrichmentRepository` contract, each against a fresh store.
///
/// `fresh` returns the repository under test, a `CompanyRepository` and the `CreditLedger`
/// over the same store, and a guard that must outlive them (the test database; `()` for the
/// in-memory fake). Call it from a `multi_thread` tokio runtime.
pub async fn enrichment_repository_contract<R, C, L, G, F, Fut>(mut fresh: F)
where
    R: EnrichmentRepository,
    C: CompanyRepository,
    L: CreditLedger,
    F: FnMut() -> Fut,
    Fut: Future<Output = (R, C, L, G)>,
{
    create_reserves_one_credit_per_id(fresh().await).await;
    another_companys_enrichment_looks_missing(fresh().await).await;
    finish_settles_exactly_the_enriched_once(fresh().await).await;
    finish_refuses_items_that_do_not_answer_the_ids(fresh().await).await;
    a_failed_enrichment_releases_everything(fresh().await).await;
    concurrent_creates_never_overdraw(fresh().await).await;
}

async fn company<C: CompanyRepository>(companies: &C, credits: i64) -> Company {
    companies
        .create(NewCompany::new("Acme", BillingMode::Prepaid, credits).expect("valid company"))
        .await
        .expect("create company")
}

pub(crate) fn new(ids: &[&str]) -> NewEnrichment {
    NewEnrichment {
        profile_ids: ids.iter().map(|s| (*s).to_owned()).collect(),
        webhook_id: None,
    }
}

fn enriched(id: &str) -> ItemResult {
    ItemResult {
        profile_id: id.to_owned(),
        outcome: ItemOutcome::Enriched {
            candidate: Box::new(SourcingCandidate {
                profile_id: id.to_owned(),
                name: format!("Person {id}"),
                match_score: 71,
                emails: vec![format!("{id}@acme.example")],
                ..SourcingCandidate::default()
            }),
            emails: vec![DiscoveredEmail {
                address: format!("{id}@acme.example"),
                confidence: 95,
                pattern: "{first}".into(),
            }],
        },
    }
}

fn failed(id: &str) -> ItemResult {
    ItemResult {
        profile_id: id.to_owned(),
        outcome: ItemOutcome::Failed {
            code: PROFILE_NOT_FOUND.into(),
            message: "not delivered".into(),
        },
    }
}

async fn balance<L: CreditLedger>(ledger: &L, company: CompanyId) -> i64 {
    ledger.balance(company).await.expect("balance")
}

async fn create_reserves_one_credit_per_id<R, C, L, G>((repo, companies, ledger, _g): (R, C, L, G))
where
    R: EnrichmentRepository,
    C: CompanyRepository,
    L: CreditLedger,
{
    let acme = company(&companies, 5).await;
    let run = repo.create(acme.id, new(&["b", "a", "c"])).await.unwrap();
    assert_eq!(run.status, EnrichmentStatus::Processing);
    assert_eq!(run.profile_ids, vec!["b", "a", "c"], "order kept");
    assert!(run.items.is_empty());
    assert_eq!(run.credits_consumed, 0);
    assert_eq!(run.company_id, acme.id);
    assert_eq!(balance(&ledger, acme.id).await, 2, "three credits reserved");
    assert_eq!(repo.get(acme.id, run.id).await.unwrap(), run);

    let refused = repo
        .create(acme.id, new(&["d", "e", "f"]))
        .await
        .unwrap_err();
    assert!(
        matches!(
            refused,
            RunStoreError::InsufficientFunds {
                needed: 3,
                available: 2
            }
        ),
        "{refused:?}"
    );
    assert_eq!(balance(&ledger, acme.id).await, 2, "nothing reserved");
}

async fn another_companys_enrichment_looks_missing<R, C, L, G>(
    (repo, companies, ledger, _g): (R, C, L, G),
) where
    R: EnrichmentRepository,
    C: CompanyRepository,
    L: CreditLedger,
{
    let acme = company(&companies, 5).await;
    let other = company(&companies, 5).await;
    let run = repo.create(acme.id, new(&["a"])).await.unwrap();
    assert!(matches!(
        repo.get(other.id, run.id).await,
        Err(RunStoreError::NotFound)
    ));
    assert!(matches!(
        repo.get(acme.id, EnrichmentId::new_random()).await,
        Err(RunStoreError::NotFound)
    ));
    let outcome = EnrichmentOutcome::Completed {
        items: vec![enriched("a")],
    };
    assert!(matches!(
        repo.finish(other.id, run.id, outcome).await,
        Err(RunStoreError::NotFound)
    ));
    let still = repo.get(acme.id, run.id).await.unwrap();
    assert_eq!(still.status, EnrichmentStatus::Processing, "unchanged");
    assert_eq!(balance(&ledger, acme.id).await, 4);
    assert_eq!(balance(&ledger, other.id).await, 5);
}

async fn finish_settles_exactly_the_enriched_once<R, C, L, G>(
    (repo, companies, ledger, _g): (R, C, L, G),
) where
    R: EnrichmentRepository,
    C: CompanyRepository,
    L: CreditLedger,
{
    let acme = company(&companies, 10).await;
    let run = repo.create(acme.id, new(&["a", "b", "c"])).await.unwrap();
    let items = vec![enriched("a"), failed("b"), enriched("c")];
    let outcome = EnrichmentOutcome::Completed {
        items: items.clone(),
    };
    assert_eq!(outcome.charge(), 2);
    let done = repo
        .finish(acme.id, run.id, outcome.clone())
        .await
        .unwrap()
        .expect("finished");
    assert_eq!(done.status, EnrichmentStatus::Completed);
    assert_eq!(done.items, items, "stored as given, in order");
    assert_eq!(done.credits_consumed, 2);
    assert_eq!((done.enriched_count(), done.failure_count()), (2, 1));
    assert!(done.completed_at.is_some());
    assert_eq!(balance(&ledger, acme.id).await, 8, "2 charged, 1 released");
    assert_eq!(repo.get(acme.id, run.id).await.unwrap(), done);

    assert_eq!(
        repo.finish(acme.id, run.id, outcome).await.unwrap(),
        None,
        "idempotent"
    );
    assert_eq!(
        repo.finish(acme.id, run.id, EnrichmentOutcome::Failed)
            .await
            .unwrap(),
        None
    );
    assert_eq!(balance(&ledger, acme.id).await, 8, "charged once");
}

async fn finish_refuses_items_that_do_not_answer_the_ids<R, C, L, G>(
    (repo, companies, ledger, _g): (R, C, L, G),
) where
    R: EnrichmentRepository,
    C: CompanyRepository,
    L: CreditLedger,
{
    let acme = company(&companies, 10).await;
    let run = repo.create(acme.id, new(&["a", "b"])).await.unwrap();
    for items in [
        vec![enriched("a")],
        vec![enriched("b"), enriched("a")],
        vec![enriched("a"), enriched("b"), enriched("c")],
        vec![enriched("a"), enriched("x")],
    ] {
        let err = repo
            .finish(acme.id, run.id, EnrichmentOutcome::Completed { items })
            .await
            .expect_err("a conflict");
        assert!(
            matches!(err, RunStoreError::Repository(RepositoryError::Conflict(_))),
            "{err:?}"
        );
    }
    let still = repo.get(acme.id, run.id).await.unwrap();
    assert_eq!(still.status, EnrichmentStatus::Processing);
    assert_eq!(
        balance(&ledger, acme.id).await,
        8,
        "still reserved, nothing settled"
    );
}

async fn a_failed_enrichment_releases_everything<R, C, L, G>(
    (repo, companies, ledger, _g): (R, C, L, G),
) where
    R: EnrichmentRepository,
    C: CompanyRepository,
    L: CreditLedger,
{
    let acme = company(&companies, 10).await;
    let run = repo.create(acme.id, new(&["a", "b", "c"])).await.unwrap();
    assert_eq!(balance(&ledger, acme.id).await, 7);
    let done = repo
        .finish(acme.id, run.id, EnrichmentOutcome::Failed)
        .await
        .unwrap()
        .expect("finished");
    assert_eq!(done.status, EnrichmentStatus::Failed);
    assert!(done.items.is_empty());
    assert_eq!(done.credits_consumed, 0);
    assert_eq!(balance(&ledger, acme.id).await, 10, "all released");
}

async fn concurrent_creates_never_overdraw<R, C, L, G>((repo, companies, ledger, _g): (R, C, L, G))
where
    R: EnrichmentRepository,
    C: CompanyRepository,
    L: CreditLedger,
{
    let acme = company(&companies, 5).await;
    let repo = Arc::new(repo);
    let tasks: Vec<_> = (0..6)
        .map(|_| {
            let repo = repo.clone();
            tokio::spawn(async move { repo.create(acme.id, new(&["a", "b"])).await })
        })
        .collect();
    let mut accepted = 0;
    for task in tasks {
        match task.await.expect("task") {
            Ok(_) => accepted += 1,
            Err(RunStoreError::InsufficientFunds { .. }) => {}
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(accepted, 2, "5 credits cover two batches of two");
    assert_eq!(balance(&ledger, acme.id).await, 1);
}
