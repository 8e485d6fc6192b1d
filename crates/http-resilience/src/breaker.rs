//! The circuit breaker around a whole (retried) call, and its state-change logging.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use failsafe::backoff::{self, Constant};
use failsafe::failure_policy::{self, ConsecutiveFailures};
use failsafe::futures::CircuitBreaker;
use failsafe::{Config, Instrument, StateMachine};

/// When the breaker opens and for how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BreakerConfig {
    /// Consecutive failed calls that open the breaker (at least 1).
    pub failure_threshold: u32,
    /// How long the breaker stays open before letting a call probe again.
    pub cool_down: Duration,
}

/// Why a call through the breaker failed.
#[derive(Debug, thiserror::Error)]
pub enum BreakerError<E> {
    /// The breaker is open: the call was not made.
    #[error("circuit breaker open")]
    Open,
    /// The call was made and failed.
    #[error("{0}")]
    Inner(E),
}

/// Opens after N consecutive failed calls, stays open for a constant cool-down, then lets one
/// probe through (failsafe's half-open state). Cheap to clone; clones share the state.
#[derive(Clone)]
pub struct Breaker {
    machine: StateMachine<ConsecutiveFailures<Constant>, Transitions>,
}

impl std::fmt::Debug for Breaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Breaker")
            .field("call_permitted", &self.machine.is_call_permitted())
            .finish()
    }
}

impl Breaker {
    /// A breaker for `service` (a log label such as "people-search") at `endpoint` (its base
    /// URL, for logs).
    pub fn new(config: BreakerConfig, service: &'static str, endpoint: String) -> Self {
        let policy = failure_policy::consecutive_failures(
            config.failure_threshold.max(1),
            backoff::constant(config.cool_down),
        );
        let machine = Config::new()
            .failure_policy(policy)
            .instrument(Transitions {
                service,
                endpoint,
                constructed: AtomicBool::new(false),
            })
            .build();
        Self { machine }
    }

    /// Runs `call` unless the breaker is open; an error counts against it only when
    /// `counts_against` says so (a sick server, not a caller's mistake).
    pub async fn call<T, E, F>(
        &self,
        counts_against: impl Fn(&E) -> bool,
        call: F,
    ) -> Result<T, BreakerError<E>>
    where
        F: Future<Output = Result<T, E>>,
    {
        match self.machine.call_with(counts_against, call).await {
            Ok(value) => Ok(value),
            Err(failsafe::Error::Rejected) => Err(BreakerError::Open),
            Err(failsafe::Error::Inner(error)) => Err(BreakerError::Inner(error)),
        }
    }

    /// False while the breaker refuses calls, so a caller can fail fast.
    pub fn is_call_permitted(&self) -> bool {
        self.machine.is_call_permitted()
    }
}

/// Logs the breaker's transitions at warn, so an operator sees the server flapping.
#[derive(Debug)]
struct Transitions {
    service: &'static str,
    endpoint: String,
    /// failsafe reports "closed" once when built; that is no transition.
    constructed: AtomicBool,
}

impl Transitions {
    fn warn(&self, state: &str) {
        tracing::warn!(endpoint = %self.endpoint, state, "{} circuit breaker changed state", self.service);
    }
}

impl Instrument for Transitions {
    fn on_call_rejected(&self) {
        tracing::debug!(endpoint = %self.endpoint, "{} call rejected: circuit breaker open", self.service);
    }

    fn on_open(&self) {
        self.warn("open");
    }

    fn on_half_open(&self) {
        self.warn("half-open");
    }

    fn on_closed(&self) {
        if self.constructed.swap(true, Ordering::Relaxed) {
            self.warn("closed");
        }
    }
}
