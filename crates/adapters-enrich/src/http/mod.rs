//! `HttpEnricher`: a People-Data-Labs-style person enrich provider behind a time budget,
//! retries and a circuit breaker.

mod breaker;
pub mod pdl;
mod retry;

use std::time::Duration;

use failsafe::futures::CircuitBreaker;
use reqwest::Url;
use sourcing_domain::ports::{EnrichError, Enrichment, ProfileEnricher};
use sourcing_domain::profile::Profile;

use crate::address::normalize_domain;
use breaker::Breaker;
pub use retry::API_KEY_HEADER;

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
    client: reqwest::Client,
    endpoint: Url,
    config: HttpEnricherConfig,
    breaker: Breaker,
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
    /// Builds the client and breaker; installs the rustls ring provider first, since reqwest
    /// is built without a default crypto provider.
    pub fn new(config: HttpEnricherConfig) -> Result<Self, HttpBuildError> {
        // Err only means a provider is already installed, which is what we want.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let base = config.base_url.trim_end_matches('/');
        let endpoint = Url::parse(base)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .and_then(|_| Url::parse(&format!("{base}/v5/person/enrich")).ok())
            .ok_or_else(|| HttpBuildError::InvalidBaseUrl(config.base_url.clone()))?;
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            .build()?;
        let breaker = breaker::build(
            config.breaker_failure_threshold,
            config.breaker_cool_down,
            base.to_owned(),
        );
        Ok(Self {
            client,
            endpoint,
            config,
            breaker,
        })
    }

    /// The configuration in use, for startup logs (the key is redacted in `Debug`).
    pub fn config(&self) -> &HttpEnricherConfig {
        &self.config
    }

    /// False while the circuit breaker refuses calls, so a caller can fail fast.
    pub fn is_available(&self) -> bool {
        self.breaker.is_call_permitted()
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
        let call = retry::enrich_with_retries(&self.client, url, &self.config, &domain, profile);
        match self.breaker.call_with(breaker::counts_against, call).await {
            Ok(emails) => Ok(Enrichment { emails }),
            Err(failsafe::Error::Rejected) => {
                Err(EnrichError::Unavailable("circuit breaker open".to_owned()))
            }
            Err(failsafe::Error::Inner(error)) => Err(error),
        }
    }
}
