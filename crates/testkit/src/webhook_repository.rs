//! Contract suite for [`WebhookRepository`].
//!
//! MUST rules checked (from the port's doc comments, CONTRACT.md §7 and the Postgres adapter,
//! which is the reference):
//! - `create` stores an active webhook (no failures, circuit closed) with exactly the given
//!   url, name, description, events (in order), retries and timeout; the custom headers and
//!   the signing secret read back exactly (decrypted); stamps are the repository's clock's now;
//!   a webhook of an unknown company is refused;
//! - `list` holds the company's webhooks only, newest first;
//! - another company's webhook or delivery looks missing: `get`, `update`, `delete`,
//!   `reset_circuit`, `open_delivery`, `delivery`, `record_attempt` and `close_delivery` are
//!   `NotFound` and change nothing, `deliveries` answers as for an unknown webhook (empty or
//!   `NotFound`) — while `find_any` finds it (the one cross-company read);
//! - `update` changes only the named fields (and `updated_at`); `headers` replaces the list;
//!   `is_active: Some(false)` pauses without touching the breaker; `Some(true)` also closes an
//!   open circuit (failure count 0, `circuit_opened_at` cleared); the secret never changes;
//! - `delete` removes the webhook and turns its pending deliveries `Cancelled` (final ones stay
//!   as they were, other webhooks' deliveries too); the deliveries stay readable;
//! - `reset_circuit` makes the webhook active with no failures and no `circuit_opened_at`;
//! - `open_delivery` returns one delivery per (webhook, event): the same id on every call, also
//!   for concurrent calls, with its attempts and status; a ping (`event_id` `None`) is a new
//!   pending delivery each time;
//! - `record_attempt` numbers attempts 1, 2, 3 … whatever number the caller put, stores the
//!   time, status code, duration, error and body as given, and sets the delivery's status;
//!   `CircuitUpdate::Failure { threshold }` counts one failure and opens the circuit (inactive,
//!   opened now) when the count reaches `threshold`, keeping the first opening time; `Reset`
//!   zeroes the count; no update leaves the breaker alone;
//! - `close_delivery` changes a pending delivery only (a final one is returned unchanged);
//! - `deliveries` pages one webhook's deliveries newest first, with the total and each
//!   delivery's attempts;
//! - `event` returns an outbox event as it was written (id, company, webhook, event type, time
//!   and the run's results as data); an unknown id is `NotFound`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a contract suite fails loudly on purpose"
)]

use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Duration, TimeZone, Utc};
use sourcing_domain::company::{BillingMode, NewCompany};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::icp::{JobAd, build_icp};
use sourcing_domain::ids::CompanyId;
use sourcing_domain::matching::ScoreBreakdown;
use sourcing_domain::ports::{Clock, CompanyRepository, EventData, Page, WebhookRepository};
use sourcing_domain::profile::Profile;
use sourcing_domain::sourcing::{
    NewRun, PassOutcome, RunFailure, RunResults, RunStatus, SourcingCandidate,
};
use sourcing_domain::taxonomy::Taxonomy;
use sourcing_domain::webhooks::{
    Attempt, CircuitUpdate, Delivery, DeliveryStatus, EventType, NewWebhook, SigningSecret,
    Webhook, WebhookHeader, WebhookPatch,
};
use uuid::Uuid;

/// Writes outbox run events into the store under test, as `RunRepository::finish_pass` does,
/// so the suite can check `event` and `open_delivery` on real events.
pub trait OutboxWriter: Send + Sync + 'static {
    /// Creates `run` for `company` (postpaid), finishes its first pass with `outcome` (which
    /// writes the outbox event) and returns the event's id and the run's results after it.
    fn write_run_event(
        &self,
        company: CompanyId,
        run: NewRun,
        outcome: PassOutcome,
    ) -> impl Future<Output = (Uuid, RunResults)> + Send;
}

/// A clock the suite sets and moves, so stamps can be compared exactly.
#[derive(Debug)]
pub struct ManualClock(Mutex<DateTime<Utc>>);

impl ManualClock {
    /// A clock reading `now` until moved.
    pub fn at(now: DateTime<Utc>) -> Arc<Self> {
        Arc::new(Self(Mutex::new(now)))
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Runs every check of the `WebhookRepository` contract, each against a fresh implementation.
///
/// `fresh(clock)` returns the repository under test stamping rows with `clock`, a
/// `CompanyRepository` over the same store (webhooks belong to companies), an [`OutboxWriter`]
/// over the same store (stamping events with `clock` too), and a guard that must outlive them
/// (e.g. the test database; `()` for the in-memory fake). Call it from a `multi_thread` tokio
/// runtime: the concurrency check spawns tasks.
pub async fn webhook_repository_contract<R, C, W, G, F, Fut>(mut fresh: F)
where
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    F: FnMut(Arc<dyn Clock>) -> Fut,
    Fut: Future<Output = (R, C, W, G)>,
{
    create_stores_an_active_webhook(setup(&mut fresh).await).await;
    list_is_newest_first_and_per_company(setup(&mut fresh).await).await;
    another_companys_webhook_looks_missing(setup(&mut fresh).await).await;
    update_changes_only_the_named_fields(setup(&mut fresh).await).await;
    pausing_keeps_the_breaker_and_resuming_closes_it(setup(&mut fresh).await).await;
    delete_removes_it_and_cancels_pending_deliveries(setup(&mut fresh).await).await;
    reset_circuit_closes_the_circuit(setup(&mut fresh).await).await;
    open_delivery_is_one_per_webhook_and_event(setup(&mut fresh).await).await;
    record_attempt_numbers_and_stores_attempts(setup(&mut fresh).await).await;
    the_breaker_counts_failures_and_opens_at_the_threshold(setup(&mut fresh).await).await;
    close_delivery_changes_only_a_pending_delivery(setup(&mut fresh).await).await;
    deliveries_are_paged_newest_first(setup(&mut fresh).await).await;
    event_returns_what_was_written(setup(&mut fresh).await).await;
}

/// One check's world.
struct Fx<R, C, W, G> {
    repo: Arc<R>,
    companies: C,
    outbox: W,
    clock: Arc<ManualClock>,
    _guard: G,
}

async fn setup<R, C, W, G, F, Fut>(fresh: &mut F) -> Fx<R, C, W, G>
where
    F: FnMut(Arc<dyn Clock>) -> Fut,
    Fut: Future<Output = (R, C, W, G)>,
{
    let clock = ManualClock::at(start());
    let (repo, companies, outbox, guard) = fresh(clock.clone()).await;
    Fx {
        repo: Arc::new(repo),
        companies,
        outbox,
        clock,
        _guard: guard,
    }
}

/// Far from the wall clock, and a whole second (Postgres keeps microseconds).
fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2021, 6, 1, 9, 30, 0).unwrap()
}

fn second() -> Duration {
    Duration::seconds(1)
}

async fn company<C: CompanyRepository>(companies: &C) -> CompanyId {
    companies
        .create(NewCompany::new("Acme", BillingMode::Postpaid, 0).expect("valid company"))
        .await
        .expect("create company")
        .id
}

fn header(name: &str, value: &str) -> WebhookHeader {
    WebhookHeader {
        name: name.to_owned(),
        value: value.to_owned(),
    }
}

pub(crate) fn secret(byte: u8) -> SigningSecret {
    SigningSecret::from_bytes([byte; 32])
}

/// A webhook with every field set.
fn full_webhook() -> NewWebhook {
    NewWebhook {
        url: "https://hooks.example.com/in?source=sourcing".into(),
        name: Some("Main hook".into()),
        description: Some("Ops channel\nsecond line".into()),
        headers: vec![
            header("X-Api-Key", "s3cret value, with spaces; and \"quotes\""),
            header("Authorization", "Bearer a+b/c=d\tafter-tab"),
        ],
        events: vec![
            EventType::SourcingFailed,
            EventType::SourcingCompleted,
            EventType::Other("interview.scheduled".into()),
        ],
        max_retries: 5,
        timeout_ms: 10_000,
    }
}

/// A webhook with only what is required.
pub(crate) fn bare_webhook() -> NewWebhook {
    NewWebhook {
        url: "https://bare.example.com/".into(),
        name: None,
        description: None,
        headers: vec![],
        events: vec![EventType::Ping],
        max_retries: 0,
        timeout_ms: 500,
    }
}

async fn create<R: WebhookRepository>(repo: &R, company: CompanyId) -> Webhook {
    repo.create(company, full_webhook(), secret(3))
        .await
        .expect("create webhook")
}

fn ad() -> JobAd {
    JobAd {
        title: "Senior Site Reliability Engineer".into(),
        job_description: "Kubernetes, Terraform and Go on AWS.".into(),
        location: Some("Berlin, Germany".into()),
        query: None,
    }
}

fn new_run(webhook: Option<Uuid>) -> NewRun {
    NewRun {
        ad: ad(),
        limit: 5,
        webhook_id: webhook,
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

/// A completed pass delivering `(id, score)` candidates.
fn completed(new: &[(&str, u8)]) -> PassOutcome {
    PassOutcome::Completed {
        icp: Box::new(build_icp(&ad(), Taxonomy::bundled())),
        found: 120,
        scored: 40,
        new_candidates: new.iter().map(|(id, s)| candidate(id, *s)).collect(),
        rescored: vec![],
        profiles: new.iter().map(|(id, _)| profile(id)).collect(),
    }
}

fn failed() -> PassOutcome {
    PassOutcome::Failed {
        failure: RunFailure::ProviderUnavailable,
    }
}

/// A completed run event for `webhook`; returns the event id.
async fn event_for<W: OutboxWriter>(outbox: &W, company: CompanyId, webhook: Uuid) -> Uuid {
    outbox
        .write_run_event(company, new_run(Some(webhook)), completed(&[("p1", 80)]))
        .await
        .0
}

fn attempt(
    at: DateTime<Utc>,
    status: Option<u16>,
    error: Option<&str>,
    body: Option<&str>,
) -> Attempt {
    Attempt {
        number: 0,
        at,
        status_code: status,
        duration_ms: 120,
        error: error.map(str::to_owned),
        response_body: body.map(str::to_owned),
    }
}

/// A failed attempt of a receiver answering 500.
fn failure_at(at: DateTime<Utc>) -> Attempt {
    attempt(at, Some(500), Some("receiver answered 500"), Some("boom"))
}

/// A new ping delivery whose one attempt failed, counted by the breaker with `threshold`.
async fn failed_delivery<R: WebhookRepository>(
    repo: &R,
    company: CompanyId,
    webhook: Uuid,
    now: DateTime<Utc>,
    threshold: u32,
) -> Delivery {
    let delivery = repo
        .open_delivery(company, webhook, None, EventType::Ping)
        .await
        .expect("open delivery");
    repo.record_attempt(
        company,
        delivery.id,
        failure_at(now),
        DeliveryStatus::Failed,
        Some(CircuitUpdate::Failure { threshold }),
    )
    .await
    .expect("record failure")
}

async fn ping<R: WebhookRepository>(repo: &R, company: CompanyId, webhook: Uuid) -> Delivery {
    repo.open_delivery(company, webhook, None, EventType::Ping)
        .await
        .expect("open ping delivery")
}

fn page(offset: u32, limit: u32) -> Page {
    Page { offset, limit }
}

fn is_not_found<T: std::fmt::Debug>(result: &Result<T, RepositoryError>) -> bool {
    matches!(result, Err(RepositoryError::NotFound))
}

fn ids(deliveries: &[Delivery]) -> Vec<Uuid> {
    deliveries.iter().map(|d| d.id).collect()
}

/// What a `deliveries` answer shows of a webhook: `None` when it shows nothing at all (empty
/// with a zero total, or `NotFound`), else the answer.
fn shown(result: Result<(Vec<Delivery>, u64), RepositoryError>) -> Option<String> {
    match result {
        Ok((found, 0)) if found.is_empty() => None,
        Err(RepositoryError::NotFound) => None,
        other => Some(format!("{other:?}")),
    }
}

async fn create_stores_an_active_webhook<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let acme = company(&fx.companies).await;
    let input = full_webhook();
    let created = fx
        .repo
        .create(acme, input.clone(), secret(9))
        .await
        .unwrap();
    let expected = Webhook {
        id: created.id,
        company_id: acme,
        url: input.url,
        name: input.name,
        description: input.description,
        headers: input.headers,
        events: input.events,
        is_active: true,
        max_retries: 5,
        timeout_ms: 10_000,
        consecutive_failures: 0,
        circuit_opened_at: None,
        secret: secret(9),
        created_at: start(),
        updated_at: start(),
    };
    assert_eq!(created, expected, "create returns what it stored");
    // header values compared one by one (their Debug hides them)
    let values: Vec<&str> = created.headers.iter().map(|h| h.value.as_str()).collect();
    assert_eq!(
        values,
        [
            "s3cret value, with spaces; and \"quotes\"",
            "Bearer a+b/c=d\tafter-tab"
        ],
        "header values read back exactly"
    );
    assert_eq!(created.secret.as_bytes(), &[9; 32], "secret reads back");
    assert_eq!(fx.repo.get(acme, created.id).await.unwrap(), expected);
    assert_eq!(
        fx.repo.find_any(created.id).await.unwrap(),
        Some(expected.clone())
    );

    fx.clock.advance(second());
    let bare = fx
        .repo
        .create(acme, bare_webhook(), secret(1))
        .await
        .unwrap();
    assert_ne!(bare.id, created.id, "a new id each time");
    assert_eq!(
        (bare.name.as_deref(), bare.description.as_deref()),
        (None, None)
    );
    assert!(bare.headers.is_empty());
    assert_eq!(bare.events, [EventType::Ping]);
    assert_eq!((bare.max_retries, bare.timeout_ms), (0, 500));
    assert_eq!(bare.secret, secret(1));
    assert_eq!(
        (bare.created_at, bare.updated_at),
        (start() + second(), start() + second())
    );
    assert_eq!(fx.repo.get(acme, bare.id).await.unwrap(), bare);
    assert_eq!(
        fx.repo.get(acme, created.id).await.unwrap(),
        expected,
        "the first is untouched"
    );

    let ghost = CompanyId::new_random();
    assert!(
        fx.repo
            .create(ghost, bare_webhook(), secret(2))
            .await
            .is_err(),
        "a webhook needs an existing company"
    );
    assert!(fx.repo.list(ghost).await.unwrap().is_empty());
}

async fn list_is_newest_first_and_per_company<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let acme = company(&fx.companies).await;
    let other = company(&fx.companies).await;
    let quiet = company(&fx.companies).await;
    let first = create(&*fx.repo, acme).await;
    fx.clock.advance(second());
    let theirs = create(&*fx.repo, other).await;
    fx.clock.advance(second());
    let second_one = create(&*fx.repo, acme).await;
    fx.clock.advance(second());
    let third = fx
        .repo
        .create(acme, bare_webhook(), secret(4))
        .await
        .unwrap();

    let listed = fx.repo.list(acme).await.unwrap();
    assert_eq!(
        listed.iter().map(|w| w.id).collect::<Vec<_>>(),
        [third.id, second_one.id, first.id],
        "newest first"
    );
    assert_eq!(listed, [third, second_one, first], "whole webhooks");
    assert_eq!(fx.repo.list(other).await.unwrap(), [theirs]);
    assert!(fx.repo.list(quiet).await.unwrap().is_empty());
}

async fn another_companys_webhook_looks_missing<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let repo = &*fx.repo;
    let acme = company(&fx.companies).await;
    let other = company(&fx.companies).await;
    let webhook = create(repo, acme).await;
    let event = event_for(&fx.outbox, acme, webhook.id).await;
    let delivery = repo
        .open_delivery(acme, webhook.id, Some(event), EventType::SourcingCompleted)
        .await
        .unwrap();
    let delivery = repo
        .record_attempt(
            acme,
            delivery.id,
            failure_at(start()),
            DeliveryStatus::Pending,
            Some(CircuitUpdate::Failure { threshold: 5 }),
        )
        .await
        .unwrap();
    let before = repo.get(acme, webhook.id).await.unwrap();
    fx.clock.advance(second());

    assert!(is_not_found(&repo.get(other, webhook.id).await), "get");
    let pause = WebhookPatch {
        is_active: Some(false),
        url: Some("https://evil.example.com/".into()),
        ..WebhookPatch::default()
    };
    assert!(
        is_not_found(&repo.update(other, webhook.id, pause.clone()).await),
        "update"
    );
    assert!(
        is_not_found(&repo.reset_circuit(other, webhook.id).await),
        "reset_circuit"
    );
    assert!(
        is_not_found(
            &repo
                .open_delivery(other, webhook.id, Some(event), EventType::SourcingCompleted)
                .await
        ),
        "open_delivery of an event"
    );
    assert!(
        is_not_found(
            &repo
                .open_delivery(other, webhook.id, None, EventType::Ping)
                .await
        ),
        "open_delivery of a ping"
    );
    assert!(
        is_not_found(&repo.delivery(other, webhook.id, delivery.id).await),
        "delivery"
    );
    assert!(
        is_not_found(
            &repo
                .record_attempt(
                    other,
                    delivery.id,
                    failure_at(start()),
                    DeliveryStatus::Failed,
                    Some(CircuitUpdate::Failure { threshold: 1 }),
                )
                .await
        ),
        "record_attempt"
    );
    assert!(
        is_not_found(
            &repo
                .close_delivery(other, delivery.id, DeliveryStatus::Cancelled)
                .await
        ),
        "close_delivery"
    );
    let theirs = repo.deliveries(other, webhook.id, page(0, 100)).await;
    let unknown = repo.deliveries(other, Uuid::new_v4(), page(0, 100)).await;
    assert_eq!(
        shown(theirs),
        None,
        "deliveries of another company's webhook show nothing"
    );
    assert_eq!(shown(unknown), None, "deliveries of an unknown webhook");
    assert!(repo.list(other).await.unwrap().is_empty(), "list");
    assert!(
        is_not_found(&repo.delete(other, webhook.id).await),
        "delete"
    );

    // nothing changed, and the owner still sees everything
    assert_eq!(repo.get(acme, webhook.id).await.unwrap(), before);
    assert_eq!(before.consecutive_failures, 1);
    assert!(before.is_active);
    assert_eq!(
        repo.delivery(acme, webhook.id, delivery.id).await.unwrap(),
        delivery
    );
    let (mine, total) = repo
        .deliveries(acme, webhook.id, page(0, 100))
        .await
        .unwrap();
    assert_eq!((mine, total), (vec![delivery.clone()], 1));

    // the one cross-company read
    assert_eq!(repo.find_any(webhook.id).await.unwrap(), Some(before));
    assert_eq!(repo.find_any(Uuid::new_v4()).await.unwrap(), None);

    // unknown ids look the same to the owner
    let ghost = Uuid::new_v4();
    assert!(is_not_found(&repo.get(acme, ghost).await));
    assert!(is_not_found(&repo.update(acme, ghost, pause).await));
    assert!(is_not_found(&repo.delete(acme, ghost).await));
    assert!(is_not_found(&repo.reset_circuit(acme, ghost).await));
    assert!(is_not_found(
        &repo.open_delivery(acme, ghost, None, EventType::Ping).await
    ));
    assert!(is_not_found(&repo.delivery(acme, webhook.id, ghost).await));
    assert!(
        is_not_found(&repo.delivery(acme, ghost, delivery.id).await),
        "a delivery under another webhook's id"
    );
    assert!(is_not_found(
        &repo
            .record_attempt(
                acme,
                ghost,
                failure_at(start()),
                DeliveryStatus::Failed,
                None
            )
            .await
    ));
    assert!(is_not_found(
        &repo
            .close_delivery(acme, ghost, DeliveryStatus::Skipped)
            .await
    ));
}

async fn update_changes_only_the_named_fields<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let repo = &*fx.repo;
    let acme = company(&fx.companies).await;
    let webhook = create(repo, acme).await;
    let neighbour = create(repo, acme).await;

    fx.clock.advance(second());
    let moved = repo
        .update(
            acme,
            webhook.id,
            WebhookPatch {
                url: Some("https://other.example.com/hook".into()),
                ..WebhookPatch::default()
            },
        )
        .await
        .unwrap();
    let expected = Webhook {
        url: "https://other.example.com/hook".into(),
        updated_at: start() + second(),
        ..webhook.clone()
    };
    assert_eq!(moved, expected, "only the url and updated_at change");
    assert_eq!(repo.get(acme, webhook.id).await.unwrap(), expected);

    fx.clock.advance(second());
    let changed = repo
        .update(
            acme,
            webhook.id,
            WebhookPatch {
                name: Some(None),
                description: Some(Some("new description".into())),
                headers: Some(vec![header("X-Other", "v2 value")]),
                events: Some(vec![EventType::EnrichCompleted, EventType::Ping]),
                max_retries: Some(0),
                timeout_ms: Some(30_000),
                ..WebhookPatch::default()
            },
        )
        .await
        .unwrap();
    let expected = Webhook {
        name: None,
        description: Some("new description".into()),
        headers: vec![header("X-Other", "v2 value")],
        events: vec![EventType::EnrichCompleted, EventType::Ping],
        max_retries: 0,
        timeout_ms: 30_000,
        updated_at: start() + second() * 2,
        ..expected
    };
    assert_eq!(changed, expected);
    assert_eq!(
        changed.headers[0].value, "v2 value",
        "headers replace the list"
    );
    assert_eq!(repo.get(acme, webhook.id).await.unwrap(), expected);

    let emptied = repo
        .update(
            acme,
            webhook.id,
            WebhookPatch {
                headers: Some(vec![]),
                ..WebhookPatch::default()
            },
        )
        .await
        .unwrap();
    assert!(emptied.headers.is_empty(), "an empty list clears them");
    assert_eq!(emptied.secret, secret(3), "the secret never changes");
    assert_eq!(emptied.created_at, start());
    assert_eq!(
        repo.get(acme, neighbour.id).await.unwrap(),
        neighbour,
        "other webhooks untouched"
    );
}

async fn pausing_keeps_the_breaker_and_resuming_closes_it<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let repo = &*fx.repo;
    let acme = company(&fx.companies).await;
    let webhook = create(repo, acme).await;
    for _ in 0..2 {
        failed_delivery(repo, acme, webhook.id, start(), 5).await;
    }
    fx.clock.advance(second());
    let paused = repo
        .update(
            acme,
            webhook.id,
            WebhookPatch {
                is_active: Some(false),
                ..WebhookPatch::default()
            },
        )
        .await
        .unwrap();
    assert!(!paused.is_active, "paused");
    assert_eq!(paused.consecutive_failures, 2, "pausing keeps the count");
    assert_eq!(paused.circuit_opened_at, None, "pausing opens no circuit");
    assert_eq!(paused.updated_at, fx.clock.now());
    assert_eq!(repo.get(acme, webhook.id).await.unwrap(), paused);

    let resumed = repo
        .update(
            acme,
            webhook.id,
            WebhookPatch {
                is_active: Some(true),
                ..WebhookPatch::default()
            },
        )
        .await
        .unwrap();
    assert!(resumed.is_active);
    assert_eq!(resumed.consecutive_failures, 0, "resuming zeroes the count");

    // open the circuit
    for _ in 0..5 {
        failed_delivery(repo, acme, webhook.id, start(), 5).await;
    }
    let open = repo.get(acme, webhook.id).await.unwrap();
    assert!(!open.is_active);
    assert!(open.circuit_opened_at.is_some());
    fx.clock.advance(second());
    let renamed = repo
        .update(
            acme,
            webhook.id,
            WebhookPatch {
                name: Some(Some("renamed".into())),
                ..WebhookPatch::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (
            renamed.is_active,
            renamed.consecutive_failures,
            renamed.circuit_opened_at
        ),
        (false, 5, open.circuit_opened_at),
        "a patch without is_active leaves the circuit open"
    );
    let resumed = repo
        .update(
            acme,
            webhook.id,
            WebhookPatch {
                is_active: Some(true),
                ..WebhookPatch::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (
            resumed.is_active,
            resumed.consecutive_failures,
            resumed.circuit_opened_at
        ),
        (true, 0, None),
        "resuming closes the circuit"
    );
    assert_eq!(resumed.name.as_deref(), Some("renamed"));
    assert_eq!(repo.get(acme, webhook.id).await.unwrap(), resumed);
}

async fn delete_removes_it_and_cancels_pending_deliveries<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let repo = &*fx.repo;
    let acme = company(&fx.companies).await;
    let webhook = create(repo, acme).await;
    fx.clock.advance(second());
    let kept = create(repo, acme).await;
    let first_event = event_for(&fx.outbox, acme, webhook.id).await;
    let second_event = event_for(&fx.outbox, acme, webhook.id).await;

    let retrying = repo
        .open_delivery(
            acme,
            webhook.id,
            Some(first_event),
            EventType::SourcingCompleted,
        )
        .await
        .unwrap();
    let retrying = repo
        .record_attempt(
            acme,
            retrying.id,
            failure_at(start()),
            DeliveryStatus::Pending,
            None,
        )
        .await
        .unwrap();
    let waiting_ping = ping(repo, acme, webhook.id).await;
    let succeeded = repo
        .open_delivery(
            acme,
            webhook.id,
            Some(second_event),
            EventType::SourcingCompleted,
        )
        .await
        .unwrap();
    let succeeded = repo
        .record_attempt(
            acme,
            succeeded.id,
            attempt(start(), Some(200), None, Some("ok")),
            DeliveryStatus::Succeeded,
            Some(CircuitUpdate::Reset),
        )
        .await
        .unwrap();
    let failed = failed_delivery(repo, acme, webhook.id, start(), 5).await;
    let skipped = ping(repo, acme, webhook.id).await;
    let skipped = repo
        .close_delivery(acme, skipped.id, DeliveryStatus::Skipped)
        .await
        .unwrap();
    let elsewhere = repo
        .open_delivery(
            acme,
            kept.id,
            Some(first_event),
            EventType::SourcingCompleted,
        )
        .await
        .unwrap();

    fx.clock.advance(second());
    repo.delete(acme, webhook.id).await.unwrap();

    assert!(is_not_found(&repo.get(acme, webhook.id).await), "gone");
    assert_eq!(repo.find_any(webhook.id).await.unwrap(), None);
    assert_eq!(repo.list(acme).await.unwrap(), std::slice::from_ref(&kept));
    assert!(
        is_not_found(&repo.delete(acme, webhook.id).await),
        "deleting twice"
    );
    assert!(
        is_not_found(
            &repo
                .open_delivery(acme, webhook.id, None, EventType::Ping)
                .await
        ),
        "no new delivery to a deleted webhook"
    );

    let now = fx.clock.now();
    let read = |id: Uuid| repo.delivery(acme, webhook.id, id);
    assert_eq!(
        read(retrying.id).await.unwrap(),
        Delivery {
            status: DeliveryStatus::Cancelled,
            updated_at: now,
            ..retrying
        },
        "a pending delivery is cancelled, its attempts kept"
    );
    assert_eq!(
        read(waiting_ping.id).await.unwrap(),
        Delivery {
            status: DeliveryStatus::Cancelled,
            updated_at: now,
            ..waiting_ping
        }
    );
    assert_eq!(
        read(succeeded.id).await.unwrap(),
        succeeded,
        "final ones stay"
    );
    assert_eq!(read(failed.id).await.unwrap(), failed);
    assert_eq!(read(skipped.id).await.unwrap(), skipped);
    assert_eq!(
        repo.delivery(acme, kept.id, elsewhere.id).await.unwrap(),
        elsewhere,
        "another webhook's pending delivery stays pending"
    );
    assert_eq!(repo.get(acme, kept.id).await.unwrap(), kept);
}

async fn reset_circuit_closes_the_circuit<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let repo = &*fx.repo;
    let acme = company(&fx.companies).await;
    let webhook = create(repo, acme).await;
    for _ in 0..5 {
        failed_delivery(repo, acme, webhook.id, start(), 5).await;
    }
    let open = repo.get(acme, webhook.id).await.unwrap();
    assert_eq!((open.is_active, open.consecutive_failures), (false, 5));
    fx.clock.advance(second());
    let reset = repo.reset_circuit(acme, webhook.id).await.unwrap();
    assert_eq!(
        reset,
        Webhook {
            is_active: true,
            consecutive_failures: 0,
            circuit_opened_at: None,
            updated_at: fx.clock.now(),
            ..open
        }
    );
    assert_eq!(repo.get(acme, webhook.id).await.unwrap(), reset);

    let paused = repo
        .update(
            acme,
            webhook.id,
            WebhookPatch {
                is_active: Some(false),
                ..WebhookPatch::default()
            },
        )
        .await
        .unwrap();
    assert!(!paused.is_active);
    assert!(
        repo.reset_circuit(acme, webhook.id)
            .await
            .unwrap()
            .is_active,
        "a reset makes the webhook active again"
    );
}

async fn open_delivery_is_one_per_webhook_and_event<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let repo = &*fx.repo;
    let acme = company(&fx.companies).await;
    let webhook = create(repo, acme).await;
    let other_hook = create(repo, acme).await;
    let event = event_for(&fx.outbox, acme, webhook.id).await;

    fx.clock.advance(second());
    let opened = repo
        .open_delivery(acme, webhook.id, Some(event), EventType::SourcingCompleted)
        .await
        .unwrap();
    assert_eq!(
        opened,
        Delivery {
            id: opened.id,
            company_id: acme,
            webhook_id: webhook.id,
            event_id: Some(event),
            event: "sourcing.completed".into(),
            status: DeliveryStatus::Pending,
            attempts: vec![],
            created_at: fx.clock.now(),
            updated_at: fx.clock.now(),
        }
    );
    fx.clock.advance(second());
    assert_eq!(
        repo.open_delivery(acme, webhook.id, Some(event), EventType::SourcingCompleted)
            .await
            .unwrap(),
        opened,
        "the same delivery on the second call"
    );
    let tried = repo
        .record_attempt(
            acme,
            opened.id,
            failure_at(start()),
            DeliveryStatus::Pending,
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        repo.open_delivery(acme, webhook.id, Some(event), EventType::SourcingCompleted)
            .await
            .unwrap(),
        tried,
        "the same delivery, with its attempts, after an attempt"
    );

    // concurrent first calls for another event agree on one delivery
    let next_event = event_for(&fx.outbox, acme, webhook.id).await;
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let repo = Arc::clone(&fx.repo);
        let webhook = webhook.id;
        tasks.push(tokio::spawn(async move {
            repo.open_delivery(
                acme,
                webhook,
                Some(next_event),
                EventType::SourcingCompleted,
            )
            .await
            .map(|d| d.id)
        }));
    }
    let mut concurrent = Vec::new();
    for task in tasks {
        concurrent.push(task.await.expect("task").expect("open_delivery"));
    }
    concurrent.dedup();
    assert_eq!(concurrent.len(), 1, "one delivery for concurrent calls");
    assert_ne!(concurrent[0], opened.id);

    // the same event to another webhook is another delivery
    let elsewhere = repo
        .open_delivery(
            acme,
            other_hook.id,
            Some(event),
            EventType::SourcingCompleted,
        )
        .await
        .unwrap();
    assert_ne!(elsewhere.id, opened.id);
    assert_eq!(elsewhere.webhook_id, other_hook.id);

    // pings are new each time
    let first_ping = ping(repo, acme, webhook.id).await;
    let second_ping = ping(repo, acme, webhook.id).await;
    assert_ne!(first_ping.id, second_ping.id, "a ping is a new delivery");
    for p in [&first_ping, &second_ping] {
        assert_eq!(
            (p.event_id, p.event.as_str(), p.status),
            (None, "ping", DeliveryStatus::Pending)
        );
        assert!(p.attempts.is_empty());
    }
    let (_, total) = repo
        .deliveries(acme, webhook.id, page(0, 100))
        .await
        .unwrap();
    assert_eq!(total, 4, "two events and two pings");

    // a final delivery is returned as it is
    let done = repo
        .record_attempt(
            acme,
            opened.id,
            attempt(start(), Some(204), None, None),
            DeliveryStatus::Succeeded,
            Some(CircuitUpdate::Reset),
        )
        .await
        .unwrap();
    let again = repo
        .open_delivery(acme, webhook.id, Some(event), EventType::SourcingCompleted)
        .await
        .unwrap();
    assert_eq!(again, done);
    assert_eq!(again.status, DeliveryStatus::Succeeded);
}

async fn record_attempt_numbers_and_stores_attempts<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let repo = &*fx.repo;
    let acme = company(&fx.companies).await;
    let webhook = create(repo, acme).await;
    let delivery = ping(repo, acme, webhook.id).await;
    let long_body = "x".repeat(1024);

    let first = Attempt {
        number: 7,
        at: start() - Duration::minutes(3),
        status_code: Some(500),
        duration_ms: 120,
        error: Some("receiver answered 500".into()),
        response_body: Some(long_body.clone()),
    };
    let second_try = Attempt {
        number: 0,
        at: start() - Duration::minutes(2),
        status_code: None,
        duration_ms: 30_000,
        error: Some("timed out".into()),
        response_body: None,
    };
    let third = Attempt {
        number: 1,
        at: start() - Duration::minutes(1),
        status_code: Some(204),
        duration_ms: 5,
        error: None,
        response_body: Some("ok \u{e9}".into()),
    };

    fx.clock.advance(second());
    let after_first = repo
        .record_attempt(
            acme,
            delivery.id,
            first.clone(),
            DeliveryStatus::Pending,
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        after_first,
        Delivery {
            status: DeliveryStatus::Pending,
            attempts: vec![Attempt {
                number: 1,
                ..first.clone()
            }],
            updated_at: fx.clock.now(),
            ..delivery.clone()
        }
    );
    fx.clock.advance(second());
    repo.record_attempt(
        acme,
        delivery.id,
        second_try.clone(),
        DeliveryStatus::Pending,
        None,
    )
    .await
    .unwrap();
    fx.clock.advance(second());
    let done = repo
        .record_attempt(
            acme,
            delivery.id,
            third.clone(),
            DeliveryStatus::Succeeded,
            Some(CircuitUpdate::Reset),
        )
        .await
        .unwrap();
    let expected = Delivery {
        status: DeliveryStatus::Succeeded,
        attempts: vec![
            Attempt { number: 1, ..first },
            Attempt {
                number: 2,
                ..second_try
            },
            Attempt { number: 3, ..third },
        ],
        updated_at: fx.clock.now(),
        ..delivery.clone()
    };
    assert_eq!(done, expected, "numbered 1, 2, 3 and stored as given");
    assert_eq!(
        repo.delivery(acme, webhook.id, delivery.id).await.unwrap(),
        expected
    );

    // a manual retry of a final delivery is attempt 4
    let retried = repo
        .record_attempt(
            acme,
            delivery.id,
            failure_at(start()),
            DeliveryStatus::Succeeded,
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        retried
            .attempts
            .iter()
            .map(|a| a.number)
            .collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
    assert_eq!(retried.status, DeliveryStatus::Succeeded);

    // another delivery numbers its own attempts
    let other = ping(repo, acme, webhook.id).await;
    let other = repo
        .record_attempt(
            acme,
            other.id,
            failure_at(start()),
            DeliveryStatus::Failed,
            None,
        )
        .await
        .unwrap();
    assert_eq!(other.attempts[0].number, 1);
    assert_eq!(other.status, DeliveryStatus::Failed);
}

async fn the_breaker_counts_failures_and_opens_at_the_threshold<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let repo = &*fx.repo;
    let acme = company(&fx.companies).await;
    let webhook = create(repo, acme).await;
    for n in 1..=4 {
        failed_delivery(repo, acme, webhook.id, start(), 5).await;
        let now = repo.get(acme, webhook.id).await.unwrap();
        assert_eq!(
            (
                now.consecutive_failures,
                now.is_active,
                now.circuit_opened_at
            ),
            (n, true, None),
            "after {n} failures"
        );
    }
    fx.clock.advance(second());
    let opened_at = fx.clock.now();
    failed_delivery(repo, acme, webhook.id, start(), 5).await;
    let open = repo.get(acme, webhook.id).await.unwrap();
    assert_eq!(
        (
            open.consecutive_failures,
            open.is_active,
            open.circuit_opened_at
        ),
        (5, false, Some(opened_at)),
        "the fifth failure opens the circuit now"
    );
    fx.clock.advance(second());
    failed_delivery(repo, acme, webhook.id, start(), 5).await;
    let still = repo.get(acme, webhook.id).await.unwrap();
    assert_eq!(
        (
            still.consecutive_failures,
            still.is_active,
            still.circuit_opened_at
        ),
        (6, false, Some(opened_at)),
        "a later failure keeps the first opening time"
    );

    // a success resets the count; an attempt without an update leaves it
    let flaky = create(repo, acme).await;
    for _ in 0..3 {
        failed_delivery(repo, acme, flaky.id, start(), 5).await;
    }
    assert_eq!(
        repo.get(acme, flaky.id).await.unwrap().consecutive_failures,
        3
    );
    let delivery = ping(repo, acme, flaky.id).await;
    repo.record_attempt(
        acme,
        delivery.id,
        attempt(start(), Some(200), None, None),
        DeliveryStatus::Succeeded,
        Some(CircuitUpdate::Reset),
    )
    .await
    .unwrap();
    let reset = repo.get(acme, flaky.id).await.unwrap();
    assert_eq!(
        (reset.consecutive_failures, reset.is_active),
        (0, true),
        "Reset zeroes the count"
    );
    failed_delivery(repo, acme, flaky.id, start(), 5).await;
    let delivery = ping(repo, acme, flaky.id).await;
    repo.record_attempt(
        acme,
        delivery.id,
        failure_at(start()),
        DeliveryStatus::Failed,
        None,
    )
    .await
    .unwrap();
    assert_eq!(
        repo.get(acme, flaky.id).await.unwrap().consecutive_failures,
        1,
        "no update, no count"
    );
    assert_eq!(
        repo.get(acme, webhook.id)
            .await
            .unwrap()
            .consecutive_failures,
        6,
        "one webhook's breaker is its own"
    );

    // the threshold is the caller's
    let touchy = create(repo, acme).await;
    failed_delivery(repo, acme, touchy.id, start(), 2).await;
    assert!(repo.get(acme, touchy.id).await.unwrap().is_active);
    failed_delivery(repo, acme, touchy.id, start(), 2).await;
    let tripped = repo.get(acme, touchy.id).await.unwrap();
    assert_eq!(
        (tripped.is_active, tripped.consecutive_failures),
        (false, 2),
        "opens at a threshold of 2"
    );
    assert!(tripped.circuit_opened_at.is_some());
}

async fn close_delivery_changes_only_a_pending_delivery<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let repo = &*fx.repo;
    let acme = company(&fx.companies).await;
    let webhook = create(repo, acme).await;
    let delivery = ping(repo, acme, webhook.id).await;
    fx.clock.advance(second());
    let skipped = repo
        .close_delivery(acme, delivery.id, DeliveryStatus::Skipped)
        .await
        .unwrap();
    assert_eq!(
        skipped,
        Delivery {
            status: DeliveryStatus::Skipped,
            updated_at: fx.clock.now(),
            ..delivery
        }
    );
    fx.clock.advance(second());
    assert_eq!(
        repo.close_delivery(acme, delivery.id, DeliveryStatus::Cancelled)
            .await
            .unwrap(),
        skipped,
        "a final delivery is returned unchanged"
    );
    assert_eq!(
        repo.delivery(acme, webhook.id, delivery.id).await.unwrap(),
        skipped
    );

    let done = ping(repo, acme, webhook.id).await;
    let done = repo
        .record_attempt(
            acme,
            done.id,
            attempt(start(), Some(200), None, None),
            DeliveryStatus::Succeeded,
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        repo.close_delivery(acme, done.id, DeliveryStatus::Cancelled)
            .await
            .unwrap(),
        done
    );

    let retrying = ping(repo, acme, webhook.id).await;
    let retrying = repo
        .record_attempt(
            acme,
            retrying.id,
            failure_at(start()),
            DeliveryStatus::Pending,
            None,
        )
        .await
        .unwrap();
    fx.clock.advance(second());
    assert_eq!(
        repo.close_delivery(acme, retrying.id, DeliveryStatus::Cancelled)
            .await
            .unwrap(),
        Delivery {
            status: DeliveryStatus::Cancelled,
            updated_at: fx.clock.now(),
            ..retrying
        },
        "a pending delivery with attempts closes and keeps them"
    );
}

async fn deliveries_are_paged_newest_first<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let repo = &*fx.repo;
    let acme = company(&fx.companies).await;
    let webhook = create(repo, acme).await;
    let other_hook = create(repo, acme).await;
    let event = event_for(&fx.outbox, acme, webhook.id).await;
    let mut made = Vec::new();
    for n in 0..5 {
        fx.clock.advance(second());
        let delivery = if n == 2 {
            repo.open_delivery(acme, webhook.id, Some(event), EventType::SourcingCompleted)
                .await
                .unwrap()
        } else {
            ping(repo, acme, webhook.id).await
        };
        made.push(delivery);
    }
    // attempts on the second (two) and the fourth (one); later changes keep the order
    fx.clock.advance(second());
    for (index, tries) in [(1, 2), (3, 1)] {
        for _ in 0..tries {
            made[index] = repo
                .record_attempt(
                    acme,
                    made[index].id,
                    failure_at(start()),
                    DeliveryStatus::Pending,
                    None,
                )
                .await
                .unwrap();
        }
    }
    ping(repo, acme, other_hook.id).await;
    let newest_first: Vec<Delivery> = made.iter().rev().cloned().collect();

    let (all, total) = repo
        .deliveries(acme, webhook.id, page(0, 100))
        .await
        .unwrap();
    assert_eq!(total, 5);
    assert_eq!(ids(&all), ids(&newest_first), "newest first");
    assert_eq!(all, newest_first, "with their attempts");
    assert_eq!(
        all[3].attempts.iter().map(|a| a.number).collect::<Vec<_>>(),
        [1, 2]
    );

    for (offset, limit, expected) in [
        (0, 2, &newest_first[0..2]),
        (2, 2, &newest_first[2..4]),
        (4, 2, &newest_first[4..5]),
        (5, 10, &newest_first[5..5]),
        (1, 3, &newest_first[1..4]),
    ] {
        let (found, total) = repo
            .deliveries(acme, webhook.id, page(offset, limit))
            .await
            .unwrap();
        assert_eq!(total, 5, "the total of all pages");
        assert_eq!(found, expected, "page offset {offset} limit {limit}");
    }
    let (theirs, total) = repo
        .deliveries(acme, other_hook.id, page(0, 100))
        .await
        .unwrap();
    assert_eq!((theirs.len(), total), (1, 1), "per webhook");
}

async fn event_returns_what_was_written<
    R: WebhookRepository,
    C: CompanyRepository,
    W: OutboxWriter,
    G,
>(
    fx: Fx<R, C, W, G>,
) {
    let repo = &*fx.repo;
    let acme = company(&fx.companies).await;
    let webhook = create(repo, acme).await;
    fx.clock.advance(second());
    let (id, results) = fx
        .outbox
        .write_run_event(
            acme,
            new_run(Some(webhook.id)),
            completed(&[("p2", 70), ("p1", 80)]),
        )
        .await;
    // the writer's results are the run as the pass left it
    assert_eq!(results.run.company_id, acme);
    assert_eq!(results.run.webhook_id, Some(webhook.id));
    assert_eq!(results.run.status, RunStatus::Completed);
    assert_eq!(results.run.ad, ad());
    assert_eq!(
        results
            .candidates
            .iter()
            .map(|c| (c.profile_id.as_str(), c.match_score))
            .collect::<Vec<_>>(),
        [("p1", 80), ("p2", 70)]
    );
    let event = repo.event(id).await.unwrap();
    assert_eq!(event.id, id);
    assert_eq!(event.company_id, acme);
    assert_eq!(event.webhook_id, Some(webhook.id));
    assert_eq!(event.event, EventType::SourcingCompleted);
    assert_eq!(
        event.created_at,
        fx.clock.now(),
        "written at the clock's now"
    );
    assert_eq!(
        event.data,
        EventData::Run(Box::new(results)),
        "the run as written"
    );

    let (failed_id, results) = fx
        .outbox
        .write_run_event(acme, new_run(None), failed())
        .await;
    let event = repo.event(failed_id).await.unwrap();
    assert_ne!(failed_id, id);
    assert_eq!(
        (event.event, event.webhook_id, event.company_id),
        (EventType::SourcingFailed, None, acme)
    );
    assert_eq!(results.run.status, RunStatus::Failed);
    assert_eq!(
        results.run.error_code.as_deref(),
        Some("PROVIDER_TEMPORARILY_UNAVAILABLE")
    );
    assert!(results.candidates.is_empty());
    assert_eq!(event.data, EventData::Run(Box::new(results)));

    assert!(is_not_found(&repo.event(Uuid::new_v4()).await));
}
