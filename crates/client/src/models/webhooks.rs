//! Webhooks: registration, changes, tests, the circuit and deliveries.

pub use sourcing_api_types::webhooks::{
    CreatedWebhook, Delivery, DeliveryAttempt, DeliveryPage, MaskedHeader, Webhook, WebhookList,
};

/// A custom header sent with every delivery (its value is never returned).
pub type HeaderInput = sourcing_api_types::webhooks::HeaderBody;

/// Body of `POST /webhooks` (`NewWebhook::new(url, events)`).
pub type NewWebhook = sourcing_api_types::webhooks::WebhookBody;

/// Body of `PATCH /webhooks/{id}`: only the fields set change (`headers` replaces the list;
/// `is_active: Some(true)` also closes an open circuit; an empty name or description clears it).
pub type WebhookUpdate = sourcing_api_types::webhooks::WebhookBody;
