//! `ResilientClient`: a reqwest client with the retry policy and the circuit breaker, shared
//! by an adapter and its clones.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use tokio::time::Instant;

use crate::{
    AttemptError, Breaker, BreakerConfig, RetryError, RetryPolicy, Retryable, retry_after,
};

/// One upstream server behind the retry policy and a circuit breaker.
///
/// Cheap to clone; clones share the connection pool, the breaker and the retry count.
#[derive(Clone)]
pub struct ResilientClient {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    policy: RetryPolicy,
    breaker: Breaker,
    retries: AtomicU64,
    service: &'static str,
    endpoint: String,
}

impl std::fmt::Debug for ResilientClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let inner = &self.inner;
        f.debug_struct("ResilientClient")
            .field("service", &inner.service)
            .field("endpoint", &inner.endpoint)
            .field("policy", &inner.policy)
            .field("breaker", &inner.breaker)
            .finish_non_exhaustive()
    }
}

impl ResilientClient {
    /// Builds the client (connect and request limited to the policy's timeout) and the breaker;
    /// installs the rustls ring provider first, since reqwest is built without a default one.
    /// `service` labels the logs ("people-search"); `endpoint` is the base URL, for logs.
    pub fn new(
        service: &'static str,
        endpoint: String,
        policy: RetryPolicy,
        breaker: BreakerConfig,
    ) -> Result<Self, reqwest::Error> {
        // Err only means a provider is already installed, which is what we want.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .timeout(policy.timeout)
            .connect_timeout(policy.timeout)
            .build()?;
        let inner = Inner {
            http,
            policy,
            breaker: Breaker::new(breaker, service, endpoint.clone()),
            retries: AtomicU64::new(0),
            service,
            endpoint,
        };
        Ok(Self {
            inner: Arc::new(inner),
        })
    }

    /// The retry policy in use.
    pub fn policy(&self) -> &RetryPolicy {
        &self.inner.policy
    }

    /// Retries made so far by this client and its clones, for metrics.
    pub fn retries(&self) -> u64 {
        self.inner.retries.load(Ordering::Relaxed)
    }

    /// False while the circuit breaker refuses calls, so a caller can fail fast.
    pub fn is_available(&self) -> bool {
        self.inner.breaker.is_call_permitted()
    }

    /// The circuit breaker to run a whole call through (usually a [`Self::send`] mapped to
    /// the caller's error).
    pub fn breaker(&self) -> &Breaker {
        &self.inner.breaker
    }

    /// Sends the request `build` makes until `classify` accepts an answer or calls it final,
    /// attempts are spent, or the deadline leaves no room. Transport errors, 429 and the
    /// policy's retryable statuses never reach `classify`: they are retried.
    pub async fn send<T, E, B, C, Fut>(&self, build: B, classify: C) -> Result<T, RetryError<E>>
    where
        B: Fn(&reqwest::Client) -> reqwest::RequestBuilder,
        C: Fn(reqwest::Response) -> Fut,
        Fut: Future<Output = Result<T, AttemptError<E>>>,
    {
        let Inner {
            http,
            policy,
            retries,
            service,
            endpoint,
            ..
        } = &*self.inner;
        let deadline = policy.deadline.and_then(|d| Instant::now().checked_add(d));
        let attempts = policy.max_retries.saturating_add(1);
        let mut attempt = 0;
        loop {
            attempt += 1;
            let timeout = deadline.map_or(policy.timeout, |d| {
                policy
                    .timeout
                    .min(d.saturating_duration_since(Instant::now()))
            });
            let request = build(http).timeout(timeout);
            let failure = match attempt_once(request, policy.retry_status, &classify).await {
                Ok(value) => return Ok(value),
                Err(AttemptError::Final(error)) => return Err(RetryError::Final(error)),
                Err(AttemptError::Retry(failure)) => failure,
            };
            let wait = policy.wait(&failure, attempt);
            let out_of_time = deadline.is_some_and(|d| Instant::now() + wait >= d);
            if attempt >= attempts || out_of_time {
                tracing::warn!(%endpoint, attempt, out_of_time, error = %failure, "{service} call gave up");
                let last = failure;
                return Err(RetryError::Exhausted {
                    last,
                    attempts: attempt,
                    out_of_time,
                });
            }
            retries.fetch_add(1, Ordering::Relaxed);
            tracing::info!(%endpoint, attempt, wait_ms = millis(wait), error = %failure, "{service} attempt failed; retrying");
            tokio::time::sleep(wait).await;
        }
    }
}

/// One attempt: 429 and the retryable statuses are retried here, any other answer is
/// `classify`'s to judge.
async fn attempt_once<T, E, C, Fut>(
    request: reqwest::RequestBuilder,
    retry_status: fn(StatusCode) -> bool,
    classify: &C,
) -> Result<T, AttemptError<E>>
where
    C: Fn(reqwest::Response) -> Fut,
    Fut: Future<Output = Result<T, AttemptError<E>>>,
{
    let response = request.send().await.map_err(|e| Retryable::transport(&e))?;
    let status = response.status();
    if status == StatusCode::TOO_MANY_REQUESTS {
        let asked = retry_after(response.headers(), SystemTime::now());
        return Err(Retryable::Throttled(asked).into());
    }
    if retry_status(status) {
        return Err(Retryable::Status(status).into());
    }
    classify(response).await
}

fn millis(wait: Duration) -> u64 {
    u64::try_from(wait.as_millis()).unwrap_or(u64::MAX)
}
