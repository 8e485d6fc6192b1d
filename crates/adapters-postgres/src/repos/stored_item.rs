//! The JSON an enrichment's per-profile results are stored as (`enrichment_runs.items`, and the
//! enrichment event snapshots that embed the row): the adapter's own types around
//! [`StoredCandidate`], with the same keys and tagging the domain's derive wrote before.

use serde::{Deserialize, Serialize};
use sourcing_domain::enrichment::{ItemOutcome, ItemResult};
use sourcing_domain::ports::DiscoveredEmail;

use crate::repos::stored_candidate::StoredCandidate;

/// One profile of the batch, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredItem {
    /// Requested id.
    pub profile_id: String,
    /// Its outcome.
    pub outcome: StoredOutcome,
}

/// What happened to one profile, as stored (tagged by `kind`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum StoredOutcome {
    /// Emails found.
    Enriched {
        /// The candidate, `emails` filled.
        candidate: Box<StoredCandidate>,
        /// Every address found, best first.
        emails: Vec<StoredEmail>,
    },
    /// This profile failed.
    Failed {
        /// Contract-style code.
        code: String,
        /// Client-safe message.
        message: String,
    },
}

impl From<&ItemResult> for StoredItem {
    fn from(item: &ItemResult) -> Self {
        let outcome = match &item.outcome {
            ItemOutcome::Enriched { candidate, emails } => StoredOutcome::Enriched {
                candidate: Box::new(StoredCandidate::from(candidate.as_ref())),
                emails: emails.iter().map(Into::into).collect(),
            },
            ItemOutcome::Failed { code, message } => StoredOutcome::Failed {
                code: code.clone(),
                message: message.clone(),
            },
        };
        StoredItem {
            profile_id: item.profile_id.clone(),
            outcome,
        }
    }
}

impl From<StoredItem> for ItemResult {
    fn from(item: StoredItem) -> Self {
        let outcome = match item.outcome {
            StoredOutcome::Enriched { candidate, emails } => ItemOutcome::Enriched {
                candidate: Box::new((*candidate).into()),
                emails: emails.into_iter().map(Into::into).collect(),
            },
            StoredOutcome::Failed { code, message } => ItemOutcome::Failed { code, message },
        };
        ItemResult {
            profile_id: item.profile_id,
            outcome,
        }
    }
}

/// A discovered address as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredEmail {
    /// The address.
    pub address: String,
    /// 0–100.
    pub confidence: u8,
    /// The pattern it follows.
    pub pattern: String,
}

impl From<&DiscoveredEmail> for StoredEmail {
    fn from(e: &DiscoveredEmail) -> Self {
        StoredEmail {
            address: e.address.clone(),
            confidence: e.confidence,
            pattern: e.pattern.clone(),
        }
    }
}

impl From<StoredEmail> for DiscoveredEmail {
    fn from(e: StoredEmail) -> Self {
        DiscoveredEmail {
            address: e.address,
            confidence: e.confidence,
            pattern: e.pattern,
        }
    }
}
