//! Route table and the foundation's handlers.

use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use chrono::{DateTime, Utc};
use diesel_async::RunQueryDsl;
use serde::Deserialize;
use serde_json::json;
use sourcing_domain::api_key::Scope;
use sourcing_domain::ports::CompanyRepository;
use sourcing_domain::services::UsagePeriod;
use sourcing_domain::services::billing::usage_report;

use crate::http::auth::authorize;
use crate::http::errors::ApiError;
use crate::http::rate_limit::Endpoint;
use crate::http::time::rfc3339_millis;
use crate::state::AppState;

/// Registers every route; unknown routes get a JSON 404, wrong methods a JSON 405.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/healthz")
            .route(web::get().to(healthz))
            .default_service(allow("GET")),
    )
    .service(
        web::resource("/readyz")
            .route(web::get().to(readyz))
            .default_service(allow("GET")),
    )
    .service(
        web::resource("/sourcing")
            .route(web::post().to(crate::http::sourcing::create_run))
            .default_service(allow("POST")),
    )
    .service(
        web::resource("/sourcing/{id}/results")
            .route(web::get().to(crate::http::sourcing::run_results))
            .default_service(allow("GET")),
    )
    .service(
        web::resource("/sourcing/{id}")
            .route(web::patch().to(crate::http::sourcing::patch_run))
            .default_service(allow("PATCH")),
    )
    .service(
        web::resource("/billing/usage")
            .route(web::get().to(billing_usage))
            .default_service(allow("GET")),
    );
}

/// The JSON 404 for any path no route claims.
pub async fn not_found() -> HttpResponse {
    ApiError::route_not_found().error_response()
}

/// The JSON 405 for a known path with another method.
pub fn allow(methods: &'static str) -> actix_web::Route {
    web::to(move || async move { ApiError::method_not_allowed(methods).error_response() })
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "ok" }))
}

async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let mut conn = state.pool.get().await.map_err(|e| {
        tracing::warn!(error = %e, "readiness: no database connection");
        ApiError::unavailable()
    })?;
    diesel::sql_query("SELECT 1")
        .execute(&mut conn)
        .await
        .map_err(|e| {
            tracing::warn!(error = %e, "readiness: database query failed");
            ApiError::unavailable()
        })?;
    Ok(HttpResponse::Ok().json(json!({ "status": "ready" })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UsageQuery {
    start: Option<String>,
    end: Option<String>,
}

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

async fn billing_usage(
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
    let period = UsagePeriod::resolve(
        parse_instant("start", query.start)?,
        parse_instant("end", query.end)?,
        Utc::now(),
    )?;
    let company = state.companies.get(principal.company_id).await?;
    let report = usage_report(&state.ledger, principal.company_id, period).await?;
    let mut used = serde_json::Map::new();
    for (kind, credits) in &report.used {
        used.insert(kind.as_str().to_owned(), json!(credits));
    }
    used.insert("total".to_owned(), json!(report.total()));
    Ok(HttpResponse::Ok().json(json!({
        "success": true,
        "data": {
            "companyId": company.id.to_string(),
            "billing": company.billing.as_str(),
            "balance": report.balance,
            "period": { "start": rfc3339_millis(report.start), "end": rfc3339_millis(report.end) },
            "creditsUsed": used,
        }
    })))
}
