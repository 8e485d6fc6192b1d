//! Wiring of the sourcing pipeline: the people index, the run store, the pass task and workers.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use diesel_async::AsyncPgConnection;
use serde::{Deserialize, Serialize};
use sourcing_adapters_postgres::{PassScheduler, PgCompanyRepository, PgPool, PgRunRepository};
use sourcing_adapters_search::{
    AnyPeopleSearch, HttpPeopleSearch, HttpSearchConfig, LocalPeopleSearch,
};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::{CompanyId, RunId};
use sourcing_domain::ports::{RunStoreError, SystemClock};
use sourcing_domain::services::{PassReport, PipelineSettings, SourcingService};
use sourcing_domain::taxonomy::Taxonomy;
use sourcing_worker::{EnqueueOptions, Runner, RunnerHandle, Task, TaskError, enqueue};
use uuid::Uuid;

use crate::config::{Config, SearchBackend};

/// The sourcing service as the app assembles it.
pub type AppSourcing = SourcingService<
    PgRunRepository<QueueScheduler>,
    PgCompanyRepository,
    AnyPeopleSearch,
    SystemClock,
>;

/// Queues run passes on the Postgres task queue, inside the caller's transaction.
#[derive(Debug, Clone, Copy, Default)]
pub struct QueueScheduler;

impl PassScheduler for QueueScheduler {
    async fn schedule(
        &self,
        conn: &mut AsyncPgConnection,
        company: CompanyId,
        run: RunId,
        pass: i32,
    ) -> Result<(), anyhow::Error> {
        let task = ExecuteRunPass {
            company_id: company.0,
            run_id: run.0,
            pass,
        };
        let options = EnqueueOptions {
            dedup_key: Some(format!("{run}:{pass}")),
            ..EnqueueOptions::default()
        };
        enqueue(conn, &task, options)
            .await
            .context("enqueueing the run pass")?;
        Ok(())
    }
}

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

/// Builds the configured people index (loading the local corpus once).
pub fn build_search(config: &Config) -> anyhow::Result<AnyPeopleSearch> {
    let search = &config.search;
    Ok(match search.backend {
        SearchBackend::Local => {
            let index = LocalPeopleSearch::from_path(&search.corpus)
                .with_context(|| format!("loading search.corpus = {}", search.corpus.display()))?;
            tracing::info!(profiles = index.len(), "local people index loaded");
            AnyPeopleSearch::Local(index)
        }
        SearchBackend::Http => {
            let mut http = HttpSearchConfig::new(search.url.clone());
            http.timeout = Duration::from_millis(search.timeout_ms);
            http.max_retries = search.max_retries;
            http.backoff_base = Duration::from_millis(search.backoff_base_ms);
            http.max_retry_after = Duration::from_millis(search.max_retry_after_ms);
            http.breaker_failure_threshold = search.breaker_failure_threshold;
            http.breaker_cool_down = Duration::from_millis(search.breaker_cool_down_ms);
            AnyPeopleSearch::Http(
                HttpPeopleSearch::new(http).context("building the search.url client")?,
            )
        }
    })
}

/// Assembles the sourcing service over the pool and a people index.
pub fn build_sourcing(config: &Config, pool: PgPool, search: AnyPeopleSearch) -> AppSourcing {
    SourcingService::new(
        PgRunRepository::new(pool.clone(), QueueScheduler),
        PgCompanyRepository::new(pool),
        search,
        SystemClock,
        Taxonomy::bundled(),
        PipelineSettings {
            min_match_score: config.pipeline.min_match_score,
            search_multiplier: config.pipeline.search_multiplier,
            retention_days: config.pipeline.retention_days,
            nearby_radius_km: config.pipeline.nearby_radius_km,
        },
    )
}

/// A task runner for the pipeline's tasks, configured but not started.
pub fn build_runner(config: &Config, pool: PgPool, sourcing: Arc<AppSourcing>) -> Runner {
    let worker = &config.worker;
    Runner::new(pool, config.database.url.expose().to_owned())
        .register::<ExecuteRunPass>(sourcing)
        .concurrency(worker.concurrency)
        .lease(Duration::from_secs(worker.lease_secs.max(1)))
        .poll_interval(Duration::from_millis(worker.poll_interval_ms.max(10)))
        .backoff(
            Duration::from_millis(worker.backoff_base_ms),
            Duration::from_millis(worker.backoff_max_ms.max(worker.backoff_base_ms)),
        )
}

/// Starts workers on the current runtime.
pub fn start_workers(config: &Config, pool: PgPool, sourcing: Arc<AppSourcing>) -> RunnerHandle {
    tracing::info!(
        concurrency = config.worker.concurrency,
        "starting background workers"
    );
    build_runner(config, pool, sourcing).start()
}
