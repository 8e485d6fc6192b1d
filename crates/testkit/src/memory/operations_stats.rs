//! In-memory `OperationsStats`: the operators' counts computed from the fakes' shared store.
//!
//! The fakes have no task queue (the app's tasks run on Postgres only), so `tasks` and
//! `oldest_due` are always empty here.

use sourcing_domain::credits::{ReservationState, UsageKind};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ports::{CreditTotals, OperationsStats, OpsSnapshot};

use super::{Held, InMemoryCompanyRepository, Shared};

/// In-memory `OperationsStats` over the store of an [`InMemoryCompanyRepository`] (and so of
/// every fake made from it).
#[derive(Debug, Clone)]
pub struct InMemoryOperationsStats {
    store: Shared,
}

impl InMemoryOperationsStats {
    /// The counts of these companies' store.
    pub fn new(companies: &InMemoryCompanyRepository) -> Self {
        Self {
            store: companies.store.clone(),
        }
    }
}

/// How many times each value occurs, in order of first occurrence.
fn tally<K: PartialEq>(values: impl Iterator<Item = K>) -> Vec<(K, i64)> {
    let mut counts: Vec<(K, i64)> = Vec::new();
    for value in values {
        match counts.iter_mut().find(|(k, _)| *k == value) {
            Some((_, n)) => *n += 1,
            None => counts.push((value, 1)),
        }
    }
    counts
}

/// The credit totals of `kind`, `None` when no reservation of that kind exists (as a `GROUP BY`).
fn credits<'a>(held: impl Iterator<Item = &'a Held>, kind: UsageKind) -> Option<CreditTotals> {
    let mut totals: Option<CreditTotals> = None;
    for reservation in held.map(|h| &h.reservation).filter(|r| r.kind == kind) {
        let t = totals.get_or_insert(CreditTotals {
            kind,
            reserved: 0,
            charged: 0,
            released: 0,
        });
        t.reserved += reservation.amount;
        if let ReservationState::Settled { used } = reservation.state {
            t.charged += used;
            t.released += reservation.amount - used;
        }
    }
    totals
}

impl OperationsStats for InMemoryOperationsStats {
    async fn snapshot(&self) -> Result<OpsSnapshot, RepositoryError> {
        let store = self.store.lock();
        Ok(OpsSnapshot {
            runs: tally(store.runs.statuses()),
            enrichments: tally(store.enrichments.statuses()),
            deliveries: tally(store.webhooks.delivery_statuses()),
            credits: UsageKind::ALL
                .into_iter()
                .filter_map(|kind| credits(store.reservations.values(), kind))
                .collect(),
            tasks: vec![],
            oldest_due: vec![],
        })
    }

    async fn ping(&self) -> Result<(), RepositoryError> {
        Ok(())
    }
}
