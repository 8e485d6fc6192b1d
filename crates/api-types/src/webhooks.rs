//! Webhooks: registration, changes, tests, the circuit and deliveries.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::time::{millis, millis_opt};

/// A custom header to send with every delivery.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = HeaderInput))]
#[serde(deny_unknown_fields)]
pub struct HeaderBody {
    /// A token name, not `webhook-*`, `content-type`, `host`, ….
    pub name: String,
    /// Visible ASCII, ≤ 4096 (stored encrypted, never returned).
    pub value: String,
}

/// Body of `POST /webhooks` and `PATCH /webhooks/{id}`: on a PATCH only the fields set change
/// (`headers` replaces the list; `isActive: true` also closes an open circuit; an empty name or
/// description clears it). The server validates every field and refuses unknown ones.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WebhookBody {
    /// https destination (≤ 2048); required on create.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Registration keys (`SOURCING_COMPLETED`) or labels (`sourcing.completed`), non-empty;
    /// required on create.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
    /// Display name (≤ 255).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description (≤ 1000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Custom headers (≤ 50).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<Vec<HeaderBody>>,
    /// Enable or disable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// Retries after a failed attempt, 0–10 (server default 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_retries: Option<i64>,
    /// Attempt timeout, 500–30000 ms (server default 30000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<i64>,
}

impl WebhookBody {
    /// A webhook to `url` for these events, everything else at the server's defaults.
    pub fn new<I, S>(url: impl Into<String>, events: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            url: Some(url.into()),
            events: Some(events.into_iter().map(Into::into).collect()),
            ..Self::default()
        }
    }
}

/// `?limit&offset` of `GET /webhooks/{id}/deliveries`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    /// 1–100 (default 20).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Deliveries to skip (default 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u32>,
}

/// A custom header as shown: the value never is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct MaskedHeader {
    /// Header name.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub name: String,
    /// Always `true`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
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
    /// When the circuit opened, if it is open (`null` otherwise).
    #[serde(with = "millis_opt")]
    pub circuit_opened_at: Option<DateTime<Utc>>,
    /// Creation time.
    #[serde(with = "millis")]
    pub created_at: DateTime<Utc>,
    /// Last change.
    #[serde(with = "millis")]
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
    #[serde(with = "millis")]
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
    pub attempt_count: usize,
    /// Every attempt.
    pub attempts: Vec<DeliveryAttempt>,
    /// Whether it succeeded (test and retry answers only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivered: Option<bool>,
    /// Creation time.
    #[serde(with = "millis")]
    pub created_at: DateTime<Utc>,
    /// Last change.
    #[serde(with = "millis")]
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
