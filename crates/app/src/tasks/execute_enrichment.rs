//! The task that runs one enrichment batch.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sourcing_domain::enrichment::EnrichmentId;
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::RunStoreError;
use sourcing_domain::services::EnrichmentReport;
use sourcing_worker::{Task, TaskError};
use uuid::Uuid;

use crate::startup::AppEnrichments;

/// Background task: enrich one batch (idempotent: a finished batch is left as it is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExecuteEnrichment {
    /// Owner.
    pub company_id: Uuid,
    /// The batch.
    pub enrichment_id: Uuid,
}

impl Task for ExecuteEnrichment {
    const NAME: &'static str = "enrichment.execute";
    const MAX_ATTEMPTS: i32 = 5;
    type Context = Arc<AppEnrichments>;

    async fn run(&self, ctx: &Self::Context) -> Result<(), TaskError> {
        let (company, id) = (CompanyId(self.company_id), EnrichmentId(self.enrichment_id));
        match ctx.execute(company, id).await {
            Ok(EnrichmentReport::Completed { enriched, failed }) => {
                tracing::info!(enrichment.id = %id, enriched, failed, "enrichment completed");
                Ok(())
            }
            Ok(EnrichmentReport::Stale) => Ok(()),
            Err(RunStoreError::NotFound) => {
                Err(TaskError::permanent(format!("enrichment {id} not found")))
            }
            Err(RunStoreError::Repository(RepositoryError::Unavailable(e))) => {
                Err(TaskError::retryable(format!("{e:#}")))
            }
            Err(other) => Err(TaskError::retryable(other.to_string())),
        }
    }

    async fn on_dead(&self, ctx: &Self::Context, error: &str) {
        let (company, id) = (CompanyId(self.company_id), EnrichmentId(self.enrichment_id));
        tracing::error!(enrichment.id = %id, error, "enrichment task died; failing the batch");
        if let Err(e) = ctx.fail_dead(company, id).await {
            tracing::error!(enrichment.id = %id, error = %e, "could not record the failed batch");
        }
    }
}
