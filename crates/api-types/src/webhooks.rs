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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(
    feature = "openapi",
    schema(as = WebhookRequest, min_properties = 1,
        example = json!({"url": "https://hooks.example.com/ats",
            "events": ["SOURCING_COMPLETED", "SOURCING_FAILED"], "name": "ATS"}))
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WebhookBody {
    /// https URL (≤ 2048, no credentials) of a public host; required on create.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(nullable = false, max_length = 2048))]
    pub url: Option<String>,
    /// Registration keys (`SOURCING_COMPLETED`), labels (`sourcing.completed`) or legacy
    /// numbers (`2`), 1–50; required on create, replaces the subscription on a PATCH.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(nullable = false, min_items = 1, max_items = 50)
    )]
    pub events: Option<Vec<EventName>>,
    /// Display name (≤ 255); empty clears it on a PATCH.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(nullable = false, max_length = 255))]
    pub name: Option<String>,
    /// Description (≤ 1000); empty clears it on a PATCH.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(nullable = false, max_length = 1000))]
    pub description: Option<String>,
    /// Custom headers sent with every delivery (≤ 50); a PATCH replaces the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(nullable = false, max_items = 50))]
    pub headers: Option<Vec<HeaderBody>>,
    /// Enable or disable; `true` also closes an open circuit.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(nullable = false))]
    pub is_active: Option<bool>,
    /// Retries after a failed attempt, 0–10 (server default 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(nullable = false, minimum = 0, maximum = 10)
    )]
    pub max_retries: Option<i64>,
    /// Attempt timeout, 500–30000 ms (server default 30000).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(nullable = false, minimum = 500, maximum = 30000)
    )]
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
            events: Some(
                events
                    .into_iter()
                    .map(|e| EventName::Name(e.into()))
                    .collect(),
            ),
            ..Self::default()
        }
    }
}

/// An event as a subscription names it: a registration key or label, or the platform's legacy
/// number (`0`–`5`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum EventName {
    /// `SOURCING_COMPLETED` or `sourcing.completed`.
    Name(String),
    /// A legacy number (`2` is `PING`).
    Legacy(u64),
}

impl From<&str> for EventName {
    fn from(name: &str) -> Self {
        EventName::Name(name.to_owned())
    }
}

impl From<String> for EventName {
    fn from(name: String) -> Self {
        EventName::Name(name)
    }
}

impl From<u64> for EventName {
    fn from(number: u64) -> Self {
        EventName::Legacy(number)
    }
}

impl std::fmt::Display for EventName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EventName::Name(name) => f.write_str(name),
            EventName::Legacy(number) => write!(f, "{number}"),
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct Webhook {
    /// Webhook id.
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String))]
    pub id: Uuid,
    /// Owning company.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub company_id: String,
    /// Destination.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub url: String,
    /// Display name.
    pub name: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Custom headers, masked.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub headers: Vec<MaskedHeader>,
    /// Subscribed events, as labels (`sourcing.completed`).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub events: Vec<String>,
    /// False while the circuit is open or after disabling.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub is_active: bool,
    /// Retries after a failed attempt.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub max_retries: u32,
    /// Attempt timeout.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub timeout_ms: u32,
    /// Failed deliveries in a row.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub consecutive_failures: u32,
    /// When the circuit opened, if it is open (`null` otherwise).
    #[serde(with = "millis_opt")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub circuit_opened_at: Option<DateTime<Utc>>,
    /// Creation time.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    pub created_at: DateTime<Utc>,
    /// Last change.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    pub updated_at: DateTime<Utc>,
}

/// The 201 answer of `POST /webhooks`: the webhook and its signing secret, shown only now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct CreatedWebhook {
    /// The webhook.
    #[serde(flatten)]
    pub webhook: Webhook,
    /// 64 hex characters (32 bytes): the Standard Webhooks HMAC key. Store it now.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub signing_secret: String,
}

/// `GET /webhooks`: the company's webhooks, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct WebhookList {
    /// The webhooks.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub data: Vec<Webhook>,
    /// How many there are.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub total: u64,
}

/// One attempt of a delivery.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct DeliveryAttempt {
    /// 1-based attempt number.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub number: u32,
    /// When it was made.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    pub attempted_at: DateTime<Utc>,
    /// The receiver's status, if it answered.
    pub status_code: Option<u16>,
    /// How long it took.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub duration_ms: u64,
    /// Transport or policy error (`destination refused: …`).
    pub error: Option<String>,
    /// The receiver's body, cut to 1 KiB.
    pub response_body: Option<String>,
}

/// A delivery of one event to one webhook, with its attempts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct Delivery {
    /// The `webhook-id` header receivers deduplicate on.
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String))]
    pub delivery_id: Uuid,
    /// The webhook.
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String))]
    pub webhook_id: Uuid,
    /// Event label.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub event: String,
    /// `pending`, `succeeded`, `failed`, `cancelled` or `skipped`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub status: String,
    /// Attempts made.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub attempt_count: usize,
    /// Every attempt.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub attempts: Vec<DeliveryAttempt>,
    /// Whether it succeeded (test and retry answers only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivered: Option<bool>,
    /// Creation time.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    pub created_at: DateTime<Utc>,
    /// Last change.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    pub updated_at: DateTime<Utc>,
}

/// `GET /webhooks/{id}/deliveries`: one page, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct DeliveryPage {
    /// The page.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub data: Vec<Delivery>,
    /// Deliveries in all.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub total: u64,
    /// Page size.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub limit: u32,
    /// Skipped.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub offset: u32,
}
