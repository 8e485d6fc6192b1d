//! In-memory `EnrichmentRepository`: enrichment runs in the fakes' shared store, reserving and
//! settling through the in-memory ledger under the same lock.

use std::collections::HashMap;

use sourcing_domain::credits::{CreditError, ReserveRequest, UsageKind};
use sourcing_domain::enrichment::{
    Enrichment, EnrichmentId, EnrichmentOutcome, EnrichmentStatus, NewEnrichment,
};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::{EnrichmentRepository, RunStoreError};

use super::credit_ledger::{reserve_in, settle_in};
use super::{InMemoryCompanyRepository, Shared, now};

/// The enrichments' part of the shared store.
#[derive(Debug, Default)]
pub(super) struct EnrichmentTables {
    runs: HashMap<EnrichmentId, Enrichment>,
}

impl EnrichmentTables {
    /// Every enrichment run's status (for the operators' counts).
    pub(super) fn statuses(&self) -> impl Iterator<Item = EnrichmentStatus> + '_ {
        self.runs.values().map(|run| run.status)
    }
}

/// In-memory `EnrichmentRepository` over the companies and credits of an
/// [`InMemoryCompanyRepository`].
#[derive(Debug, Clone)]
pub struct InMemoryEnrichmentRepository {
    store: Shared,
}

impl InMemoryEnrichmentRepository {
    /// The enrichments of these companies (shares their store, so reservations move balances).
    pub fn new(companies: &InMemoryCompanyRepository) -> Self {
        Self {
            store: companies.store.clone(),
        }
    }
}

fn credit_error(err: CreditError) -> RunStoreError {
    match err {
        CreditError::InsufficientFunds { needed, available } => {
            RunStoreError::InsufficientFunds { needed, available }
        }
        CreditError::Repository(e) => RunStoreError::Repository(e),
        other => RunStoreError::Repository(RepositoryError::Conflict(other.to_string())),
    }
}

impl EnrichmentRepository for InMemoryEnrichmentRepository {
    async fn create(
        &self,
        company: CompanyId,
        new: NewEnrichment,
    ) -> Result<Enrichment, RunStoreError> {
        let mut store = self.store.lock();
        let store = &mut *store;
        let id = EnrichmentId::new_random();
        // reserve first: when it is refused, nothing has been written
        reserve_in(
            store,
            company,
            ReserveRequest {
                key: Enrichment::reservation_key(id),
                amount: new.reservation(),
                kind: UsageKind::Enrichment,
            },
        )
        .map_err(credit_error)?;
        let at = now();
        let run = Enrichment {
            id,
            company_id: company,
            status: EnrichmentStatus::Processing,
            profile_ids: new.profile_ids,
            webhook_id: new.webhook_id,
            items: vec![],
            credits_consumed: 0,
            created_at: at,
            updated_at: at,
            completed_at: None,
        };
        store.enrichments.runs.insert(id, run.clone());
        Ok(run)
    }

    async fn get(&self, company: CompanyId, id: EnrichmentId) -> Result<Enrichment, RunStoreError> {
        let store = self.store.lock();
        store
            .enrichments
            .runs
            .get(&id)
            .filter(|run| run.company_id == company)
            .cloned()
            .ok_or(RunStoreError::NotFound)
    }

    async fn finish(
        &self,
        company: CompanyId,
        id: EnrichmentId,
        outcome: EnrichmentOutcome,
    ) -> Result<Option<Enrichment>, RunStoreError> {
        let mut store = self.store.lock();
        let store = &mut *store;
        let current = store
            .enrichments
            .runs
            .get(&id)
            .filter(|run| run.company_id == company)
            .ok_or(RunStoreError::NotFound)?;
        if current.status != EnrichmentStatus::Processing {
            return Ok(None);
        }
        let charge = outcome.charge();
        let (status, items) = match outcome {
            EnrichmentOutcome::Completed { items } => {
                let answers: Vec<&String> = items.iter().map(|i| &i.profile_id).collect();
                let asked: Vec<&String> = current.profile_ids.iter().collect();
                if answers != asked {
                    return Err(RunStoreError::Repository(RepositoryError::Conflict(
                        "the results do not answer the requested ids in order".into(),
                    )));
                }
                (EnrichmentStatus::Completed, items)
            }
            EnrichmentOutcome::Failed => (EnrichmentStatus::Failed, vec![]),
        };
        settle_in(store, company, Enrichment::reservation_key(id), charge).map_err(credit_error)?;
        let at = now();
        let run = store
            .enrichments
            .runs
            .get_mut(&id)
            .ok_or(RunStoreError::NotFound)?;
        run.status = status;
        run.items = items;
        run.credits_consumed = charge;
        run.updated_at = at;
        run.completed_at = Some(at);
        Ok(Some(run.clone()))
    }
}
