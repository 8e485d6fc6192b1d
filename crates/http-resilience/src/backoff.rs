//! How long to wait before the next attempt.

use std::time::Duration;

use rand::Rng;

/// Exponential backoff with jitter in its upper half: attempt n waits between `c/2` and `c`,
/// where `c = min(base·2^(n-1), max)`, so parallel callers do not retry in lockstep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The ceiling of the first wait.
    pub base: Duration,
    /// The ceiling of any wait, whatever the attempt.
    pub max: Duration,
}

impl Backoff {
    /// Doubling from `base` up to `base·2^16` (the cap both adapters always had).
    pub fn new(base: Duration) -> Self {
        Self {
            base,
            max: base.saturating_mul(1 << 16),
        }
    }

    /// The jittered wait after failed attempt `attempt` (1-based).
    pub fn delay(&self, attempt: u32) -> Duration {
        let ceiling = self
            .base
            .saturating_mul(1 << attempt.saturating_sub(1).min(16))
            .min(self.max);
        let floor = ceiling / 2;
        let spread = u64::try_from((ceiling - floor).as_millis()).unwrap_or(u64::MAX);
        floor + Duration::from_millis(rand::rng().random_range(0..=spread))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn backoff(base: Duration, attempt: u32) -> Duration {
        Backoff::new(base).delay(attempt)
    }

    // from adapters-search/src/http/retry.rs
    #[test]
    fn backoff_grows_and_stays_within_jitter_bounds() {
        let base = Duration::from_millis(200);
        for _ in 0..100 {
            let first = backoff(base, 1);
            assert!(first >= Duration::from_millis(100) && first <= Duration::from_millis(200));
            let third = backoff(base, 3);
            assert!(third >= Duration::from_millis(400) && third <= Duration::from_millis(800));
        }
    }

    // from adapters-enrich/src/http/retry.rs
    #[test]
    fn backoff_doubles_within_its_jitter_band() {
        let base = Duration::from_millis(100);
        for _ in 0..50 {
            let second = backoff(base, 2);
            assert!((Duration::from_millis(100)..=Duration::from_millis(200)).contains(&second));
        }
    }

    #[test]
    fn backoff_never_exceeds_its_max() {
        let capped = Backoff {
            base: Duration::from_millis(100),
            max: Duration::from_millis(300),
        };
        for attempt in [3, 10, 40] {
            let wait = capped.delay(attempt);
            assert!((Duration::from_millis(150)..=Duration::from_millis(300)).contains(&wait));
        }
    }

    #[test]
    fn a_late_attempt_saturates_instead_of_overflowing() {
        let wait = Backoff::new(Duration::from_millis(1)).delay(u32::MAX);
        assert!(wait <= Duration::from_millis(1 << 16));
        assert!(wait >= Duration::from_millis(1 << 15));
    }
}
