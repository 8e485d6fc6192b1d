//! Webhooks: registration, changes, tests, the circuit and deliveries.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A custom header sent with every delivery (its value is never returned).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeaderInput {
    /// Header name (a token; not `webhook-*`, `content-type`, `host` …).
    pub name: String,
    /// Value, visible ASCII ≤ 4096, encrypted at rest.
    pub value: String,
}

/// Body of `POST /webhooks`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewWebhook {
    /// https destination (≤ 2048).
    pub url: String,
    /// Registration keys (`SOURCING_COMPLETED`) or labels (`sourcing.completed`), non-empty.
    pub events: Vec<String>,
    /// Display name (≤ 255).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description (≤ 1000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Custom headers (≤ 50).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<Vec<HeaderInput>>,
    /// Retries after a failed attempt, 0–10 (server default 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_retries: Option<u32>,
    /// Attempt timeout, 500–30000 ms (server default 30000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u32>,
}

impl NewWebhook {
    /// A webhook to `url` for these events, everything else at the server's defaults.
    pub fn new<I, S>(url: impl Into<String>, events: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            url: url.into(),
            events: events.into_iter().map(Into::into).collect(),
            ..Self::default()
        }
    }
}

/// Body of `PATCH /webhooks/{id}`: only the fields set change (`headers` replaces the list;
/// `is_active: Some(true)` also closes an open circuit; an empty name or description clears it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookUpdate {
    /// New destination.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// New event list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
    /// New name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// New header list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<Vec<HeaderInput>>,
    /// Enable or disable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// New retry count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_retries: Option<u32>,
    /// New attempt timeout.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u32>,
}

/// A custom header as shown: the name only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct MaskedHeader {
    /// Header name.
    pub name: String,
    /// Always true: values are never returned.
    pub is_masked: bool,
}

/// `WebhookConfig` of the contract.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Webhook {
    /// Webhook id.
    pub id: Uuid,
    /// Owning company.
    pub company_id: String,
    /// Destination.
    pub url: String,
    /// Display name.
    pub name: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Custom headers, masked.
    pub headers: Vec<MaskedHeader>,
    /// Subscribed events, as labels (`sourcing.completed`).
    pub events: Vec<String>,
    /// False while the circuit is open or after disabling.
    pub is_active: bool,
    /// Retries after a failed attempt.
    pub max_retries: u32,
    /// Attempt timeout.
    pub timeout_ms: u32,
    /// Failed deliveries in a row.
    pub consecutive_failures: u32,
    /// When the circuit opened, if it is open.
    pub circuit_opened_at: Option<DateTime<Utc>>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// The 201 answer of `POST /webhooks`: the webhook and its signing secret, shown only now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CreatedWebhook {
    /// The webhook.
    #[serde(flatten)]
    pub webhook: Webhook,
    /// 64 hex characters (32 bytes): the Standard Webhooks HMAC key. Store it now.
    pub signing_secret: String,
}

/// `GET /webhooks`: the company's webhooks, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WebhookList {
    /// The webhooks.
    pub data: Vec<Webhook>,
    /// How many there are.
    pub total: u64,
}

/// One attempt of a delivery.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DeliveryAttempt {
    /// 1-based attempt number.
    pub number: u32,
    /// When it was made.
    pub attempted_at: DateTime<Utc>,
    /// The receiver's status, if it answered.
    pub status_code: Option<u16>,
    /// How long it took.
    pub duration_ms: u64,
    /// Transport or policy error (`destination refused: …`).
    pub error: Option<String>,
    /// The receiver's body, cut to 1 KiB.
    pub response_body: Option<String>,
}

/// A delivery of one event to one webhook, with its attempts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Delivery {
    /// The `webhook-id` header receivers deduplicate on.
    pub delivery_id: Uuid,
    /// The webhook.
    pub webhook_id: Uuid,
    /// Event label.
    pub event: String,
    /// `pending`, `succeeded`, `failed`, `cancelled` or `skipped`.
    pub status: String,
    /// Attempts made.
    pub attempt_count: u32,
    /// Every attempt.
    pub attempts: Vec<DeliveryAttempt>,
    /// Whether it succeeded (test and retry answers only).
    pub delivered: Option<bool>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// `GET /webhooks/{id}/deliveries`: one page, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DeliveryPage {
    /// The page.
    pub data: Vec<Delivery>,
    /// Deliveries in all.
    pub total: u64,
    /// Page size.
    pub limit: u32,
    /// Skipped.
    pub offset: u32,
}
