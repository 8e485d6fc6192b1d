//! `HttpPeopleSearch`: a remote Elasticsearch/OpenSearch-compatible index behind retries and a
//! circuit breaker.

mod breaker;
pub mod es_dsl;
mod retry;

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use failsafe::futures::CircuitBreaker;
use sourcing_domain::ports::{PeopleSearch, SearchError, SearchRequest, SearchResults};

use breaker::Breaker;

/// Knobs of the HTTP backend; defaults match the issue (15 s per attempt, 2 retries, 200 ms
/// jittered backoff, breaker 5 failures / 30 s).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpSearchConfig {
    /// Index base URL; requests go to `{base_url}/_search`.
    pub base_url: String,
    /// Limit for one attempt (connect, send, read the whole body).
    pub timeout: Duration,
    /// Extra attempts after the first (2 → 3 attempts).
    pub max_retries: u32,
    /// First retry waits about this long (equal jitter), doubling per attempt.
    pub backoff_base: Duration,
    /// Upper bound on a server's `Retry-After`, so a throttling index cannot stall a run.
    pub max_retry_after: Duration,
    /// Consecutive failed calls (after retries) that open the breaker.
    pub breaker_failure_threshold: u32,
    /// How long the breaker stays open before letting calls probe again.
    pub breaker_cool_down: Duration,
}

impl HttpSearchConfig {
    /// Defaults for everything but the URL.
    pub fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            timeout: Duration::from_secs(15),
            max_retries: 2,
            backoff_base: Duration::from_millis(200),
            max_retry_after: Duration::from_secs(10),
            breaker_failure_threshold: 5,
            breaker_cool_down: Duration::from_secs(30),
        }
    }
}

/// Why the HTTP backend could not be constructed (a startup error, not a search error).
#[derive(Debug, thiserror::Error)]
pub enum HttpBuildError {
    /// The base URL is not an absolute http(s) URL.
    #[error("invalid people-search base URL {0:?}")]
    InvalidBaseUrl(String),
    /// reqwest could not build its client (TLS setup).
    #[error("cannot build people-search HTTP client: {0}")]
    Client(#[from] reqwest::Error),
}

/// People search against a remote Elasticsearch-compatible `_search` endpoint.
///
/// Cheap to clone; clones share the connection pool and the circuit breaker.
#[derive(Clone)]
pub struct HttpPeopleSearch {
    client: reqwest::Client,
    search_url: String,
    config: HttpSearchConfig,
    breaker: Breaker,
    retries: Arc<AtomicU64>,
}

impl std::fmt::Debug for HttpPeopleSearch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpPeopleSearch")
            .field("search_url", &self.search_url)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl HttpPeopleSearch {
    /// Builds the client and breaker; installs the rustls ring provider first, since reqwest is
    /// built without a default crypto provider.
    pub fn new(config: HttpSearchConfig) -> Result<Self, HttpBuildError> {
        // Err only means a provider is already installed, which is what we want.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let base = config.base_url.trim_end_matches('/');
        if !(base.starts_with("http://") || base.starts_with("https://"))
            || base.len() <= "https://".len()
        {
            return Err(HttpBuildError::InvalidBaseUrl(config.base_url.clone()));
        }
        let search_url = format!("{base}/_search");
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
            search_url,
            config,
            breaker,
            retries: Arc::new(AtomicU64::new(0)),
        })
    }

    /// The configuration in use, for startup logs.
    pub fn config(&self) -> &HttpSearchConfig {
        &self.config
    }

    /// Retries made so far by this client and its clones, for the app's metrics (the adapter
    /// stays free of any metrics library).
    pub fn retries(&self) -> u64 {
        self.retries.load(Ordering::Relaxed)
    }
}

impl PeopleSearch for HttpPeopleSearch {
    async fn search(&self, request: SearchRequest) -> Result<SearchResults, SearchError> {
        let body = es_dsl::render_request(&request);
        let call = retry::search_with_retries(
            &self.client,
            &self.search_url,
            &body,
            &self.config,
            &self.retries,
        );
        let mut results = match self
            .breaker
            .call_with(breaker::is_transport_failure, call)
            .await
        {
            Ok(results) => results,
            Err(failsafe::Error::Rejected) => {
                return Err(SearchError::Unavailable("circuit breaker open".to_owned()));
            }
            Err(failsafe::Error::Inner(error)) => return Err(error),
        };
        // The port's MUSTs hold even if the remote index ignores part of the query.
        if !request.exclude_ids.is_empty() {
            let excluded: HashSet<&str> = request.exclude_ids.iter().map(String::as_str).collect();
            results
                .hits
                .retain(|hit| !excluded.contains(hit.profile.profile_id.as_str()));
        }
        results.hits.sort_by(|a, b| {
            b.relevance
                .total_cmp(&a.relevance)
                .then_with(|| a.profile.profile_id.cmp(&b.profile.profile_id))
        });
        results.hits.truncate(request.size);
        Ok(results)
    }

    fn is_available(&self) -> bool {
        self.breaker.is_call_permitted()
    }
}
