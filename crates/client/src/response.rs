//! What every successful call returns besides its body: the rate-limit state and request id.

use chrono::{DateTime, Utc};
use reqwest::header::HeaderMap;

/// A decoded answer with the headers callers act on. The body is in `data` (no `Deref`, since
/// bodies have their own `requestId` and `data` fields).
#[derive(Debug, Clone, PartialEq)]
pub struct Response<T> {
    /// The decoded body (for wrapped answers, the `data`).
    pub data: T,
    /// HTTP status (200, 201, 202, 204).
    pub status: u16,
    /// The endpoint's rate-limit state, on routes that are limited.
    pub rate_limit: Option<RateLimit>,
    /// `X-Request-Id`, to quote when asking the operator about this request.
    pub request_id: Option<String>,
}

impl<T> Response<T> {
    /// The body alone.
    pub fn into_data(self) -> T {
        self.data
    }

    /// The same headers around another body.
    pub(crate) fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            data: f(self.data),
            status: self.status,
            rate_limit: self.rate_limit,
            request_id: self.request_id,
        }
    }
}

/// `X-RateLimit-*-Minute`: the allowance of this key on this endpoint, so callers can pace
/// themselves instead of running into 429.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests per minute allowed (`X-RateLimit-Limit-Minute`).
    pub limit: u32,
    /// Requests left now (`X-RateLimit-Remaining-Minute`).
    pub remaining: u32,
    /// Unix second at which the full allowance is back (`X-RateLimit-Reset-Minute`).
    pub reset: i64,
}

impl RateLimit {
    /// Reads the three headers; `None` unless all three are present and numeric.
    pub fn from_headers(headers: &HeaderMap) -> Option<Self> {
        fn number<N: std::str::FromStr>(headers: &HeaderMap, name: &str) -> Option<N> {
            headers.get(name)?.to_str().ok()?.trim().parse().ok()
        }
        Some(Self {
            limit: number(headers, "x-ratelimit-limit-minute")?,
            remaining: number(headers, "x-ratelimit-remaining-minute")?,
            reset: number(headers, "x-ratelimit-reset-minute")?,
        })
    }

    /// The reset instant as a timestamp.
    pub fn reset_at(&self) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp(self.reset, 0)
    }
}

/// `X-Request-Id` of an answer.
pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}
