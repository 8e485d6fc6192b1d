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

/// `data` of `GET /billing/usage`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Usage {
    /// The key's company.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub company_id: String,
    /// `prepaid` or `postpaid`.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub billing: String,
    /// Current credit balance.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub balance: i64,
    // `period` and `creditsUsed` take no default: in the schema a default beside a `$ref`
    // would wrap the reference in a `oneOf`
    /// The period reported.
    pub period: Period,
    /// Credits used over the period.
    pub credits_used: CreditsUsed,
}

/// `start`/`end` of a usage period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct Period {
    /// Inclusive start (RFC 3339).
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String))]
    pub start: DateTime<Utc>,
    /// Exclusive end (RFC 3339).
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String))]
    pub end: DateTime<Utc>,
}

/// Credits used by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct CreditsUsed {
    /// Candidates delivered by runs.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub sourcing: i64,
    /// Profiles enriched.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub enrichment: i64,
    /// Their sum.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub total: i64,
    /// Other kinds (those a client does not know yet); not in the schema, which lists the
    /// kinds the server has.
    #[serde(flatten)]
    #[cfg_attr(feature = "openapi", schema(ignore))]
    pub other: BTreeMap<String, i64>,
}
