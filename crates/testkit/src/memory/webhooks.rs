//! In-memory `WebhookRepository`: webhooks, deliveries and outbox events in the fakes' shared
//! store, behaving like `PgWebhookRepository` (the reference), every method under the one lock.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, SubsecRound, Utc};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::{
    Clock, EventData, OutboxEvent, Page, RunRepository, SystemClock, WebhookRepository,
};
use sourcing_domain::sourcing::{NewRun, PassOutcome, RunResults};
use sourcing_domain::webhooks::{
    Attempt, CircuitUpdate, Delivery, DeliveryStatus, EventType, NewWebhook, SigningSecret,
    Webhook, WebhookPatch,
};
use uuid::Uuid;

use super::{InMemoryCompanyRepository, InMemoryRunRepository, Shared};
use crate::webhook_repository::OutboxWriter;

/// The webhooks' part of the shared store.
#[derive(Debug, Default)]
pub(super) struct WebhookTables {
    webhooks: HashMap<Uuid, Webhook>,
    /// Deliveries outlive their webhook (cancelled), as the Postgres rows do.
    deliveries: HashMap<Uuid, Delivery>,
    events: HashMap<Uuid, OutboxEvent>,
}

impl WebhookTables {
    /// Every delivery's status (for the operators' counts).
    pub(super) fn delivery_statuses(&self) -> impl Iterator<Item = DeliveryStatus> + '_ {
        self.deliveries.values().map(|delivery| delivery.status)
    }
}

/// In-memory `WebhookRepository` over the companies of an [`InMemoryCompanyRepository`]; it
/// also holds the outbox events it delivers ([`InMemoryWebhookRepository::write_event`]).
#[derive(Clone)]
pub struct InMemoryWebhookRepository {
    store: Shared,
    clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for InMemoryWebhookRepository {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InMemoryWebhookRepository")
            .finish_non_exhaustive()
    }
}

impl InMemoryWebhookRepository {
    /// The webhooks of these companies (shares their store), stamped by the system clock.
    pub fn new(companies: &InMemoryCompanyRepository) -> Self {
        Self {
            store: companies.store.clone(),
            clock: Arc::new(SystemClock),
        }
    }

    /// The same repository stamping with `clock`, as `PgWebhookRepository::with_clock`.
    #[must_use]
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Stores an outbox event, as a use case's transaction would (the in-memory run
    /// repository keeps no payloads, so tests of delivery write their events here).
    pub fn write_event(&self, event: OutboxEvent) {
        self.store.lock().webhooks.events.insert(event.id, event);
    }

    /// Now, at the microsecond precision Postgres stores.
    fn now(&self) -> DateTime<Utc> {
        self.clock.now().trunc_subsecs(6)
    }
}

impl OutboxWriter for InMemoryWebhookRepository {
    async fn write_run_event(
        &self,
        company: CompanyId,
        run: NewRun,
        outcome: PassOutcome,
    ) -> (Uuid, RunResults) {
        let companies = InMemoryCompanyRepository {
            store: self.store.clone(),
        };
        let runs = InMemoryRunRepository::new(&companies);
        let failed = matches!(outcome, PassOutcome::Failed { .. });
        let results = finish_one_pass(&runs, company, run, outcome)
            .await
            .unwrap_or_else(|e| panic!("in-memory run for an outbox event: {e}"));
        let event = OutboxEvent {
            id: Uuid::new_v4(),
            company_id: company,
            webhook_id: results.run.webhook_id,
            event: if failed {
                EventType::SourcingFailed
            } else {
                EventType::SourcingCompleted
            },
            created_at: self.now(),
            data: EventData::Run(Box::new(results.clone())),
        };
        let id = event.id;
        self.write_event(event);
        (id, results)
    }
}

/// Creates a run, finishes its first pass and returns its results.
async fn finish_one_pass(
    runs: &InMemoryRunRepository,
    company: CompanyId,
    run: NewRun,
    outcome: PassOutcome,
) -> Result<RunResults, String> {
    let created = match runs.create(company, run, None).await {
        Ok(sourcing_domain::ports::CreateOutcome::Created(run)) => run,
        other => return Err(format!("create: {other:?}")),
    };
    let finished = runs
        .finish_pass(company, created.id, 1, outcome)
        .await
        .map_err(|e| format!("finish_pass: {e:?}"))?
        .ok_or("finish_pass wrote nothing")?;
    let candidates = runs
        .candidates(company, created.id)
        .await
        .map_err(|e| format!("candidates: {e:?}"))?;
    Ok(RunResults::new(finished, candidates))
}

/// The company's webhook; another company's looks missing.
fn owned_mut(
    tables: &mut WebhookTables,
    company: CompanyId,
    id: Uuid,
) -> Result<&mut Webhook, RepositoryError> {
    tables
        .webhooks
        .get_mut(&id)
        .filter(|w| w.company_id == company)
        .ok_or(RepositoryError::NotFound)
}

/// The company's delivery; another company's looks missing.
fn delivery_mut(
    tables: &mut WebhookTables,
    company: CompanyId,
    id: Uuid,
) -> Result<&mut Delivery, RepositoryError> {
    tables
        .deliveries
        .get_mut(&id)
        .filter(|d| d.company_id == company)
        .ok_or(RepositoryError::NotFound)
}

impl WebhookRepository for InMemoryWebhookRepository {
    async fn create(
        &self,
        company: CompanyId,
        webhook: NewWebhook,
        secret: SigningSecret,
    ) -> Result<Webhook, RepositoryError> {
        let now = self.now();
        let mut store = self.store.lock();
        // the foreign key of the Postgres table
        if !store.companies.contains_key(&company) {
            return Err(RepositoryError::NotFound);
        }
        let created = Webhook {
            id: Uuid::new_v4(),
            company_id: company,
            url: webhook.url,
            name: webhook.name,
            description: webhook.description,
            headers: webhook.headers,
            events: webhook.events,
            is_active: true,
            max_retries: webhook.max_retries,
            timeout_ms: webhook.timeout_ms,
            consecutive_failures: 0,
            circuit_opened_at: None,
            secret,
            created_at: now,
            updated_at: now,
        };
        store.webhooks.webhooks.insert(created.id, created.clone());
        Ok(created)
    }

    async fn list(&self, company: CompanyId) -> Result<Vec<Webhook>, RepositoryError> {
        let store = self.store.lock();
        let mut found: Vec<Webhook> = store
            .webhooks
            .webhooks
            .values()
            .filter(|w| w.company_id == company)
            .cloned()
            .collect();
        found.sort_by_key(|w| std::cmp::Reverse((w.created_at, w.id)));
        Ok(found)
    }

    async fn get(&self, company: CompanyId, id: Uuid) -> Result<Webhook, RepositoryError> {
        let mut store = self.store.lock();
        owned_mut(&mut store.webhooks, company, id).map(|w| w.clone())
    }

    async fn find_any(&self, id: Uuid) -> Result<Option<Webhook>, RepositoryError> {
        Ok(self.store.lock().webhooks.webhooks.get(&id).cloned())
    }

    async fn update(
        &self,
        company: CompanyId,
        id: Uuid,
        patch: WebhookPatch,
    ) -> Result<Webhook, RepositoryError> {
        let now = self.now();
        let mut store = self.store.lock();
        let webhook = owned_mut(&mut store.webhooks, company, id)?;
        webhook.apply(patch, now);
        Ok(webhook.clone())
    }

    async fn delete(&self, company: CompanyId, id: Uuid) -> Result<(), RepositoryError> {
        let now = self.now();
        let mut store = self.store.lock();
        let tables = &mut store.webhooks;
        owned_mut(tables, company, id)?;
        tables.webhooks.remove(&id);
        for delivery in tables.deliveries.values_mut() {
            if delivery.webhook_id == id
                && delivery.company_id == company
                && delivery.status == DeliveryStatus::Pending
            {
                delivery.status = DeliveryStatus::Cancelled;
                delivery.updated_at = now;
            }
        }
        Ok(())
    }

    async fn reset_circuit(
        &self,
        company: CompanyId,
        id: Uuid,
    ) -> Result<Webhook, RepositoryError> {
        let now = self.now();
        let mut store = self.store.lock();
        let webhook = owned_mut(&mut store.webhooks, company, id)?;
        webhook.close_circuit(now);
        Ok(webhook.clone())
    }

    async fn open_delivery(
        &self,
        company: CompanyId,
        webhook_id: Uuid,
        event_id: Option<Uuid>,
        event: EventType,
    ) -> Result<Delivery, RepositoryError> {
        let now = self.now();
        let mut store = self.store.lock();
        let tables = &mut store.webhooks;
        owned_mut(tables, company, webhook_id)?;
        if let Some(event_id) = event_id {
            // the foreign key of the Postgres table
            if !tables.events.contains_key(&event_id) {
                return Err(RepositoryError::NotFound);
            }
            if let Some(existing) = tables
                .deliveries
                .values()
                .find(|d| d.webhook_id == webhook_id && d.event_id == Some(event_id))
            {
                return Ok(existing.clone());
            }
        }
        let delivery = Delivery {
            id: Uuid::new_v4(),
            company_id: company,
            webhook_id,
            event_id,
            event: event.label().to_owned(),
            status: DeliveryStatus::Pending,
            attempts: Vec::new(),
            created_at: now,
            updated_at: now,
        };
        tables.deliveries.insert(delivery.id, delivery.clone());
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
        let now = self.now();
        let mut store = self.store.lock();
        let tables = &mut store.webhooks;
        let delivery = delivery_mut(tables, company, delivery_id)?;
        let number = u32::try_from(delivery.attempts.len() + 1)
            .map_err(|_| RepositoryError::Conflict("too many attempts".into()))?;
        delivery.attempts.push(Attempt { number, ..attempt });
        delivery.status = status;
        delivery.updated_at = now;
        let delivery = delivery.clone();
        // a deleted webhook has no breaker left to move (the Postgres update matches no row)
        if let Ok(webhook) = owned_mut(tables, company, delivery.webhook_id)
            && let Some(update) = circuit
        {
            webhook.count_attempt(update, now);
        }
        Ok(delivery)
    }

    async fn close_delivery(
        &self,
        company: CompanyId,
        delivery_id: Uuid,
        status: DeliveryStatus,
    ) -> Result<Delivery, RepositoryError> {
        let now = self.now();
        let mut store = self.store.lock();
        let delivery = delivery_mut(&mut store.webhooks, company, delivery_id)?;
        if delivery.status == DeliveryStatus::Pending {
            delivery.status = status;
            delivery.updated_at = now;
        }
        Ok(delivery.clone())
    }

    async fn deliveries(
        &self,
        company: CompanyId,
        webhook_id: Uuid,
        page: Page,
    ) -> Result<(Vec<Delivery>, u64), RepositoryError> {
        let store = self.store.lock();
        let mut found: Vec<&Delivery> = store
            .webhooks
            .deliveries
            .values()
            .filter(|d| d.company_id == company && d.webhook_id == webhook_id)
            .collect();
        found.sort_by_key(|w| std::cmp::Reverse((w.created_at, w.id)));
        let total = found.len() as u64;
        let page = found
            .into_iter()
            .skip(page.offset as usize)
            .take(page.limit as usize)
            .cloned()
            .collect();
        Ok((page, total))
    }

    async fn delivery(
        &self,
        company: CompanyId,
        webhook_id: Uuid,
        delivery_id: Uuid,
    ) -> Result<Delivery, RepositoryError> {
        let mut store = self.store.lock();
        delivery_mut(&mut store.webhooks, company, delivery_id)
            .ok()
            .filter(|d| d.webhook_id == webhook_id)
            .map(|d| d.clone())
            .ok_or(RepositoryError::NotFound)
    }

    async fn event(&self, event_id: Uuid) -> Result<OutboxEvent, RepositoryError> {
        self.store
            .lock()
            .webhooks
            .events
            .get(&event_id)
            .cloned()
            .ok_or(RepositoryError::NotFound)
    }
}
