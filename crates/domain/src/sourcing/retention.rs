//! How long a run and everything it delivered stay reachable: results, cards and enrichment
//! all use this one rule, so an expired run's people cannot come back through another route.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use crate::ports::Clock;

/// The first instant a run may have been created at to still be reachable at `now`.
#[must_use]
pub fn retained_since(now: DateTime<Utc>, days: i64) -> DateTime<Utc> {
    now - Duration::days(days)
}

/// The retention rule with its clock, for the services that read what runs delivered.
#[derive(Clone)]
pub struct Retention {
    days: i64,
    clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for Retention {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Retention({} days)", self.days)
    }
}

impl Retention {
    /// Runs (and what they delivered) are reachable for `days` after their creation.
    pub fn new(days: i64, clock: Arc<dyn Clock>) -> Self {
        Self { days, clock }
    }

    /// The cutoff now: runs created before it are gone.
    #[must_use]
    pub fn since(&self) -> DateTime<Utc> {
        retained_since(self.clock.now(), self.days)
    }
}
