//! Contract suite for [`RunRepository`].
//!
//! MUST rules checked (from the port's doc comments, the README's API and billing model, and
//! the Postgres adapter, which is the reference):
//! - another company's run looks missing: `get`, `start_pass` and `finish_pass` are `NotFound`
//!   and change nothing; `candidates` and `session_profiles` show none of its candidates (empty
//!   or `NotFound`); its idempotency keys are not this company's (no replay, no reuse);
//! - `create` stores a processing run at pass 1 and reserves `limit` credits (prepaid: taken
//!   from the balance; postpaid: the balance is untouched); a prepaid balance below `limit` is
//!   `InsufficientFunds { needed, available }` and nothing is written (not even the key);
//! - `create` is idempotent by (company, key): the same body returns `Replayed` with the first
//!   run and reserves nothing (also when the balance is now empty, also concurrently); another
//!   body is `IdempotencyKeyReused`; `replay` answers the same without writing anything;
//! - concurrent creates never overdraw a prepaid balance, and run beside settlements and
//!   grants of the same company without a deadlock;
//! - `start_pass` refuses with `InProgress` while processing, reserves the patch's `limit`
//!   (`InsufficientFunds` changes nothing), appends the context patch, and sets the run to
//!   processing at `pass + 1` with the new limit and no failure;
//! - `finish_pass` stores the outcome; a completed pass settles to the new candidates delivered
//!   and releases the rest of its reservation, a failed pass releases everything and stores the
//!   failure's code and message; it is idempotent (another pass number, a finished pass, or a
//!   concurrent repeat returns `None` and charges nothing);
//! - `create` and `start_pass` queue their pass, and `finish_pass` writes one
//!   `sourcing.completed` / `sourcing.failed` event, in the same transaction: a refused or
//!   repeated call queues and writes nothing (checked through a [`RunEffects`] probe);
//! - a profile is in a run's session once: a pass whose new candidates include one already in
//!   the session (or one twice) is refused with a conflict and changes nothing; a pass settles
//!   exactly `PassOutcome::charge()`; re-scored candidates replace their earlier version, and
//!   `session_profiles` returns the profiles delivered so far.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a contract suite fails loudly on purpose"
)]

use std::future::Future;
use std::sync::Arc;

use chrono::{Duration, Utc};
use sourcing_domain::company::{BillingMode, Company, NewCompany};
use sourcing_domain::credits::UsageKind;
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::icp::{Icp, JobAd, build_icp};
use sourcing_domain::ids::{CompanyId, RunId};
use sourcing_domain::matching::ScoreBreakdown;
use sourcing_domain::ports::{
    CompanyRepository, CreateOutcome, CreditLedger, IdempotencyClaim, RunRepository, RunStoreError,
};
use sourcing_domain::profile::Profile;
use sourcing_domain::sourcing::{
    NewRun, PassOutcome, Run, RunFailure, RunPatch, RunStatus, SourcingCandidate,
};
use sourcing_domain::taxonomy::Taxonomy;

/// Runs every check of the `RunRepository` contract, each against a fresh implementation.
///
/// `fresh` returns the repository under test, a `CompanyRepository` and the `CreditLedger`
/// over the same store (to create companies and watch their credits), a [`RunEffects`] probe
/// of the passes it queued and the events it wrote, and a guard that must outlive them (e.g. the test database; `()` for the in-memory fake). Call it from a
/// `multi_thread` tokio runtime: the concurrency checks spawn tasks.
pub async fn run_repository_contract<R, C, L, E, G, F, Fut>(mut fresh: F)
where
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    F: FnMut() -> Fut,
    Fut: Future<Output = (R, C, L, E, G)>,
{
    another_companys_run_looks_missing(fresh().await).await;
    create_stores_the_run_and_reserves_its_limit(fresh().await).await;
    create_refuses_what_the_balance_cannot_cover(fresh().await).await;
    create_is_idempotent_by_company_and_key(fresh().await).await;
    concurrent_creates_never_overdraw(fresh().await).await;
    creates_settlements_and_grants_on_one_company_run_side_by_side(fresh().await).await;
    start_pass_refuses_while_processing_and_reserves_the_patch(fresh().await).await;
    finish_pass_settles_once(fresh().await).await;
    failed_pass_releases_everything(fresh().await).await;
    passes_never_duplicate_candidates(fresh().await).await;
    company_candidates_are_the_companys_own(fresh().await).await;
}

/// An outbox event a finished pass wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunEvent {
    /// The run.
    pub run: RunId,
    /// The pass that finished.
    pub pass: i32,
    /// `sourcing.completed` or `sourcing.failed`.
    pub event_type: String,
}

impl RunEvent {
    /// The event of `run`'s pass `pass`.
    pub fn new(run: RunId, pass: i32, event_type: &str) -> Self {
        Self {
            run,
            pass,
            event_type: event_type.to_owned(),
        }
    }
}

/// What a `RunRepository` leaves outside the port, written in the same transaction as the
/// change: the passes it queued and the outbox events it wrote (of the whole store under test).
pub trait RunEffects: Send + Sync + 'static {
    /// Every pass queued so far, oldest first.
    fn queued_passes(&self) -> impl Future<Output = Vec<(RunId, i32)>> + Send;
    /// Every outbox event written so far, oldest first.
    fn events(&self) -> impl Future<Output = Vec<RunEvent>> + Send;
}

const COMPLETED: &str = "sourcing.completed";
const FAILED: &str = "sourcing.failed";

pub(crate) async fn company<C: CompanyRepository>(
    companies: &C,
    billing: BillingMode,
    credits: i64,
) -> Company {
    companies
        .create(NewCompany::new("Acme", billing, credits).expect("valid company"))
        .await
        .expect("create company")
}

fn ad() -> JobAd {
    JobAd {
        title: "Senior Site Reliability Engineer".into(),
        job_description: "Kubernetes, Terraform and Go on AWS.".into(),
        location: Some("Berlin, Germany".into()),
        query: None,
    }
}

fn new_run(limit: u32) -> NewRun {
    NewRun {
        ad: ad(),
        limit,
        webhook_id: None,
    }
}

fn claim(key: &str, body: u8) -> IdempotencyClaim {
    IdempotencyClaim {
        key: key.to_owned(),
        request_hash: [body; 32],
    }
}

fn patch(query: Option<&str>, limit: u32) -> RunPatch {
    RunPatch {
        query: query.map(str::to_owned),
        limit,
    }
}

fn icp() -> Icp {
    build_icp(&ad(), Taxonomy::bundled())
}

fn profile(id: &str) -> Profile {
    Profile {
        profile_id: id.to_owned(),
        name: Some(format!("Person {id}")),
        current_role: Some("Site Reliability Engineer".into()),
        location: Some("Berlin, Germany".into()),
        skills: vec!["Kubernetes".into(), "Go".into()],
        ..Profile::default()
    }
}

fn candidate(id: &str, score: u8) -> SourcingCandidate {
    SourcingCandidate {
        profile_id: id.to_owned(),
        name: format!("Person {id}"),
        headline: String::new(),
        location: "Berlin, Germany".into(),
        current_company: "Acme".into(),
        current_role: "Site Reliability Engineer".into(),
        linkedin_url: String::new(),
        match_score: score,
        rationale: format!("{id} runs Kubernetes"),
        skills: vec!["Kubernetes".into(), "Go".into()],
        ai_fit_points: vec![],
        ai_red_flags: vec![],
        ai_detailed_rationale: vec![],
        detailed_experience: vec![],
        emails: vec![],
        score_breakdown: ScoreBreakdown::default(),
    }
}

/// A completed pass delivering `new` (score 70 each) and re-scoring `rescored`.
pub(crate) fn completed(new: &[&str], rescored: Vec<SourcingCandidate>) -> PassOutcome {
    PassOutcome::Completed {
        icp: Box::new(icp()),
        found: 120,
        scored: 40,
        new_candidates: new.iter().map(|id| candidate(id, 70)).collect(),
        rescored,
        profiles: new.iter().map(|id| profile(id)).collect(),
    }
}

pub(crate) fn failed() -> PassOutcome {
    PassOutcome::Failed {
        failure: RunFailure::ProviderUnavailable,
    }
}

pub(crate) async fn create<R: RunRepository>(runs: &R, company: CompanyId, limit: u32) -> Run {
    match runs.create(company, new_run(limit), None).await {
        Ok(CreateOutcome::Created(run)) => run,
        other => panic!("expected a created run, got {other:?}"),
    }
}

async fn balance<L: CreditLedger>(ledger: &L, company: CompanyId) -> i64 {
    ledger.balance(company).await.expect("balance")
}

/// Sourcing credits charged over the hour around now.
async fn charged<L: CreditLedger>(ledger: &L, company: CompanyId) -> i64 {
    let now = Utc::now();
    let usage = ledger
        .usage(company, now - Duration::hours(1), now + Duration::hours(1))
        .await
        .expect("usage");
    usage
        .used
        .iter()
        .filter(|(kind, _)| *kind == UsageKind::Sourcing)
        .map(|(_, n)| n)
        .sum()
}

/// The session's candidates as (profile id, score), sorted.
async fn session<R: RunRepository>(runs: &R, company: CompanyId, id: RunId) -> Vec<(String, u8)> {
    let mut found: Vec<(String, u8)> = runs
        .candidates(company, id)
        .await
        .expect("candidates")
        .into_iter()
        .map(|c| (c.profile_id, c.match_score))
        .collect();
    found.sort();
    found
}

/// The session's profile ids, sorted.
async fn profile_ids<R: RunRepository>(runs: &R, company: CompanyId, id: RunId) -> Vec<String> {
    let mut ids: Vec<String> = runs
        .session_profiles(company, id)
        .await
        .expect("session profiles")
        .into_iter()
        .map(|p| p.profile_id)
        .collect();
    ids.sort();
    ids
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn scored(list: &[(&str, u8)]) -> Vec<(String, u8)> {
    list.iter().map(|(id, s)| ((*id).to_owned(), *s)).collect()
}

fn is_not_found<T: std::fmt::Debug>(result: &Result<T, RunStoreError>) -> bool {
    matches!(result, Err(RunStoreError::NotFound))
}

/// Empty, or `NotFound`: either way nothing of another company's run shows.
fn shows_nothing<T: std::fmt::Debug>(result: &Result<Vec<T>, RunStoreError>) -> bool {
    match result {
        Ok(found) => found.is_empty(),
        Err(RunStoreError::NotFound) => true,
        Err(_) => false,
    }
}

async fn another_companys_run_looks_missing<
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    G,
>(
    (runs, companies, ledger, effects, _guard): (R, C, L, E, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 20).await;
    let other = company(&companies, BillingMode::Prepaid, 20).await;
    let run = match runs
        .create(acme.id, new_run(5), Some(claim("k-1", 1)))
        .await
    {
        Ok(CreateOutcome::Created(run)) => run,
        got => panic!("expected a created run, got {got:?}"),
    };
    runs.finish_pass(acme.id, run.id, 1, completed(&["p1", "p2"], vec![]))
        .await
        .unwrap()
        .expect("pass 1 finishes");
    let before = runs.get(acme.id, run.id).await.unwrap();
    assert_eq!(balance(&ledger, acme.id).await, 18);

    assert!(is_not_found(&runs.get(other.id, run.id).await), "get");
    assert!(
        shows_nothing(&runs.candidates(other.id, run.id).await),
        "candidates of another company's run"
    );
    assert!(
        shows_nothing(&runs.session_profiles(other.id, run.id).await),
        "session profiles of another company's run"
    );
    assert!(
        is_not_found(&runs.start_pass(other.id, run.id, patch(Some("x"), 3)).await),
        "start_pass"
    );
    assert!(
        is_not_found(&runs.finish_pass(other.id, run.id, 1, failed()).await),
        "finish_pass of a finished pass"
    );
    assert!(
        is_not_found(&runs.finish_pass(other.id, run.id, 2, failed()).await),
        "finish_pass of the next pass"
    );
    assert_eq!(
        runs.get(acme.id, run.id).await.unwrap(),
        before,
        "unchanged"
    );
    assert_eq!(balance(&ledger, acme.id).await, 18);
    assert_eq!(balance(&ledger, other.id).await, 20, "nothing reserved");

    // Keys are per company: the same key and body is a new run for the other company.
    assert!(
        runs.replay(other.id, claim("k-1", 1))
            .await
            .unwrap()
            .is_none(),
        "replay of another company's key"
    );
    let theirs = match runs
        .create(other.id, new_run(4), Some(claim("k-1", 1)))
        .await
    {
        Ok(CreateOutcome::Created(theirs)) => theirs,
        got => panic!("another company's key must not replay or conflict, got {got:?}"),
    };
    assert_ne!(theirs.id, run.id);
    assert_eq!(theirs.company_id, other.id);
    assert_eq!(balance(&ledger, other.id).await, 16);
    // ... and acme's key still replays acme's run.
    let replayed = runs.replay(acme.id, claim("k-1", 1)).await.unwrap();
    assert_eq!(replayed.map(|r| r.id), Some(run.id));

    // An unknown run is missing too.
    let ghost = RunId::new_random();
    assert!(is_not_found(&runs.get(acme.id, ghost).await));
    assert!(is_not_found(
        &runs.start_pass(acme.id, ghost, patch(None, 3)).await
    ));
    assert!(is_not_found(
        &runs.finish_pass(acme.id, ghost, 1, failed()).await
    ));
    assert!(shows_nothing(&runs.candidates(acme.id, ghost).await));
    assert_eq!(balance(&ledger, acme.id).await, 18);
    // Refused calls queued and wrote nothing.
    assert_eq!(
        effects.queued_passes().await,
        vec![(run.id, 1), (theirs.id, 1)]
    );
    assert_eq!(
        effects.events().await,
        vec![RunEvent::new(run.id, 1, COMPLETED)]
    );
}

async fn create_stores_the_run_and_reserves_its_limit<
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    G,
>(
    (runs, companies, ledger, effects, _guard): (R, C, L, E, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 10).await;
    let webhook = RunId::new_random().0;
    let run = match runs
        .create(
            acme.id,
            NewRun {
                webhook_id: Some(webhook),
                ..new_run(4)
            },
            None,
        )
        .await
    {
        Ok(CreateOutcome::Created(run)) => run,
        got => panic!("expected a created run, got {got:?}"),
    };
    assert_eq!(run.company_id, acme.id);
    assert_eq!(run.status, RunStatus::Processing);
    assert_eq!((run.pass, run.limit), (1, 4));
    assert_eq!(run.ad, ad());
    assert_eq!(run.webhook_id, Some(webhook));
    assert!(run.patches.is_empty());
    assert!(run.icp.is_none());
    assert_eq!((run.found_count, run.scored_count), (0, 0));
    assert_eq!(
        (run.error_code.as_deref(), run.error_message.as_deref()),
        (None, None)
    );
    assert_eq!(run.completed_at, None);
    assert!(run.created_at <= run.updated_at);
    assert_eq!(
        runs.get(acme.id, run.id).await.unwrap(),
        run,
        "get returns it"
    );
    assert_eq!(balance(&ledger, acme.id).await, 6, "limit reserved");
    assert!(runs.candidates(acme.id, run.id).await.unwrap().is_empty());
    assert!(
        runs.session_profiles(acme.id, run.id)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        charged(&ledger, acme.id).await,
        0,
        "a reservation is not a charge"
    );

    // Without a key every create is a new run.
    let second = create(&runs, acme.id, 4).await;
    assert_ne!(second.id, run.id);
    assert_eq!(balance(&ledger, acme.id).await, 2);

    // Postpaid: no balance needed, none touched; usage counts what was delivered.
    let corp = company(&companies, BillingMode::Postpaid, 0).await;
    let big = create(&runs, corp.id, 50).await;
    assert_eq!(balance(&ledger, corp.id).await, 0);
    runs.finish_pass(corp.id, big.id, 1, completed(&["p1", "p2", "p3"], vec![]))
        .await
        .unwrap()
        .expect("finishes");
    assert_eq!(balance(&ledger, corp.id).await, 0);
    assert_eq!(charged(&ledger, corp.id).await, 3);
    // Each create queued its first pass; the finish wrote its event.
    assert_eq!(
        effects.queued_passes().await,
        vec![(run.id, 1), (second.id, 1), (big.id, 1)]
    );
    assert_eq!(
        effects.events().await,
        vec![RunEvent::new(big.id, 1, COMPLETED)]
    );
}

async fn create_refuses_what_the_balance_cannot_cover<
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    G,
>(
    (runs, companies, ledger, effects, _guard): (R, C, L, E, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 5).await;
    match runs.create(acme.id, new_run(6), Some(claim("k", 1))).await {
        Err(RunStoreError::InsufficientFunds {
            needed: 6,
            available: 5,
        }) => {}
        got => panic!("expected InsufficientFunds {{ 6, 5 }}, got {got:?}"),
    }
    assert_eq!(balance(&ledger, acme.id).await, 5);
    // Nothing was written: not the key either.
    assert!(runs.replay(acme.id, claim("k", 1)).await.unwrap().is_none());
    assert!(runs.replay(acme.id, claim("k", 2)).await.unwrap().is_none());

    // With funds, the same key and body start the run.
    ledger.grant(acme.id, 5, "topup".into()).await.unwrap();
    assert!(
        effects.queued_passes().await.is_empty(),
        "a refused run queues nothing"
    );
    let run = match runs.create(acme.id, new_run(6), Some(claim("k", 1))).await {
        Ok(CreateOutcome::Created(run)) => run,
        got => panic!("expected a created run, got {got:?}"),
    };
    assert_eq!(run.limit, 6);
    assert_eq!(balance(&ledger, acme.id).await, 4);
    // The whole balance can be reserved; then nothing more.
    let all = create(&runs, acme.id, 4).await;
    assert_eq!(balance(&ledger, acme.id).await, 0);
    assert!(matches!(
        runs.create(acme.id, new_run(1), None).await,
        Err(RunStoreError::InsufficientFunds {
            needed: 1,
            available: 0
        })
    ));
    assert_eq!(balance(&ledger, acme.id).await, 0);
    assert_eq!(
        effects.queued_passes().await,
        vec![(run.id, 1), (all.id, 1)]
    );
    assert!(effects.events().await.is_empty());
}

async fn create_is_idempotent_by_company_and_key<
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    G,
>(
    (runs, companies, ledger, effects, _guard): (R, C, L, E, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 5).await;
    assert!(runs.replay(acme.id, claim("k", 1)).await.unwrap().is_none());
    let first = match runs.create(acme.id, new_run(5), Some(claim("k", 1))).await {
        Ok(CreateOutcome::Created(run)) => run,
        got => panic!("expected a created run, got {got:?}"),
    };
    assert_eq!(balance(&ledger, acme.id).await, 0);

    // Same key, same body: the first run, nothing reserved (the balance is empty now).
    match runs.create(acme.id, new_run(5), Some(claim("k", 1))).await {
        Ok(CreateOutcome::Replayed(run)) => assert_eq!(run, first),
        got => panic!("expected the first run replayed, got {got:?}"),
    }
    assert_eq!(
        runs.replay(acme.id, claim("k", 1)).await.unwrap(),
        Some(first.clone())
    );
    // Same key, another body: refused, nothing reserved.
    ledger.grant(acme.id, 10, "topup".into()).await.unwrap();
    assert!(matches!(
        runs.create(acme.id, new_run(5), Some(claim("k", 2))).await,
        Err(RunStoreError::IdempotencyKeyReused)
    ));
    assert!(matches!(
        runs.replay(acme.id, claim("k", 2)).await,
        Err(RunStoreError::IdempotencyKeyReused)
    ));
    assert_eq!(balance(&ledger, acme.id).await, 10);

    // A replay returns the run as it is now.
    let done = runs
        .finish_pass(acme.id, first.id, 1, completed(&["p1"], vec![]))
        .await
        .unwrap()
        .expect("finishes");
    match runs.create(acme.id, new_run(5), Some(claim("k", 1))).await {
        Ok(CreateOutcome::Replayed(run)) => assert_eq!(run, done),
        got => panic!("expected the first run replayed, got {got:?}"),
    }
    assert_eq!(
        runs.replay(acme.id, claim("k", 1)).await.unwrap(),
        Some(done)
    );
    assert_eq!(balance(&ledger, acme.id).await, 14);

    // `replay` is read-only: a key it was asked about is still free.
    assert!(
        runs.replay(acme.id, claim("fresh", 1))
            .await
            .unwrap()
            .is_none()
    );
    let fresh = match runs
        .create(acme.id, new_run(2), Some(claim("fresh", 1)))
        .await
    {
        Ok(CreateOutcome::Created(run)) => run,
        got => panic!("expected a created run, got {got:?}"),
    };
    assert_eq!(balance(&ledger, acme.id).await, 12);

    // Concurrent creates with one key and body: one run, reserved once.
    let runs = Arc::new(runs);
    let calls: Vec<_> = (0..10)
        .map(|_| {
            let runs = Arc::clone(&runs);
            tokio::spawn(async move {
                runs.create(acme.id, new_run(3), Some(claim("same", 7)))
                    .await
            })
        })
        .collect();
    let (mut created, mut replayed) = (Vec::new(), Vec::new());
    for call in calls {
        match call.await.expect("task") {
            Ok(CreateOutcome::Created(run)) => created.push(run.id),
            Ok(CreateOutcome::Replayed(run)) => replayed.push(run.id),
            Err(err) => panic!("unexpected error {err:?}"),
        }
    }
    assert_eq!(
        created.len(),
        1,
        "exactly one concurrent create starts a run"
    );
    assert!(
        replayed.iter().all(|id| *id == created[0]),
        "the others replay it"
    );
    assert_eq!(balance(&ledger, acme.id).await, 9);
    // Replays queued and wrote nothing.
    assert_eq!(
        effects.queued_passes().await,
        vec![(first.id, 1), (fresh.id, 1), (created[0], 1)]
    );
    assert_eq!(
        effects.events().await,
        vec![RunEvent::new(first.id, 1, COMPLETED)]
    );
}

async fn concurrent_creates_never_overdraw<
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    G,
>(
    (runs, companies, ledger, effects, _guard): (R, C, L, E, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 10).await;
    let runs = Arc::new(runs);
    let calls: Vec<_> = (0..10)
        .map(|_| {
            let runs = Arc::clone(&runs);
            tokio::spawn(async move { runs.create(acme.id, new_run(3), None).await })
        })
        .collect();
    let (mut accepted, mut refused) = (Vec::new(), 0);
    for call in calls {
        match call.await.expect("task") {
            Ok(CreateOutcome::Created(run)) => accepted.push(run.id),
            Err(RunStoreError::InsufficientFunds {
                needed: 3,
                available: 1,
            }) => refused += 1,
            got => panic!("unexpected outcome {got:?}"),
        }
    }
    assert_eq!(
        (accepted.len(), refused),
        (3, 7),
        "10 concurrent creates of limit 3 against 10 credits"
    );
    assert_eq!(balance(&ledger, acme.id).await, 1);
    for id in &accepted {
        assert_eq!(
            runs.get(acme.id, *id).await.unwrap().status,
            RunStatus::Processing
        );
    }
    let mut queued = effects.queued_passes().await;
    queued.sort();
    accepted.sort();
    let expected: Vec<(RunId, i32)> = accepted.iter().map(|id| (*id, 1)).collect();
    assert_eq!(queued, expected, "only the accepted runs are queued");
}

/// Creates, settlements and grants of one company at the same time all succeed (no deadlock
/// between the rows a create inserts and the balance the others change) and add up.
async fn creates_settlements_and_grants_on_one_company_run_side_by_side<
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    G,
>(
    (runs, companies, ledger, _effects, _guard): (R, C, L, E, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 100).await;
    let mut started = Vec::new();
    for _ in 0..6 {
        started.push(create(&runs, acme.id, 2).await.id);
    }
    assert_eq!(balance(&ledger, acme.id).await, 88);
    let runs = Arc::new(runs);
    let ledger = Arc::new(ledger);
    let mut creates = Vec::new();
    let mut finishes = Vec::new();
    let mut grants = Vec::new();
    for i in 0..12 {
        let creating = Arc::clone(&runs);
        creates.push(tokio::spawn(async move {
            creating.create(acme.id, new_run(3), None).await
        }));
        if let Some(&id) = started.get(i / 2)
            && i % 2 == 0
        {
            let finishing = Arc::clone(&runs);
            finishes.push(tokio::spawn(async move {
                let delivered = format!("s{i}");
                finishing
                    .finish_pass(acme.id, id, 1, completed(&[delivered.as_str()], vec![]))
                    .await
            }));
        }
        let ledger = Arc::clone(&ledger);
        grants.push(tokio::spawn(async move {
            ledger.grant(acme.id, 1, format!("top-up-{i}")).await
        }));
    }
    for call in creates {
        match call.await.expect("task") {
            Ok(CreateOutcome::Created(_)) => {}
            got => panic!("a create beside settlements and grants: {got:?}"),
        }
    }
    for call in finishes {
        let finished = call
            .await
            .expect("task")
            .expect("a settlement beside creates");
        assert!(finished.is_some(), "each pass finishes once");
    }
    for call in grants {
        call.await.expect("task").expect("a grant beside creates");
    }
    // 100 − 6 × 2 held + 6 × 1 released − 12 × 3 held + 12 granted
    assert_eq!(balance(ledger.as_ref(), acme.id).await, 70);
    assert_eq!(charged(ledger.as_ref(), acme.id).await, 6);
}

async fn start_pass_refuses_while_processing_and_reserves_the_patch<
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    G,
>(
    (runs, companies, ledger, effects, _guard): (R, C, L, E, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 20).await;
    let run = create(&runs, acme.id, 5).await;
    assert_eq!(balance(&ledger, acme.id).await, 15);
    assert!(matches!(
        runs.start_pass(acme.id, run.id, patch(Some("only Berlin"), 3))
            .await,
        Err(RunStoreError::InProgress)
    ));
    assert_eq!(runs.get(acme.id, run.id).await.unwrap(), run, "unchanged");
    assert_eq!(balance(&ledger, acme.id).await, 15);

    let done = runs
        .finish_pass(acme.id, run.id, 1, completed(&["p1", "p2"], vec![]))
        .await
        .unwrap()
        .expect("finishes");
    assert_eq!(balance(&ledger, acme.id).await, 18);

    let second = runs
        .start_pass(acme.id, run.id, patch(Some("only Berlin"), 4))
        .await
        .expect("start pass 2");
    assert_eq!(second.status, RunStatus::Processing);
    assert_eq!((second.pass, second.limit), (2, 4));
    assert_eq!(second.patches, vec!["only Berlin".to_owned()]);
    assert_eq!(second.completed_at, None);
    assert_eq!(second.created_at, run.created_at);
    assert!(second.updated_at >= done.updated_at);
    assert_eq!(
        second.icp.as_ref().map(|i| &i.boolean_query),
        done.icp.as_ref().map(|i| &i.boolean_query),
        "the last completed pass's ICP stays until the next one completes"
    );
    assert_eq!(runs.get(acme.id, run.id).await.unwrap(), second);
    assert_eq!(
        balance(&ledger, acme.id).await,
        14,
        "the patch's limit reserved"
    );
    assert!(matches!(
        runs.start_pass(acme.id, run.id, patch(None, 4)).await,
        Err(RunStoreError::InProgress)
    ));
    assert_eq!(balance(&ledger, acme.id).await, 14);

    let failed_run = runs
        .finish_pass(acme.id, run.id, 2, failed())
        .await
        .unwrap()
        .expect("finishes");
    assert_eq!(failed_run.status, RunStatus::Failed);
    assert_eq!(balance(&ledger, acme.id).await, 18);

    // A patch the balance cannot cover changes nothing.
    match runs
        .start_pass(acme.id, run.id, patch(Some("remote"), 19))
        .await
    {
        Err(RunStoreError::InsufficientFunds {
            needed: 19,
            available: 18,
        }) => {}
        got => panic!("expected InsufficientFunds {{ 19, 18 }}, got {got:?}"),
    }
    assert_eq!(runs.get(acme.id, run.id).await.unwrap(), failed_run);
    assert_eq!(balance(&ledger, acme.id).await, 18);

    // A limit-only patch after a failure: no new patch text, the failure cleared.
    let third = runs
        .start_pass(acme.id, run.id, patch(None, 3))
        .await
        .expect("start pass 3");
    assert_eq!(
        (third.status, third.pass, third.limit),
        (RunStatus::Processing, 3, 3)
    );
    assert_eq!(third.patches, vec!["only Berlin".to_owned()]);
    assert_eq!((third.error_code, third.error_message), (None, None));
    assert_eq!(third.completed_at, None);
    assert_eq!(balance(&ledger, acme.id).await, 15);
    assert_eq!(charged(&ledger, acme.id).await, 2);
    assert_eq!(
        effects.queued_passes().await,
        vec![(run.id, 1), (run.id, 2), (run.id, 3)],
        "each started pass queued once; refused starts queue nothing"
    );
    assert_eq!(
        effects.events().await,
        vec![
            RunEvent::new(run.id, 1, COMPLETED),
            RunEvent::new(run.id, 2, FAILED)
        ]
    );
}

async fn finish_pass_settles_once<
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    G,
>(
    (runs, companies, ledger, effects, _guard): (R, C, L, E, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 10).await;
    let run = create(&runs, acme.id, 5).await;
    assert_eq!(balance(&ledger, acme.id).await, 5);

    // Another pass number: nothing happens.
    assert_eq!(
        runs.finish_pass(acme.id, run.id, 2, completed(&["p9"], vec![]))
            .await
            .unwrap(),
        None
    );
    assert_eq!(runs.get(acme.id, run.id).await.unwrap(), run);
    assert_eq!(balance(&ledger, acme.id).await, 5);

    let done = runs
        .finish_pass(acme.id, run.id, 1, completed(&["p1", "p2", "p3"], vec![]))
        .await
        .unwrap()
        .expect("pass 1 finishes");
    assert_eq!(done.status, RunStatus::Completed);
    assert_eq!((done.pass, done.limit), (1, 5));
    assert_eq!((done.found_count, done.scored_count), (120, 40));
    assert_eq!(
        done.icp.as_ref().map(|i| &i.boolean_query),
        Some(&icp().boolean_query)
    );
    assert!(done.completed_at.is_some());
    assert_eq!(
        (done.error_code.as_deref(), done.error_message.as_deref()),
        (None, None)
    );
    assert_eq!(runs.get(acme.id, run.id).await.unwrap(), done);
    assert_eq!(balance(&ledger, acme.id).await, 7, "3 charged, 2 released");
    assert_eq!(charged(&ledger, acme.id).await, 3);
    assert_eq!(
        session(&runs, acme.id, run.id).await,
        scored(&[("p1", 70), ("p2", 70), ("p3", 70)])
    );
    assert_eq!(
        profile_ids(&runs, acme.id, run.id).await,
        ids(&["p1", "p2", "p3"])
    );

    // A repeated finish (a retried task) changes nothing and charges nothing.
    for again in [completed(&["p4", "p5"], vec![candidate("p1", 5)]), failed()] {
        assert_eq!(
            runs.finish_pass(acme.id, run.id, 1, again).await.unwrap(),
            None
        );
    }
    assert_eq!(runs.get(acme.id, run.id).await.unwrap(), done);
    assert_eq!(balance(&ledger, acme.id).await, 7);
    assert_eq!(charged(&ledger, acme.id).await, 3);
    assert_eq!(
        session(&runs, acme.id, run.id).await,
        scored(&[("p1", 70), ("p2", 70), ("p3", 70)])
    );

    // Concurrent finishes of one pass: one wins, charged once.
    let other = create(&runs, acme.id, 4).await;
    assert_eq!(balance(&ledger, acme.id).await, 3);
    let runs = Arc::new(runs);
    let calls: Vec<_> = (0..10)
        .map(|i| {
            let runs = Arc::clone(&runs);
            let new = if i % 2 == 0 {
                vec!["q1", "q2"]
            } else {
                vec!["q3"]
            };
            tokio::spawn(async move {
                runs.finish_pass(acme.id, other.id, 1, completed(&new, vec![]))
                    .await
            })
        })
        .collect();
    let mut winners = Vec::new();
    for call in calls {
        if let Some(run) = call.await.expect("task").expect("finish") {
            winners.push(run);
        }
    }
    assert_eq!(
        winners.len(),
        1,
        "exactly one concurrent finish stores the pass"
    );
    let delivered = session(runs.as_ref(), acme.id, other.id).await;
    let expected: i64 = if delivered.len() == 2 { 2 } else { 1 };
    assert!(
        delivered == scored(&[("q1", 70), ("q2", 70)]) || delivered == scored(&[("q3", 70)]),
        "one outcome stored, not a mix: {delivered:?}"
    );
    assert_eq!(balance(&ledger, acme.id).await, 3 + 4 - expected);
    assert_eq!(charged(&ledger, acme.id).await, 3 + expected);
    assert_eq!(
        effects.events().await,
        vec![
            RunEvent::new(run.id, 1, COMPLETED),
            RunEvent::new(other.id, 1, COMPLETED)
        ],
        "one event per finished pass, never for a repeated finish"
    );
}

async fn failed_pass_releases_everything<
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    G,
>(
    (runs, companies, ledger, effects, _guard): (R, C, L, E, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 10).await;
    let run = create(&runs, acme.id, 6).await;
    assert_eq!(balance(&ledger, acme.id).await, 4);
    let failure = RunFailure::AgentError;
    let done = runs
        .finish_pass(acme.id, run.id, 1, PassOutcome::Failed { failure })
        .await
        .unwrap()
        .expect("finishes");
    assert_eq!(done.status, RunStatus::Failed);
    assert_eq!(done.error_code.as_deref(), Some(failure.code()));
    assert_eq!(done.error_message.as_deref(), Some(failure.message()));
    assert!(done.completed_at.is_some());
    assert_eq!(runs.get(acme.id, run.id).await.unwrap(), done);
    assert_eq!(balance(&ledger, acme.id).await, 10, "everything released");
    assert_eq!(charged(&ledger, acme.id).await, 0);
    assert!(runs.candidates(acme.id, run.id).await.unwrap().is_empty());
    // Finishing it again, even as completed, changes nothing.
    assert_eq!(
        runs.finish_pass(acme.id, run.id, 1, completed(&["p1"], vec![]))
            .await
            .unwrap(),
        None
    );
    assert_eq!(runs.get(acme.id, run.id).await.unwrap(), done);
    assert_eq!(balance(&ledger, acme.id).await, 10);
    assert!(runs.candidates(acme.id, run.id).await.unwrap().is_empty());
    assert_eq!(
        effects.events().await,
        vec![RunEvent::new(run.id, 1, FAILED)]
    );
}

async fn passes_never_duplicate_candidates<
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    G,
>(
    (runs, companies, ledger, effects, _guard): (R, C, L, E, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 20).await;
    let run = create(&runs, acme.id, 3).await;
    runs.finish_pass(acme.id, run.id, 1, completed(&["p1", "p2"], vec![]))
        .await
        .unwrap()
        .expect("pass 1");
    assert_eq!(balance(&ledger, acme.id).await, 18);
    assert_eq!(
        profile_ids(&runs, acme.id, run.id).await,
        ids(&["p1", "p2"])
    );

    runs.start_pass(acme.id, run.id, patch(Some("remote"), 5))
        .await
        .expect("pass 2 starts");
    assert_eq!(balance(&ledger, acme.id).await, 13);
    // a pass the store cannot deliver as decided is refused, not billed for something else:
    // p2 is already in the session, p3 twice in one pass, six new ones for a limit of five
    for refused in [
        completed(&["p2", "p3"], vec![]),
        completed(&["p3", "p3"], vec![]),
        completed(&["p4", "p5", "p6", "p7", "p8", "p9"], vec![]),
    ] {
        let err = runs
            .finish_pass(acme.id, run.id, 2, refused)
            .await
            .expect_err("a pass that cannot be delivered as decided is a conflict");
        assert!(
            matches!(err, RunStoreError::Repository(RepositoryError::Conflict(_))),
            "{err:?}"
        );
        assert_eq!(balance(&ledger, acme.id).await, 13, "nothing settled");
        assert_eq!(
            profile_ids(&runs, acme.id, run.id).await,
            ids(&["p1", "p2"]),
            "nothing stored"
        );
    }
    // the pass as the domain decides it: p3 new (billed once), p1 re-scored
    let mut outcome = completed(&["p3"], vec![candidate("p1", 95)]);
    if let PassOutcome::Completed { new_candidates, .. } = &mut outcome {
        assert_eq!(new_candidates.len(), 1);
    }
    assert_eq!(outcome.charge(), 1);
    let done = runs
        .finish_pass(acme.id, run.id, 2, outcome)
        .await
        .unwrap()
        .expect("pass 2");
    assert_eq!((done.status, done.pass), (RunStatus::Completed, 2));
    assert_eq!(
        session(&runs, acme.id, run.id).await,
        scored(&[("p1", 95), ("p2", 70), ("p3", 70)]),
        "each profile once; p1 re-scored; p2 as first delivered"
    );
    assert_eq!(balance(&ledger, acme.id).await, 17, "1 charged, 4 released");
    assert_eq!(charged(&ledger, acme.id).await, 3);

    let profiles = runs.session_profiles(acme.id, run.id).await.unwrap();
    let mut found: Vec<&str> = profiles.iter().map(|p| p.profile_id.as_str()).collect();
    found.sort_unstable();
    assert_eq!(
        found,
        vec!["p1", "p2", "p3"],
        "the profiles delivered so far"
    );
    let p2 = profiles.iter().find(|p| p.profile_id == "p2").unwrap();
    assert_eq!(p2, &profile("p2"), "the profile as first delivered");
    assert_eq!(
        effects.queued_passes().await,
        vec![(run.id, 1), (run.id, 2)]
    );
    assert_eq!(
        effects.events().await,
        vec![
            RunEvent::new(run.id, 1, COMPLETED),
            RunEvent::new(run.id, 2, COMPLETED)
        ]
    );
}

/// Enrichment and cards resolve a profile id only if one of the company's runs delivered it.
async fn company_candidates_are_the_companys_own<
    R: RunRepository,
    C: CompanyRepository,
    L: CreditLedger,
    E: RunEffects,
    G,
>(
    (runs, companies, _ledger, _effects, _guard): (R, C, L, E, G),
) {
    let acme = company(&companies, BillingMode::Prepaid, 20).await;
    let other = company(&companies, BillingMode::Prepaid, 20).await;
    let first = create(&runs, acme.id, 3).await;
    runs.finish_pass(acme.id, first.id, 1, completed(&["p1", "p2"], vec![]))
        .await
        .unwrap()
        .expect("pass 1");
    let second = create(&runs, acme.id, 3).await;
    runs.finish_pass(acme.id, second.id, 1, completed(&["p2", "p3"], vec![]))
        .await
        .unwrap()
        .expect("pass 1 of the second run");
    let theirs = create(&runs, other.id, 3).await;
    runs.finish_pass(other.id, theirs.id, 1, completed(&["p9"], vec![]))
        .await
        .unwrap()
        .expect("the other company's pass");

    let asked = ids(&["p3", "p1", "p2", "p9", "nobody"]);
    let forever = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
    let mut found: Vec<String> = runs
        .company_candidates(acme.id, asked.clone(), forever)
        .await
        .unwrap()
        .into_iter()
        .map(|(candidate, profile)| {
            assert_eq!(candidate.profile_id, profile.profile_id);
            assert_eq!(profile, crate::run_repository::profile(&profile.profile_id));
            candidate.profile_id
        })
        .collect();
    found.sort_unstable();
    assert_eq!(
        found,
        ids(&["p1", "p2", "p3"]),
        "p2 once; p9 is another company's"
    );
    let theirs: Vec<String> = runs
        .company_candidates(other.id, asked.clone(), forever)
        .await
        .unwrap()
        .into_iter()
        .map(|(c, _)| c.profile_id)
        .collect();
    assert_eq!(theirs, ids(&["p9"]));
    assert!(
        runs.company_candidates(acme.id, vec![], forever)
            .await
            .unwrap()
            .is_empty()
    );
    // the retention cutoff the caller gives: what only an older run delivered is gone
    assert!(first.created_at < second.created_at);
    let mut kept: Vec<String> = runs
        .company_candidates(acme.id, asked, second.created_at)
        .await
        .unwrap()
        .into_iter()
        .map(|(c, _)| c.profile_id)
        .collect();
    kept.sort_unstable();
    assert_eq!(
        kept,
        ids(&["p2", "p3"]),
        "p1 came only from the expired run"
    );
}
