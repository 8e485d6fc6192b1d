//! Storage of enrichment runs, each change atomic with its credit movement, its task and its
//! outbox event.

use std::future::Future;

use crate::enrichment::{Enrichment, EnrichmentId, EnrichmentOutcome, NewEnrichment};
use crate::ids::CompanyId;
use crate::ports::RunStoreError;

/// Stores enrichment runs; every method is scoped to a company (another company's run MUST
/// look exactly like a missing one: `NotFound`).
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait EnrichmentRepository: Send + Sync + 'static {
    /// Stores a new run, reserves `new.reservation()` credits (key
    /// `Enrichment::reservation_key`) and queues its task, all in ONE transaction; a refused
    /// reservation (`InsufficientFunds`) MUST write and queue nothing.
    fn create(
        &self,
        company: CompanyId,
        new: NewEnrichment,
    ) -> impl Future<Output = Result<Enrichment, RunStoreError>> + Send;

    /// The run.
    fn get(
        &self,
        company: CompanyId,
        id: EnrichmentId,
    ) -> impl Future<Output = Result<Enrichment, RunStoreError>> + Send;

    /// Finishes the run in ONE transaction: stores the outcome, settles the reservation to
    /// exactly `outcome.charge()`, and writes the `enrich.completed` / `enrich.failed` outbox
    /// event (queued for delivery when the run names a webhook). MUST be idempotent: a run no
    /// longer processing is left unchanged and `None` returned. MUST refuse as a `Conflict`
    /// an outcome whose items do not answer the requested ids one for one, in order.
    fn finish(
        &self,
        company: CompanyId,
        id: EnrichmentId,
        outcome: EnrichmentOutcome,
    ) -> impl Future<Output = Result<Option<Enrichment>, RunStoreError>> + Send;
}
