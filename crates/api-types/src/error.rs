//! The contract's error body, the same for every 4xx and 5xx answer.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `{"success": false, "error": {code, message, details?}, "timestamp", "retryAfter"?}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(
    feature = "openapi",
    schema(example = json!({"success": false, "error": {"code": "REQUEST_NOT_FOUND",
        "message": "Sourcing request not found."}, "timestamp": "2026-01-01T00:00:00.000Z"}))
)]
#[serde(default, rename_all = "camelCase")]
pub struct ErrorBody {
    /// Always `false`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub success: bool,
    /// What went wrong.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub error: ErrorDetail,
    /// When the error was produced (RFC 3339, UTC, milliseconds).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub timestamp: String,
    /// Seconds to wait (429 only; also in the `Retry-After` header).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(nullable = false))]
    pub retry_after: Option<u64>,
}

/// The `error` member of [`ErrorBody`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ErrorDetail {
    /// Machine-readable code (`INVALID_PAYLOAD`, `REQUEST_NOT_FOUND`, …).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub code: String,
    /// Human-readable explanation.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub message: String,
    /// Extra data; field-level problems are in `details.fields`, keyed by JSON path.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>, nullable = false))]
    pub details: Option<Value>,
}
