//! The guard every business route runs first: auth (401), scope (403), rate limit (429).

use actix_web::http::header::AUTHORIZATION;
use actix_web::{HttpMessage, HttpRequest};
use sourcing_domain::api_key::Scope;
use sourcing_domain::services::{AuthError, Principal};

use crate::http::errors::ApiError;
use crate::http::rate_limit::Endpoint;
use crate::state::AppState;

/// Authenticates, checks the scope and counts the call against the endpoint's limit, in the
/// contract's order; the rate-limit headers are attached to whatever response follows.
///
/// Before that, a client address over its allowance of failed authentications gets 429 without
/// a database lookup, and each 401 counts against that allowance. The address is the socket
/// peer's: `X-Forwarded-For` is not trusted (anyone can forge it to dodge the limit).
pub async fn authorize(
    req: &HttpRequest,
    state: &AppState,
    scope: Scope,
    endpoint: Option<Endpoint>,
) -> Result<Principal, ApiError> {
    let client = req.peer_addr().map(|addr| addr.ip());
    let failed_auth = &state.rate_limits.failed_auth;
    if let Some(retry_after) = client.and_then(|ip| failed_auth.blocked(ip)) {
        return Err(ApiError::rate_limited(retry_after));
    }
    // one credential or none: two Authorization headers are ambiguous and never accepted
    let mut values = req.headers().get_all(AUTHORIZATION);
    let header = match (values.next(), values.next()) {
        (Some(only), None) => only.to_str().ok(),
        _ => None,
    };
    let principal = match state.auth.authenticate(header).await {
        Ok(principal) => principal,
        Err(AuthError::Unauthorized) => {
            let over = client.and_then(|ip| failed_auth.record_failure(ip));
            return Err(over.map_or_else(ApiError::unauthorized, ApiError::rate_limited));
        }
        Err(other) => return Err(other.into()),
    };
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
