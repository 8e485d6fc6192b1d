//! Exponential backoff with jitter for retryable failures.

use std::time::Duration;

use rand::Rng;

/// `base · 2^(attempt-1)`, capped at `max`, then scaled by a random factor in [0.75, 1.25]
/// (capped again) so that tasks failing together do not retry together.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Backoff {
    pub(crate) base: Duration,
    pub(crate) max: Duration,
}

impl Backoff {
    /// Delay before the attempt after `attempt` (1-based: the attempt that just failed).
    pub(crate) fn delay(&self, attempt: i32) -> Duration {
        let factor = rand::rng().random_range(0.75..=1.25);
        self.delay_with_factor(attempt, factor)
    }

    fn delay_with_factor(&self, attempt: i32, factor: f64) -> Duration {
        let exponent = attempt.saturating_sub(1).clamp(0, 62);
        let max = self.max.as_secs_f64();
        let raw = (self.base.as_secs_f64() * 2f64.powi(exponent)).min(max);
        Duration::try_from_secs_f64((raw * factor).min(max)).unwrap_or(self.max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const B: Backoff = Backoff {
        base: Duration::from_secs(1),
        max: Duration::from_secs(60),
    };

    #[test]
    fn doubles_per_attempt_then_caps() {
        let secs: Vec<f64> = (1..=8)
            .map(|a| B.delay_with_factor(a, 1.0).as_secs_f64())
            .collect();
        assert_eq!(secs, vec![1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0]);
    }

    #[test]
    fn jitter_stays_within_a_quarter_and_never_exceeds_max() {
        for attempt in [1, 3, 6, 7, 1000, i32::MAX, 0, -5] {
            for _ in 0..50 {
                let d = B.delay(attempt);
                let nominal = B.delay_with_factor(attempt, 1.0);
                assert!(d <= B.max, "{d:?}");
                assert!(
                    d.as_secs_f64() >= nominal.as_secs_f64() * 0.75 - 1e-9,
                    "{d:?}"
                );
                assert!(
                    d.as_secs_f64() <= nominal.as_secs_f64() * 1.25 + 1e-9,
                    "{d:?}"
                );
            }
        }
    }

    #[test]
    fn huge_max_does_not_overflow() {
        let b = Backoff {
            base: Duration::from_secs(3600),
            max: Duration::MAX,
        };
        assert!(b.delay(200) > Duration::ZERO);
    }
}
