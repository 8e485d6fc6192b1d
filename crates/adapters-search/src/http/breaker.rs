//! The circuit breaker around the whole retried call, and its state-change logging.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use failsafe::backoff::{self, Constant};
use failsafe::failure_policy::{self, ConsecutiveFailures};
use failsafe::{Config, Instrument, StateMachine};
use sourcing_domain::ports::SearchError;

/// The breaker type: opens after N consecutive failures, stays open for a constant cool-down.
pub(crate) type Breaker = StateMachine<ConsecutiveFailures<Constant>, StateLog>;

/// Builds a breaker that opens after `threshold` consecutive failures for `cool_down`.
pub(crate) fn build(threshold: u32, cool_down: Duration, target: String) -> Breaker {
    Config::new()
        .failure_policy(failure_policy::consecutive_failures(
            threshold.max(1),
            backoff::constant(cool_down),
        ))
        .instrument(StateLog {
            target,
            started: AtomicBool::new(false),
        })
        .build()
}

/// Only a sick index counts against the breaker: exhausted timeouts, connection errors, 5xx and
/// 429s. A rejected query (our bug) or an unreadable body does not.
pub(crate) fn is_transport_failure(error: &SearchError) -> bool {
    matches!(
        error,
        SearchError::Unavailable(_) | SearchError::RateLimited { .. }
    )
}

/// Logs breaker transitions at warn, so an operator sees the index flapping.
#[derive(Debug)]
pub(crate) struct StateLog {
    target: String,
    /// failsafe reports "closed" once at construction; that is not a transition.
    started: AtomicBool,
}

impl Instrument for StateLog {
    fn on_call_rejected(&self) {
        tracing::debug!(index = %self.target, "people-search call rejected: circuit breaker open");
    }

    fn on_open(&self) {
        tracing::warn!(index = %self.target, "people-search circuit breaker opened");
    }

    fn on_half_open(&self) {
        tracing::warn!(index = %self.target, "people-search circuit breaker half-open: probing");
    }

    fn on_closed(&self) {
        if self.started.swap(true, Ordering::Relaxed) {
            tracing::warn!(index = %self.target, "people-search circuit breaker closed");
        }
    }
}
