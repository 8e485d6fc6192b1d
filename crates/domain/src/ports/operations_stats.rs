//! What operators read about the store: counts across every company (the scrape-time metrics)
//! and whether it answers at all (the readiness probe).

use std::future::Future;
use std::time::Duration;

use crate::credits::UsageKind;
use crate::enrichment::EnrichmentStatus;
use crate::errors::RepositoryError;
use crate::sourcing::RunStatus;
use crate::webhooks::DeliveryStatus;

/// Credits of one kind over all time and every company: `reserved` is every hold's amount,
/// `charged` and `released` split the settled holds (a hold still open is in neither).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CreditTotals {
    /// What the credits paid for.
    pub kind: UsageKind,
    /// Sum of every reservation's amount.
    pub reserved: i64,
    /// Sum of what settled reservations charged.
    pub charged: i64,
    /// Sum of what settled reservations gave back unused.
    pub released: i64,
}

/// Background tasks of one name in one queue state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskDepth {
    /// The task's name (as queued).
    pub task: String,
    /// The queue's name for the state (`due`, `scheduled`, `running`, `dead`: defined once, by
    /// the task queue, `sourcing_worker::TaskState`).
    pub state: String,
    /// How many tasks.
    pub count: i64,
}

/// How long the longest-waiting due task of one name has waited for a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OldestDue {
    /// The task's name (as queued).
    pub task: String,
    /// Time since its `run_at`.
    pub age: Duration,
}

/// Counts across every company, read in one go; a status, kind or task with nothing in it may
/// be absent (the accessors answer 0 for it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpsSnapshot {
    /// Sourcing runs per status.
    pub runs: Vec<(RunStatus, i64)>,
    /// Enrichment runs per status.
    pub enrichments: Vec<(EnrichmentStatus, i64)>,
    /// Webhook deliveries (events and tests) per status.
    pub deliveries: Vec<(DeliveryStatus, i64)>,
    /// Credit totals per kind.
    pub credits: Vec<CreditTotals>,
    /// Background tasks per name and state.
    pub tasks: Vec<TaskDepth>,
    /// Per task name with a due task, the oldest one's wait.
    pub oldest_due: Vec<OldestDue>,
}

/// The count stored for `key`, 0 when absent.
fn count_of<K: PartialEq>(counts: &[(K, i64)], key: K) -> i64 {
    counts
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(0, |(_, n)| *n)
}

impl OpsSnapshot {
    /// Runs in `status`.
    pub fn runs_in(&self, status: RunStatus) -> i64 {
        count_of(&self.runs, status)
    }

    /// Enrichment runs in `status`.
    pub fn enrichments_in(&self, status: EnrichmentStatus) -> i64 {
        count_of(&self.enrichments, status)
    }

    /// Deliveries in `status`.
    pub fn deliveries_in(&self, status: DeliveryStatus) -> i64 {
        count_of(&self.deliveries, status)
    }

    /// The credit totals of `kind` (zeros when none was ever held).
    pub fn credits_of(&self, kind: UsageKind) -> CreditTotals {
        self.credits
            .iter()
            .find(|c| c.kind == kind)
            .copied()
            .unwrap_or(CreditTotals {
                kind,
                reserved: 0,
                charged: 0,
                released: 0,
            })
    }
}

/// Operators' read-only view of the whole store. Deliberately not tenant-scoped (no company
/// id): it answers the `/metrics` scrape and the readiness probe, never an API key holder.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait OperationsStats: Send + Sync + 'static {
    /// Counts of every company's runs, enrichments, deliveries, credits and queued tasks. MUST
    /// count what the storage ports wrote (a created run is `processing` at once, a reservation
    /// is `reserved` at once) and MUST read the store at every call (no cache), so processes
    /// sharing one database report the same; an unreachable store is `Unavailable`.
    fn snapshot(&self) -> impl Future<Output = Result<OpsSnapshot, RepositoryError>> + Send;

    /// Succeeds when the store answers a query now; MUST fail, `Unavailable`, when it cannot be
    /// reached.
    fn ping(&self) -> impl Future<Output = Result<(), RepositoryError>> + Send;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_statuses_and_kinds_count_zero() {
        let snapshot = OpsSnapshot {
            runs: vec![(RunStatus::Completed, 3)],
            enrichments: vec![(EnrichmentStatus::Failed, 1)],
            deliveries: vec![(DeliveryStatus::Skipped, 2)],
            credits: vec![CreditTotals {
                kind: UsageKind::Enrichment,
                reserved: 5,
                charged: 2,
                released: 3,
            }],
            ..OpsSnapshot::default()
        };
        assert_eq!(snapshot.runs_in(RunStatus::Completed), 3);
        assert_eq!(snapshot.runs_in(RunStatus::Processing), 0);
        assert_eq!(snapshot.enrichments_in(EnrichmentStatus::Failed), 1);
        assert_eq!(snapshot.enrichments_in(EnrichmentStatus::Completed), 0);
        assert_eq!(snapshot.deliveries_in(DeliveryStatus::Skipped), 2);
        assert_eq!(snapshot.deliveries_in(DeliveryStatus::Pending), 0);
        assert_eq!(snapshot.credits_of(UsageKind::Enrichment).charged, 2);
        assert_eq!(
            snapshot.credits_of(UsageKind::Sourcing),
            CreditTotals {
                kind: UsageKind::Sourcing,
                reserved: 0,
                charged: 0,
                released: 0,
            }
        );
    }
}
