//! `/webhooks`: register, list, read, change, delete, test and reset webhooks, and inspect or
//! re-send their deliveries. Parse, call the use case, shape the answer.

use crate::http::openapi as oa;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::{Value, json};
use sourcing_api_types::{CreatedWebhook, DeliveryPage, PageQuery, WebhookBody, WebhookList};
use sourcing_domain::api_key::Scope;
use sourcing_domain::ids::parse_canonical_uuid;
use sourcing_domain::ports::Page;
use sourcing_domain::webhooks::WebhookInput;
use uuid::Uuid;

use crate::http::auth::authorize;
use crate::http::body::read_json_object;
use crate::http::errors::ApiError;
use crate::http::rate_limit::Endpoint;
use crate::http::views::{delivery_body, webhook_body, wrapped};
use crate::state::AppState;

/// The domain's input from a create or update body.
fn webhook_input(body: WebhookBody) -> WebhookInput {
    WebhookInput {
        url: body.url,
        events: body
            .events
            .map(|list| list.iter().map(ToString::to_string).collect()),
        name: body.name,
        description: body.description,
        headers: body
            .headers
            .map(|list| list.into_iter().map(|h| (h.name, h.value)).collect()),
        is_active: body.is_active,
        max_retries: body.max_retries,
        timeout_ms: body.timeout_ms,
    }
}

/// Any malformed id, and any spelling but the lowercase hyphenated one, is answered exactly
/// like an unknown one.
fn parse_id(raw: &str) -> Result<Uuid, ApiError> {
    parse_canonical_uuid(raw).map_err(|_| ApiError::webhook_not_found())
}

async fn read_body(
    req: &HttpRequest,
    payload: web::Payload,
    state: &AppState,
) -> Result<WebhookInput, ApiError> {
    let (_, body): (Value, WebhookBody) =
        read_json_object(req, payload, state.config.server.body_limits()).await?;
    Ok(webhook_input(body))
}

/// `POST /webhooks` → 201 with the signing secret, shown this once.
#[utoipa::path(
    post,
    path = "/webhooks",
    tag = "Webhooks",
    operation_id = "createWebhook",
    request_body(content = oa::WebhookRequest, content_type = "application/json"),
    responses(
        (status = 201, description = "Created; `data.signingSecret` is shown only this once.", body = oa::CreatedWebhookEnvelope),
        (status = 400, description = "INVALID_PAYLOAD: malformed JSON, an unknown field or an invalid value (`details.fields`).", body = oa::ErrorBody),
    ),
    security(("bearer" = ["write:webhooks"])),
    extensions(("x-required-scope" = json!("write:webhooks")), ("x-rate-limit" = json!({"requestsPerMinute": null, "per": "API key", "note": "not limited per key; failed authentications are limited per client address"}))),
)]
pub async fn create_webhook(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(&req, &state, Scope::WriteWebhooks, None).await?;
    let input = read_body(&req, payload, &state).await?;
    let (webhook, secret) = state.webhooks.create(principal.company_id, input).await?;
    tracing::info!(webhook.id = %webhook.id, "webhook created");
    Ok(HttpResponse::Created().json(wrapped(&CreatedWebhook {
        webhook: webhook_body(&webhook),
        signing_secret: secret.to_hex(),
    })?))
}

/// `GET /webhooks` → the company's webhooks, newest first.
#[utoipa::path(
    get,
    path = "/webhooks",
    tag = "Webhooks",
    operation_id = "listWebhooks",
    responses(
        (status = 200, description = "The company's webhooks, newest first.", body = oa::WebhookListResponse),
    ),
    security(("bearer" = ["read:webhooks"])),
    extensions(("x-required-scope" = json!("read:webhooks")), ("x-rate-limit" = json!({"requestsPerMinute": null, "per": "API key", "note": "not limited per key; failed authentications are limited per client address"}))),
)]
pub async fn list_webhooks(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(&req, &state, Scope::ReadWebhooks, None).await?;
    let webhooks = state.webhooks.list(principal.company_id).await?;
    let data: Vec<_> = webhooks.iter().map(webhook_body).collect();
    let total = data.len() as u64;
    Ok(HttpResponse::Ok().json(wrapped(&WebhookList { data, total })?))
}

/// `GET /webhooks/{id}`.
#[utoipa::path(
    get,
    path = "/webhooks/{id}",
    tag = "Webhooks",
    operation_id = "getWebhook",
    params(("id" = String, Path, description = "Webhook id (UUID, lowercase, hyphenated).", example = "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80")),
    responses(
        (status = 200, description = "The webhook.", body = oa::WebhookEnvelope),
        (status = 404, description = "WEBHOOK_NOT_FOUND: unknown, deleted, malformed or another company's webhook id.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["read:webhooks"])),
    extensions(("x-required-scope" = json!("read:webhooks")), ("x-rate-limit" = json!({"requestsPerMinute": null, "per": "API key", "note": "not limited per key; failed authentications are limited per client address"}))),
)]
pub async fn get_webhook(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(&req, &state, Scope::ReadWebhooks, None).await?;
    let webhook = state
        .webhooks
        .get(principal.company_id, parse_id(&path)?)
        .await?;
    Ok(HttpResponse::Ok().json(wrapped(&webhook_body(&webhook))?))
}

/// `PATCH /webhooks/{id}`: partial; `headers` replaces the list; `isActive: true` also closes
/// an open circuit.
#[utoipa::path(
    patch,
    path = "/webhooks/{id}",
    tag = "Webhooks",
    operation_id = "updateWebhook",
    params(("id" = String, Path, description = "Webhook id (UUID, lowercase, hyphenated).", example = "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80")),
    request_body(content = oa::WebhookRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "The changed webhook.", body = oa::WebhookEnvelope),
        (status = 400, description = "INVALID_PAYLOAD: malformed JSON, an unknown field or an invalid value (`details.fields`).", body = oa::ErrorBody),
        (status = 404, description = "WEBHOOK_NOT_FOUND: unknown, deleted, malformed or another company's webhook id.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["write:webhooks"])),
    extensions(("x-required-scope" = json!("write:webhooks")), ("x-rate-limit" = json!({"requestsPerMinute": null, "per": "API key", "note": "not limited per key; failed authentications are limited per client address"}))),
)]
pub async fn update_webhook(
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(&req, &state, Scope::WriteWebhooks, None).await?;
    let id = parse_id(&path)?;
    let input = read_body(&req, payload, &state).await?;
    let webhook = state
        .webhooks
        .update(principal.company_id, id, input)
        .await?;
    Ok(HttpResponse::Ok().json(wrapped(&webhook_body(&webhook))?))
}

/// `DELETE /webhooks/{id}` → 204; pending deliveries are cancelled.
#[utoipa::path(
    delete,
    path = "/webhooks/{id}",
    tag = "Webhooks",
    operation_id = "deleteWebhook",
    params(("id" = String, Path, description = "Webhook id (UUID, lowercase, hyphenated).", example = "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80")),
    responses(
        (status = 204, description = "Deleted; pending deliveries cancelled."),
        (status = 404, description = "WEBHOOK_NOT_FOUND: unknown, deleted, malformed or another company's webhook id.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["write:webhooks"])),
    extensions(("x-required-scope" = json!("write:webhooks")), ("x-rate-limit" = json!({"requestsPerMinute": null, "per": "API key", "note": "not limited per key; failed authentications are limited per client address"}))),
)]
pub async fn delete_webhook(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(&req, &state, Scope::WriteWebhooks, None).await?;
    state
        .webhooks
        .delete(principal.company_id, parse_id(&path)?)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// `POST /webhooks/{id}/test`: sends a `ping` now and answers with its outcome.
#[utoipa::path(
    post,
    path = "/webhooks/{id}/test",
    tag = "Webhooks",
    operation_id = "testWebhook",
    params(("id" = String, Path, description = "Webhook id (UUID, lowercase, hyphenated).", example = "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80")),
    responses(
        (status = 200, description = "A `ping` was sent now; `delivered` tells whether it succeeded.", body = oa::DeliveryEnvelope),
        (status = 404, description = "WEBHOOK_NOT_FOUND: unknown, deleted, malformed or another company's webhook id.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["write:webhooks"])),
    extensions(("x-required-scope" = json!("write:webhooks")), ("x-rate-limit" = json!({"requestsPerMinute": 10, "per": "API key", "setting": "rate_limits.test_webhook"}))),
)]
pub async fn test_webhook(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(
        &req,
        &state,
        Scope::WriteWebhooks,
        Some(Endpoint::TestWebhook),
    )
    .await?;
    let delivery = state
        .webhooks
        .send_test(principal.company_id, parse_id(&path)?)
        .await?;
    Ok(HttpResponse::Ok().json(wrapped(&delivery_body(&delivery, true))?))
}

/// `POST /webhooks/{id}/reset-circuit`: active again, failure count zero.
#[utoipa::path(
    post,
    path = "/webhooks/{id}/reset-circuit",
    tag = "Webhooks",
    operation_id = "resetCircuit",
    params(("id" = String, Path, description = "Webhook id (UUID, lowercase, hyphenated).", example = "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80")),
    responses(
        (status = 200, description = "Active again, failure count zero.", body = oa::WebhookEnvelope),
        (status = 404, description = "WEBHOOK_NOT_FOUND: unknown, deleted, malformed or another company's webhook id.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["write:webhooks"])),
    extensions(("x-required-scope" = json!("write:webhooks")), ("x-rate-limit" = json!({"requestsPerMinute": null, "per": "API key", "note": "not limited per key; failed authentications are limited per client address"}))),
)]
pub async fn reset_circuit(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(&req, &state, Scope::WriteWebhooks, None).await?;
    let webhook = state
        .webhooks
        .reset_circuit(principal.company_id, parse_id(&path)?)
        .await?;
    Ok(HttpResponse::Ok().json(wrapped(&webhook_body(&webhook))?))
}

/// `GET /webhooks/{id}/deliveries?limit&offset`: newest first, `limit` 1–100 (default 20).
#[utoipa::path(
    get,
    path = "/webhooks/{id}/deliveries",
    tag = "Webhooks",
    operation_id = "listDeliveries",
    params(("id" = String, Path, description = "Webhook id (UUID, lowercase, hyphenated).", example = "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80"), ("limit" = Option<u32>, Query, description = "1-100, default 20.", minimum = 1, maximum = 100), ("offset" = Option<i64>, Query, description = "Deliveries to skip, default 0.", minimum = 0, maximum = 4294967295_i64)),
    responses(
        (status = 200, description = "Deliveries, newest first, with every attempt.", body = oa::DeliveryListResponse),
        (status = 400, description = "INVALID_PAYLOAD: `limit`/`offset` not integers in range, or an unknown parameter.", body = oa::ErrorBody),
        (status = 404, description = "WEBHOOK_NOT_FOUND: unknown, deleted, malformed or another company's webhook id.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["read:webhooks"])),
    extensions(("x-required-scope" = json!("read:webhooks")), ("x-rate-limit" = json!({"requestsPerMinute": null, "per": "API key", "note": "not limited per key; failed authentications are limited per client address"}))),
)]
pub async fn list_deliveries(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(&req, &state, Scope::ReadWebhooks, None).await?;
    let id = parse_id(&path)?;
    let query: PageQuery = serde_urlencoded::from_str(req.query_string()).map_err(|e| {
        ApiError::invalid_payload(format!(
            "Query parameters `limit` and `offset` must be non-negative integers ({e})."
        ))
    })?;
    let limit = query.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::invalid_fields(
            json!({ "limit": "must be an integer from 1 to 100" }),
        ));
    }
    let page = Page {
        offset: query.offset.unwrap_or(0),
        limit,
    };
    let (deliveries, total) = state
        .webhooks
        .deliveries(principal.company_id, id, page)
        .await?;
    let data = deliveries.iter().map(|d| delivery_body(d, false)).collect();
    Ok(HttpResponse::Ok().json(wrapped(&DeliveryPage {
        data,
        total,
        limit: page.limit,
        offset: page.offset,
    })?))
}

/// `POST /webhooks/{id}/deliveries/{deliveryId}/retry`: re-sends one delivery now.
#[utoipa::path(
    post,
    path = "/webhooks/{id}/deliveries/{deliveryId}/retry",
    tag = "Webhooks",
    operation_id = "retryDelivery",
    params(("id" = String, Path, description = "Webhook id (UUID, lowercase, hyphenated).", example = "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80"), ("deliveryId" = String, Path, description = "Delivery id (UUID).", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")),
    responses(
        (status = 200, description = "Re-sent now with the same `deliveryId`.", body = oa::DeliveryEnvelope),
        (status = 404, description = "WEBHOOK_NOT_FOUND: unknown webhook or delivery id.", body = oa::ErrorBody),
    ),
    security(("bearer" = ["write:webhooks"])),
    extensions(("x-required-scope" = json!("write:webhooks")), ("x-rate-limit" = json!({"requestsPerMinute": null, "per": "API key", "note": "not limited per key; failed authentications are limited per client address"}))),
)]
pub async fn retry_delivery(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(&req, &state, Scope::WriteWebhooks, None).await?;
    let (id, delivery_id) = path.into_inner();
    let delivery = state
        .webhooks
        .retry_delivery(
            principal.company_id,
            parse_id(&id)?,
            parse_id(&delivery_id)?,
        )
        .await?;
    Ok(HttpResponse::Ok().json(wrapped(&delivery_body(&delivery, true))?))
}
