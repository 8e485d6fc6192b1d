//! The route table: which handler answers which path and method.

use actix_web::{HttpResponse, ResponseError, web};

use crate::http::billing::billing_usage;
use crate::http::errors::ApiError;
use crate::http::health::{healthz, readyz};
use crate::http::webhooks;

/// Registers every route; unknown routes get a JSON 404, wrong methods a JSON 405.
pub fn configure(cfg: &mut web::ServiceConfig) {
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
        web::resource("/sourcing")
            .route(web::post().to(crate::http::sourcing::create_run))
            .default_service(allow("POST")),
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
    )
    .service(
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

/// The JSON 405 for a known path with another method.
pub fn allow(methods: &'static str) -> actix_web::Route {
    web::to(move || async move { ApiError::method_not_allowed(methods).error_response() })
}
