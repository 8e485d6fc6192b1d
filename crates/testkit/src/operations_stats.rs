//! Contract suite for [`OperationsStats`].
//!
//! MUST rules checked (from the port's doc comments):
//! - an empty store counts nothing (every status and kind 0, no task) and answers `ping`;
//! - `snapshot` counts what the storage ports wrote, across every company, read anew at every
//!   call: runs and enrichments by status (a created one is `processing` at once), webhook
//!   deliveries by status, and per kind the credits reserved (every hold, settled or not),
//!   charged and released (settled holds only).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a contract suite fails loudly on purpose"
)]

use std::future::Future;

use sourcing_domain::company::BillingMode;
use sourcing_domain::credits::{ReserveRequest, UsageKind};
use sourcing_domain::enrichment::{EnrichmentOutcome, EnrichmentStatus};
use sourcing_domain::ports::{
    CompanyRepository, CreditLedger, CreditTotals, EnrichmentRepository, OperationsStats,
    OpsSnapshot, RunRepository, WebhookRepository,
};
use sourcing_domain::sourcing::RunStatus;
use sourcing_domain::webhooks::{DeliveryStatus, EventType};

use crate::enrichment_repository::new as new_enrichment;
use crate::run_repository::{company, completed, create, failed};
use crate::webhook_repository::{bare_webhook, secret};

/// One check's world: the port under test and the storage ports writing the data it counts,
/// all over the same store, and a guard that must outlive them (the test database; `()` for
/// the in-memory fakes).
pub struct OpsStores<S, C, L, R, E, W, G> {
    /// The implementation under test.
    pub stats: S,
    /// Creates the companies.
    pub companies: C,
    /// Holds and settles credits directly.
    pub ledger: L,
    /// Creates and finishes runs.
    pub runs: R,
    /// Creates and finishes enrichments.
    pub enrichments: E,
    /// Creates webhooks and their deliveries.
    pub webhooks: W,
    /// Kept alive for the check's duration.
    pub guard: G,
}

/// Runs every check of the `OperationsStats` contract, each against a fresh store made by
/// `fresh`. Call it from a `multi_thread` tokio runtime.
pub async fn operations_stats_contract<S, C, L, R, E, W, G, F, Fut>(mut fresh: F)
where
    S: OperationsStats,
    C: CompanyRepository,
    L: CreditLedger,
    R: RunRepository,
    E: EnrichmentRepository,
    W: WebhookRepository,
    F: FnMut() -> Fut,
    Fut: Future<Output = OpsStores<S, C, L, R, E, W, G>>,
{
    an_empty_store_counts_nothing_and_answers(fresh().await).await;
    let world = fresh().await;
    counts_follow_what_the_storage_ports_write(
        &world.stats,
        &world.companies,
        &world.ledger,
        &world.runs,
        &world.enrichments,
        &world.webhooks,
    )
    .await;
}

fn totals(kind: UsageKind, reserved: i64, charged: i64, released: i64) -> CreditTotals {
    CreditTotals {
        kind,
        reserved,
        charged,
        released,
    }
}

async fn snapshot<S: OperationsStats>(stats: &S) -> OpsSnapshot {
    stats.snapshot().await.expect("snapshot")
}

async fn an_empty_store_counts_nothing_and_answers<S, C, L, R, E, W, G>(
    world: OpsStores<S, C, L, R, E, W, G>,
) where
    S: OperationsStats,
{
    world.stats.ping().await.expect("an answering store pings");
    let empty = snapshot(&world.stats).await;
    for status in RunStatus::ALL {
        assert_eq!(empty.runs_in(status), 0, "{status:?}");
    }
    for status in EnrichmentStatus::ALL {
        assert_eq!(empty.enrichments_in(status), 0, "{status:?}");
    }
    for status in DeliveryStatus::ALL {
        assert_eq!(empty.deliveries_in(status), 0, "{status:?}");
    }
    for kind in UsageKind::ALL {
        assert_eq!(empty.credits_of(kind), totals(kind, 0, 0, 0));
    }
    assert!(empty.tasks.is_empty(), "{:?}", empty.tasks);
    assert!(empty.oldest_due.is_empty(), "{:?}", empty.oldest_due);
}

async fn counts_follow_what_the_storage_ports_write(
    stats: &impl OperationsStats,
    companies: &impl CompanyRepository,
    ledger: &impl CreditLedger,
    runs: &impl RunRepository,
    enrichments: &impl EnrichmentRepository,
    webhooks: &impl WebhookRepository,
) {
    let acme = company(companies, BillingMode::Prepaid, 100).await.id;
    let globex = company(companies, BillingMode::Postpaid, 0).await.id;

    // Runs of both companies: one processing, one completed delivering 2 of 3, one failed.
    create(runs, acme, 5).await;
    let first = snapshot(stats).await;
    assert_eq!(
        first.runs_in(RunStatus::Processing),
        1,
        "created: processing"
    );
    assert_eq!(
        first.credits_of(UsageKind::Sourcing),
        totals(UsageKind::Sourcing, 5, 0, 0),
        "an open hold is reserved, neither charged nor released"
    );
    let done = create(runs, globex, 3).await;
    runs.finish_pass(globex, done.id, 1, completed(&["p1", "p2"], vec![]))
        .await
        .unwrap()
        .expect("the pass finishes");
    let broken = create(runs, acme, 4).await;
    runs.finish_pass(acme, broken.id, 1, failed())
        .await
        .unwrap()
        .expect("the pass fails");

    // Enrichments: one processing, one failed; and a hold settled through the ledger.
    let mut created = Vec::new();
    for (owner, ids) in [(acme, &["e1", "e2"][..]), (globex, &["e3"][..])] {
        created.push(
            enrichments
                .create(owner, new_enrichment(ids))
                .await
                .unwrap(),
        );
    }
    let lost = created[1].id;
    enrichments
        .finish(globex, lost, EnrichmentOutcome::Failed)
        .await
        .unwrap();
    let request = ReserveRequest {
        key: "ops:manual".into(),
        amount: 4,
        kind: UsageKind::Enrichment,
    };
    ledger.reserve(acme, request).await.unwrap();
    ledger.settle(acme, "ops:manual".into(), 1).await.unwrap();

    // Deliveries: two pings, one of them skipped.
    let hook = webhooks.create(acme, bare_webhook(), secret(9)).await;
    let hook = hook.unwrap().id;
    let mut pings = Vec::new();
    for _ in 0..2 {
        let ping = webhooks.open_delivery(acme, hook, None, EventType::Ping);
        pings.push(ping.await.unwrap().id);
    }
    webhooks
        .close_delivery(acme, pings[1], DeliveryStatus::Skipped)
        .await
        .unwrap();

    let after = snapshot(stats).await;
    let runs_by_status: Vec<i64> = RunStatus::ALL.map(|s| after.runs_in(s)).to_vec();
    assert_eq!(runs_by_status, [1, 1, 1], "processing, completed, failed");
    let enrichments_by_status: Vec<i64> = EnrichmentStatus::ALL
        .map(|s| after.enrichments_in(s))
        .to_vec();
    assert_eq!(
        enrichments_by_status,
        [1, 0, 1],
        "processing, completed, failed"
    );
    let deliveries_by_status: Vec<i64> =
        DeliveryStatus::ALL.map(|s| after.deliveries_in(s)).to_vec();
    assert_eq!(
        deliveries_by_status,
        [1, 0, 0, 0, 1],
        "pending, succeeded, failed, cancelled, skipped"
    );
    assert_eq!(
        after.credits_of(UsageKind::Sourcing),
        totals(UsageKind::Sourcing, 12, 2, 5),
        "5 + 3 + 4 held; 2 charged; 1 + 4 released"
    );
    assert_eq!(
        after.credits_of(UsageKind::Enrichment),
        totals(UsageKind::Enrichment, 7, 1, 4),
        "2 + 1 + 4 held; 1 charged; 1 + 3 released"
    );
}
