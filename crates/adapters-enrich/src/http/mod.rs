//! `HttpEnricher`: a People-Data-Labs-style person enrich provider behind a time budget,
//! retries and a circuit breaker.

pub mod pdl;

use std::time::Duration;

use reqwest::{StatusCode, Url};
use sourcing_domain::ports::{DiscoveredEmail, EnrichError, Enrichment, ProfileEnricher};
use sourcing_domain::profile::Profile;
use sourcing_http_resilience::{
    AttemptError, Backoff, BreakerConfig, BreakerError, ResilientClient, RetryError, RetryPolicy,
    Retryable,
};

use crate::address::normalize_domain;

/// The header carrying the provider's API key.
pub const API_KEY_HEADER: &str = "X-Api-Key";

/// Knobs of the provider client. The defaults keep one profile inside the contract's 10 s:
/// 3 s per attempt, 2 retries, 200 ms jittered backoff, `Retry-After` honoured up to 2 s, the
/// whole call cut at 9 s; the breaker opens after 5 failed calls for 30 s.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpEnricherConfig {
    /// Provider base URL; requests go to `{base_url}/v5/person/enrich`.
    pub base_url: String,
    /// Sent as `X-Api-Key`; never logged.
    pub api_key: String,
    /// Limit for one attempt (connect, send, read the whole body).
    pub timeout: Duration,
    /// Extra attempts after the first (2 → 3 attempts).
    pub max_retries: u32,
    /// First retry waits about this long (jittered), doubling per attempt.
    pub backoff_base: Duration,
    /// Upper bound on a provider's `Retry-After`, so a throttling provider cannot stall a run.
    pub max_retry_after: Duration,
    /// The whole call, attempts and waits included; no attempt starts that cannot end in it.
    pub budget: Duration,
    /// Consecutive failed calls (after retries) that open the breaker.
    pub breaker_failure_threshold: u32,
    /// How long the breaker stays open before letting a call probe again.
    pub breaker_cool_down: Duration,
}

impl HttpEnricherConfig {
    /// Defaults for everything but the URL and key.
    pub fn new(base_url: impl Into<String>, api_key: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            api_key: api_key.into(),
            timeout: Duration::from_secs(3),
            max_retries: 2,
            backoff_base: Duration::from_millis(200),
            max_retry_after: Duration::from_secs(2),
            budget: Duration::from_secs(9),
            breaker_failure_threshold: 5,
            breaker_cool_down: Duration::from_secs(30),
        }
    }
}

impl std::fmt::Debug for HttpEnricherConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpEnricherConfig")
            .field("base_url", &self.base_url)
            .field("api_key", &"<redacted>")
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .field("backoff_base", &self.backoff_base)
            .field("max_retry_after", &self.max_retry_after)
            .field("budget", &self.budget)
            .field("breaker_failure_threshold", &self.breaker_failure_threshold)
            .field("breaker_cool_down", &self.breaker_cool_down)
            .finish()
    }
}

/// Why the provider client could not be constructed (a startup error, not an enrich error).
#[derive(Debug, thiserror::Error)]
pub enum HttpBuildError {
    /// The base URL is not an absolute http(s) URL.
    #[error("invalid enrichment provider base URL {0:?}")]
    InvalidBaseUrl(String),
    /// reqwest could not build its client (TLS setup).
    #[error("cannot build enrichment HTTP client: {0}")]
    Client(#[from] reqwest::Error),
}

/// Email discovery through a People-Data-Labs-style `person/enrich` endpoint.
///
/// A profile without a usable company domain or name fails before any call (no credits
/// spent on a guess). Only addresses at the profile's company domain are kept, best first,
/// each named with the pattern it follows for the person's name (or `provider`).
/// Cheap to clone; clones share the connection pool and the circuit breaker.
#[derive(Clone)]
pub struct HttpEnricher {
    http: ResilientClient,
    endpoint: Url,
    config: HttpEnricherConfig,
}

impl std::fmt::Debug for HttpEnricher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpEnricher")
            .field("endpoint", &self.endpoint.as_str())
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl HttpEnricher {
    /// Builds the client and breaker (see [`ResilientClient::new`]).
    pub fn new(config: HttpEnricherConfig) -> Result<Self, HttpBuildError> {
        let base = config.base_url.trim_end_matches('/');
        let endpoint = Url::parse(base)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .and_then(|_| Url::parse(&format!("{base}/v5/person/enrich")).ok())
            .ok_or_else(|| HttpBuildError::InvalidBaseUrl(config.base_url.clone()))?;
        let policy = RetryPolicy {
            max_retries: config.max_retries,
            backoff: Backoff::new(config.backoff_base),
            max_retry_after: config.max_retry_after,
            deadline: Some(config.budget),
            ..RetryPolicy::new(config.timeout)
        };
        let breaker = BreakerConfig {
            failure_threshold: config.breaker_failure_threshold,
            cool_down: config.breaker_cool_down,
        };
        let http = ResilientClient::new("enrich", base.to_owned(), policy, breaker)?;
        Ok(Self {
            http,
            endpoint,
            config,
        })
    }

    /// The configuration in use, for startup logs (the key is redacted in `Debug`).
    pub fn config(&self) -> &HttpEnricherConfig {
        &self.config
    }

    /// False while the circuit breaker refuses calls, so a caller can fail fast.
    pub fn is_available(&self) -> bool {
        self.http.is_available()
    }
}

impl ProfileEnricher for HttpEnricher {
    async fn enrich(&self, profile: &Profile) -> Result<Enrichment, EnrichError> {
        let domain = profile
            .company_domain
            .as_deref()
            .and_then(normalize_domain)
            .ok_or(EnrichError::NoCompanyDomain)?;
        let name = profile
            .name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .ok_or(EnrichError::NoName)?;
        let url = pdl::request_url(&self.endpoint, name, &domain, profile);
        let call = async {
            let request = |c: &reqwest::Client| {
                c.get(url.clone())
                    .header(API_KEY_HEADER, &self.config.api_key)
            };
            let read = |response| read_match(response, &domain, profile);
            self.http
                .send(request, read)
                .await
                .map_err(exhausted_or_final)
        };
        match self.http.breaker().call(counts_against, call).await {
            Ok(emails) => Ok(Enrichment { emails }),
            Err(BreakerError::Open) => {
                Err(EnrichError::Unavailable("circuit breaker open".to_owned()))
            }
            Err(BreakerError::Inner(error)) => Err(error),
        }
    }
}

/// Reads an answer the retry policy did not retry (not 429, not 5xx), all final: 404, or a
/// match without a work address at the domain → `NotFound`; 401/402/403 (our key or plan
/// refused: the provider is unusable) → `Unavailable`; another status or an unreadable 200 →
/// `InvalidResponse` (the provider would answer the same). A body cut off in transit is retried.
async fn read_match(
    response: reqwest::Response,
    domain: &str,
    profile: &Profile,
) -> Result<Vec<DiscoveredEmail>, AttemptError<EnrichError>> {
    let status = response.status();
    match status {
        StatusCode::NOT_FOUND => return Err(AttemptError::Final(EnrichError::NotFound)),
        StatusCode::UNAUTHORIZED | StatusCode::PAYMENT_REQUIRED | StatusCode::FORBIDDEN => {
            let error = format!("status {status}: API key or plan refused");
            tracing::error!(error = %error, "enrichment provider refused our API key");
            return Err(AttemptError::Final(EnrichError::Unavailable(error)));
        }
        s if s != StatusCode::OK => {
            let why = format!("unexpected status {s}");
            return Err(AttemptError::Final(EnrichError::InvalidResponse(why)));
        }
        _ => {}
    }
    let body = response
        .bytes()
        .await
        .map_err(|e| Retryable::transport(&e))?;
    let emails = pdl::parse_match(&body, domain, profile)
        .map_err(|why| AttemptError::Final(EnrichError::InvalidResponse(why)))?;
    if emails.is_empty() {
        return Err(AttemptError::Final(EnrichError::NotFound));
    }
    Ok(emails)
}

/// Exhausted transport errors, 5xx and 429 → `Unavailable`; a final answer as `read_match`
/// mapped it.
fn exhausted_or_final(error: RetryError<EnrichError>) -> EnrichError {
    match error {
        RetryError::Final(error) => error,
        RetryError::Exhausted { last, attempts, .. } => {
            EnrichError::Unavailable(format!("{last} after {attempts} attempt(s)"))
        }
    }
}

/// Only a sick provider counts: `Unavailable` (timeouts, connection errors, 5xx and 429 after
/// retries, a refused key). A miss, or an answer we cannot read, is the provider working.
fn counts_against(error: &EnrichError) -> bool {
    error.is_transient()
}
