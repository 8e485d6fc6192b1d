//! `GET /billing/usage`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::time::millis;

/// `?start&end` of `GET /billing/usage`, RFC 3339 strings the server parses itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsageQuery {
    /// Start of the period (default 30 days before `end`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// End of the period (default now).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

/// Credits used over a period and the current balance (the `data` of the answer).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Usage {
    /// The key's company.
    pub company_id: String,
    /// `prepaid` or `postpaid`.
    pub billing: String,
    /// Current credit balance.
    pub balance: i64,
    /// The period the counts cover.
    pub period: Period,
    /// Credits used by kind.
    pub credits_used: CreditsUsed,
}

/// A closed period of time.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Period {
    /// Start (inclusive).
    #[serde(with = "millis")]
    pub start: DateTime<Utc>,
    /// End.
    #[serde(with = "millis")]
    pub end: DateTime<Utc>,
}

/// Credits used in the period, by kind of work.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CreditsUsed {
    /// Delivered candidates.
    pub sourcing: i64,
    /// Enriched profiles.
    pub enrichment: i64,
    /// All kinds.
    pub total: i64,
    /// Other kinds (those a client does not know yet).
    #[serde(flatten)]
    pub other: BTreeMap<String, i64>,
}
