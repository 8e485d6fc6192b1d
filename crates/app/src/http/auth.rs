//! The guard every business route runs first: auth (401), scope (403), rate limit (429).

use actix_web::http::header::AUTHORIZATION;
use actix_web::{HttpMessage, HttpRequest};
use sourcing_domain::api_key::Scope;
use sourcing_domain::services::Principal;

use crate::http::errors::ApiError;
use crate::http::rate_limit::Endpoint;
use crate::state::AppState;

/// Authenticates, checks the scope and counts the call against the endpoint's limit, in the
/// contract's order; the rate-limit headers are attached to whatever response follows.
pub async fn authorize(
    req: &HttpRequest,
    state: &AppState,
    scope: Scope,
    endpoint: Option<Endpoint>,
) -> Result<Principal, ApiError> {
    let header = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let principal = state.auth.authenticate(header).await?;
    principal.require(scope)?;
    if let Some(endpoint) = endpoint {
        match state.rate_limits.check(endpoint, principal.key_id) {
            Ok(headers) => {
                req.extensions_mut().insert(headers);
            }
            Err(limited) => {
                req.extensions_mut().insert(limited.headers);
                return Err(ApiError::rate_limited(limited.retry_after));
            }
        }
    }
    tracing::Span::current().record("company_id", tracing::field::display(principal.company_id));
    Ok(principal)
}
