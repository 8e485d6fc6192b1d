//! `POST /sourcing/enrich` and `GET /sourcing/enrich/{id}/results`.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};
use sourcing_domain::api_key::Scope;
use sourcing_domain::enrichment::{EnrichmentId, EnrichmentStatus, NewEnrichment};
use sourcing_domain::webhooks::Operation;
use uuid::Uuid;

use crate::http::auth::authorize;
use crate::http::body::{parse_json, read_limited};
use crate::http::errors::{ApiError, EnrichmentStoreError};
use crate::http::rate_limit::Endpoint;
use crate::http::time::rfc3339_millis;
use crate::http::views::enrichment_json;
use crate::state::AppState;

/// Body of `POST /sourcing/enrich`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct EnrichBody {
    profile_ids: Option<Vec<String>>,
    webhook_id: Option<String>,
}

/// Accepts a batch: validation, the webhook checks, then funds (402) and the durable task.
pub async fn create_enrichment(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(
        &req,
        &state,
        Scope::EnrichWrite,
        Some(Endpoint::CreateEnrichment),
    )
    .await?;
    let bytes = read_limited(&req, payload, state.config.server.body_limit_bytes).await?;
    let raw: Value = parse_json(&bytes)?;
    if !raw.is_object() {
        return Err(ApiError::invalid_payload(
            "The request body must be a JSON object.",
        ));
    }
    let body: EnrichBody = parse_json(&bytes)?;
    let webhook_id = match body.webhook_id.as_deref() {
        None => None,
        Some(raw_id) => Some(
            Uuid::parse_str(raw_id)
                .map_err(|_| ApiError::invalid_fields(json!({ "webhookId": "must be a UUID" })))?,
        ),
    };
    let new = NewEnrichment::validate(body.profile_ids, webhook_id)?;
    state
        .webhooks
        .check_for_run(principal.company_id, webhook_id, Operation::Enrichment)
        .await?;
    let enrichment = state
        .enrichments
        .accept(principal.company_id, new)
        .await
        .map_err(EnrichmentStoreError)?;
    tracing::info!(enrichment.id = %enrichment.id, "enrichment accepted");
    Ok(HttpResponse::Accepted().json(json!({
        "success": true,
        "requestId": enrichment.id.to_string(),
        "status": EnrichmentStatus::Processing.as_str(),
        "message": "Enrichment accepted and queued for processing.",
        "webhookId": enrichment.webhook_id.map(|w| w.to_string()),
        "createdAt": rfc3339_millis(enrichment.created_at),
    })))
}

/// 202 while processing, 200 once completed (possibly with per-profile failures) or failed.
pub async fn enrichment_results(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(
        &req,
        &state,
        Scope::EnrichWrite,
        Some(Endpoint::GetEnrichmentResults),
    )
    .await?;
    let id: EnrichmentId = path.parse().map_err(|_| ApiError::enrichment_not_found())?;
    let enrichment = state
        .enrichments
        .results(principal.company_id, id)
        .await
        .map_err(EnrichmentStoreError)?;
    let status = if enrichment.status == EnrichmentStatus::Processing {
        StatusCode::ACCEPTED
    } else {
        StatusCode::OK
    };
    let mut body = enrichment_json(&enrichment);
    body["success"] = json!(true);
    Ok(HttpResponse::build(status).json(body))
}
