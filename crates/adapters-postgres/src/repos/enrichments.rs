//! `EnrichmentRepository` on Postgres: enrichment runs, each change atomic with its credit
//! movement, its task and its outbox event. Times come from the repository's `Clock`.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sourcing_domain::credits::{ReserveRequest, UsageKind};
use sourcing_domain::enrichment::{
    Enrichment, EnrichmentId, EnrichmentOutcome, EnrichmentStatus, ItemResult, NewEnrichment,
};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::{Clock, EnrichmentRepository, RunStoreError, SystemClock};
use uuid::Uuid;

use crate::errors::map_pool;
use crate::pool::PgPool;
use crate::repos::credit_ledger::{lock_company, reserve_in, settle_in};
use crate::repos::runs::{PassScheduler, TxError, corrupt, to_json};
use crate::repos::stored_item::StoredItem;
use crate::schema::{enrichment_runs, outbox_events};

/// Row of `enrichment_runs` (also the outbox payload of its events: stored data, rendered by
/// whoever delivers them).
#[derive(Debug, Clone, Queryable, Selectable, Insertable, Serialize, Deserialize)]
#[diesel(table_name = enrichment_runs)]
pub struct EnrichmentRow {
    /// Primary key.
    pub id: Uuid,
    /// Owner.
    pub company_id: Uuid,
    /// Life-cycle state.
    pub status: String,
    /// Requested ids.
    pub profile_ids: Value,
    /// Webhook.
    pub webhook_id: Option<Uuid>,
    /// Per-profile results.
    pub items: Value,
    /// Credits charged.
    pub credits_consumed: i64,
    /// Acceptance.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
    /// End.
    pub completed_at: Option<DateTime<Utc>>,
}

impl TryFrom<EnrichmentRow> for Enrichment {
    type Error = RepositoryError;
    fn try_from(row: EnrichmentRow) -> Result<Self, Self::Error> {
        Ok(Enrichment {
            id: EnrichmentId(row.id),
            company_id: CompanyId(row.company_id),
            status: EnrichmentStatus::parse(&row.status)
                .ok_or_else(|| corrupt("enrichment status", &row.status))?,
            profile_ids: serde_json::from_value(row.profile_ids)
                .map_err(|e| corrupt("enrichment ids", e))?,
            webhook_id: row.webhook_id,
            items: serde_json::from_value::<Vec<StoredItem>>(row.items)
                .map_err(|e| corrupt("enrichment items", e))?
                .into_iter()
                .map(ItemResult::from)
                .collect(),
            credits_consumed: row.credits_consumed,
            created_at: row.created_at,
            updated_at: row.updated_at,
            completed_at: row.completed_at,
        })
    }
}

/// Enrichment runs in Postgres.
#[derive(Clone)]
pub struct PgEnrichmentRepository<S> {
    pool: PgPool,
    scheduler: S,
    clock: Arc<dyn Clock>,
}

impl<S: PassScheduler> PgEnrichmentRepository<S> {
    /// A repository over a shared pool, queueing runs with `scheduler`, stamping with the
    /// system clock.
    pub fn new(pool: PgPool, scheduler: S) -> Self {
        Self {
            pool,
            scheduler,
            clock: Arc::new(SystemClock),
        }
    }

    /// The same repository stamping rows with `clock`.
    #[must_use]
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }
}

async fn load(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    id: EnrichmentId,
    for_update: bool,
) -> Result<EnrichmentRow, TxError> {
    let query = enrichment_runs::table
        .filter(enrichment_runs::id.eq(id.0))
        .filter(enrichment_runs::company_id.eq(company.0))
        .select(EnrichmentRow::as_select());
    let row = if for_update {
        query.for_update().first(conn).await.optional()?
    } else {
        query.first(conn).await.optional()?
    };
    row.ok_or(TxError::Store(RunStoreError::NotFound))
}

impl<S: PassScheduler> EnrichmentRepository for PgEnrichmentRepository<S> {
    async fn create(
        &self,
        company: CompanyId,
        new: NewEnrichment,
    ) -> Result<Enrichment, RunStoreError> {
        let now = self.clock.now();
        let id = EnrichmentId::new_random();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let scheduler = &self.scheduler;
        let row = conn
            .transaction(async |conn| {
                // reserve first: when it is refused, nothing has been written
                reserve_in(
                    conn,
                    company,
                    &ReserveRequest {
                        key: Enrichment::reservation_key(id),
                        amount: new.reservation(),
                        kind: UsageKind::Enrichment,
                    },
                    now,
                )
                .await?;
                let row = diesel::insert_into(enrichment_runs::table)
                    .values(EnrichmentRow {
                        id: id.0,
                        company_id: company.0,
                        status: EnrichmentStatus::Processing.as_str().to_owned(),
                        profile_ids: to_json(&new.profile_ids)?,
                        webhook_id: new.webhook_id,
                        items: Value::Array(vec![]),
                        credits_consumed: 0,
                        created_at: now,
                        updated_at: now,
                        completed_at: None,
                    })
                    .returning(EnrichmentRow::as_returning())
                    .get_result(conn)
                    .await?;
                scheduler
                    .schedule_enrichment(conn, company, id.0)
                    .await
                    .map_err(TxError::Schedule)?;
                Ok::<_, TxError>(row)
            })
            .await?;
        Ok(Enrichment::try_from(row)?)
    }

    async fn get(&self, company: CompanyId, id: EnrichmentId) -> Result<Enrichment, RunStoreError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let row = load(&mut conn, company, id, false).await?;
        Ok(Enrichment::try_from(row)?)
    }

    async fn finish(
        &self,
        company: CompanyId,
        id: EnrichmentId,
        outcome: EnrichmentOutcome,
    ) -> Result<Option<Enrichment>, RunStoreError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let scheduler = &self.scheduler;
        let finished = conn
            .transaction(async |conn| {
                lock_company(conn, company).await?;
                let row = load(conn, company, id, true).await?;
                if row.status != EnrichmentStatus::Processing.as_str() {
                    return Ok(None);
                }
                let current = Enrichment::try_from(row).map_err(RunStoreError::from)?;
                let charge = outcome.charge();
                let (status, items, event) = match outcome {
                    EnrichmentOutcome::Completed { items } => {
                        let answers: Vec<&String> = items.iter().map(|i| &i.profile_id).collect();
                        let asked: Vec<&String> = current.profile_ids.iter().collect();
                        if answers != asked {
                            return Err(TxError::Store(RunStoreError::Repository(
                                RepositoryError::Conflict(
                                    "the results do not answer the requested ids in order".into(),
                                ),
                            )));
                        }
                        (EnrichmentStatus::Completed, items, "enrich.completed")
                    }
                    EnrichmentOutcome::Failed => {
                        (EnrichmentStatus::Failed, vec![], "enrich.failed")
                    }
                };
                settle_in(conn, company, &Enrichment::reservation_key(id), charge, now).await?;
                let row = diesel::update(enrichment_runs::table.find(id.0))
                    .set((
                        enrichment_runs::status.eq(status.as_str()),
                        enrichment_runs::items.eq(to_json(
                            &items.iter().map(StoredItem::from).collect::<Vec<_>>(),
                        )?),
                        enrichment_runs::credits_consumed.eq(charge),
                        enrichment_runs::updated_at.eq(now),
                        enrichment_runs::completed_at.eq(Some(now)),
                    ))
                    .returning(EnrichmentRow::as_returning())
                    .get_result(conn)
                    .await?;
                let event_id = Uuid::new_v4();
                let written = diesel::insert_into(outbox_events::table)
                    .values((
                        outbox_events::id.eq(event_id),
                        outbox_events::company_id.eq(company.0),
                        outbox_events::event_type.eq(event),
                        outbox_events::resource_id.eq(id.to_string()),
                        outbox_events::webhook_id.eq(row.webhook_id),
                        outbox_events::payload.eq(to_json(&row)?),
                        outbox_events::dedup_key.eq(format!("{id}")),
                        outbox_events::created_at.eq(now),
                    ))
                    .on_conflict_do_nothing()
                    .execute(conn)
                    .await?;
                if written == 1 && row.webhook_id.is_some() {
                    scheduler
                        .schedule_event(conn, company, event_id)
                        .await
                        .map_err(TxError::Schedule)?;
                }
                Ok::<_, TxError>(Some(row))
            })
            .await?;
        finished
            .map(|row| Enrichment::try_from(row).map_err(RunStoreError::from))
            .transpose()
    }
}
