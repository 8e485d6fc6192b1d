//! Liveness and readiness probes.

use crate::http::openapi as oa;
use actix_web::{HttpResponse, web};
use serde_json::json;
use sourcing_domain::ports::OperationsStats;

use crate::http::errors::{ApiError, chain};
use crate::state::AppState;

/// `GET /healthz`: the process answers.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "Operations",
    operation_id = "healthz",
    responses(
        (status = 200, description = "The process answers.", body = oa::HealthBody, example = json!({"status": "ok"})),
    ),
)]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "ok" }))
}

/// `GET /readyz`: the database answers.
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "Operations",
    operation_id = "readyz",
    responses(
        (status = 200, description = "The database answers.", body = oa::HealthBody, example = json!({"status": "ready"})),
    ),
)]
pub async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    state.ops.ping().await.map_err(|e| {
        tracing::warn!(error.cause_chain = %chain(&e), "readiness: the database did not answer");
        ApiError::unavailable()
    })?;
    Ok(HttpResponse::Ok().json(json!({ "status": "ready" })))
}
