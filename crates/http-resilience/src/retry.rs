//! The retry policy: which failures are worth another attempt, how long to wait before it, and
//! how the whole call ends when attempts or time run out.

use std::time::Duration;

use reqwest::StatusCode;

use crate::Backoff;

/// How many attempts, how long each may take, how long to wait between them.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Extra attempts after the first (2 → 3 attempts).
    pub max_retries: u32,
    /// The wait before a retry the server gave no `Retry-After` for.
    pub backoff: Backoff,
    /// Upper bound on a server's `Retry-After`, so a throttling server cannot stall a caller.
    pub max_retry_after: Duration,
    /// Limit for one attempt (connect, send, read the whole body).
    pub timeout: Duration,
    /// The whole call, attempts and waits included: no attempt runs past it and no retry starts
    /// whose wait would reach it. `None`: only `max_retries` ends the call.
    pub deadline: Option<Duration>,
    /// Statuses answered by another attempt besides 429 (which always is, after its
    /// `Retry-After`); the default is every 5xx.
    pub retry_status: fn(StatusCode) -> bool,
}

impl RetryPolicy {
    /// Two retries 200 ms apart (doubling, jittered), `Retry-After` up to 10 s, 5xx retried, no
    /// deadline; `timeout` per attempt.
    pub fn new(timeout: Duration) -> Self {
        Self {
            max_retries: 2,
            backoff: Backoff::new(Duration::from_millis(200)),
            max_retry_after: Duration::from_secs(10),
            timeout,
            deadline: None,
            retry_status: |status| status.is_server_error(),
        }
    }

    /// The wait before the attempt after failed attempt `attempt`: the server's `Retry-After`
    /// within the cap, else the jittered backoff.
    pub fn wait(&self, failure: &Retryable, attempt: u32) -> Duration {
        match failure {
            Retryable::Throttled(Some(asked)) => (*asked).min(self.max_retry_after),
            _ => self.backoff.delay(attempt),
        }
    }
}

/// A failure another attempt may not repeat.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Retryable {
    /// Timeout, refused connection, reset: the server may be fine a moment later.
    #[error("{0}")]
    Transport(String),
    /// A status the policy retries (5xx by default).
    #[error("status {0}")]
    Status(StatusCode),
    /// 429, with the wait the server asked for (uncapped).
    #[error("throttled (retry after {0:?})")]
    Throttled(Option<Duration>),
}

impl Retryable {
    /// A request or body read that failed below HTTP, described by its kind.
    pub fn transport(error: &reqwest::Error) -> Self {
        Self::Transport(if error.is_timeout() {
            "timeout".to_owned()
        } else if error.is_connect() {
            format!("connection failed: {error}")
        } else {
            format!("request failed: {error}")
        })
    }
}

/// How one attempt failed, as the caller's classifier (or the policy) decides.
#[derive(Debug)]
pub enum AttemptError<E> {
    /// Worth another attempt.
    Retry(Retryable),
    /// The answer would be the same: the call ends with this error at once.
    Final(E),
}

impl<E> From<Retryable> for AttemptError<E> {
    fn from(failure: Retryable) -> Self {
        Self::Retry(failure)
    }
}

/// Why a call with retries failed.
#[derive(Debug, thiserror::Error)]
pub enum RetryError<E> {
    /// An answer the caller classified as final.
    #[error("{0}")]
    Final(E),
    /// Every attempt failed retryably, or the deadline left no room for another.
    #[error("{last} after {attempts} attempt(s)")]
    Exhausted {
        /// The last attempt's failure.
        last: Retryable,
        /// Attempts made.
        attempts: u32,
        /// The deadline, not the attempt count, ended the call.
        out_of_time: bool,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_capped_and_otherwise_the_backoff_is_used() {
        let policy = RetryPolicy {
            max_retry_after: Duration::from_secs(2),
            backoff: Backoff::new(Duration::from_millis(100)),
            ..RetryPolicy::new(Duration::from_secs(1))
        };
        let asked = |secs| Retryable::Throttled(Some(Duration::from_secs(secs)));
        assert_eq!(policy.wait(&asked(1), 1), Duration::from_secs(1));
        assert_eq!(policy.wait(&asked(30), 1), Duration::from_secs(2));
        for failure in [
            Retryable::Throttled(None),
            Retryable::Status(StatusCode::BAD_GATEWAY),
            Retryable::Transport("timeout".into()),
        ] {
            let wait = policy.wait(&failure, 2);
            assert!((Duration::from_millis(100)..=Duration::from_millis(200)).contains(&wait));
        }
    }

    #[test]
    fn the_default_retries_server_errors_only() {
        let retry = RetryPolicy::new(Duration::from_secs(1)).retry_status;
        assert!(retry(StatusCode::INTERNAL_SERVER_ERROR));
        assert!(retry(StatusCode::SERVICE_UNAVAILABLE));
        assert!(!retry(StatusCode::BAD_REQUEST));
        assert!(!retry(StatusCode::NOT_FOUND));
        assert!(!retry(StatusCode::OK));
    }

    #[test]
    fn failures_read_as_the_adapters_always_wrote_them() {
        let exhausted: RetryError<String> = RetryError::Exhausted {
            last: Retryable::Status(StatusCode::SERVICE_UNAVAILABLE),
            attempts: 3,
            out_of_time: false,
        };
        assert_eq!(
            exhausted.to_string(),
            "status 503 Service Unavailable after 3 attempt(s)"
        );
        assert_eq!(
            Retryable::Throttled(Some(Duration::from_secs(1))).to_string(),
            "throttled (retry after Some(1s))"
        );
    }
}
