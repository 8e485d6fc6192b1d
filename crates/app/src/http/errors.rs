//! The contract's error body, and the mapping of every failure onto it.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use serde_json::{Value, json};
use sourcing_domain::credits::CreditError;
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ports::RunStoreError;
use sourcing_domain::services::{
    AuthError, CardsError, RunWebhookError, SourcingError, UsageError, WebhookError,
};
use sourcing_domain::sourcing::{RunFailure, ValidationErrors};
use sourcing_domain::webhooks::WebhookCheckError;

use crate::http::time::rfc3339_millis;

/// A public error: status, stable code, message, optional details. Never carries internals.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Stable machine-readable code (`REQUEST_NOT_FOUND` …).
    pub code: &'static str,
    /// Human-readable message, safe to show.
    pub message: String,
    /// Field-level problems and other structured context.
    pub details: Option<Value>,
    /// Seconds to wait, for 429.
    pub retry_after: Option<u64>,
    /// Allowed methods, for 405.
    pub allow: Option<&'static str>,
}

impl ApiError {
    /// An error with a status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            details: None,
            retry_after: None,
            allow: None,
        }
    }

    /// Adds structured details.
    pub fn with_details(mut self, details: Value) -> Self {
        self.details = Some(details);
        self
    }

    /// 400 `INVALID_PAYLOAD`.
    pub fn invalid_payload(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "INVALID_PAYLOAD", message)
    }

    /// 400 `INVALID_PAYLOAD` with per-field problems.
    pub fn invalid_fields(fields: Value) -> Self {
        Self::invalid_payload("The request body failed validation.")
            .with_details(json!({ "fields": fields }))
    }

    /// 402 `INSUFFICIENT_FUNDS`: the one answer for a balance that cannot cover the work.
    pub fn insufficient_funds(needed: i64, available: i64) -> Self {
        ApiError::new(
            StatusCode::PAYMENT_REQUIRED,
            "INSUFFICIENT_FUNDS",
            format!("This operation needs {needed} credits; the balance is {available}."),
        )
        .with_details(json!({ "required": needed, "balance": available }))
    }

    /// 404 `REQUEST_NOT_FOUND`: unknown, malformed, expired and other companies' runs alike.
    pub fn run_not_found() -> Self {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "REQUEST_NOT_FOUND",
            "No sourcing run with this id.",
        )
    }

    /// 404 `WEBHOOK_NOT_FOUND`: unknown, malformed, deleted and other companies' webhooks alike
    /// (on the webhook routes; a run naming another company's webhook gets the contract's 403).
    pub fn webhook_not_found() -> Self {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "WEBHOOK_NOT_FOUND",
            "No webhook with this id.",
        )
    }

    /// 404 `REQUEST_NOT_FOUND` for an enrichment id: unknown, malformed and other companies'.
    pub fn enrichment_not_found() -> Self {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "REQUEST_NOT_FOUND",
            "No enrichment run with this id.",
        )
    }

    /// 401 `UNAUTHORIZED`.
    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "UNAUTHORIZED",
            "A valid API key is required: send `Authorization: Bearer sk_...`.",
        )
    }

    /// 404 for an unknown route.
    pub fn route_not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "NOT_FOUND", "No such route.")
    }

    /// 405 for a known route with the wrong method.
    pub fn method_not_allowed(allow: &'static str) -> Self {
        let mut err = Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "METHOD_NOT_ALLOWED",
            format!("Method not allowed on this route; allowed: {allow}."),
        );
        err.allow = Some(allow);
        err
    }

    /// 413 `PAYLOAD_TOO_LARGE`.
    pub fn payload_too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "PAYLOAD_TOO_LARGE",
            format!("The request body exceeds the limit of {limit} bytes."),
        )
    }

    /// 408 `REQUEST_TIMEOUT`: the body did not arrive in time (the connection is closed).
    pub fn request_timeout() -> Self {
        Self::new(
            StatusCode::REQUEST_TIMEOUT,
            "REQUEST_TIMEOUT",
            "The request body was not received in time.",
        )
    }

    /// 429 `RATE_LIMIT_EXCEEDED`.
    pub fn rate_limited(retry_after: u64) -> Self {
        let mut err = Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "RATE_LIMIT_EXCEEDED",
            format!("Rate limit exceeded; retry in {retry_after} seconds."),
        );
        err.retry_after = Some(retry_after);
        err
    }

    /// 503 when a dependency (the database) cannot be reached.
    pub fn unavailable() -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "SERVICE_UNAVAILABLE",
            "The service is temporarily unavailable; retry shortly.",
        )
    }

    /// 500 `INTERNAL_ERROR`; the cause is logged here once, never sent.
    pub fn internal(cause: &dyn std::error::Error) -> Self {
        tracing::error!(error.cause_chain = %chain(cause), "internal error");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "INTERNAL_ERROR",
            "An internal error occurred; it has been logged with the request id.",
        )
    }

    /// The contract's JSON body.
    pub fn body(&self) -> Value {
        let body = sourcing_api_types::ErrorBody {
            success: false,
            error: sourcing_api_types::ErrorDetail {
                code: self.code.to_string(),
                message: self.message.to_string(),
                details: self.details.clone(),
            },
            timestamp: rfc3339_millis(chrono::Utc::now()),
            retry_after: self.retry_after,
        };
        serde_json::to_value(body).unwrap_or(Value::Null)
    }
}

/// The error and its causes on one line, for logs (never for a response body).
pub(crate) fn chain(err: &dyn std::error::Error) -> String {
    let mut out = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        out.push_str(": ");
        out.push_str(&cause.to_string());
        source = cause.source();
    }
    out
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status.as_u16(), self.code)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status);
        if let Some(retry_after) = self.retry_after {
            response.insert_header((header::RETRY_AFTER, retry_after.to_string()));
        }
        if let Some(allow) = self.allow {
            response.insert_header((header::ALLOW, HeaderValue::from_static(allow)));
        }
        if self.status == StatusCode::REQUEST_TIMEOUT {
            // the rest of the body may still come: this connection cannot carry another request
            response.force_close();
        }
        response.json(self.body())
    }
}

impl From<RepositoryError> for ApiError {
    fn from(err: RepositoryError) -> Self {
        match err {
            RepositoryError::Unavailable(cause) => {
                tracing::warn!(error.cause_chain = %format!("{cause:#}"), "database unavailable");
                ApiError::unavailable()
            }
            // a missing or conflicting record the use case did not expect is a bug here: each
            // use case maps the ones it expects (404s that reveal nothing) before this point
            e @ (RepositoryError::NotFound
            | RepositoryError::Conflict(_)
            | RepositoryError::Other(_)) => ApiError::internal(&e),
        }
    }
}

impl From<AuthError> for ApiError {
    fn from(err: AuthError) -> Self {
        match err {
            AuthError::Unauthorized => ApiError::unauthorized(),
            AuthError::InsufficientScopes { required } => ApiError::new(
                StatusCode::FORBIDDEN,
                "INSUFFICIENT_SCOPES",
                format!("This API key lacks the `{required}` scope."),
            )
            .with_details(json!({ "requiredScope": required.as_str() })),
            AuthError::Repository(e) => e.into(),
        }
    }
}

impl From<CreditError> for ApiError {
    fn from(err: CreditError) -> Self {
        match err {
            CreditError::InsufficientFunds { needed, available } => {
                ApiError::insufficient_funds(needed, available)
            }
            CreditError::Repository(e) => e.into(),
            // the use cases validate amounts and keys before the ledger sees them
            e @ (CreditError::InvalidAmount(_) | CreditError::KeyReused) => ApiError::internal(&e),
        }
    }
}

impl From<UsageError> for ApiError {
    fn from(err: UsageError) -> Self {
        match err {
            UsageError::InvalidPeriod(why) => {
                ApiError::invalid_payload(format!("Invalid period: {why}."))
            }
            UsageError::Credit(e) => e.into(),
            UsageError::Repository(e) => e.into(),
        }
    }
}

impl From<SourcingError> for ApiError {
    fn from(err: SourcingError) -> Self {
        match err {
            SourcingError::ProviderUnavailable => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                RunFailure::ProviderUnavailable.code(),
                "The people index is temporarily unavailable; nothing was started or charged. Retry later.",
            ),
            SourcingError::Store(e) => e.into(),
        }
    }
}

impl From<RunStoreError> for ApiError {
    fn from(err: RunStoreError) -> Self {
        match err {
            RunStoreError::NotFound => ApiError::run_not_found(),
            RunStoreError::InProgress => ApiError::new(
                StatusCode::CONFLICT,
                "RUN_IN_PROGRESS",
                "The run is still processing; wait for it to finish before patching it.",
            ),
            RunStoreError::InsufficientFunds { needed, available } => {
                ApiError::insufficient_funds(needed, available)
            }
            RunStoreError::IdempotencyKeyReused => ApiError::new(
                StatusCode::CONFLICT,
                "IDEMPOTENCY_KEY_REUSED",
                "This Idempotency-Key was already used with a different request body.",
            ),
            RunStoreError::Repository(e) => e.into(),
        }
    }
}

impl From<ValidationErrors> for ApiError {
    fn from(errors: ValidationErrors) -> Self {
        let fields: serde_json::Map<String, Value> = errors
            .0
            .into_iter()
            .map(|(k, v)| (k.to_owned(), json!(v)))
            .collect();
        ApiError::invalid_fields(Value::Object(fields))
    }
}

/// A store failure of the enrichment use cases: the same answers as for runs, except that a
/// missing id names an enrichment run.
#[derive(Debug)]
pub struct EnrichmentStoreError(pub RunStoreError);

impl From<EnrichmentStoreError> for ApiError {
    fn from(err: EnrichmentStoreError) -> Self {
        match err.0 {
            RunStoreError::NotFound => ApiError::enrichment_not_found(),
            e @ (RunStoreError::InProgress
            | RunStoreError::InsufficientFunds { .. }
            | RunStoreError::IdempotencyKeyReused
            | RunStoreError::Repository(_)) => e.into(),
        }
    }
}

impl From<CardsError> for ApiError {
    fn from(err: CardsError) -> Self {
        match err {
            CardsError::Store(e) => e.into(),
            CardsError::Render(e) => ApiError::internal(&e),
        }
    }
}

impl From<WebhookError> for ApiError {
    fn from(err: WebhookError) -> Self {
        match err {
            WebhookError::Invalid(errors) => errors.into(),
            WebhookError::NotFound => ApiError::webhook_not_found(),
            WebhookError::Repository(e) => e.into(),
            WebhookError::Render(why) => ApiError::internal(&std::io::Error::other(why)),
        }
    }
}

impl From<RunWebhookError> for ApiError {
    fn from(err: RunWebhookError) -> Self {
        match err {
            RunWebhookError::Refused(WebhookCheckError::NotFound) => ApiError::webhook_not_found(),
            RunWebhookError::Refused(WebhookCheckError::CompanyMismatch) => ApiError::new(
                StatusCode::FORBIDDEN,
                "WEBHOOK_COMPANY_MISMATCH",
                "The webhook belongs to another company.",
            ),
            RunWebhookError::Refused(WebhookCheckError::NotSubscribed) => ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "WEBHOOK_EVENT_NOT_SUBSCRIBED",
                "The webhook subscribes to neither of this operation's events.",
            ),
            RunWebhookError::Repository(e) => e.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_has_the_contract_shape() {
        let body = ApiError::rate_limited(7).body();
        assert_eq!(body["success"], json!(false));
        assert_eq!(body["error"]["code"], json!("RATE_LIMIT_EXCEEDED"));
        assert_eq!(body["retryAfter"], json!(7));
        assert!(body["timestamp"].as_str().unwrap().ends_with('Z'));
        assert!(body["error"].get("details").is_none());
    }

    #[test]
    fn internal_errors_hide_their_cause() {
        let cause = std::io::Error::other("password=hunter2 at db");
        let err = ApiError::internal(&cause);
        assert_eq!(err.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!err.body().to_string().contains("hunter2"));
    }
}
