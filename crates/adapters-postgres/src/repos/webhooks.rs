//! `WebhookRepository` on Postgres: webhooks (secrets and header values encrypted), their
//! deliveries and attempts, and the reading of outbox events for delivery.

use std::sync::Arc;

use base64::Engine;
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sourcing_domain::enrichment::Enrichment;
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::{Clock, EventData, OutboxEvent, Page, SystemClock, WebhookRepository};
use sourcing_domain::sourcing::RunResults;
use sourcing_domain::webhooks::{
    Attempt, CircuitUpdate, Delivery, DeliveryStatus, EventType, NewWebhook, SigningSecret,
    Webhook, WebhookHeader, WebhookPatch,
};
use uuid::Uuid;

use crate::crypto::SecretBox;
use crate::errors::{map_diesel, map_pool};
use crate::pool::PgPool;
use crate::repos::enrichments::EnrichmentRow;
use crate::repos::runs::RunSnapshot;
use crate::schema::{outbox_events, webhook_attempts, webhook_deliveries, webhooks};

/// Row of `webhooks`.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = webhooks)]
struct WebhookRow {
    id: Uuid,
    company_id: Uuid,
    url: String,
    name: Option<String>,
    description: Option<String>,
    headers: Value,
    events: Vec<String>,
    is_active: bool,
    max_retries: i32,
    timeout_ms: i32,
    consecutive_failures: i32,
    circuit_opened_at: Option<DateTime<Utc>>,
    secret: Vec<u8>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

/// A stored header: the name in clear, the value sealed.
#[derive(Debug, Serialize, Deserialize)]
struct SealedHeader {
    name: String,
    value: String,
}

/// Row of `webhook_deliveries`.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = webhook_deliveries)]
struct DeliveryRow {
    id: Uuid,
    company_id: Uuid,
    webhook_id: Uuid,
    event_id: Option<Uuid>,
    event: String,
    status: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

/// Row of `webhook_attempts`.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = webhook_attempts)]
struct AttemptRow {
    delivery_id: Uuid,
    number: i32,
    attempted_at: DateTime<Utc>,
    status_code: Option<i32>,
    duration_ms: i64,
    error: Option<String>,
    response_body: Option<String>,
}

/// Row of `outbox_events` as the delivery worker reads it.
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = outbox_events)]
struct EventRow {
    id: Uuid,
    company_id: Uuid,
    event_type: String,
    webhook_id: Option<Uuid>,
    payload: Value,
    created_at: DateTime<Utc>,
}

fn corrupt(what: &str, err: impl std::fmt::Display) -> RepositoryError {
    RepositoryError::Other(anyhow::anyhow!("corrupt {what}: {err}"))
}

fn count(value: u32, what: &str) -> Result<i32, RepositoryError> {
    i32::try_from(value).map_err(|_| RepositoryError::Conflict(format!("{what} out of range")))
}

fn uncount(value: i32, what: &str) -> Result<u32, RepositoryError> {
    u32::try_from(value).map_err(|e| corrupt(what, e))
}

/// Webhooks, deliveries and attempts in Postgres.
#[derive(Clone)]
pub struct PgWebhookRepository {
    pool: PgPool,
    sealer: SecretBox,
    clock: Arc<dyn Clock>,
}

impl PgWebhookRepository {
    /// A repository over a shared pool, sealing secrets with `sealer`, stamping with the
    /// system clock.
    pub fn new(pool: PgPool, sealer: SecretBox) -> Self {
        Self {
            pool,
            sealer,
            clock: Arc::new(SystemClock),
        }
    }

    /// The same repository stamping rows with `clock`.
    #[must_use]
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    fn seal_headers(&self, headers: &[WebhookHeader]) -> Result<Value, RepositoryError> {
        let sealed = headers
            .iter()
            .map(|h| {
                Ok(SealedHeader {
                    name: h.name.clone(),
                    value: base64::engine::general_purpose::STANDARD
                        .encode(self.sealer.seal(h.value.as_bytes())?),
                })
            })
            .collect::<Result<Vec<_>, RepositoryError>>()?;
        serde_json::to_value(sealed).map_err(|e| RepositoryError::Other(e.into()))
    }

    fn to_webhook(&self, row: WebhookRow) -> Result<Webhook, RepositoryError> {
        let sealed: Vec<SealedHeader> =
            serde_json::from_value(row.headers).map_err(|e| corrupt("webhook headers", e))?;
        let headers = sealed
            .into_iter()
            .map(|h| {
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(&h.value)
                    .map_err(|e| corrupt("webhook header", e))?;
                let value = String::from_utf8(self.sealer.open(&bytes)?)
                    .map_err(|e| corrupt("webhook header", e))?;
                Ok(WebhookHeader {
                    name: h.name,
                    value,
                })
            })
            .collect::<Result<Vec<_>, RepositoryError>>()?;
        let secret: [u8; 32] = self
            .sealer
            .open(&row.secret)?
            .try_into()
            .map_err(|_| corrupt("webhook secret", "not 32 bytes"))?;
        let events = row
            .events
            .iter()
            .map(|e| EventType::from_stored(e).ok_or_else(|| corrupt("webhook event", e)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Webhook {
            id: row.id,
            company_id: CompanyId(row.company_id),
            url: row.url,
            name: row.name,
            description: row.description,
            headers,
            events,
            is_active: row.is_active,
            max_retries: uncount(row.max_retries, "max_retries")?,
            timeout_ms: uncount(row.timeout_ms, "timeout_ms")?,
            consecutive_failures: uncount(row.consecutive_failures, "consecutive_failures")?,
            circuit_opened_at: row.circuit_opened_at,
            secret: SigningSecret::from_bytes(secret),
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

fn labels(events: &[EventType]) -> Vec<String> {
    events.iter().map(|e| e.label().to_owned()).collect()
}

async fn load_webhook(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    id: Uuid,
    for_update: bool,
) -> Result<WebhookRow, diesel::result::Error> {
    let query = webhooks::table
        .filter(webhooks::id.eq(id))
        .filter(webhooks::company_id.eq(company.0))
        .select(WebhookRow::as_select());
    if for_update {
        query.for_update().first(conn).await
    } else {
        query.first(conn).await
    }
}

async fn load_delivery(
    conn: &mut AsyncPgConnection,
    row: DeliveryRow,
) -> Result<Delivery, RepositoryError> {
    let attempts: Vec<AttemptRow> = webhook_attempts::table
        .filter(webhook_attempts::delivery_id.eq(row.id))
        .order(webhook_attempts::number.asc())
        .select(AttemptRow::as_select())
        .load(conn)
        .await
        .map_err(map_diesel)?;
    to_delivery(row, attempts)
}

fn to_delivery(row: DeliveryRow, attempts: Vec<AttemptRow>) -> Result<Delivery, RepositoryError> {
    let attempts = attempts
        .into_iter()
        .map(|a| {
            Ok(Attempt {
                number: uncount(a.number, "attempt number")?,
                at: a.attempted_at,
                status_code: a
                    .status_code
                    .map(u16::try_from)
                    .transpose()
                    .map_err(|e| corrupt("attempt status", e))?,
                duration_ms: u64::try_from(a.duration_ms).map_err(|e| corrupt("duration", e))?,
                error: a.error,
                response_body: a.response_body,
            })
        })
        .collect::<Result<Vec<_>, RepositoryError>>()?;
    Ok(Delivery {
        id: row.id,
        company_id: CompanyId(row.company_id),
        webhook_id: row.webhook_id,
        event_id: row.event_id,
        event: row.event,
        status: DeliveryStatus::parse(&row.status)
            .ok_or_else(|| corrupt("delivery status", &row.status))?,
        attempts,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

async fn owned_delivery(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    delivery_id: Uuid,
) -> Result<DeliveryRow, diesel::result::Error> {
    webhook_deliveries::table
        .filter(webhook_deliveries::id.eq(delivery_id))
        .filter(webhook_deliveries::company_id.eq(company.0))
        .select(DeliveryRow::as_select())
        .for_update()
        .first(conn)
        .await
}

/// Errors inside a webhook transaction.
#[derive(Debug, thiserror::Error)]
enum TxError {
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
    #[error(transparent)]
    Repo(#[from] RepositoryError),
}

impl From<TxError> for RepositoryError {
    fn from(e: TxError) -> Self {
        match e {
            TxError::Db(db) => map_diesel(db),
            TxError::Repo(repo) => repo,
        }
    }
}

impl WebhookRepository for PgWebhookRepository {
    async fn create(
        &self,
        company: CompanyId,
        webhook: NewWebhook,
        secret: SigningSecret,
    ) -> Result<Webhook, RepositoryError> {
        let now = self.clock.now();
        let row = WebhookRow {
            id: Uuid::new_v4(),
            company_id: company.0,
            url: webhook.url,
            name: webhook.name,
            description: webhook.description,
            headers: self.seal_headers(&webhook.headers)?,
            events: labels(&webhook.events),
            is_active: true,
            max_retries: count(webhook.max_retries, "maxRetries")?,
            timeout_ms: count(webhook.timeout_ms, "timeoutMs")?,
            consecutive_failures: 0,
            circuit_opened_at: None,
            secret: self.sealer.seal(secret.as_bytes())?,
            created_at: now,
            updated_at: now,
        };
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let row = diesel::insert_into(webhooks::table)
            .values(&row)
            .returning(WebhookRow::as_returning())
            .get_result(&mut conn)
            .await
            .map_err(map_diesel)?;
        self.to_webhook(row)
    }

    async fn list(&self, company: CompanyId) -> Result<Vec<Webhook>, RepositoryError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let rows: Vec<WebhookRow> = webhooks::table
            .filter(webhooks::company_id.eq(company.0))
            .order((webhooks::created_at.desc(), webhooks::id.desc()))
            .select(WebhookRow::as_select())
            .load(&mut conn)
            .await
            .map_err(map_diesel)?;
        rows.into_iter().map(|r| self.to_webhook(r)).collect()
    }

    async fn get(&self, company: CompanyId, id: Uuid) -> Result<Webhook, RepositoryError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let row = load_webhook(&mut conn, company, id, false)
            .await
            .map_err(map_diesel)?;
        self.to_webhook(row)
    }

    async fn find_any(&self, id: Uuid) -> Result<Option<Webhook>, RepositoryError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let row: Option<WebhookRow> = webhooks::table
            .find(id)
            .select(WebhookRow::as_select())
            .first(&mut conn)
            .await
            .optional()
            .map_err(map_diesel)?;
        row.map(|r| self.to_webhook(r)).transpose()
    }

    async fn update(
        &self,
        company: CompanyId,
        id: Uuid,
        patch: WebhookPatch,
    ) -> Result<Webhook, RepositoryError> {
        let now = self.clock.now();
        let headers = patch
            .headers
            .as_deref()
            .map(|h| self.seal_headers(h))
            .transpose()?;
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let row = conn
            .transaction(async |conn| {
                let mut row = load_webhook(conn, company, id, true).await?;
                // the domain decides the change; headers are stored sealed, events as labels,
                // each rewritten only when the patch replaces it (other bytes stay as stored)
                let mut webhook = self.to_webhook(row.clone())?;
                if let Some(events) = &patch.events {
                    row.events = labels(events);
                }
                if let Some(headers) = headers {
                    row.headers = headers;
                }
                webhook.apply(patch, now);
                row.url = webhook.url;
                row.name = webhook.name;
                row.description = webhook.description;
                row.is_active = webhook.is_active;
                row.max_retries = count(webhook.max_retries, "maxRetries")?;
                row.timeout_ms = count(webhook.timeout_ms, "timeoutMs")?;
                row.consecutive_failures =
                    count(webhook.consecutive_failures, "consecutive_failures")?;
                row.circuit_opened_at = webhook.circuit_opened_at;
                let row = diesel::update(webhooks::table.find(id))
                    .set((
                        webhooks::url.eq(&row.url),
                        webhooks::name.eq(&row.name),
                        webhooks::description.eq(&row.description),
                        webhooks::headers.eq(&row.headers),
                        webhooks::events.eq(&row.events),
                        webhooks::is_active.eq(row.is_active),
                        webhooks::max_retries.eq(row.max_retries),
                        webhooks::timeout_ms.eq(row.timeout_ms),
                        webhooks::consecutive_failures.eq(row.consecutive_failures),
                        webhooks::circuit_opened_at.eq(row.circuit_opened_at),
                        webhooks::updated_at.eq(now),
                    ))
                    .returning(WebhookRow::as_returning())
                    .get_result(conn)
                    .await?;
                Ok::<_, TxError>(row)
            })
            .await?;
        self.to_webhook(row)
    }

    async fn delete(&self, company: CompanyId, id: Uuid) -> Result<(), RepositoryError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        conn.transaction(async |conn| {
            let deleted = diesel::delete(
                webhooks::table
                    .filter(webhooks::id.eq(id))
                    .filter(webhooks::company_id.eq(company.0)),
            )
            .execute(conn)
            .await?;
            if deleted == 0 {
                return Err(TxError::Repo(RepositoryError::NotFound));
            }
            diesel::update(
                webhook_deliveries::table
                    .filter(webhook_deliveries::webhook_id.eq(id))
                    .filter(webhook_deliveries::company_id.eq(company.0))
                    .filter(webhook_deliveries::status.eq(DeliveryStatus::Pending.as_str())),
            )
            .set((
                webhook_deliveries::status.eq(DeliveryStatus::Cancelled.as_str()),
                webhook_deliveries::updated_at.eq(now),
            ))
            .execute(conn)
            .await?;
            Ok::<_, TxError>(())
        })
        .await?;
        Ok(())
    }

    async fn reset_circuit(
        &self,
        company: CompanyId,
        id: Uuid,
    ) -> Result<Webhook, RepositoryError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let row = conn
            .transaction(async |conn| {
                let row = load_webhook(conn, company, id, true).await?;
                let mut webhook = self.to_webhook(row)?;
                webhook.close_circuit(now);
                let row = diesel::update(webhooks::table.find(id))
                    .set((
                        webhooks::is_active.eq(webhook.is_active),
                        webhooks::consecutive_failures
                            .eq(count(webhook.consecutive_failures, "consecutive_failures")?),
                        webhooks::circuit_opened_at.eq(webhook.circuit_opened_at),
                        webhooks::updated_at.eq(webhook.updated_at),
                    ))
                    .returning(WebhookRow::as_returning())
                    .get_result(conn)
                    .await?;
                Ok::<_, TxError>(row)
            })
            .await?;
        self.to_webhook(row)
    }

    async fn open_delivery(
        &self,
        company: CompanyId,
        webhook_id: Uuid,
        event_id: Option<Uuid>,
        event: EventType,
    ) -> Result<Delivery, RepositoryError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let delivery = conn
            .transaction(async |conn| {
                // the webhook must be the company's (and still exist)
                load_webhook(conn, company, webhook_id, false).await?;
                let row = DeliveryRow {
                    id: Uuid::new_v4(),
                    company_id: company.0,
                    webhook_id,
                    event_id,
                    event: event.label().to_owned(),
                    status: DeliveryStatus::Pending.as_str().to_owned(),
                    created_at: now,
                    updated_at: now,
                };
                let inserted: Option<DeliveryRow> = diesel::insert_into(webhook_deliveries::table)
                    .values(&row)
                    .on_conflict((webhook_deliveries::webhook_id, webhook_deliveries::event_id))
                    .do_nothing()
                    .returning(DeliveryRow::as_returning())
                    .get_result(conn)
                    .await
                    .optional()?;
                let row = match inserted {
                    Some(row) => row,
                    None => {
                        webhook_deliveries::table
                            .filter(webhook_deliveries::webhook_id.eq(webhook_id))
                            .filter(webhook_deliveries::event_id.eq(event_id))
                            .filter(webhook_deliveries::company_id.eq(company.0))
                            .select(DeliveryRow::as_select())
                            .first(conn)
                            .await?
                    }
                };
                Ok::<_, TxError>(load_delivery(conn, row).await?)
            })
            .await?;
        Ok(delivery)
    }

    async fn record_attempt(
        &self,
        company: CompanyId,
        delivery_id: Uuid,
        attempt: Attempt,
        status: DeliveryStatus,
        circuit: Option<CircuitUpdate>,
    ) -> Result<Delivery, RepositoryError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let delivery = conn
            .transaction(async |conn| {
                let row = owned_delivery(conn, company, delivery_id).await?;
                let stored: i64 = webhook_attempts::table
                    .filter(webhook_attempts::delivery_id.eq(delivery_id))
                    .count()
                    .get_result(conn)
                    .await?;
                let number = i32::try_from(stored + 1)
                    .map_err(|_| RepositoryError::Conflict("too many attempts".into()))?;
                diesel::insert_into(webhook_attempts::table)
                    .values(AttemptRow {
                        delivery_id,
                        number,
                        attempted_at: attempt.at,
                        status_code: attempt.status_code.map(i32::from),
                        duration_ms: i64::try_from(attempt.duration_ms).unwrap_or(i64::MAX),
                        error: attempt.error,
                        response_body: attempt.response_body,
                    })
                    .execute(conn)
                    .await?;
                let row = diesel::update(webhook_deliveries::table.find(row.id))
                    .set((
                        webhook_deliveries::status.eq(status.as_str()),
                        webhook_deliveries::updated_at.eq(now),
                    ))
                    .returning(DeliveryRow::as_returning())
                    .get_result(conn)
                    .await?;
                match circuit {
                    Some(CircuitUpdate::Reset) => {
                        diesel::update(
                            webhooks::table
                                .filter(webhooks::id.eq(row.webhook_id))
                                .filter(webhooks::company_id.eq(company.0)),
                        )
                        .set(webhooks::consecutive_failures.eq(0))
                        .execute(conn)
                        .await?;
                    }
                    Some(CircuitUpdate::Failure { threshold }) => {
                        let threshold = count(threshold, "circuit threshold")?;
                        // one statement: the count and the opening cannot race
                        diesel::sql_query(
                            "UPDATE webhooks SET consecutive_failures = consecutive_failures + 1, \
                             is_active = CASE WHEN consecutive_failures + 1 >= $3 THEN false ELSE is_active END, \
                             circuit_opened_at = CASE WHEN consecutive_failures + 1 >= $3 AND circuit_opened_at IS NULL \
                                 THEN $4 ELSE circuit_opened_at END, \
                             updated_at = $4 \
                             WHERE id = $1 AND company_id = $2",
                        )
                        .bind::<diesel::sql_types::Uuid, _>(row.webhook_id)
                        .bind::<diesel::sql_types::Uuid, _>(company.0)
                        .bind::<diesel::sql_types::Integer, _>(threshold)
                        .bind::<diesel::sql_types::Timestamptz, _>(now)
                        .execute(conn)
                        .await?;
                    }
                    None => {}
                }
                Ok::<_, TxError>(load_delivery(conn, row).await?)
            })
            .await?;
        Ok(delivery)
    }

    async fn close_delivery(
        &self,
        company: CompanyId,
        delivery_id: Uuid,
        status: DeliveryStatus,
    ) -> Result<Delivery, RepositoryError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let delivery = conn
            .transaction(async |conn| {
                let row = owned_delivery(conn, company, delivery_id).await?;
                let row = if row.status == DeliveryStatus::Pending.as_str() {
                    diesel::update(webhook_deliveries::table.find(row.id))
                        .set((
                            webhook_deliveries::status.eq(status.as_str()),
                            webhook_deliveries::updated_at.eq(now),
                        ))
                        .returning(DeliveryRow::as_returning())
                        .get_result(conn)
                        .await?
                } else {
                    row
                };
                Ok::<_, TxError>(load_delivery(conn, row).await?)
            })
            .await?;
        Ok(delivery)
    }

    async fn deliveries(
        &self,
        company: CompanyId,
        webhook_id: Uuid,
        page: Page,
    ) -> Result<(Vec<Delivery>, u64), RepositoryError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let scope = webhook_deliveries::table
            .filter(webhook_deliveries::company_id.eq(company.0))
            .filter(webhook_deliveries::webhook_id.eq(webhook_id));
        let total: i64 = scope
            .count()
            .get_result(&mut conn)
            .await
            .map_err(map_diesel)?;
        let rows: Vec<DeliveryRow> = scope
            .order((
                webhook_deliveries::created_at.desc(),
                webhook_deliveries::id.desc(),
            ))
            .offset(i64::from(page.offset))
            .limit(i64::from(page.limit))
            .select(DeliveryRow::as_select())
            .load(&mut conn)
            .await
            .map_err(map_diesel)?;
        let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
        let mut attempts: Vec<AttemptRow> = webhook_attempts::table
            .filter(webhook_attempts::delivery_id.eq_any(&ids))
            .order((webhook_attempts::delivery_id, webhook_attempts::number))
            .select(AttemptRow::as_select())
            .load(&mut conn)
            .await
            .map_err(map_diesel)?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let (mine, rest): (Vec<AttemptRow>, Vec<AttemptRow>) =
                attempts.into_iter().partition(|a| a.delivery_id == row.id);
            attempts = rest;
            out.push(to_delivery(row, mine)?);
        }
        let total = u64::try_from(total).map_err(|e| corrupt("delivery count", e))?;
        Ok((out, total))
    }

    async fn delivery(
        &self,
        company: CompanyId,
        webhook_id: Uuid,
        delivery_id: Uuid,
    ) -> Result<Delivery, RepositoryError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let row: DeliveryRow = webhook_deliveries::table
            .filter(webhook_deliveries::id.eq(delivery_id))
            .filter(webhook_deliveries::webhook_id.eq(webhook_id))
            .filter(webhook_deliveries::company_id.eq(company.0))
            .select(DeliveryRow::as_select())
            .first(&mut conn)
            .await
            .map_err(map_diesel)?;
        load_delivery(&mut conn, row).await
    }

    async fn event(&self, event_id: Uuid) -> Result<OutboxEvent, RepositoryError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let row: EventRow = outbox_events::table
            .find(event_id)
            .select(EventRow::as_select())
            .first(&mut conn)
            .await
            .map_err(map_diesel)?;
        let event = EventType::parse(&row.event_type)
            .ok_or_else(|| corrupt("event type", &row.event_type))?;
        let data = match event {
            EventType::SourcingCompleted | EventType::SourcingFailed => {
                let snapshot: RunSnapshot =
                    serde_json::from_value(row.payload).map_err(|e| corrupt("run event", e))?;
                EventData::Run(Box::new(RunResults::try_from(snapshot)?))
            }
            EventType::EnrichCompleted | EventType::EnrichFailed => {
                let row: EnrichmentRow = serde_json::from_value(row.payload)
                    .map_err(|e| corrupt("enrichment event", e))?;
                EventData::Enrichment(Box::new(Enrichment::try_from(row)?))
            }
            other => return Err(corrupt("outbox event", format!("unexpected `{other}`"))),
        };
        Ok(OutboxEvent {
            id: row.id,
            company_id: CompanyId(row.company_id),
            webhook_id: row.webhook_id,
            event,
            created_at: row.created_at,
            data,
        })
    }
}
