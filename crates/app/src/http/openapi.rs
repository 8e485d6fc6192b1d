//! The OpenAPI 3.1 description of the API, generated with utoipa from the handlers'
//! `#[utoipa::path]` annotations and the wire shapes below, served at `GET /openapi.json`.
//!
//! The run, enrichment and card request bodies, the candidate and its entries, email details,
//! webhook headers and the usage report are the wire types of `sourcing-api-types` themselves
//! (their `openapi` feature derives the schemas); the other shapes here are still schema-only
//! structs that mirror the wire types (the domain crate stays free of utoipa). The schemathesis run in `make test`
//! checks every response against these shapes, so a drift shows up as a failure there.

use std::sync::OnceLock;

use actix_web::HttpResponse;
use actix_web::http::header::ContentType;
use serde::Serialize;
use serde_json::{Value, json};
pub use sourcing_api_types::{
    Candidate as SourcingCandidate, CreateRunBody as CreateRunRequest, EmailDetail,
    EnrichBody as EnrichRequest, HeaderBody as HeaderInput, MaskedHeader,
    PatchRunBody as PatchRunRequest, RenderHtmlBody as RenderRequest, Usage,
};
use utoipa::openapi::schema::{AdditionalProperties, Schema};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
use utoipa::{Modify, OpenApi, ToSchema};

/// The contract's error body, for every 4xx/5xx.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"success": false, "error": {"code": "REQUEST_NOT_FOUND",
    "message": "Sourcing request not found."}, "timestamp": "2026-01-01T00:00:00.000Z"}))]
pub struct ErrorBody {
    /// Always `false`.
    pub success: bool,
    /// What went wrong.
    pub error: ErrorDetail,
    /// When the error was produced (RFC 3339, UTC, milliseconds).
    pub timestamp: String,
    /// Seconds to wait (429 only; also in the `Retry-After` header).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

/// The `error` member of [`ErrorBody`].
#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Machine-readable code (`INVALID_PAYLOAD`, `REQUEST_NOT_FOUND`, …).
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
    /// Extra data; field-level problems are in `details.fields`, keyed by JSON path.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub details: Option<Value>,
}

/// Body of `GET /healthz` and `GET /readyz`.
#[derive(Serialize, ToSchema)]
pub struct HealthBody {
    /// `ok` (process up) or `ready` (database reachable).
    pub status: String,
}

/// 202 answer of `POST /sourcing` and `PATCH /sourcing/{id}`.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"success": true,
    "requestId": "req_6f1c2e0a-7d2b-4a39-9c55-0b8f3d2a1e47", "status": "processing",
    "message": "Sourcing run accepted and queued for processing.", "webhookId": null,
    "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z"}))]
pub struct RunAccepted {
    /// Always `true`.
    pub success: bool,
    /// `req_<uuid>`.
    pub request_id: String,
    /// `processing`.
    pub status: String,
    /// What happens next.
    pub message: String,
    /// The webhook notified about this run.
    pub webhook_id: Option<String>,
    /// Acceptance time.
    pub created_at: String,
    /// Last change.
    pub updated_at: String,
}

/// `GET /sourcing/{id}/results`: 202 while processing, 200 when completed or failed.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"success": true,
    "requestId": "req_6f1c2e0a-7d2b-4a39-9c55-0b8f3d2a1e47", "status": "completed",
    "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:40.000Z",
    "completedAt": "2026-01-01T00:00:40.000Z", "foundCount": 42, "scoredCount": 40,
    "candidatesSourcedCount": 1, "webhookId": null,
    "icp": {"title": "Senior Site Reliability Engineer", "booleanQuery": "…", "searchSteps": []},
    "candidates": [{"profileId": "syn-000123", "name": "Jane Doe",
        "headline": "SRE at Acme", "location": "Berlin, Germany", "currentCompany": "Acme",
        "currentRole": "Senior SRE", "linkedinUrl": "https://www.linkedin.com/in/janedoe",
        "matchScore": 87, "rationale": "Kubernetes and Terraform at scale in Berlin.",
        "skills": ["Kubernetes", "Terraform", "Go"], "aiFitPoints": ["6 years of SRE"],
        "aiRedFlags": [], "aiDetailedRationale": [], "detailedExperience": [], "emails": [],
        "scoreBreakdown": {"skills": 40, "title": 25, "seniority": 12, "location": 10,
            "meaning": 5, "negatives": 0}}]}))]
pub struct RunResults {
    /// Always `true`.
    pub success: bool,
    /// `req_<uuid>`.
    pub request_id: String,
    /// `processing`, `completed` or `failed`.
    pub status: String,
    /// Acceptance time.
    pub created_at: String,
    /// Last change.
    pub updated_at: String,
    /// End of the last pass (completed and failed runs).
    pub completed_at: Option<String>,
    /// Candidates in the session so far.
    pub candidates_sourced_count: u64,
    /// Poll hint while processing.
    pub message: Option<String>,
    /// Profiles the widest retrieval step matches (completed and failed runs).
    pub found_count: Option<i64>,
    /// Profiles retrieved and scored (completed and failed runs).
    pub scored_count: Option<i64>,
    /// The Ideal Candidate Profile, with `booleanQuery` and `searchSteps`.
    #[schema(value_type = Option<Object>)]
    pub icp: Option<Value>,
    /// Ranked by `matchScore`, highest first (completed and failed runs).
    pub candidates: Option<Vec<SourcingCandidate>>,
    /// `PROVIDER_TEMPORARILY_UNAVAILABLE` or `AGENT_ERROR` (failed runs).
    pub error_code: Option<String>,
    /// Why it failed (failed runs).
    pub error_message: Option<String>,
    /// The webhook notified about this run.
    pub webhook_id: Option<String>,
}

/// 202 answer of `POST /sourcing/enrich`.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"success": true,
    "requestId": "enr_0b8f3d2a-7d2b-4a39-9c55-6f1c2e0a1e47", "status": "processing",
    "message": "Enrichment accepted and queued for processing.", "webhookId": null,
    "createdAt": "2026-01-01T00:00:00.000Z"}))]
pub struct EnrichAccepted {
    /// Always `true`.
    pub success: bool,
    /// `enr_<uuid>`.
    pub request_id: String,
    /// `processing`.
    pub status: String,
    /// What happens next.
    pub message: String,
    /// The webhook notified about this enrichment.
    pub webhook_id: Option<String>,
    /// Acceptance time.
    pub created_at: String,
}

/// One profile of an enrichment: enriched, or failed with a code.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct EnrichmentItem {
    /// The profile asked for.
    pub profile_id: String,
    /// Whether it was enriched.
    pub success: bool,
    /// The candidate with `emails` (success only).
    pub candidate: Option<SourcingCandidate>,
    /// Every discovered address (success only).
    pub email_details: Option<Vec<EmailDetail>>,
    /// `PROFILE_NOT_FOUND`, `ENRICHMENT_NO_MATCH`, … (failure only).
    pub error_code: Option<String>,
    /// Why (failure only).
    pub error_message: Option<String>,
}

/// `GET /sourcing/enrich/{id}/results`.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"success": true,
    "requestId": "enr_0b8f3d2a-7d2b-4a39-9c55-6f1c2e0a1e47", "status": "completed",
    "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:02.000Z",
    "completedAt": "2026-01-01T00:00:02.000Z", "profileCount": 1, "enrichedCount": 0,
    "failureCount": 1, "creditsConsumed": 0, "webhookId": null,
    "data": [{"profileId": "syn-004567", "success": false, "errorCode": "PROFILE_NOT_FOUND",
        "errorMessage": "No run of this company delivered this profile."}]}))]
pub struct EnrichmentResults {
    /// Always `true`.
    pub success: bool,
    /// `enr_<uuid>`.
    pub request_id: String,
    /// `processing`, `completed` or `failed`.
    pub status: String,
    /// Acceptance time.
    pub created_at: String,
    /// Last change.
    pub updated_at: String,
    /// When it ended.
    pub completed_at: Option<String>,
    /// Profiles asked for.
    pub profile_count: u64,
    /// Profiles enriched.
    pub enriched_count: u64,
    /// Profiles that failed (free).
    pub failure_count: u64,
    /// Credits charged.
    pub credits_consumed: i64,
    /// The webhook notified about this enrichment.
    pub webhook_id: Option<String>,
    /// Poll hint while processing.
    pub message: Option<String>,
    /// One item per profile, in the order asked.
    pub data: Vec<EnrichmentItem>,
}

/// One card, or a per-item failure.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CardItem {
    /// The profile asked for.
    pub profile_id: String,
    /// Whether a card was rendered.
    pub success: bool,
    /// The person's name (success only).
    pub name: Option<String>,
    /// One self-contained `<div>` with inline styles (success only).
    pub html_content: Option<String>,
    /// `PROFILE_NOT_FOUND` (failure only).
    pub error_code: Option<String>,
    /// Why (failure only).
    pub error_message: Option<String>,
}

/// 200 answer of `POST /sourcing/render-html`.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"success": true, "theme": "light", "renderedCount": 1,
    "data": [{"profileId": "syn-000123", "success": true, "name": "Jane Doe",
        "htmlContent": "<div dir=\"ltr\" style=\"…\">…</div>"}]}))]
pub struct RenderResponse {
    /// Always `true`.
    pub success: bool,
    /// The theme used.
    pub theme: String,
    /// Cards rendered.
    pub rendered_count: u64,
    /// One item per id, in the order asked.
    pub data: Vec<CardItem>,
}

/// 200 answer of `GET /billing/usage`.
#[derive(Serialize, ToSchema)]
#[schema(example = json!({"success": true, "data": {
    "companyId": "0b8f3d2a-7d2b-4a39-9c55-6f1c2e0a1e47", "billing": "prepaid",
    "balance": 980, "period": {"start": "2026-01-01T00:00:00.000Z",
        "end": "2026-01-31T00:00:00.000Z"},
    "creditsUsed": {"sourcing": 20, "enrichment": 0, "total": 20}}}))]
pub struct UsageResponse {
    /// Always `true`.
    pub success: bool,
    /// The report.
    pub data: Usage,
}

/// Body of `POST /webhooks`; unknown fields are refused.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"url": "https://hooks.example.com/ats",
    "events": ["SOURCING_COMPLETED", "SOURCING_FAILED"], "name": "ATS"}))]
pub struct CreateWebhookRequest {
    /// https URL (≤ 2048, no credentials) of a public host.
    #[schema(max_length = 2048)]
    pub url: String,
    /// Registration keys (`SOURCING_COMPLETED`) or labels (`sourcing.completed`), 1–50.
    #[schema(min_items = 1, max_items = 50)]
    pub events: Vec<String>,
    /// ≤ 255.
    #[schema(nullable = false, max_length = 255)]
    pub name: Option<String>,
    /// ≤ 1000.
    #[schema(nullable = false, max_length = 1000)]
    pub description: Option<String>,
    /// ≤ 50 custom headers sent with every delivery.
    #[schema(nullable = false, max_items = 50)]
    pub headers: Option<Vec<HeaderInput>>,
    /// 0–10 (default 3).
    #[schema(nullable = false, minimum = 0, maximum = 10)]
    pub max_retries: Option<i64>,
    /// 500–30000 (default 30000).
    #[schema(nullable = false, minimum = 500, maximum = 30000)]
    pub timeout_ms: Option<i64>,
}

/// Body of `PATCH /webhooks/{id}`: partial, at least one field.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(min_properties = 1, example = json!({"isActive": true, "timeoutMs": 10000}))]
pub struct UpdateWebhookRequest {
    /// https URL (≤ 2048, no credentials) of a public host.
    #[schema(nullable = false, max_length = 2048)]
    pub url: Option<String>,
    /// Replaces the subscription, 1–50 events.
    #[schema(nullable = false, min_items = 1, max_items = 50)]
    pub events: Option<Vec<String>>,
    /// ≤ 255; empty clears it.
    #[schema(nullable = false, max_length = 255)]
    pub name: Option<String>,
    /// ≤ 1000; empty clears it.
    #[schema(nullable = false, max_length = 1000)]
    pub description: Option<String>,
    /// Replaces the list (≤ 50).
    #[schema(nullable = false, max_items = 50)]
    pub headers: Option<Vec<HeaderInput>>,
    /// `true` also closes an open circuit.
    #[schema(nullable = false)]
    pub is_active: Option<bool>,
    /// 0–10.
    #[schema(nullable = false, minimum = 0, maximum = 10)]
    pub max_retries: Option<i64>,
    /// 500–30000.
    #[schema(nullable = false, minimum = 500, maximum = 30000)]
    pub timeout_ms: Option<i64>,
}

/// A webhook configuration.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Webhook {
    /// UUID.
    pub id: String,
    /// The owning company.
    pub company_id: String,
    /// Destination.
    pub url: String,
    /// Optional name.
    pub name: Option<String>,
    /// Optional description.
    pub description: Option<String>,
    /// Custom headers, values masked.
    pub headers: Vec<MaskedHeader>,
    /// Subscribed events, as labels (`sourcing.completed`).
    pub events: Vec<String>,
    /// `false` while the circuit is open.
    pub is_active: bool,
    /// Retries after a failed attempt.
    pub max_retries: u32,
    /// Per-attempt timeout.
    pub timeout_ms: u32,
    /// Failed deliveries in a row.
    pub consecutive_failures: u32,
    /// When the circuit opened.
    pub circuit_opened_at: Option<String>,
    /// Creation time.
    pub created_at: String,
    /// Last change.
    pub updated_at: String,
    /// 64 hex characters, only in the 201 answer of `POST /webhooks`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signing_secret: Option<String>,
}

/// `{success, data: Webhook}`.
#[derive(Serialize, ToSchema)]
#[schema(example = json!({"success": true, "data": {
    "id": "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80",
    "companyId": "0b8f3d2a-7d2b-4a39-9c55-6f1c2e0a1e47", "url": "https://hooks.example.com/ats",
    "name": "ATS", "description": null, "headers": [],
    "events": ["sourcing.completed", "sourcing.failed"], "isActive": true, "maxRetries": 3,
    "timeoutMs": 30000, "consecutiveFailures": 0, "circuitOpenedAt": null,
    "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z"}}))]
pub struct WebhookEnvelope {
    /// Always `true`.
    pub success: bool,
    /// The webhook.
    pub data: Webhook,
}

/// `data` of `GET /webhooks`.
#[derive(Serialize, ToSchema)]
pub struct WebhookPage {
    /// Newest first.
    pub data: Vec<Webhook>,
    /// How many.
    pub total: u64,
}

/// 200 answer of `GET /webhooks`.
#[derive(Serialize, ToSchema)]
#[schema(example = json!({"success": true, "data": {"data": [], "total": 0}}))]
pub struct WebhookListResponse {
    /// Always `true`.
    pub success: bool,
    /// The page.
    pub data: WebhookPage,
}

/// One attempt of a delivery.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryAttempt {
    /// 1 for the first.
    pub number: u32,
    /// When it started.
    pub attempted_at: String,
    /// The receiver's status, if it answered.
    pub status_code: Option<u16>,
    /// How long it took.
    pub duration_ms: Option<u64>,
    /// Why it failed, if it did.
    pub error: Option<String>,
    /// The receiver's body, cut to 1 KiB.
    pub response_body: Option<String>,
}

/// A delivery of one event to one webhook.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Delivery {
    /// UUID, also the `webhook-id` header.
    pub delivery_id: String,
    /// The webhook.
    pub webhook_id: String,
    /// Event label (`ping`, `sourcing.completed`, …).
    pub event: String,
    /// `pending`, `succeeded`, `failed`, `cancelled` or `skipped`.
    pub status: String,
    /// Attempts so far.
    pub attempt_count: u64,
    /// Every attempt.
    pub attempts: Vec<DeliveryAttempt>,
    /// Creation time.
    pub created_at: String,
    /// Last change.
    pub updated_at: String,
    /// Whether it succeeded (test and retry answers only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivered: Option<bool>,
}

/// `{success, data: Delivery}` of the test and retry routes.
#[derive(Serialize, ToSchema)]
#[schema(example = json!({"success": true, "data": {
    "deliveryId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    "webhookId": "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80", "event": "ping",
    "status": "succeeded", "attemptCount": 1, "attempts": [{"number": 1,
        "attemptedAt": "2026-01-01T00:00:00.000Z", "statusCode": 200, "durationMs": 42,
        "error": null, "responseBody": "ok"}],
    "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z",
    "delivered": true}}))]
pub struct DeliveryEnvelope {
    /// Always `true`.
    pub success: bool,
    /// The delivery.
    pub data: Delivery,
}

/// `data` of `GET /webhooks/{id}/deliveries`.
#[derive(Serialize, ToSchema)]
pub struct DeliveryPage {
    /// Newest first.
    pub data: Vec<Delivery>,
    /// All deliveries of the webhook.
    pub total: u64,
    /// Page size.
    pub limit: u32,
    /// Skipped.
    pub offset: u32,
}

/// 200 answer of `GET /webhooks/{id}/deliveries`.
#[derive(Serialize, ToSchema)]
#[schema(example = json!({"success": true, "data": {"data": [], "total": 0, "limit": 20,
    "offset": 0}}))]
pub struct DeliveryListResponse {
    /// Always `true`.
    pub success: bool,
    /// The page.
    pub data: DeliveryPage,
}

/// The whole API, assembled from the handlers' annotations.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Sourcing API",
        description = "Asynchronous, AI-driven candidate sourcing behind an \
            InstaView-compatible REST API. Authenticate with `Authorization: Bearer sk_live_…`; \
            each operation names its scope (`x-required-scope`) and its per-key rate limit \
            (`x-rate-limit`). Every error answers `{success: false, error: {code, message, \
            details?}, timestamp}`."
    ),
    paths(
        crate::http::health::healthz,
        crate::http::health::readyz,
        openapi_json,
        crate::http::docs::docs,
        crate::metrics::metrics,
        crate::http::sourcing::create_run,
        crate::http::sourcing::run_results,
        crate::http::sourcing::patch_run,
        crate::http::enrich::create_enrichment,
        crate::http::enrich::enrichment_results,
        crate::http::cards::render_html,
        crate::http::billing::billing_usage,
        crate::http::webhooks::create_webhook,
        crate::http::webhooks::list_webhooks,
        crate::http::webhooks::get_webhook,
        crate::http::webhooks::update_webhook,
        crate::http::webhooks::delete_webhook,
        crate::http::webhooks::test_webhook,
        crate::http::webhooks::reset_circuit,
        crate::http::webhooks::list_deliveries,
        crate::http::webhooks::retry_delivery,
    ),
    components(schemas(ErrorBody)),
    modifiers(&CommonResponses),
    tags(
        (name = "Operations", description = "Probes and this description."),
        (name = "Sourcing", description = "Runs: ICP, search, scoring, explanations."),
        (name = "Enrichment", description = "Emails for delivered candidates; HTML cards."),
        (name = "Billing", description = "Credits used and the balance."),
        (name = "Webhooks", description = "Signed event delivery to your endpoint."),
    )
)]
pub struct ApiDoc;

/// Request bodies the server reads with `deny_unknown_fields`: an unknown field is a 400.
const CLOSED_BODIES: &[&str] = &[
    "CreateRunRequest",
    "PatchRunRequest",
    "EnrichRequest",
    "RenderRequest",
    "CreateWebhookRequest",
    "UpdateWebhookRequest",
    "HeaderInput",
];

/// Adds what every operation shares instead of repeating it in each annotation: the bearer
/// scheme; 401/403/429 on authenticated routes; 413/415 where a JSON body is read; 503 when
/// the database is unreachable.
struct CommonResponses;

/// An error response whose body is [`ErrorBody`], with an example of `code`.
fn error_response(description: &str, code: &str) -> RefOr<utoipa::openapi::Response> {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ErrorBody")))
                .example(Some(json!({
                    "success": false,
                    "error": {"code": code, "message": description},
                    "timestamp": "2026-01-01T00:00:00.000Z",
                })))
                .build(),
        )
        .build()
        .into()
}

impl Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("sk_live_<64 hex>")
                    .description(Some(
                        "An API key: `Authorization: Bearer sk_live_<64 hex>`.",
                    ))
                    .build(),
            ),
        );
        for name in CLOSED_BODIES {
            if let Some(RefOr::T(Schema::Object(object))) = components.schemas.get_mut(*name) {
                object.additional_properties =
                    Some(Box::new(AdditionalProperties::FreeForm(false)));
            }
        }
        for (path, item) in openapi.paths.paths.iter_mut() {
            let operations = [
                item.get.as_mut(),
                item.post.as_mut(),
                item.patch.as_mut(),
                item.put.as_mut(),
                item.delete.as_mut(),
            ];
            for operation in operations.into_iter().flatten() {
                let responses = &mut operation.responses.responses;
                let mut add = |status: &str, description: &str, code: &str| {
                    responses
                        .entry(status.to_owned())
                        .or_insert_with(|| error_response(description, code));
                };
                if operation.security.is_some() {
                    add(
                        "401",
                        "UNAUTHORIZED: the key is missing, malformed, unknown, expired or revoked.",
                        "UNAUTHORIZED",
                    );
                    add(
                        "403",
                        "INSUFFICIENT_SCOPES: the key lacks the operation's scope.",
                        "INSUFFICIENT_SCOPES",
                    );
                    add(
                        "429",
                        "RATE_LIMIT_EXCEEDED: the key's per-minute allowance for this route, or \
                         the client address's failed-authentication allowance, is used up \
                         (`Retry-After`).",
                        "RATE_LIMIT_EXCEEDED",
                    );
                }
                if operation.request_body.is_some() {
                    add(
                        "413",
                        "PAYLOAD_TOO_LARGE: the body exceeds `server.body_limit_bytes`.",
                        "PAYLOAD_TOO_LARGE",
                    );
                    add(
                        "415",
                        "UNSUPPORTED_MEDIA_TYPE: the body is not declared as JSON.",
                        "UNSUPPORTED_MEDIA_TYPE",
                    );
                }
                if path != "/healthz" && path != "/openapi.json" && path != "/docs" {
                    add(
                        "503",
                        "SERVICE_UNAVAILABLE: the database (or, for new runs, the people \
                         index) is unreachable.",
                        "SERVICE_UNAVAILABLE",
                    );
                }
            }
        }
    }
}

/// `(parameter, runtime expression)` pairs of a link.
type LinkParameters = &'static [(&'static str, &'static str)];

/// What a client does next with an answer (OpenAPI links): `(operation, status, next
/// operation, parameters)`. Clients and the property tests follow them from a created run or
/// webhook to the routes that take its id.
const LINKS: &[(&str, &str, &str, LinkParameters)] = &[
    (
        "createRun",
        "202",
        "getRunResults",
        &[("id", "$response.body#/requestId")],
    ),
    (
        "createRun",
        "202",
        "patchRun",
        &[("id", "$response.body#/requestId")],
    ),
    (
        "patchRun",
        "202",
        "getRunResults",
        &[("id", "$response.body#/requestId")],
    ),
    (
        "createEnrichment",
        "202",
        "getEnrichmentResults",
        &[("id", "$response.body#/requestId")],
    ),
    (
        "createWebhook",
        "201",
        "getWebhook",
        &[("id", "$response.body#/data/id")],
    ),
    (
        "createWebhook",
        "201",
        "updateWebhook",
        &[("id", "$response.body#/data/id")],
    ),
    (
        "createWebhook",
        "201",
        "testWebhook",
        &[("id", "$response.body#/data/id")],
    ),
    (
        "createWebhook",
        "201",
        "resetCircuit",
        &[("id", "$response.body#/data/id")],
    ),
    (
        "createWebhook",
        "201",
        "listDeliveries",
        &[("id", "$response.body#/data/id")],
    ),
    (
        "createWebhook",
        "201",
        "deleteWebhook",
        &[("id", "$response.body#/data/id")],
    ),
    (
        "testWebhook",
        "200",
        "retryDelivery",
        &[
            ("id", "$response.body#/data/webhookId"),
            ("deliveryId", "$response.body#/data/deliveryId"),
        ],
    ),
];

/// Adds [`LINKS`] to the responses they start from. Done on the JSON document, since utoipa
/// 5.5 writes a link's `operationId` as `operation_id`.
fn add_links(spec: &mut Value) {
    let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for operation in paths
        .values_mut()
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.values_mut())
    {
        let id = operation["operationId"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        for (_, status, to, parameters) in LINKS.iter().filter(|l| l.0 == id) {
            let parameters: serde_json::Map<String, Value> = parameters
                .iter()
                .map(|(name, expression)| ((*name).to_owned(), json!(expression)))
                .collect();
            operation["responses"][*status]["links"][*to] =
                json!({ "operationId": to, "parameters": parameters });
        }
    }
}

/// The spec as JSON text, built once.
pub fn spec_json() -> &'static str {
    static SPEC: OnceLock<String> = OnceLock::new();
    SPEC.get_or_init(|| {
        // serializing plain data cannot fail; the unit tests would see an empty document
        let mut spec = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
        add_links(&mut spec);
        serde_json::to_string_pretty(&spec).unwrap_or_default()
    })
}

/// `GET /openapi.json`: this API's OpenAPI 3.1 description.
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "Operations",
    operation_id = "openapi",
    responses((status = 200, description = "The OpenAPI 3.1 document.", content_type = "application/json", body = Object)),
)]
pub async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::json())
        .body(spec_json())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// `(METHOD, path)` of every handler the app registers (`routes::configure`, and the
    /// resources `startup` adds beside it), read from their source (actix-web has no public
    /// way to list an App's routes), path parameters as `{}`.
    fn registered_routes() -> BTreeSet<(String, String)> {
        let sources = [include_str!("routes.rs"), include_str!("../startup.rs")];
        let mut routes = BTreeSet::new();
        for source in sources {
            let code = source.split("#[cfg(test)]").next().unwrap_or(source);
            assert!(
                !code.contains("web::scope(") && !code.contains(".route(\""),
                "a route is registered in a form this test does not read: teach \
                 registered_routes() about it"
            );
            for chunk in code.split("web::resource(\"").skip(1) {
                let path = normalize(&chunk[..chunk.find('"').expect("closing quote")]);
                let chunk = chunk.split(".default_service").next().unwrap_or(chunk);
                for method in ["get", "post", "patch", "put", "delete"] {
                    if chunk.contains(&format!("web::{method}()")) {
                        routes.insert((method.to_uppercase(), path.clone()));
                    }
                }
            }
        }
        routes
    }

    /// `/webhooks/{id}/deliveries/{delivery_id}` → `/webhooks/{}/deliveries/{}`.
    fn normalize(path: &str) -> String {
        let mut out = String::new();
        let mut in_param = false;
        for c in path.chars() {
            match c {
                '{' => {
                    in_param = true;
                    out.push_str("{}");
                }
                '}' => in_param = false,
                c if !in_param => out.push(c),
                _ => {}
            }
        }
        out
    }

    fn spec() -> Value {
        serde_json::from_str(spec_json()).unwrap()
    }

    fn operations(spec: &Value) -> Vec<(String, String, Value)> {
        let mut ops = Vec::new();
        for (path, item) in spec["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                ops.push((method.to_uppercase(), path.clone(), op.clone()));
            }
        }
        ops
    }

    /// The schemas derived from the wire types list exactly the keys those types write, each
    /// one required.
    #[test]
    fn schemas_of_the_wire_types_list_the_keys_they_write() {
        let spec = spec();
        let bodies = [
            ("SourcingCandidate", json!(SourcingCandidate::default())),
            ("EmailDetail", json!(EmailDetail::default())),
            ("MaskedHeader", json!(MaskedHeader::default())),
            ("HeaderInput", json!(HeaderInput::default())),
            ("Usage", json!(Usage::default())),
            ("Period", json!(Usage::default().period)),
            ("CreditsUsed", json!(Usage::default().credits_used)),
        ];
        for (name, body) in bodies {
            let schema = &spec["components"]["schemas"][name];
            let listed: BTreeSet<&String> = schema["properties"]
                .as_object()
                .expect(name)
                .keys()
                .collect();
            let written: BTreeSet<&String> = body.as_object().expect(name).keys().collect();
            assert_eq!(listed, written, "{name}");
            let required: BTreeSet<&str> = schema["required"]
                .as_array()
                .expect(name)
                .iter()
                .filter_map(Value::as_str)
                .collect();
            assert_eq!(
                required,
                written.iter().map(|k| k.as_str()).collect(),
                "{name}"
            );
        }
        // request bodies: every field set, so every key the schema lists is written
        let requests = [
            (
                "CreateRunRequest",
                json!(
                    CreateRunRequest::new("t", "j")
                        .location("l")
                        .query("q")
                        .limit(1)
                        .webhook_id(uuid::Uuid::nil())
                ),
            ),
            (
                "PatchRunRequest",
                json!(PatchRunRequest::query("q").limit(1)),
            ),
            (
                "EnrichRequest",
                json!(EnrichRequest::new(["p"]).webhook_id(uuid::Uuid::nil())),
            ),
            (
                "RenderRequest",
                json!(RenderRequest::new(["p"]).theme(sourcing_api_types::CardTheme::Light)),
            ),
        ];
        for (name, body) in requests {
            let schema = &spec["components"]["schemas"][name]["properties"];
            assert_eq!(
                schema
                    .as_object()
                    .expect(name)
                    .keys()
                    .collect::<BTreeSet<_>>(),
                body.as_object()
                    .expect(name)
                    .keys()
                    .collect::<BTreeSet<_>>(),
                "{name}"
            );
        }
        let rationale = json!(sourcing_api_types::RationaleEntry::default());
        let schema = &spec["components"]["schemas"]["RationaleEntry"]["properties"];
        assert_eq!(
            schema.as_object().unwrap().keys().collect::<BTreeSet<_>>(),
            rationale
                .as_object()
                .unwrap()
                .keys()
                .collect::<BTreeSet<_>>()
        );
    }

    #[test]
    fn the_spec_describes_exactly_the_registered_routes() {
        let routes = registered_routes();
        assert!(routes.len() >= 20, "{routes:?}");
        let described: BTreeSet<(String, String)> = operations(&spec())
            .into_iter()
            .map(|(m, p, _)| (m, normalize(&p)))
            .collect();
        let undocumented: Vec<_> = routes.difference(&described).collect();
        assert!(
            undocumented.is_empty(),
            "routes missing from the spec: {undocumented:?}"
        );
        let phantom: Vec<_> = described.difference(&routes).collect();
        assert!(
            phantom.is_empty(),
            "spec operations without a route: {phantom:?}"
        );
    }

    #[test]
    fn every_operation_names_its_scope_rate_limit_and_error_bodies() {
        let spec = spec();
        assert_eq!(spec["openapi"], "3.1.0");
        assert_eq!(
            spec["components"]["securitySchemes"]["bearer"]["scheme"],
            "bearer"
        );
        // no API key: /metrics takes its own optional token (x-auth), documented per operation
        let public = ["/healthz", "/readyz", "/openapi.json", "/docs", "/metrics"];
        for (method, path, op) in operations(&spec) {
            let name = format!("{method} {path}");
            if public.contains(&path.as_str()) {
                assert!(op.get("security").is_none(), "{name} is public");
            } else {
                let scope = op["x-required-scope"].as_str().expect(&name);
                assert_eq!(op["security"][0]["bearer"][0], scope, "{name}");
                assert!(op.get("x-rate-limit").is_some(), "{name}");
                for status in ["401", "403", "429", "503"] {
                    assert!(op["responses"].get(status).is_some(), "{name} {status}");
                }
            }
            for (status, response) in op["responses"].as_object().unwrap() {
                if status.starts_with('4') || status.starts_with('5') {
                    assert_eq!(
                        response["content"]["application/json"]["schema"]["$ref"],
                        "#/components/schemas/ErrorBody",
                        "{name} {status}"
                    );
                }
            }
            if op.get("requestBody").is_some() {
                assert!(op["responses"].get("415").is_some(), "{name}");
                let body = &op["requestBody"]["content"]["application/json"]["schema"]["$ref"];
                let schema = body.as_str().unwrap().rsplit('/').next().unwrap();
                assert!(
                    spec["components"]["schemas"][schema]
                        .get("example")
                        .is_some(),
                    "{name}: the request body schema {schema} has no example"
                );
            }
        }
    }
}
