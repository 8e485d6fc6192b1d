//! Storage of webhooks, their deliveries and attempts, and the outbox events they deliver.

use std::future::Future;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::enrichment::Enrichment;
use crate::errors::RepositoryError;
use crate::ids::CompanyId;
use crate::sourcing::RunResults;
use crate::webhooks::{
    Attempt, CircuitUpdate, Delivery, DeliveryStatus, EventType, NewWebhook, SigningSecret,
    Webhook, WebhookPatch,
};

/// What an outbox event carries, as data (the HTTP layer renders the wire shape).
#[derive(Debug, Clone, PartialEq)]
pub enum EventData {
    /// A sourcing run as its pass left it.
    Run(Box<RunResults>),
    /// An enrichment run as it finished.
    Enrichment(Box<Enrichment>),
}

/// An event written by a use case in the same transaction as the change it reports.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxEvent {
    /// Event id (one per finished pass).
    pub id: Uuid,
    /// Owner.
    pub company_id: CompanyId,
    /// The webhook the run named, if any: only it receives the event.
    pub webhook_id: Option<Uuid>,
    /// What happened.
    pub event: EventType,
    /// When it happened (the envelope's `timestamp`).
    pub created_at: DateTime<Utc>,
    /// The payload's data.
    pub data: EventData,
}

/// A page of a webhook's deliveries, newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// Rows to skip.
    pub offset: u32,
    /// Rows to return (1–100).
    pub limit: u32,
}

/// Stores webhooks and deliveries; every method but [`WebhookRepository::find_any`] and
/// [`WebhookRepository::event`] is scoped to a company, and another company's record MUST look
/// exactly like a missing one (`NotFound`).
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait WebhookRepository: Send + Sync + 'static {
    /// Stores a new, active webhook with its signing secret (custom header values and the
    /// secret MUST be kept encrypted at rest).
    fn create(
        &self,
        company: CompanyId,
        webhook: NewWebhook,
        secret: SigningSecret,
    ) -> impl Future<Output = Result<Webhook, RepositoryError>> + Send;

    /// The company's webhooks, newest first.
    fn list(
        &self,
        company: CompanyId,
    ) -> impl Future<Output = Result<Vec<Webhook>, RepositoryError>> + Send;

    /// One webhook.
    fn get(
        &self,
        company: CompanyId,
        id: Uuid,
    ) -> impl Future<Output = Result<Webhook, RepositoryError>> + Send;

    /// The webhook with this id, whoever owns it: the one cross-company read, used only so a
    /// run naming another company's webhook gets the contract's 403 rather than a 404.
    fn find_any(
        &self,
        id: Uuid,
    ) -> impl Future<Output = Result<Option<Webhook>, RepositoryError>> + Send;

    /// Applies a patch; resuming (`is_active: Some(true)`) also closes an open circuit.
    fn update(
        &self,
        company: CompanyId,
        id: Uuid,
        patch: WebhookPatch,
    ) -> impl Future<Output = Result<Webhook, RepositoryError>> + Send;

    /// Deletes the webhook and cancels its pending deliveries in ONE transaction.
    fn delete(
        &self,
        company: CompanyId,
        id: Uuid,
    ) -> impl Future<Output = Result<(), RepositoryError>> + Send;

    /// Closes the circuit: active again, failure count zero, `circuit_opened_at` cleared.
    fn reset_circuit(
        &self,
        company: CompanyId,
        id: Uuid,
    ) -> impl Future<Output = Result<Webhook, RepositoryError>> + Send;

    /// The delivery of outbox event `event_id` to the webhook, created pending on the first
    /// call; MUST return the same delivery (same id) on every later call, so retries and
    /// restarts keep one `deliveryId`. A ping (`event_id` `None`) is a new delivery each time.
    fn open_delivery(
        &self,
        company: CompanyId,
        webhook_id: Uuid,
        event_id: Option<Uuid>,
        event: EventType,
    ) -> impl Future<Output = Result<Delivery, RepositoryError>> + Send;

    /// Records an attempt (numbered after the stored ones) and the delivery's new status in
    /// ONE transaction; with `circuit`, updates the webhook's breaker in it too: `Reset` zeroes
    /// the failure count, `Failure` adds one and opens the circuit (inactive, opened now) when
    /// the count reaches the threshold.
    fn record_attempt(
        &self,
        company: CompanyId,
        delivery_id: Uuid,
        attempt: Attempt,
        status: DeliveryStatus,
        circuit: Option<CircuitUpdate>,
    ) -> impl Future<Output = Result<Delivery, RepositoryError>> + Send;

    /// Ends a pending delivery without an attempt (`Skipped` or `Cancelled`); a delivery
    /// already final is returned unchanged.
    fn close_delivery(
        &self,
        company: CompanyId,
        delivery_id: Uuid,
        status: DeliveryStatus,
    ) -> impl Future<Output = Result<Delivery, RepositoryError>> + Send;

    /// A webhook's deliveries, newest first, and how many there are in all.
    fn deliveries(
        &self,
        company: CompanyId,
        webhook_id: Uuid,
        page: Page,
    ) -> impl Future<Output = Result<(Vec<Delivery>, u64), RepositoryError>> + Send;

    /// One delivery of one webhook.
    fn delivery(
        &self,
        company: CompanyId,
        webhook_id: Uuid,
        delivery_id: Uuid,
    ) -> impl Future<Output = Result<Delivery, RepositoryError>> + Send;

    /// An outbox event, for the worker that delivers it.
    fn event(
        &self,
        event_id: Uuid,
    ) -> impl Future<Output = Result<OutboxEvent, RepositoryError>> + Send;
}
