//! One `_search` call with retries: which failures are worth another attempt, and how long to
//! wait before it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use rand::Rng;
use reqwest::StatusCode;
use reqwest::header::RETRY_AFTER;
use serde_json::Value;
use sourcing_domain::ports::{SearchError, SearchResults};

use super::HttpSearchConfig;
use super::es_dsl;

/// How one attempt failed.
#[derive(Debug, thiserror::Error)]
enum AttemptError {
    /// Timeout, refused connection, reset: the index may be fine a moment later.
    #[error("{0}")]
    Transport(String),
    /// 5xx.
    #[error("status {0}")]
    Server(StatusCode),
    /// 429, with the server's requested wait.
    #[error("throttled (retry after {0:?})")]
    Throttled(Option<Duration>),
    /// Another 4xx: the query itself is wrong.
    #[error("status {0}: {1}")]
    Rejected(StatusCode, String),
    /// 2xx whose body is not an Elasticsearch response, or an unexpected status.
    #[error("{0}")]
    Malformed(String),
}

/// Posts `body` to `url` up to `1 + max_retries` times and maps the final failure to the port's
/// error: exhausted transport/5xx → `Unavailable`, exhausted 429 → `RateLimited`, other 4xx →
/// `BadQuery` (never retried), unreadable body → `Other` (never retried).
pub(crate) async fn search_with_retries(
    client: &reqwest::Client,
    url: &str,
    body: &Value,
    config: &HttpSearchConfig,
    retries: &AtomicU64,
) -> Result<SearchResults, SearchError> {
    let attempts = config.max_retries.saturating_add(1);
    let mut attempt: u32 = 0;
    loop {
        attempt += 1;
        let error = match attempt_once(client, url, body).await {
            Ok(results) => return Ok(results),
            Err(error) => error,
        };
        let wait = match &error {
            AttemptError::Transport(_) | AttemptError::Server(_) => {
                backoff(config.backoff_base, attempt)
            }
            AttemptError::Throttled(retry_after) => retry_after
                .map(|d| d.min(config.max_retry_after))
                .unwrap_or_else(|| backoff(config.backoff_base, attempt)),
            AttemptError::Rejected(status, text) => {
                return Err(SearchError::BadQuery(format!("{status}: {text}")));
            }
            AttemptError::Malformed(why) => return Err(SearchError::Other(why.clone())),
        };
        if attempt >= attempts {
            tracing::warn!(url, attempts, error = %error, "people-search retries exhausted");
            return Err(match error {
                AttemptError::Throttled(retry_after) => SearchError::RateLimited { retry_after },
                other => SearchError::Unavailable(format!("{other} after {attempts} attempts")),
            });
        }
        retries.fetch_add(1, Ordering::Relaxed);
        tracing::info!(url, attempt, wait_ms = wait.as_millis() as u64, error = %error, "people-search attempt failed; retrying");
        tokio::time::sleep(wait).await;
    }
}

async fn attempt_once(
    client: &reqwest::Client,
    url: &str,
    body: &Value,
) -> Result<SearchResults, AttemptError> {
    let transport = |e: reqwest::Error| AttemptError::Transport(describe(&e));
    let response = client
        .post(url)
        .json(body)
        .send()
        .await
        .map_err(transport)?;
    let status = response.status();
    if status == StatusCode::TOO_MANY_REQUESTS {
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        return Err(AttemptError::Throttled(retry_after));
    }
    if status.is_server_error() {
        return Err(AttemptError::Server(status));
    }
    let bytes = response.bytes().await.map_err(transport)?;
    if status.is_client_error() {
        let text = String::from_utf8_lossy(&bytes[..bytes.len().min(500)]).into_owned();
        return Err(AttemptError::Rejected(status, text));
    }
    if !status.is_success() {
        return Err(AttemptError::Malformed(format!(
            "unexpected status {status}"
        )));
    }
    es_dsl::parse_response(&bytes)
        .map_err(|e| AttemptError::Malformed(format!("unreadable search response: {e}")))
}

fn describe(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        "timeout".to_owned()
    } else if error.is_connect() {
        format!("connection failed: {error}")
    } else {
        format!("request failed: {error}")
    }
}

/// Exponential backoff with equal jitter: `base · 2^(attempt-1)`, half fixed, half random, so
/// parallel runs do not retry in lockstep.
fn backoff(base: Duration, attempt: u32) -> Duration {
    let full = base.saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
    let half = full / 2;
    let jitter_ms = rand::rng().random_range(0..=half.as_millis().min(u128::from(u64::MAX)) as u64);
    half + Duration::from_millis(jitter_ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_stays_within_jitter_bounds() {
        let base = Duration::from_millis(200);
        for _ in 0..100 {
            let first = backoff(base, 1);
            assert!(first >= Duration::from_millis(100) && first <= Duration::from_millis(200));
            let third = backoff(base, 3);
            assert!(third >= Duration::from_millis(400) && third <= Duration::from_millis(800));
        }
    }
}
