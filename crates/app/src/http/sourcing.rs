//! `POST /sourcing`, `GET /sourcing/{id}/results`, `PATCH /sourcing/{id}`.

use crate::http::openapi as oa;
use std::time::Instant;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::Value;
use sha2::{Digest, Sha256};
use sourcing_api_types::{CreateRunBody, PatchRunBody, RunAccepted, RunStatus as ApiRunStatus};
use sourcing_domain::api_key::Scope;
use sourcing_domain::ids::RunId;
use sourcing_domain::ports::{CreateOutcome, IdempotencyClaim};
use sourcing_domain::sourcing::run::InvalidPatch;
use sourcing_domain::sourcing::{NewRun, Run, RunPatch, RunStatus};
use sourcing_domain::webhooks::Operation;

use crate::cache::Cached;
use crate::http::auth::authorize;
use crate::http::body::{parse_webhook_id, read_json_object};
use crate::http::errors::ApiError;
use crate::http::rate_limit::Endpoint;
use crate::http::views::{run_results_body, with_success};
use crate::state::AppState;

/// Any malformed id is answered exactly like an unknown one.
fn parse_run_id(raw: &str) -> Result<RunId, ApiError> {
    raw.parse::<RunId>().map_err(|_| ApiError::run_not_found())
}

fn accepted_body(run: &Run, message: &str) -> Result<Value, ApiError> {
    with_success(&RunAccepted {
        request_id: run.id.to_string(),
        status: ApiRunStatus::Processing,
        message: message.to_owned(),
        webhook_id: run.webhook_id,
        created_at: run.created_at,
        updated_at: run.updated_at,
        replayed: false,
    })
}

fn idempotency_claim(
    req: &HttpRequest,
    body: &Value,
) -> Result<Option<IdempotencyClaim>, ApiError> {
    let Some(raw) = req.headers().get("idempotency-key") else {
        return Ok(None);
    };
    let key = raw
        .to_str()
        .ok()
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= 255)
        .ok_or_else(|| {
            ApiError::invalid_payload("Idempotency-Key must be 1-255 visible ASCII characters.")
        })?;
    // serde_json maps are ordered, so the same body in any key order hashes the same.
    let canonical = serde_json::to_vec(body).map_err(|e| ApiError::internal(&e))?;
    Ok(Some(IdempotencyClaim {
        key: key.to_owned(),
        request_hash: Sha256::digest(&canonical).into(),
    }))
}

/// `POST /sourcing`: validate, then accept (402/503 checks in the service) and queue.
#[utoipa::path(
    post,
    path = "/sourcing",
    tag = "Sourcing",
    operation_id = "createRun",
    params(("Idempotency-Key" = Option<String>, Header, min_length = 1, max_length = 255, pattern = "^[ -~]*[!-~][ -~]*$", description = "1-255 characters: the same key and body within 24 h replay the first answer (`Idempotent-Replayed: true`).")),
    request_body(content = oa::CreateRunRequest, content_type = "application/json"),
    responses(
        (status = 202, description = "Accepted and queued.", body = oa::RunAccepted),
        (status = 400, description = "INVALID_PAYLOAD: malformed JSON, an unknown field or an invalid value (`details.fields`).", body = oa::ErrorBody),
        (status = 402, description = "INSUFFICIENT_FUNDS: a prepaid balance below `limit`.", body = oa::ErrorBody),
        (status = 403, description = "INSUFFICIENT_SCOPES, or WEBHOOK_COMPANY_MISMATCH: `webhookId` belongs to another company.", body = oa::ErrorBody),
        (status = 404, description = "WEBHOOK_NOT_FOUND: `webhookId` is unknown or deleted.", body = oa::ErrorBody),
        (status = 409, description = "IDEMPOTENCY_KEY_REUSED: the `Idempotency-Key` was used with another body.", body = oa::ErrorBody),
        (status = 422, description = "WEBHOOK_EVENT_NOT_SUBSCRIBED: the webhook subscribes to neither sourcing event.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["sourcing:write"])),
    extensions(("x-required-scope" = json!("sourcing:write")), ("x-rate-limit" = json!({"requestsPerMinute": 10, "per": "API key", "setting": "rate_limits.create_run"}))),
)]
pub async fn create_run(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(
        &req,
        &state,
        Scope::SourcingWrite,
        Some(Endpoint::CreateRun),
    )
    .await?;
    let (raw, body): (Value, CreateRunBody) =
        read_json_object(&req, payload, state.config.server.body_limits()).await?;
    let webhook_id = parse_webhook_id(body.webhook_id.as_deref())?;
    let new_run = NewRun::validate(
        body.title.as_deref(),
        body.job_description.as_deref(),
        body.location.as_deref(),
        body.query.as_deref(),
        body.limit,
        webhook_id,
    )
    .map_err(ApiError::from)?;
    state
        .webhooks
        .check_for_run(principal.company_id, webhook_id, Operation::Sourcing)
        .await?;
    let claim = idempotency_claim(&req, &raw)?;
    let outcome = state
        .sourcing
        .accept(principal.company_id, new_run, claim)
        .await?;
    let (run, replayed) = match outcome {
        CreateOutcome::Created(run) => (run, false),
        CreateOutcome::Replayed(run) => (run, true),
    };
    tracing::info!(run.id = %run.id, replayed, "sourcing run accepted");
    let mut first = run.clone();
    first.updated_at = first.created_at;
    let mut response = HttpResponse::Accepted();
    if replayed {
        response.insert_header(("idempotent-replayed", "true"));
    }
    Ok(response.json(accepted_body(
        &first,
        "Sourcing run accepted and queued for processing.",
    )?))
}

/// `GET /sourcing/{id}/results`: 202 while processing, 200 when completed or failed.
#[utoipa::path(
    get,
    path = "/sourcing/{id}/results",
    tag = "Sourcing",
    operation_id = "getRunResults",
    params(("id" = String, Path, description = "Run id, `req_<uuid>` (lowercase, hyphenated).", example = "req_6f1c2e0a-7d2b-4a39-9c55-0b8f3d2a1e47")),
    responses(
        (status = 200, description = "Completed (ranked `candidates`, `icp`) or failed (`errorCode`).", body = oa::RunResults),
        (status = 202, description = "Still processing: `candidatesSourcedCount` so far and `message`.", body = oa::RunResults),
        (status = 404, description = "REQUEST_NOT_FOUND: unknown, malformed, expired or another company's run id.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["sourcing:read"])),
    extensions(("x-required-scope" = json!("sourcing:read")), ("x-rate-limit" = json!({"requestsPerMinute": 120, "per": "API key", "setting": "rate_limits.get_run_results"}))),
)]
pub async fn run_results(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(
        &req,
        &state,
        Scope::SourcingRead,
        Some(Endpoint::GetRunResults),
    )
    .await?;
    let id = parse_run_id(&path)?;
    let key = (principal.company_id, id);
    // a miss, or the one reader refreshing an entry past half its ttl, reads the store
    let refreshing = match state.results_cache.lookup(&key) {
        Cached::Fresh(body) => return Ok(json_bytes(StatusCode::OK, body)),
        Cached::Refresh(_) => true,
        Cached::Miss => false,
    };
    let read_at = Instant::now();
    let results = state.sourcing.results(principal.company_id, id).await?;
    let final_state = results.run.status != RunStatus::Processing;
    let body = with_success(&run_results_body(results))?;
    let bytes = web::Bytes::from(serde_json::to_vec(&body).map_err(|e| ApiError::internal(&e))?);
    if final_state {
        // a completed or failed body changes only when a PATCH starts another pass
        state.results_cache.insert(key, bytes.clone(), read_at);
        Ok(json_bytes(StatusCode::OK, bytes))
    } else {
        if refreshing {
            // another process started a pass: stop serving the cached body at once
            state.results_cache.remove(&key);
        }
        Ok(json_bytes(StatusCode::ACCEPTED, bytes))
    }
}

fn json_bytes(status: StatusCode, body: web::Bytes) -> HttpResponse {
    HttpResponse::build(status)
        .content_type(actix_web::http::header::ContentType::json())
        .body(body)
}

/// `PATCH /sourcing/{id}`: a context patch and/or more candidates, as a new pass.
#[utoipa::path(
    patch,
    path = "/sourcing/{id}",
    tag = "Sourcing",
    operation_id = "patchRun",
    params(("id" = String, Path, description = "Run id, `req_<uuid>` (lowercase, hyphenated).", example = "req_6f1c2e0a-7d2b-4a39-9c55-0b8f3d2a1e47")),
    request_body(content = oa::PatchRunRequest, content_type = "application/json"),
    responses(
        (status = 202, description = "Another pass is queued on the same run.", body = oa::RunAccepted),
        (status = 400, description = "INVALID_PATCH_PAYLOAD (neither `query` nor `limit`) or INVALID_PAYLOAD (`details.fields`).", body = oa::ErrorBody),
        (status = 402, description = "INSUFFICIENT_FUNDS: a prepaid balance below `limit`.", body = oa::ErrorBody),
        (status = 404, description = "REQUEST_NOT_FOUND: unknown, malformed, expired or another company's run id.", body = oa::ErrorBody),
        (status = 409, description = "RUN_IN_PROGRESS: the run is still processing.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["sourcing:write"])),
    extensions(("x-required-scope" = json!("sourcing:write")), ("x-rate-limit" = json!({"requestsPerMinute": 30, "per": "API key", "setting": "rate_limits.patch_run"}))),
)]
pub async fn patch_run(
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(&req, &state, Scope::SourcingWrite, Some(Endpoint::PatchRun)).await?;
    let (_, body): (Value, PatchRunBody) =
        read_json_object(&req, payload, state.config.server.body_limits()).await?;
    let patch = RunPatch::validate(body.query.as_deref(), body.limit).map_err(|e| match e {
        InvalidPatch::Empty => ApiError::new(
            StatusCode::BAD_REQUEST,
            "INVALID_PATCH_PAYLOAD",
            "A PATCH body needs `query` and/or `limit`.",
        ),
        InvalidPatch::Fields(errors) => errors.into(),
    })?;
    let id = parse_run_id(&path)?;
    let run = state
        .sourcing
        .patch(principal.company_id, id, patch)
        .await?;
    // after the commit: a read that started earlier cannot cache the old body again
    state.results_cache.remove(&(principal.company_id, id));
    Ok(HttpResponse::Accepted().json(accepted_body(
        &run,
        "Sourcing run updated and queued for processing.",
    )?))
}
