//! Enrichment: `POST /sourcing/enrich` and `GET /sourcing/enrich/{id}/results`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::models::runs::{Candidate, RunStatus};

/// Body of `POST /sourcing/enrich`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Enrich {
    /// 1–10 unique ids the company's runs delivered.
    pub profile_ids: Vec<String>,
    /// Webhook to notify (`enrich.completed` / `enrich.failed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<Uuid>,
}

impl Enrich {
    /// Enrich these ids, without a webhook.
    pub fn new<I, S>(profile_ids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            profile_ids: profile_ids.into_iter().map(Into::into).collect(),
            webhook_id: None,
        }
    }

    /// Sets the webhook to notify.
    #[must_use]
    pub fn webhook_id(mut self, webhook_id: Uuid) -> Self {
        self.webhook_id = Some(webhook_id);
        self
    }
}

/// The 202 answer of `POST /sourcing/enrich`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EnrichmentAccepted {
    /// `enr_<uuid>`: the id to poll.
    pub request_id: String,
    /// `processing`.
    pub status: RunStatus,
    /// What happens next.
    pub message: String,
    /// Webhook that will be notified.
    pub webhook_id: Option<Uuid>,
    /// Acceptance time.
    pub created_at: DateTime<Utc>,
}

/// `GET /sourcing/enrich/{id}/results`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EnrichmentResults {
    /// `enr_<uuid>`.
    pub request_id: String,
    /// Processing, completed (possibly with per-item failures) or failed.
    pub status: RunStatus,
    /// Acceptance time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
    /// End (finished batches).
    pub completed_at: Option<DateTime<Utc>>,
    /// Ids asked for.
    pub profile_count: usize,
    /// Items enriched.
    pub enriched_count: usize,
    /// Items failed (free).
    pub failure_count: usize,
    /// Credits charged (one per enriched item).
    pub credits_consumed: i64,
    /// Webhook notified.
    pub webhook_id: Option<Uuid>,
    /// Poll hint (processing batches).
    pub message: Option<String>,
    /// One item per id, in the order asked.
    pub data: Vec<EnrichedItem>,
}

/// One profile's outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EnrichedItem {
    /// The id asked for.
    pub profile_id: String,
    /// Whether it was enriched.
    pub success: bool,
    /// The candidate as scored in its run, with `emails` (enriched items).
    pub candidate: Option<Candidate>,
    /// Each discovered address with its confidence and pattern (enriched items).
    pub email_details: Vec<EmailDetail>,
    /// `PROFILE_NOT_FOUND`, `ENRICHMENT_NO_MATCH` … (failed items).
    pub error_code: Option<String>,
    /// Why (failed items).
    pub error_message: Option<String>,
}

/// A discovered email address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EmailDetail {
    /// The address.
    pub address: String,
    /// 0–100: how likely it reaches the person.
    pub confidence: u8,
    /// The pattern it follows (`{first}.{last}`).
    pub pattern: String,
}
