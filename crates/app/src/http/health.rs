//! Liveness and readiness probes.

use crate::http::openapi as oa;
use actix_web::{HttpResponse, web};
use diesel_async::RunQueryDsl;
use serde_json::json;

use crate::http::errors::ApiError;
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
