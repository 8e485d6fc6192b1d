//! How `wait_for_run` and `wait_for_enrichment` poll: exponential backoff up to a deadline.

use std::time::Duration;

/// Polling schedule: the first delay, growing by `factor` up to `max_delay`, until `deadline`
/// has passed since the first poll. A 429 waits at least its `Retry-After`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WaitOptions {
    /// Delay after the first poll.
    pub initial_delay: Duration,
    /// Growth per poll (≥ 1).
    pub factor: f64,
    /// Cap of one delay.
    pub max_delay: Duration,
    /// Give up (with [`crate::ClientError::Timeout`]) after this long.
    pub deadline: Duration,
}

impl Default for WaitOptions {
    /// 250 ms doubling up to 5 s, for at most 5 minutes: quick for small runs, gentle on the
    /// results endpoint's 120/min limit for long ones.
    fn default() -> Self {
        Self {
            initial_delay: Duration::from_millis(250),
            factor: 2.0,
            max_delay: Duration::from_secs(5),
            deadline: Duration::from_secs(300),
        }
    }
}

impl WaitOptions {
    /// The same schedule with another deadline.
    #[must_use]
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// The delay after `current`: multiplied by the factor, capped.
    pub(crate) fn next_delay(&self, current: Duration) -> Duration {
        let factor = if self.factor.is_finite() && self.factor >= 1.0 {
            self.factor
        } else {
            1.0
        };
        Duration::try_from_secs_f64(current.as_secs_f64() * factor)
            .map_or(self.max_delay, |next| next.min(self.max_delay))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_up_to_the_cap() {
        let options = WaitOptions::default();
        let mut delay = options.initial_delay;
        let mut seen = Vec::new();
        for _ in 0..7 {
            seen.push(delay.as_millis());
            delay = options.next_delay(delay);
        }
        assert_eq!(seen, [250, 500, 1000, 2000, 4000, 5000, 5000]);
        let odd = WaitOptions {
            factor: f64::NAN,
            ..options
        };
        assert_eq!(
            odd.next_delay(Duration::from_secs(1)),
            Duration::from_secs(1)
        );
    }
}
