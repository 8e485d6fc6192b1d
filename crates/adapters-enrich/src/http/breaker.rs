//! The circuit breaker around one whole (retried) enrich call.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use failsafe::backoff::{self, Constant};
use failsafe::failure_policy::{self, ConsecutiveFailures};
use failsafe::{Config, Instrument, StateMachine};
use sourcing_domain::ports::EnrichError;

/// Opens after N consecutive failed calls, stays open for a constant cool-down.
pub(crate) type Breaker = StateMachine<ConsecutiveFailures<Constant>, Transitions>;

/// A breaker for the provider at `target` (its base URL, for logs).
pub(crate) fn build(threshold: u32, cool_down: Duration, target: String) -> Breaker {
    let policy =
        failure_policy::consecutive_failures(threshold.max(1), backoff::constant(cool_down));
    Config::new()
        .failure_policy(policy)
        .instrument(Transitions {
            target,
            constructed: AtomicBool::new(false),
        })
        .build()
}

/// Only a sick provider counts: `Unavailable` (timeouts, connection errors, 5xx and 429 after
/// retries, a refused key). A miss, or an answer we cannot read, is the provider working.
pub(crate) fn counts_against(error: &EnrichError) -> bool {
    error.is_transient()
}

/// Logs the breaker's transitions, so an operator sees the provider flapping.
#[derive(Debug)]
pub(crate) struct Transitions {
    target: String,
    /// failsafe reports "closed" once when built; that is no transition.
    constructed: AtomicBool,
}

impl Transitions {
    fn warn(&self, state: &str) {
        tracing::warn!(provider = %self.target, state, "enrichment provider circuit breaker changed state");
    }
}

impl Instrument for Transitions {
    fn on_call_rejected(&self) {
        tracing::debug!(provider = %self.target, "enrich call rejected: circuit breaker open");
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
