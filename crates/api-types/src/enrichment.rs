//! Enrichment: `POST /sourcing/enrich` and `GET /sourcing/enrich/{id}/results`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::runs::{Candidate, RunStatus};
use crate::time::{millis, millis_opt};

/// Body of `POST /sourcing/enrich`.
// Loose types: the server validates the ids itself and refuses unknown fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(
    feature = "openapi",
    schema(as = EnrichRequest, example = json!({"profileIds": ["syn-000123", "syn-004567"]}))
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnrichBody {
    /// 1–10 distinct ids (1–200 characters each) of profiles the company's runs delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(required = true, schema_with = crate::cards::profile_ids_schema)
    )]
    pub profile_ids: Option<Vec<String>>,
    /// A webhook (UUID) subscribed to `enrich.completed` or `enrich.failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(
            nullable = false,
            pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
        )
    )]
    pub webhook_id: Option<String>,
}

impl EnrichBody {
    /// Enrich these ids, without a webhook.
    pub fn new<I, S>(profile_ids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            profile_ids: Some(profile_ids.into_iter().map(Into::into).collect()),
            webhook_id: None,
        }
    }

    /// Sets the webhook to notify.
    #[must_use]
    pub fn webhook_id(mut self, webhook_id: Uuid) -> Self {
        self.webhook_id = Some(webhook_id.to_string());
        self
    }
}

/// The 202 answer of `POST /sourcing/enrich` (besides `success`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct EnrichmentAccepted {
    /// `enr_<uuid>`: the id to poll.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub request_id: String,
    /// `processing`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub status: RunStatus,
    /// What happens next.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub message: String,
    /// Webhook that will be notified (`null` when none).
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub webhook_id: Option<Uuid>,
    /// Acceptance time.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    pub created_at: DateTime<Utc>,
}

/// `GET /sourcing/enrich/{id}/results` (besides `success`) and the `data` of its events.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = EnrichmentResultsBody))]
#[serde(default, rename_all = "camelCase")]
pub struct EnrichmentResults {
    /// `enr_<uuid>`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub request_id: String,
    /// Processing, completed (possibly with per-item failures) or failed.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub status: RunStatus,
    /// Acceptance time.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    pub created_at: DateTime<Utc>,
    /// Last change.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    pub updated_at: DateTime<Utc>,
    /// End (finished batches; `null` before).
    #[serde(with = "millis_opt")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub completed_at: Option<DateTime<Utc>>,
    /// Ids asked for.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub profile_count: usize,
    /// Items enriched.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub enriched_count: usize,
    /// Items failed (free).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub failure_count: usize,
    /// Credits charged (one per enriched item).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub credits_consumed: i64,
    /// Webhook notified (`null` when none).
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub webhook_id: Option<Uuid>,
    /// Poll hint (processing batches only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// One item per id, in the order asked.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub data: Vec<EnrichedItem>,
}

/// One profile's outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct EnrichedItem {
    /// The id asked for.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub profile_id: String,
    /// Whether it was enriched.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub success: bool,
    /// The candidate as scored in its run, with `emails` (enriched items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidate: Option<Candidate>,
    /// Each discovered address with its confidence and pattern (enriched items, never empty:
    /// a profile is only enriched when an address was found; absent on failed items).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub email_details: Vec<EmailDetail>,
    /// `PROFILE_NOT_FOUND`, `ENRICHMENT_NO_MATCH` … (failed items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// Why (failed items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

/// A discovered email address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct EmailDetail {
    /// The address.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub address: String,
    /// 0–100: how likely it reaches the person.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub confidence: u8,
    /// The pattern it follows (`{first}.{last}`) or `provider`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub pattern: String,
}
