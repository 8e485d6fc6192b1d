//! The OpenAPI 3.1 description of the API, generated with utoipa from the handlers'
//! `#[utoipa::path]` annotations and the wire shapes below, served at `GET /openapi.json`.
//!
//! Every request and response body is a wire type of `sourcing-api-types` itself (its
//! `openapi` feature derives the schemas); this module adds only the `success` envelopes the
//! handlers put around them (`{success, …body}` and `{success, data}`) and the examples. The
//! schemathesis run in `make test` checks every response against these shapes.

use std::sync::OnceLock;

use actix_web::HttpResponse;
use actix_web::http::header::ContentType;
use serde::Serialize;
use serde_json::{Value, json};
use sourcing_api_types as api;
pub use sourcing_api_types::{
    Candidate as SourcingCandidate, CreateRunBody as CreateRunRequest, EmailDetail,
    EnrichBody as EnrichRequest, ErrorBody, HeaderBody as HeaderInput, Health as HealthBody,
    MaskedHeader, PatchRunBody as PatchRunRequest, RenderHtmlBody as RenderRequest, Usage,
    WebhookBody as WebhookRequest,
};
use utoipa::openapi::schema::{AdditionalProperties, Schema};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
use utoipa::{Modify, OpenApi, ToSchema};

/// `{"success": true, …body}`: the flat 2xx answers of runs, enrichments and cards carry the
/// wire type's keys next to `success`.
macro_rules! flat_success {
    ($(#[$meta:meta])* $name:ident, $body:ty) => {
        #[derive(Serialize, ToSchema)]
        $(#[$meta])*
        pub struct $name {
            /// Always `true`.
            pub success: bool,
            /// The answer's keys.
            #[serde(flatten)]
            pub body: $body,
        }
    };
}

/// `{"success": true, "data": body}`: the 2xx answers of billing and webhooks.
macro_rules! data_success {
    ($(#[$meta:meta])* $name:ident, $body:ty) => {
        #[derive(Serialize, ToSchema)]
        $(#[$meta])*
        pub struct $name {
            /// Always `true`.
            pub success: bool,
            /// The answer.
            pub data: $body,
        }
    };
}

flat_success!(
    /// 202 answer of `POST /sourcing` and `PATCH /sourcing/{id}`.
    #[schema(example = json!({"success": true,
        "requestId": "req_6f1c2e0a-7d2b-4a39-9c55-0b8f3d2a1e47", "status": "processing",
        "message": "Sourcing run accepted and queued for processing.", "webhookId": null,
        "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z"}))]
    RunAccepted,
    api::RunAccepted
);

flat_success!(
    /// `GET /sourcing/{id}/results`: 202 while processing, 200 when completed or failed.
    #[schema(example = json!({"success": true,
        "requestId": "req_6f1c2e0a-7d2b-4a39-9c55-0b8f3d2a1e47", "status": "completed",
        "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:40.000Z",
        "completedAt": "2026-01-01T00:00:40.000Z", "foundCount": 42, "scoredCount": 40,
        "candidatesSourcedCount": 1, "webhookId": null,
        "icp": {"jobTitle": "Senior SRE", "canonicalTitle": "Site Reliability Engineer",
            "booleanQuery": "…", "searchSteps": []},
        "candidates": [{"profileId": "syn-000123", "name": "Jane Doe",
            "headline": "SRE at Acme", "location": "Berlin, Germany", "currentCompany": "Acme",
            "currentRole": "Senior SRE", "linkedinUrl": "https://www.linkedin.com/in/janedoe",
            "matchScore": 87, "rationale": "Kubernetes and Terraform at scale in Berlin.",
            "skills": ["Kubernetes", "Terraform", "Go"], "aiFitPoints": ["6 years of SRE"],
            "aiRedFlags": [], "aiDetailedRationale": [], "detailedExperience": [], "emails": [],
            "scoreBreakdown": {"skills": 40, "title": 25, "seniority": 12, "location": 10,
                "meaning": 5, "negatives": 0}}]}))]
    RunResults,
    api::RunResults
);

flat_success!(
    /// 202 answer of `POST /sourcing/enrich`.
    #[schema(example = json!({"success": true,
        "requestId": "enr_0b8f3d2a-7d2b-4a39-9c55-6f1c2e0a1e47", "status": "processing",
        "message": "Enrichment accepted and queued for processing.", "webhookId": null,
        "createdAt": "2026-01-01T00:00:00.000Z"}))]
    EnrichAccepted,
    api::EnrichmentAccepted
);

flat_success!(
    /// `GET /sourcing/enrich/{id}/results`.
    #[schema(example = json!({"success": true,
        "requestId": "enr_0b8f3d2a-7d2b-4a39-9c55-6f1c2e0a1e47", "status": "completed",
        "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:02.000Z",
        "completedAt": "2026-01-01T00:00:02.000Z", "profileCount": 1, "enrichedCount": 0,
        "failureCount": 1, "creditsConsumed": 0, "webhookId": null,
        "data": [{"profileId": "syn-004567", "success": false, "errorCode": "PROFILE_NOT_FOUND",
            "errorMessage": "No run of this company delivered this profile."}]}))]
    EnrichmentResults,
    api::EnrichmentResults
);

flat_success!(
    /// 200 answer of `POST /sourcing/render-html`.
    #[schema(example = json!({"success": true, "theme": "light", "renderedCount": 1,
        "data": [{"profileId": "syn-000123", "success": true, "name": "Jane Doe",
            "htmlContent": "<div dir=\"ltr\" style=\"…\">…</div>"}]}))]
    RenderResponse,
    api::RenderedCards
);

data_success!(
    /// 200 answer of `GET /billing/usage`.
    #[schema(example = json!({"success": true, "data": {
        "companyId": "0b8f3d2a-7d2b-4a39-9c55-6f1c2e0a1e47", "billing": "prepaid",
        "balance": 980, "period": {"start": "2026-01-01T00:00:00.000Z",
            "end": "2026-01-31T00:00:00.000Z"},
        "creditsUsed": {"sourcing": 20, "enrichment": 0, "total": 20}}}))]
    UsageResponse,
    Usage
);

data_success!(
    /// 201 answer of `POST /webhooks`: the webhook with `signingSecret`, shown only now.
    #[schema(example = json!({"success": true, "data": {
        "id": "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80",
        "companyId": "0b8f3d2a-7d2b-4a39-9c55-6f1c2e0a1e47",
        "url": "https://hooks.example.com/ats", "name": "ATS", "description": null,
        "headers": [], "events": ["sourcing.completed", "sourcing.failed"], "isActive": true,
        "maxRetries": 3, "timeoutMs": 30000, "consecutiveFailures": 0,
        "circuitOpenedAt": null, "createdAt": "2026-01-01T00:00:00.000Z",
        "updatedAt": "2026-01-01T00:00:00.000Z",
        "signingSecret": "6d1f0c2a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a392817060f5e"}}))]
    CreatedWebhookEnvelope,
    api::CreatedWebhook
);

data_success!(
    /// `{success, data: Webhook}`.
    #[schema(example = json!({"success": true, "data": {
        "id": "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80",
        "companyId": "0b8f3d2a-7d2b-4a39-9c55-6f1c2e0a1e47",
        "url": "https://hooks.example.com/ats", "name": "ATS", "description": null,
        "headers": [], "events": ["sourcing.completed", "sourcing.failed"], "isActive": true,
        "maxRetries": 3, "timeoutMs": 30000, "consecutiveFailures": 0,
        "circuitOpenedAt": null, "createdAt": "2026-01-01T00:00:00.000Z",
        "updatedAt": "2026-01-01T00:00:00.000Z"}}))]
    WebhookEnvelope,
    api::Webhook
);

data_success!(
    /// 200 answer of `GET /webhooks`.
    #[schema(example = json!({"success": true, "data": {"data": [], "total": 0}}))]
    WebhookListResponse,
    api::WebhookList
);

data_success!(
    /// `{success, data: Delivery}` of the test and retry routes.
    #[schema(example = json!({"success": true, "data": {
        "deliveryId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "webhookId": "3f0c7a52-1d7e-4c8a-9b1e-2a4d5c6e7f80", "event": "ping",
        "status": "succeeded", "attemptCount": 1, "attempts": [{"number": 1,
            "attemptedAt": "2026-01-01T00:00:00.000Z", "statusCode": 200, "durationMs": 42,
            "error": null, "responseBody": "ok"}],
        "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z",
        "delivered": true}}))]
    DeliveryEnvelope,
    api::Delivery
);

data_success!(
    /// 200 answer of `GET /webhooks/{id}/deliveries`.
    #[schema(example = json!({"success": true, "data": {"data": [], "total": 0, "limit": 20,
        "offset": 0}}))]
    DeliveryListResponse,
    api::DeliveryPage
);

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
    "WebhookRequest",
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

/// `(status, description, code)` of an error every operation of a kind can answer.
type CommonError = (&'static str, &'static str, &'static str);

/// Operations that need a key.
const AUTH_ERRORS: &[CommonError] = &[
    (
        "401",
        "UNAUTHORIZED: the key is missing, malformed, unknown, expired or revoked.",
        "UNAUTHORIZED",
    ),
    (
        "403",
        "INSUFFICIENT_SCOPES: the key lacks the operation's scope.",
        "INSUFFICIENT_SCOPES",
    ),
    (
        "429",
        "RATE_LIMIT_EXCEEDED: the key's per-minute allowance for this route, or the client \
         address's failed-authentication allowance, is used up (`Retry-After`).",
        "RATE_LIMIT_EXCEEDED",
    ),
];

/// Operations that read a JSON body.
const BODY_ERRORS: &[CommonError] = &[
    (
        "408",
        "REQUEST_TIMEOUT: the body did not arrive within `server.body_timeout_ms`; the \
         connection is closed.",
        "REQUEST_TIMEOUT",
    ),
    (
        "413",
        "PAYLOAD_TOO_LARGE: the body exceeds `server.body_limit_bytes`.",
        "PAYLOAD_TOO_LARGE",
    ),
    (
        "415",
        "UNSUPPORTED_MEDIA_TYPE: the body is not declared as JSON.",
        "UNSUPPORTED_MEDIA_TYPE",
    ),
];

/// Operations that use the database.
const UNAVAILABLE: &[CommonError] = &[(
    "503",
    "SERVICE_UNAVAILABLE: the database (or, for new runs, the people index) is unreachable.",
    "SERVICE_UNAVAILABLE",
)];

/// The errors an operation at `path` can answer besides its own.
fn common_errors(path: &str, operation: &utoipa::openapi::path::Operation) -> Vec<CommonError> {
    let mut errors = Vec::new();
    if operation.security.is_some() {
        errors.extend_from_slice(AUTH_ERRORS);
    }
    if operation.request_body.is_some() {
        errors.extend_from_slice(BODY_ERRORS);
    }
    if !["/healthz", "/openapi.json", "/docs"].contains(&path) {
        errors.extend_from_slice(UNAVAILABLE);
    }
    errors
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
                for (status, description, code) in common_errors(path, operation) {
                    operation
                        .responses
                        .responses
                        .entry(status.to_owned())
                        .or_insert_with(|| error_response(description, code));
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
        drop_response_defaults(&mut spec);
        add_links(&mut spec);
        serde_json::to_string_pretty(&spec).unwrap_or_default()
    })
}

/// Removes the `default` utoipa derives from the wire types' `#[serde(default)]`, which is the
/// client's tolerance of a missing key, not a value the server fills in (a response's
/// `createdAt` has no default). Request bodies keep theirs.
fn drop_response_defaults(spec: &mut Value) {
    fn strip(schema: &mut Value) {
        if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) {
            for property in properties.values_mut() {
                if let Some(property) = property.as_object_mut() {
                    property.remove("default");
                }
            }
        }
        if let Some(parts) = schema.get_mut("allOf").and_then(Value::as_array_mut) {
            for part in parts {
                if let Some(part) = part.as_object_mut() {
                    part.remove("default");
                }
                strip(part);
            }
        }
    }
    let schemas = spec
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut);
    for (name, schema) in schemas.into_iter().flatten() {
        if !CLOSED_BODIES.contains(&name.as_str()) {
            strip(schema);
        }
    }
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

    /// Response bodies: the schema lists exactly the keys a fully populated body writes.
    #[test]
    fn schemas_of_the_response_bodies_list_the_keys_they_write() {
        let spec = spec();
        let created = api::CreatedWebhook::default();
        let delivery = api::Delivery {
            delivered: Some(true),
            ..api::Delivery::default()
        };
        let bodies = [
            ("Webhook", json!(created.webhook)),
            ("Delivery", json!(delivery)),
            ("DeliveryAttempt", json!(api::DeliveryAttempt::default())),
            ("WebhookList", json!(api::WebhookList::default())),
            ("DeliveryPage", json!(api::DeliveryPage::default())),
            ("RunAcceptedBody", json!(api::RunAccepted::default())),
            ("Health", json!(api::Health::default())),
        ];
        for (name, body) in bodies {
            let listed: BTreeSet<&String> = spec["components"]["schemas"][name]["properties"]
                .as_object()
                .expect(name)
                .keys()
                .collect();
            let written: BTreeSet<&String> = body.as_object().expect(name).keys().collect();
            assert_eq!(listed, written, "{name}");
        }
        // a finished run writes every key of the results schema, `success` comes from the
        // envelope
        let envelope = &spec["components"]["schemas"]["RunResults"]["allOf"];
        assert_eq!(
            envelope[0]["$ref"], "#/components/schemas/RunResultsBody",
            "{envelope}"
        );
        assert_eq!(envelope[1]["required"], json!(["success"]));
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
