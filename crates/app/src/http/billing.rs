//! `GET /billing/usage`: parse the period, call the usage use case, shape the answer.

use crate::http::openapi as oa;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, Utc};
use serde_json::json;
use sourcing_api_types::{CreditsUsed, Period, Usage, UsageQuery};
use sourcing_domain::api_key::Scope;
use sourcing_domain::credits::UsageKind;
use sourcing_domain::services::CompanyUsage;

use crate::http::auth::authorize;
use crate::http::errors::ApiError;
use crate::http::rate_limit::Endpoint;
use crate::http::views::wrapped;
use crate::state::AppState;

fn parse_instant(
    field: &'static str,
    value: Option<String>,
) -> Result<Option<DateTime<Utc>>, ApiError> {
    value
        .map(|v| {
            DateTime::parse_from_rfc3339(&v)
                .map(|dt| dt.with_timezone(&Utc))
                .map_err(|_| {
                    ApiError::invalid_fields(json!({ field: "must be an RFC 3339 timestamp" }))
                })
        })
        .transpose()
}

/// `GET /billing/usage?start=&end=`: credits used by kind over the period, and the balance.
#[utoipa::path(
    get,
    path = "/billing/usage",
    tag = "Billing",
    operation_id = "getUsage",
    params(("start" = Option<String>, Query, format = DateTime, description = "RFC 3339, default 30 days before `end`, years 1970-9999.", example = "2026-01-01T00:00:00Z"), ("end" = Option<String>, Query, format = DateTime, description = "RFC 3339, default now; at most 366 days after `start`.", example = "2026-01-31T00:00:00Z")),
    responses(
        (status = 200, description = "Credits used by kind over the period, and the balance.", body = oa::UsageResponse),
        (status = 400, description = "INVALID_PAYLOAD: a malformed or out-of-range `start`/`end`, or an unknown parameter.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["read:billing"])),
    extensions(("x-required-scope" = json!("read:billing")), ("x-rate-limit" = json!({"requestsPerMinute": 60, "per": "API key", "setting": "rate_limits.billing_usage"}))),
)]
pub async fn billing_usage(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(
        &req,
        &state,
        Scope::ReadBilling,
        Some(Endpoint::BillingUsage),
    )
    .await?;
    let query: UsageQuery = serde_urlencoded::from_str(req.query_string())
        .map_err(|e| ApiError::invalid_payload(format!("Invalid query string: {e}.")))?;
    let start = parse_instant("start", query.start)?;
    let end = parse_instant("end", query.end)?;
    let usage = state
        .billing
        .usage(principal.company_id, start, end)
        .await?;
    Ok(HttpResponse::Ok().json(wrapped(&usage_body(&usage))?))
}

/// The contract's usage body.
fn usage_body(usage: &CompanyUsage) -> Usage {
    let CompanyUsage { company, report } = usage;
    let mut used = CreditsUsed {
        total: report.total(),
        ..CreditsUsed::default()
    };
    for (kind, credits) in &report.used {
        match *kind {
            UsageKind::Sourcing => used.sourcing = *credits,
            UsageKind::Enrichment => used.enrichment = *credits,
        }
    }
    Usage {
        company_id: company.id.to_string(),
        billing: company.billing.as_str().to_owned(),
        balance: report.balance,
        period: Period {
            start: report.start,
            end: report.end,
        },
        credits_used: used,
    }
}
