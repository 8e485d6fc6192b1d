//! One enrich call with retries inside a time budget: which answers are worth another
//! attempt, and how long to wait before it.

use std::time::Duration;

use rand::Rng;
use reqwest::header::RETRY_AFTER;
use reqwest::{StatusCode, Url};
use sourcing_domain::ports::{DiscoveredEmail, EnrichError};
use sourcing_domain::profile::Profile;
use tokio::time::Instant;

use super::{HttpEnricherConfig, pdl};

/// The header carrying the provider's API key.
pub const API_KEY_HEADER: &str = "X-Api-Key";

/// How one attempt went wrong.
#[derive(Debug, thiserror::Error)]
enum Failure {
    /// Timeout, refused connection, reset: worth another attempt.
    #[error("{0}")]
    Transport(String),
    /// 5xx: worth another attempt.
    #[error("status {0}")]
    Server(StatusCode),
    /// 429, with the wait the provider asked for.
    #[error("throttled (retry after {0:?})")]
    Throttled(Option<Duration>),
    /// 404: the provider has no such person; final.
    #[error("no match")]
    NoMatch,
    /// 401, 402, 403: our key or plan is refused; final, and the provider is unusable.
    #[error("status {0}: API key or plan refused")]
    Refused(StatusCode),
    /// Another status, or a body that is no enrich answer; final.
    #[error("{0}")]
    Invalid(String),
}

/// Calls `url` until an answer is final, `1 + max_retries` attempts are spent, or the next
/// attempt would not fit in `budget`. 404 → `NotFound`; a refused key → `Unavailable` at once;
/// exhausted transport errors, 5xx and 429 → `Unavailable`; an unreadable 200 or an unexpected
/// status → `InvalidResponse` (never retried: the provider would answer the same).
pub(crate) async fn enrich_with_retries(
    client: &reqwest::Client,
    url: Url,
    config: &HttpEnricherConfig,
    domain: &str,
    profile: &Profile,
) -> Result<Vec<DiscoveredEmail>, EnrichError> {
    let deadline = Instant::now() + config.budget;
    let attempts = config.max_retries.saturating_add(1);
    let mut attempt = 0;
    loop {
        attempt += 1;
        let remaining = deadline.saturating_duration_since(Instant::now());
        let per_attempt = config.timeout.min(remaining);
        let failure =
            match attempt_once(client, url.clone(), per_attempt, config, domain, profile).await {
                Ok(emails) => return Ok(emails),
                Err(failure) => failure,
            };
        let wait = match &failure {
            Failure::NoMatch => return Err(EnrichError::NotFound),
            Failure::Refused(_) => {
                tracing::error!(error = %failure, "enrichment provider refused our API key");
                return Err(EnrichError::Unavailable(failure.to_string()));
            }
            Failure::Invalid(why) => return Err(EnrichError::InvalidResponse(why.clone())),
            Failure::Transport(_) | Failure::Server(_) => backoff(config.backoff_base, attempt),
            Failure::Throttled(asked) => asked
                .map(|d| d.min(config.max_retry_after))
                .unwrap_or_else(|| backoff(config.backoff_base, attempt)),
        };
        let out_of_time = Instant::now() + wait >= deadline;
        if attempt >= attempts || out_of_time {
            tracing::warn!(attempt, out_of_time, error = %failure, "enrich call gave up");
            return Err(EnrichError::Unavailable(format!(
                "{failure} after {attempt} attempt(s)"
            )));
        }
        tracing::info!(attempt, wait_ms = wait.as_millis() as u64, error = %failure, "enrich attempt failed; retrying");
        tokio::time::sleep(wait).await;
    }
}

async fn attempt_once(
    client: &reqwest::Client,
    url: Url,
    timeout: Duration,
    config: &HttpEnricherConfig,
    domain: &str,
    profile: &Profile,
) -> Result<Vec<DiscoveredEmail>, Failure> {
    let transport = |e: reqwest::Error| {
        Failure::Transport(if e.is_timeout() {
            "timeout".to_owned()
        } else if e.is_connect() {
            format!("connection failed: {e}")
        } else {
            format!("request failed: {e}")
        })
    };
    let response = client
        .get(url)
        .header(API_KEY_HEADER, &config.api_key)
        .timeout(timeout)
        .send()
        .await
        .map_err(transport)?;
    let status = response.status();
    match status {
        StatusCode::NOT_FOUND => return Err(Failure::NoMatch),
        StatusCode::TOO_MANY_REQUESTS => {
            let asked = response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            return Err(Failure::Throttled(asked));
        }
        StatusCode::UNAUTHORIZED | StatusCode::PAYMENT_REQUIRED | StatusCode::FORBIDDEN => {
            return Err(Failure::Refused(status));
        }
        s if s.is_server_error() => return Err(Failure::Server(s)),
        s if s != StatusCode::OK => {
            return Err(Failure::Invalid(format!("unexpected status {s}")));
        }
        _ => {}
    }
    let body = response.bytes().await.map_err(transport)?;
    let emails = pdl::parse_match(&body, domain, profile).map_err(Failure::Invalid)?;
    if emails.is_empty() {
        // A match without a work address at the domain is no discovery.
        return Err(Failure::NoMatch);
    }
    Ok(emails)
}

/// Exponential backoff with full-width jitter in its upper half: attempt n waits between
/// `base·2^(n-1)/2` and `base·2^(n-1)`, so parallel enrichments do not retry in lockstep.
fn backoff(base: Duration, attempt: u32) -> Duration {
    let ceiling = base.saturating_mul(1 << attempt.saturating_sub(1).min(16));
    let floor = ceiling / 2;
    let spread = u64::try_from((ceiling - floor).as_millis()).unwrap_or(u64::MAX);
    floor + Duration::from_millis(rand::rng().random_range(0..=spread))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_within_its_jitter_band() {
        let base = Duration::from_millis(100);
        for _ in 0..50 {
            let second = backoff(base, 2);
            assert!((Duration::from_millis(100)..=Duration::from_millis(200)).contains(&second));
        }
    }
}
