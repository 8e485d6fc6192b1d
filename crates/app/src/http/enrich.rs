//! `POST /sourcing/enrich` and `GET /sourcing/enrich/{id}/results`.

use crate::http::openapi as oa;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::Value;
use sourcing_api_types::{EnrichBody, EnrichmentAccepted};
use sourcing_domain::api_key::Scope;
use sourcing_domain::enrichment::{EnrichmentId, EnrichmentStatus, NewEnrichment};
use sourcing_domain::webhooks::Operation;

use crate::http::auth::authorize;
use crate::http::body::{parse_webhook_id, read_json_object};
use crate::http::errors::{ApiError, EnrichmentStoreError};
use crate::http::rate_limit::Endpoint;
use crate::http::views::{enrichment_body, enrichment_status, with_success};
use crate::state::AppState;

/// Accepts a batch: validation, the webhook checks, then funds (402) and the durable task.
#[utoipa::path(
    post,
    path = "/sourcing/enrich",
    tag = "Enrichment",
    operation_id = "createEnrichment",
    request_body(content = oa::EnrichRequest, content_type = "application/json"),
    responses(
        (status = 202, description = "Accepted and queued.", body = oa::EnrichAccepted),
        (status = 400, description = "INVALID_PAYLOAD: malformed JSON, an unknown field or an invalid value (`details.fields`).", body = oa::ErrorBody),
        (status = 402, description = "INSUFFICIENT_FUNDS: a prepaid balance below the number of ids.", body = oa::ErrorBody),
        (status = 403, description = "INSUFFICIENT_SCOPES, or WEBHOOK_COMPANY_MISMATCH: `webhookId` belongs to another company.", body = oa::ErrorBody),
        (status = 404, description = "WEBHOOK_NOT_FOUND: `webhookId` is unknown or deleted.", body = oa::ErrorBody),
        (status = 422, description = "WEBHOOK_EVENT_NOT_SUBSCRIBED: the webhook subscribes to neither enrichment event.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["enrich:write"])),
    extensions(("x-required-scope" = json!("enrich:write")), ("x-rate-limit" = json!({"requestsPerMinute": 50, "per": "API key", "setting": "rate_limits.create_enrichment"}))),
)]
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
    let (_, body): (Value, EnrichBody) =
        read_json_object(&req, payload, state.config.server.body_limits()).await?;
    let webhook_id = parse_webhook_id(body.webhook_id.as_deref())?;
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
    Ok(
        HttpResponse::Accepted().json(with_success(&EnrichmentAccepted {
            request_id: enrichment.id.to_string(),
            status: enrichment_status(EnrichmentStatus::Processing),
            message: "Enrichment accepted and queued for processing.".to_owned(),
            webhook_id: enrichment.webhook_id,
            created_at: enrichment.created_at,
        })?),
    )
}

/// 202 while processing, 200 once completed (possibly with per-profile failures) or failed.
#[utoipa::path(
    get,
    path = "/sourcing/enrich/{id}/results",
    tag = "Enrichment",
    operation_id = "getEnrichmentResults",
    params(("id" = String, Path, description = "Enrichment id, `enr_<uuid>`.", example = "enr_0b8f3d2a-7d2b-4a39-9c55-6f1c2e0a1e47")),
    responses(
        (status = 200, description = "Completed (per-profile failures possible) or failed.", body = oa::EnrichmentResults),
        (status = 202, description = "Still processing.", body = oa::EnrichmentResults),
        (status = 404, description = "REQUEST_NOT_FOUND: unknown, malformed or another company's enrichment id.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["enrich:write"])),
    extensions(("x-required-scope" = json!("enrich:write")), ("x-rate-limit" = json!({"requestsPerMinute": 120, "per": "API key", "setting": "rate_limits.get_enrichment_results"}))),
)]
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
    Ok(HttpResponse::build(status).json(with_success(&enrichment_body(&enrichment))?))
}
