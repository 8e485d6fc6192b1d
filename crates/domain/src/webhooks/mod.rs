//! Webhooks: subscriptions, their validation, the SSRF rules, signing, and the delivery rules
//! (retry schedule, circuit breaker) that every adapter applies the same way.

pub mod address;
pub mod config;
pub mod delivery;
pub mod events;
pub mod signing;

pub use address::{UrlPolicy, is_public_ip};
pub use config::{
    NewWebhook, Webhook, WebhookCheckError, WebhookHeader, WebhookInput, WebhookPatch,
    check_kept_events, check_run_webhook,
};
pub use delivery::{
    Attempt, CIRCUIT_THRESHOLD, CircuitUpdate, Delivery, DeliveryStatus, RetryPolicy, SendResult,
};
pub use events::{EventType, Operation};
pub use signing::{SigningSecret, sign};
