//! The task that delivers one outbox event to its run's webhook, one attempt per run.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::services::{DeliveryStep, WebhookError};
use sourcing_worker::{Task, TaskError};
use uuid::Uuid;

use crate::startup::AppWebhooks;

/// Background task: deliver outbox event `event_id` (idempotent: the delivery and its id are
/// reused, a final delivery is not sent again). A failed attempt with retries left is retried
/// by the queue after exactly the domain's delay; a crash mid-attempt is retried after the
/// lease, with the same `deliveryId` (at least once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliverWebhookEvent {
    /// The outbox event.
    pub event_id: Uuid,
}

impl Task for DeliverWebhookEvent {
    const NAME: &'static str = "webhooks.deliver_event";
    // the delivery's own retries (≤ 10) plus room for store failures in between
    const MAX_ATTEMPTS: i32 = 25;
    type Context = Arc<AppWebhooks>;

    async fn run(&self, ctx: &Self::Context) -> Result<(), TaskError> {
        match ctx.deliver_event(self.event_id).await {
            Ok(DeliveryStep::Done(delivery)) => {
                if let Some(d) = delivery {
                    tracing::info!(
                        event.id = %self.event_id,
                        delivery.id = %d.id,
                        status = d.status.as_str(),
                        attempts = d.attempts.len(),
                        "webhook delivery finished"
                    );
                }
                Ok(())
            }
            Ok(DeliveryStep::RetryIn(wait, delivery)) => {
                let error = delivery
                    .attempts
                    .last()
                    .and_then(|a| a.error.clone())
                    .unwrap_or_else(|| "attempt failed".to_owned());
                tracing::warn!(
                    event.id = %self.event_id,
                    delivery.id = %delivery.id,
                    attempts = delivery.attempts.len(),
                    retry_in_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                    error,
                    "webhook delivery attempt failed; retrying"
                );
                Err(TaskError::retry_after(wait, error))
            }
            Err(WebhookError::NotFound) => Err(TaskError::permanent(format!(
                "outbox event {} not found",
                self.event_id
            ))),
            Err(WebhookError::Repository(RepositoryError::Unavailable(e))) => {
                Err(TaskError::retryable(format!("{e:#}")))
            }
            Err(other) => Err(TaskError::retryable(other.to_string())),
        }
    }
}
