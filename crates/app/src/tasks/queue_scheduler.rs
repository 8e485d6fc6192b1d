//! The `PassScheduler` of the run store: queues a run's pass as an `ExecuteRunPass` task and
//! the delivery of its events as `DeliverWebhookEvent` tasks.

use anyhow::Context;
use diesel_async::AsyncPgConnection;
use sourcing_adapters_postgres::PassScheduler;
use sourcing_domain::ids::{CompanyId, RunId};
use sourcing_worker::{EnqueueOptions, enqueue};

use crate::tasks::{DeliverWebhookEvent, ExecuteEnrichment, ExecuteRunPass};

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

    async fn schedule_enrichment(
        &self,
        conn: &mut AsyncPgConnection,
        company: CompanyId,
        enrichment: uuid::Uuid,
    ) -> Result<(), anyhow::Error> {
        let task = ExecuteEnrichment {
            company_id: company.0,
            enrichment_id: enrichment,
        };
        let options = EnqueueOptions {
            dedup_key: Some(format!("enrichment:{enrichment}")),
            ..EnqueueOptions::default()
        };
        enqueue(conn, &task, options)
            .await
            .context("enqueueing the enrichment")?;
        Ok(())
    }

    async fn schedule_event(
        &self,
        conn: &mut AsyncPgConnection,
        _company: CompanyId,
        event: uuid::Uuid,
    ) -> Result<(), anyhow::Error> {
        let options = EnqueueOptions {
            dedup_key: Some(format!("event:{event}")),
            ..EnqueueOptions::default()
        };
        enqueue(conn, &DeliverWebhookEvent { event_id: event }, options)
            .await
            .context("enqueueing the webhook delivery")?;
        Ok(())
    }
}
