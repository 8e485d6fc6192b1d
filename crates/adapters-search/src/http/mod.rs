//! `HttpPeopleSearch`: a remote Elasticsearch/OpenSearch-compatible index behind retries and a
//! circuit breaker.

pub mod es_dsl;

use std::collections::HashSet;
use std::time::Duration;

use sourcing_domain::ports::{PeopleSearch, SearchError, SearchRequest, SearchResults};
use sourcing_http_resilience::{
    AttemptError, Backoff, BreakerConfig, BreakerError, ResilientClient, RetryError, RetryPolicy,
    Retryable,
};

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
    http: ResilientClient,
    search_url: String,
    config: HttpSearchConfig,
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
    /// Builds the client and breaker (see [`ResilientClient::new`]).
    pub fn new(config: HttpSearchConfig) -> Result<Self, HttpBuildError> {
        let base = config.base_url.trim_end_matches('/');
        if !(base.starts_with("http://") || base.starts_with("https://"))
            || base.len() <= "https://".len()
        {
            return Err(HttpBuildError::InvalidBaseUrl(config.base_url.clone()));
        }
        let search_url = format!("{base}/_search");
        let policy = RetryPolicy {
            max_retries: config.max_retries,
            backoff: Backoff::new(config.backoff_base),
            max_retry_after: config.max_retry_after,
            ..RetryPolicy::new(config.timeout)
        };
        let breaker = BreakerConfig {
            failure_threshold: config.breaker_failure_threshold,
            cool_down: config.breaker_cool_down,
        };
        let http = ResilientClient::new("people-search", base.to_owned(), policy, breaker)?;
        Ok(Self {
            http,
            search_url,
            config,
        })
    }

    /// The configuration in use, for startup logs.
    pub fn config(&self) -> &HttpSearchConfig {
        &self.config
    }

    /// Retries made so far by this client and its clones, for the app's metrics (the adapter
    /// stays free of any metrics library).
    pub fn retries(&self) -> u64 {
        self.http.retries()
    }
}

impl PeopleSearch for HttpPeopleSearch {
    async fn search(&self, request: SearchRequest) -> Result<SearchResults, SearchError> {
        let body = es_dsl::render_request(&request);
        let call = async {
            let sent = self
                .http
                .send(|c| c.post(&self.search_url).json(&body), read_response);
            sent.await.map_err(exhausted_or_final)
        };
        let mut results = match self.http.breaker().call(is_transport_failure, call).await {
            Ok(results) => results,
            Err(BreakerError::Open) => {
                return Err(SearchError::Unavailable("circuit breaker open".to_owned()));
            }
            Err(BreakerError::Inner(error)) => return Err(error),
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
        self.http.is_available()
    }
}

/// Reads an answer the retry policy did not retry (not 429, not 5xx): another 4xx is a query the
/// index rejects → `BadQuery`; an unexpected status or an unreadable body → `Other`. Neither is
/// retried; a body cut off in transit is.
async fn read_response(
    response: reqwest::Response,
) -> Result<SearchResults, AttemptError<SearchError>> {
    let status = response.status();
    let bytes = response
        .bytes()
        .await
        .map_err(|e| Retryable::transport(&e))?;
    if status.is_client_error() {
        let text = String::from_utf8_lossy(&bytes[..bytes.len().min(500)]);
        return Err(AttemptError::Final(SearchError::BadQuery(format!(
            "{status}: {text}"
        ))));
    }
    if !status.is_success() {
        let why = format!("unexpected status {status}");
        return Err(AttemptError::Final(SearchError::Other(why)));
    }
    es_dsl::parse_response(&bytes).map_err(|e| {
        AttemptError::Final(SearchError::Other(format!(
            "unreadable search response: {e}"
        )))
    })
}

/// Exhausted 429 → `RateLimited` with the index's (uncapped) wait; other exhausted failures
/// (transport, 5xx) → `Unavailable`; a final answer as `read_response` mapped it.
fn exhausted_or_final(error: RetryError<SearchError>) -> SearchError {
    match error {
        RetryError::Final(error) => error,
        RetryError::Exhausted {
            last: Retryable::Throttled(retry_after),
            ..
        } => SearchError::RateLimited { retry_after },
        RetryError::Exhausted { last, attempts, .. } => {
            SearchError::Unavailable(format!("{last} after {attempts} attempts"))
        }
    }
}

/// Only a sick index counts against the breaker: exhausted timeouts, connection errors, 5xx and
/// 429s. A rejected query (our bug) or an unreadable body does not.
fn is_transport_failure(error: &SearchError) -> bool {
    matches!(
        error,
        SearchError::Unavailable(_) | SearchError::RateLimited { .. }
    )
}
