//! The task that runs one pass of a sourcing run.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::{CompanyId, RunId};
use sourcing_domain::ports::RunStoreError;
use sourcing_domain::services::PassReport;
use sourcing_worker::{Task, TaskError};
use uuid::Uuid;

use crate::startup::AppSourcing;

/// Background task: run one pass of a sourcing run (idempotent; safe to retry or resume).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExecuteRunPass {
    /// Owner of the run.
    pub company_id: Uuid,
    /// The run.
    pub run_id: Uuid,
    /// Which pass.
    pub pass: i32,
}

impl Task for ExecuteRunPass {
    const NAME: &'static str = "sourcing.execute_pass";
    const MAX_ATTEMPTS: i32 = 5;
    type Context = Arc<AppSourcing>;

    async fn run(&self, ctx: &Self::Context) -> Result<(), TaskError> {
        let (company, run) = (CompanyId(self.company_id), RunId(self.run_id));
        match ctx.execute_pass(company, run, self.pass).await {
            Ok(report) => {
                match report {
                    PassReport::Completed { delivered } => {
                        tracing::info!(run.id = %run, pass = self.pass, delivered, "run pass completed");
                    }
                    PassReport::Failed { cause } => {
                        tracing::warn!(run.id = %run, pass = self.pass, cause, "run pass failed")
                    }
                    PassReport::Stale => {
                        tracing::info!(run.id = %run, pass = self.pass, "run pass already finished")
                    }
                }
                Ok(())
            }
            Err(RunStoreError::NotFound) => {
                Err(TaskError::permanent(format!("run {run} not found")))
            }
            Err(RunStoreError::Repository(RepositoryError::Unavailable(e))) => {
                Err(TaskError::retryable(format!("{e:#}")))
            }
            Err(other) => Err(TaskError::retryable(other.to_string())),
        }
    }

    async fn on_dead(&self, ctx: &Self::Context, error: &str) {
        let (company, run) = (CompanyId(self.company_id), RunId(self.run_id));
        tracing::error!(run.id = %run, pass = self.pass, error, "run pass task died; failing the run");
        if let Err(e) = ctx.fail_dead_pass(company, run, self.pass).await {
            tracing::error!(run.id = %run, error = %e, "could not record the failed run");
        }
    }
}
