//! What can go wrong: the contract's error codes as an enum, and the client's error type.

use std::fmt;
use std::time::Duration;

use serde_json::Value;

/// A stable error code of the contract (or of this implementation's additions), so callers
/// match on meaning instead of comparing strings.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApiErrorCode {
    /// 400: malformed JSON, wrong types, missing or out-of-range fields (see `details`).
    InvalidPayload,
    /// 400: a PATCH body with neither `query` nor `limit`.
    InvalidPatchPayload,
    /// 401: the key is missing, unknown, expired or revoked.
    Unauthorized,
    /// 402: the prepaid balance cannot cover the run's `limit` or the enrichment batch.
    InsufficientFunds,
    /// 403: the key lacks the route's scope.
    InsufficientScopes,
    /// 403: the `webhookId` belongs to another company.
    WebhookCompanyMismatch,
    /// 404: the run or enrichment id is unknown, expired, malformed or another company's.
    RequestNotFound,
    /// 404: the webhook does not exist (or is deleted, or is another company's).
    WebhookNotFound,
    /// 409: PATCH while the run is still processing.
    RunInProgress,
    /// 413: the body is over the server's limit.
    PayloadTooLarge,
    /// 415: the body was not declared as JSON (this client always declares it).
    UnsupportedMediaType,
    /// 422: the webhook subscribes to none of the operation's events.
    WebhookEventNotSubscribed,
    /// 429: over the endpoint's limit (or too many failed authentications); see `retry_after`.
    RateLimitExceeded,
    /// 503: the search index's breaker is open, so a new run would fail at once.
    ProviderTemporarilyUnavailable,
    /// 500: a server bug, logged there with the request id.
    InternalError,
    /// 409: the `Idempotency-Key` was used before with another body.
    IdempotencyKeyReused,
    /// 503: the service cannot reach its database; retry shortly.
    ServiceUnavailable,
    /// 404: no such route (a client/server version mismatch).
    NotFound,
    /// 405: the route exists with other methods (a client/server version mismatch).
    MethodNotAllowed,
    /// A code this client does not know yet (kept verbatim), or `HTTP <status>` for an answer
    /// without the contract's error body.
    Other(String),
}

impl ApiErrorCode {
    /// Parses a wire code; unknown codes are kept as [`ApiErrorCode::Other`].
    pub fn parse(code: &str) -> Self {
        match code {
            "INVALID_PAYLOAD" => Self::InvalidPayload,
            "INVALID_PATCH_PAYLOAD" => Self::InvalidPatchPayload,
            "UNAUTHORIZED" => Self::Unauthorized,
            "INSUFFICIENT_FUNDS" => Self::InsufficientFunds,
            "INSUFFICIENT_SCOPES" => Self::InsufficientScopes,
            "WEBHOOK_COMPANY_MISMATCH" => Self::WebhookCompanyMismatch,
            "REQUEST_NOT_FOUND" => Self::RequestNotFound,
            "WEBHOOK_NOT_FOUND" => Self::WebhookNotFound,
            "RUN_IN_PROGRESS" => Self::RunInProgress,
            "PAYLOAD_TOO_LARGE" => Self::PayloadTooLarge,
            "UNSUPPORTED_MEDIA_TYPE" => Self::UnsupportedMediaType,
            "WEBHOOK_EVENT_NOT_SUBSCRIBED" => Self::WebhookEventNotSubscribed,
            "RATE_LIMIT_EXCEEDED" => Self::RateLimitExceeded,
            "PROVIDER_TEMPORARILY_UNAVAILABLE" => Self::ProviderTemporarilyUnavailable,
            "INTERNAL_ERROR" => Self::InternalError,
            "IDEMPOTENCY_KEY_REUSED" => Self::IdempotencyKeyReused,
            "SERVICE_UNAVAILABLE" => Self::ServiceUnavailable,
            "NOT_FOUND" => Self::NotFound,
            "METHOD_NOT_ALLOWED" => Self::MethodNotAllowed,
            other => Self::Other(other.to_owned()),
        }
    }

    /// The wire spelling (`REQUEST_NOT_FOUND`), for logs and comparisons with raw bodies.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidPayload => "INVALID_PAYLOAD",
            Self::InvalidPatchPayload => "INVALID_PATCH_PAYLOAD",
            Self::Unauthorized => "UNAUTHORIZED",
            Self::InsufficientFunds => "INSUFFICIENT_FUNDS",
            Self::InsufficientScopes => "INSUFFICIENT_SCOPES",
            Self::WebhookCompanyMismatch => "WEBHOOK_COMPANY_MISMATCH",
            Self::RequestNotFound => "REQUEST_NOT_FOUND",
            Self::WebhookNotFound => "WEBHOOK_NOT_FOUND",
            Self::RunInProgress => "RUN_IN_PROGRESS",
            Self::PayloadTooLarge => "PAYLOAD_TOO_LARGE",
            Self::UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
            Self::WebhookEventNotSubscribed => "WEBHOOK_EVENT_NOT_SUBSCRIBED",
            Self::RateLimitExceeded => "RATE_LIMIT_EXCEEDED",
            Self::ProviderTemporarilyUnavailable => "PROVIDER_TEMPORARILY_UNAVAILABLE",
            Self::InternalError => "INTERNAL_ERROR",
            Self::IdempotencyKeyReused => "IDEMPOTENCY_KEY_REUSED",
            Self::ServiceUnavailable => "SERVICE_UNAVAILABLE",
            Self::NotFound => "NOT_FOUND",
            Self::MethodNotAllowed => "METHOD_NOT_ALLOWED",
            Self::Other(code) => code,
        }
    }
}

impl fmt::Display for ApiErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything a call can fail with; API refusals carry the contract's code and the request id
/// to quote to the operator.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The server answered with an error status (the contract's error body, parsed).
    #[error("{status} {code}: {message}")]
    Api {
        /// HTTP status (400, 401, 402 …).
        status: u16,
        /// The contract's code.
        code: ApiErrorCode,
        /// Human-readable message, safe to show.
        message: String,
        /// Structured context (`{"fields": {…}}` for validation, `{"required", "balance"}` for
        /// 402), boxed to keep the error small.
        details: Option<Box<Value>>,
        /// How long to wait before retrying (429: `Retry-After`, or the body's `retryAfter`).
        retry_after: Option<Duration>,
        /// `X-Request-Id` of the failed request, for the server's logs.
        request_id: Option<String>,
    },
    /// The request never got an answer (connection refused, TLS, timeout of one request …).
    #[error("transport error: {0}")]
    Transport(#[from] reqwest::Error),
    /// A success answer whose body does not have the expected shape.
    #[error("cannot decode the {status} answer: {source}")]
    Decode {
        /// HTTP status of the answer.
        status: u16,
        /// What serde found.
        #[source]
        source: serde_json::Error,
    },
    /// A `wait_for_*` call gave up: the run was still processing at the deadline.
    #[error("still processing after {waited:?}")]
    Timeout {
        /// How long the call waited.
        waited: Duration,
    },
    /// The client was configured with something unusable (a base URL that is not a URL, a key
    /// that cannot be a header value).
    #[error("invalid client configuration: {0}")]
    Config(String),
}

impl ClientError {
    /// The contract's code when the server refused the request, so callers can branch with
    /// `if err.code() == Some(&ApiErrorCode::RunInProgress)`.
    pub fn code(&self) -> Option<&ApiErrorCode> {
        match self {
            Self::Api { code, .. } => Some(code),
            _ => None,
        }
    }

    /// The HTTP status of an API refusal or an undecodable answer.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api { status, .. } | Self::Decode { status, .. } => Some(*status),
            Self::Transport(err) => err.status().map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// The server's advice on when to retry (429).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Api { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// `X-Request-Id` of a refused request, to quote to the operator.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Self::Api { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// Whether retrying the same request later may succeed: rate limits, an unavailable
    /// database or index, and transport failures.
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Api { code, .. } => matches!(
                code,
                ApiErrorCode::RateLimitExceeded
                    | ApiErrorCode::ServiceUnavailable
                    | ApiErrorCode::ProviderTemporarilyUnavailable
            ),
            Self::Transport(err) => err.is_timeout() || err.is_connect(),
            _ => false,
        }
    }
}

/// Builds the [`ClientError::Api`] of an error answer: the contract's body when there is one,
/// otherwise `Other("HTTP <status>")` with the start of the body as message.
pub(crate) fn api_error(
    status: u16,
    body: &[u8],
    retry_after_header: Option<Duration>,
    request_id: Option<String>,
) -> ClientError {
    match serde_json::from_slice::<sourcing_api_types::ErrorBody>(body) {
        Ok(parsed) if !parsed.error.code.is_empty() => ClientError::Api {
            status,
            code: ApiErrorCode::parse(&parsed.error.code),
            message: parsed.error.message,
            details: parsed.error.details.map(Box::new),
            retry_after: retry_after_header.or(parsed.retry_after.map(Duration::from_secs)),
            request_id,
        },
        _ => {
            let text = String::from_utf8_lossy(body);
            ClientError::Api {
                status,
                code: ApiErrorCode::Other(format!("HTTP {status}")),
                message: text.chars().take(200).collect(),
                details: None,
                retry_after: retry_after_header,
                request_id,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_code_round_trips() {
        for code in [
            "INVALID_PAYLOAD",
            "INVALID_PATCH_PAYLOAD",
            "UNAUTHORIZED",
            "INSUFFICIENT_FUNDS",
            "INSUFFICIENT_SCOPES",
            "WEBHOOK_COMPANY_MISMATCH",
            "REQUEST_NOT_FOUND",
            "WEBHOOK_NOT_FOUND",
            "RUN_IN_PROGRESS",
            "PAYLOAD_TOO_LARGE",
            "UNSUPPORTED_MEDIA_TYPE",
            "WEBHOOK_EVENT_NOT_SUBSCRIBED",
            "RATE_LIMIT_EXCEEDED",
            "PROVIDER_TEMPORARILY_UNAVAILABLE",
            "INTERNAL_ERROR",
            "IDEMPOTENCY_KEY_REUSED",
            "SERVICE_UNAVAILABLE",
            "NOT_FOUND",
            "METHOD_NOT_ALLOWED",
        ] {
            let parsed = ApiErrorCode::parse(code);
            assert!(!matches!(parsed, ApiErrorCode::Other(_)), "{code}");
            assert_eq!(parsed.as_str(), code);
        }
        assert_eq!(
            ApiErrorCode::parse("SOMETHING_NEW"),
            ApiErrorCode::Other("SOMETHING_NEW".into())
        );
    }

    #[test]
    fn a_contract_body_becomes_a_typed_error_and_a_bare_one_keeps_its_status() {
        let body = br#"{"success":false,"error":{"code":"RATE_LIMIT_EXCEEDED","message":"slow down"},"timestamp":"2026-01-01T00:00:00.000Z","retryAfter":7}"#;
        let err = api_error(429, body, None, Some("r1".into()));
        assert_eq!(err.code(), Some(&ApiErrorCode::RateLimitExceeded));
        assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));
        assert!(err.is_transient());
        let bare = api_error(400, b"", None, None);
        assert_eq!(bare.code(), Some(&ApiErrorCode::Other("HTTP 400".into())));
        assert_eq!(bare.status(), Some(400));
    }
}
