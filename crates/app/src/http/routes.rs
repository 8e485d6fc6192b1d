//! The route table: which handler answers which path and method.

use actix_web::http::header::{ALLOW, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};

use crate::http::billing::billing_usage;
use crate::http::errors::ApiError;
use crate::http::health::{healthz, readyz};
use crate::http::webhooks;

/// Registers every route; unknown routes get a JSON 404, wrong methods a JSON 405. Each GET
/// route also answers HEAD (the request middleware routes HEAD as GET) and every route answers
/// OPTIONS; both come with `allow(…)`, which lists them.
pub fn configure(cfg: &mut web::ServiceConfig) {
    service_routes(cfg);
    sourcing_routes(cfg);
    webhook_routes(cfg);
}

/// Probes and the API's own description (no key needed).
fn service_routes(cfg: &mut web::ServiceConfig) {
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
        web::resource("/openapi.json")
            .route(web::get().to(crate::http::openapi::openapi_json))
            .default_service(allow("GET")),
    )
    .service(
        web::resource("/docs")
            .route(web::get().to(crate::http::docs::docs))
            .default_service(allow("GET")),
    );
}

/// Runs, enrichments, cards and billing (the more specific `/sourcing/…` paths first).
fn sourcing_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/sourcing")
            .route(web::post().to(crate::http::sourcing::create_run))
            .default_service(allow("POST")),
    )
    .service(
        web::resource("/sourcing/enrich")
            .route(web::post().to(crate::http::enrich::create_enrichment))
            .default_service(allow("POST")),
    )
    .service(
        web::resource("/sourcing/enrich/{id}/results")
            .route(web::get().to(crate::http::enrich::enrichment_results))
            .default_service(allow("GET")),
    )
    .service(
        web::resource("/sourcing/render-html")
            .route(web::post().to(crate::http::cards::render_html))
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

/// Webhook configuration and deliveries.
fn webhook_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/webhooks")
            .route(web::post().to(webhooks::create_webhook))
            .route(web::get().to(webhooks::list_webhooks))
            .default_service(allow("GET, POST")),
    )
    .service(
        web::resource("/webhooks/{id}")
            .route(web::get().to(webhooks::get_webhook))
            .route(web::patch().to(webhooks::update_webhook))
            .route(web::delete().to(webhooks::delete_webhook))
            .default_service(allow("GET, PATCH, DELETE")),
    )
    .service(
        web::resource("/webhooks/{id}/test")
            .route(web::post().to(webhooks::test_webhook))
            .default_service(allow("POST")),
    )
    .service(
        web::resource("/webhooks/{id}/reset-circuit")
            .route(web::post().to(webhooks::reset_circuit))
            .default_service(allow("POST")),
    )
    .service(
        web::resource("/webhooks/{id}/deliveries")
            .route(web::get().to(webhooks::list_deliveries))
            .default_service(allow("GET")),
    )
    .service(
        web::resource("/webhooks/{id}/deliveries/{delivery_id}/retry")
            .route(web::post().to(webhooks::retry_delivery))
            .default_service(allow("POST")),
    );
}

/// The JSON 404 for any path no route claims.
pub async fn not_found() -> HttpResponse {
    ApiError::route_not_found().error_response()
}

/// The full `Allow` list of a route whose handlers take `methods`: HEAD beside GET, and OPTIONS.
fn allow_list(methods: &str) -> String {
    let mut list = Vec::new();
    for method in methods.split(',').map(str::trim) {
        list.push(method);
        if method == "GET" {
            list.push("HEAD");
        }
    }
    list.push("OPTIONS");
    list.join(", ")
}

/// The default service of a route whose handlers take `methods` (`"GET, POST"`): OPTIONS gets
/// 204 with `Allow`, any other method the JSON 405 with `Allow`.
pub fn allow(methods: &'static str) -> actix_web::Route {
    let list = allow_list(methods);
    web::to(move |req: HttpRequest| {
        let list = list.clone();
        async move {
            let mut response = if req.method() == Method::OPTIONS {
                HttpResponse::NoContent().finish()
            } else {
                ApiError::new(
                    StatusCode::METHOD_NOT_ALLOWED,
                    "METHOD_NOT_ALLOWED",
                    format!("Method not allowed on this route; allowed: {list}."),
                )
                .error_response()
            };
            if let Ok(value) = HeaderValue::from_str(&list) {
                response.headers_mut().insert(ALLOW, value);
            }
            response
        }
    })
}
