//! The `PassScheduler` of the run store: queues a run's pass as an `ExecuteRunPass` task.

use anyhow::Context;
use diesel_async::AsyncPgConnection;
use sourcing_adapters_postgres::PassScheduler;
use sourcing_domain::ids::{CompanyId, RunId};
use sourcing_worker::{EnqueueOptions, enqueue};

use crate::tasks::ExecuteRunPass;

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
