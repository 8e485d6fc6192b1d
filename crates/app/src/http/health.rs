//! Liveness and readiness probes.

use actix_web::{HttpResponse, web};
use diesel_async::RunQueryDsl;
use serde_json::json;

use crate::http::errors::ApiError;
use crate::state::AppState;

/// `GET /healthz`: the process answers.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "ok" }))
}

/// `GET /readyz`: the database answers.
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
