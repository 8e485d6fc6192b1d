//! Deliveries and their attempts, and the rules that decide what happens after an attempt:
//! when to retry, when a delivery has failed, when the circuit opens.

use std::time::Duration;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::ids::CompanyId;

/// Failed deliveries in a row that open a webhook's circuit (the contract's number).
pub const CIRCUIT_THRESHOLD: u32 = 5;
/// Longest wait a receiver's `Retry-After` can impose before the next attempt.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(3600);
/// Bytes of a receiver's answer kept with an attempt.
pub const RESPONSE_BODY_LIMIT: usize = 1024;

/// Where a delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryStatus {
    /// Waiting for its first or next attempt.
    Pending,
    /// A receiver answered 2xx.
    Succeeded,
    /// Every attempt failed.
    Failed,
    /// The webhook was deleted before the event got through.
    Cancelled,
    /// The webhook was inactive (paused or circuit open) when the event was due.
    Skipped,
}

impl DeliveryStatus {
    /// Every status, the pending one first.
    pub const ALL: [DeliveryStatus; 5] = [
        DeliveryStatus::Pending,
        DeliveryStatus::Succeeded,
        DeliveryStatus::Failed,
        DeliveryStatus::Cancelled,
        DeliveryStatus::Skipped,
    ];

    /// Wire and storage name.
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Succeeded => "succeeded",
            DeliveryStatus::Failed => "failed",
            DeliveryStatus::Cancelled => "cancelled",
            DeliveryStatus::Skipped => "skipped",
        }
    }

    /// Parses the storage name.
    pub fn parse(s: &str) -> Option<Self> {
        DeliveryStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
    }

    /// Whether no more automatic attempts follow.
    pub fn is_final(self) -> bool {
        self != DeliveryStatus::Pending
    }
}

/// One event on its way to one webhook; its id is the `deliveryId` of every attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Delivery {
    /// `deliveryId` / `webhook-id`.
    pub id: Uuid,
    /// Owner.
    pub company_id: CompanyId,
    /// Destination.
    pub webhook_id: Uuid,
    /// The outbox event delivered (`None` for a ping).
    pub event_id: Option<Uuid>,
    /// Event label.
    pub event: String,
    /// Where it stands.
    pub status: DeliveryStatus,
    /// Attempts so far, oldest first.
    pub attempts: Vec<Attempt>,
    /// When the event happened (the envelope's `timestamp`).
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// One HTTP call to a receiver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// 1 for the first call.
    pub number: u32,
    /// When it started.
    pub at: DateTime<Utc>,
    /// The receiver's status, when it answered.
    pub status_code: Option<u16>,
    /// Time to the answer or the failure.
    pub duration_ms: u64,
    /// Why it failed (timeout, refused address, non-2xx …).
    pub error: Option<String>,
    /// The start of the receiver's answer, truncated.
    pub response_body: Option<String>,
}

/// What one send came back with, as the sender observed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendResult {
    /// The receiver's status, when it answered.
    pub status_code: Option<u16>,
    /// Time to the answer or the failure.
    pub duration_ms: u64,
    /// Transport failure (timeout, refused address, connection error).
    pub error: Option<String>,
    /// The start of the receiver's answer.
    pub response_body: Option<String>,
    /// The receiver's `Retry-After`, when it sent one.
    pub retry_after: Option<Duration>,
}

impl SendResult {
    /// Success is any 2xx answer (the contract's rule).
    pub fn is_success(&self) -> bool {
        self.error.is_none() && self.status_code.is_some_and(|s| (200..300).contains(&s))
    }

    /// Why this send counts as failed, for the attempt record.
    pub fn failure(&self) -> Option<String> {
        if self.is_success() {
            None
        } else if let Some(error) = &self.error {
            Some(error.clone())
        } else {
            Some(format!(
                "receiver answered {}",
                self.status_code
                    .map_or("nothing".to_owned(), |s| s.to_string())
            ))
        }
    }
}

/// How the webhook's breaker changes after a delivery ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CircuitUpdate {
    /// A delivery got through: the failure count restarts.
    Reset,
    /// A delivery failed: count it, and open the circuit at `threshold` failures in a row.
    Failure {
        /// Failures in a row that open the circuit.
        threshold: u32,
    },
}

/// The retry schedule: delays after the 1st, 2nd … failed attempt, with jitter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Base delays; past the end each retry waits twice the previous one.
    pub delays: Vec<Duration>,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            delays: [5_000, 300_000, 1_800_000]
                .into_iter()
                .map(Duration::from_millis)
                .collect(),
        }
    }
}

impl RetryPolicy {
    /// Parses `5000,300000,1800000` (milliseconds); every delay must be a positive integer.
    pub fn parse_millis(list: &str) -> Result<Self, String> {
        let delays = list
            .split(',')
            .map(|part| match part.trim().parse::<u64>() {
                Ok(ms) if ms > 0 => Ok(Duration::from_millis(ms)),
                _ => Err(format!(
                    "retry delays must be positive integers of milliseconds, got `{}`",
                    part.trim()
                )),
            })
            .collect::<Result<Vec<_>, _>>()?;
        if delays.is_empty() {
            return Err("retry delays must not be empty".to_owned());
        }
        Ok(Self { delays })
    }

    /// The wait before the next attempt after `attempts_made` attempts all failed, or `None`
    /// when the delivery has used its `max_retries` and fails. `jitter` in `[0, 1)` spreads the
    /// wait over ±20 % so that receivers coming back are not hit by every sender at once; a
    /// receiver's `Retry-After` is honoured when longer (at most [`MAX_RETRY_AFTER`]).
    pub fn next_delay(
        &self,
        attempts_made: u32,
        max_retries: u32,
        retry_after: Option<Duration>,
        jitter: f64,
    ) -> Option<Duration> {
        if attempts_made == 0 || attempts_made > max_retries {
            return None;
        }
        let index = (attempts_made - 1) as usize;
        let base = match self.delays.get(index) {
            Some(delay) => *delay,
            None => {
                let last = self
                    .delays
                    .last()
                    .copied()
                    .unwrap_or(Duration::from_secs(5));
                let doublings = u32::try_from(index + 1 - self.delays.len()).unwrap_or(u32::MAX);
                last.saturating_mul(2u32.saturating_pow(doublings.min(16)))
            }
        };
        let factor = 0.8 + 0.4 * jitter.clamp(0.0, 1.0);
        let jittered = base.mul_f64(factor);
        let wait = match retry_after {
            Some(asked) => jittered.max(asked.min(MAX_RETRY_AFTER)),
            None => jittered,
        };
        Some(wait)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(v: u64) -> Duration {
        Duration::from_millis(v)
    }

    #[test]
    fn default_schedule_is_the_contracts_and_stops_after_max_retries() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.next_delay(1, 3, None, 0.5), Some(ms(5_000)));
        assert_eq!(policy.next_delay(2, 3, None, 0.5), Some(ms(300_000)));
        assert_eq!(policy.next_delay(3, 3, None, 0.5), Some(ms(1_800_000)));
        assert_eq!(policy.next_delay(4, 3, None, 0.5), None);
        assert_eq!(policy.next_delay(1, 0, None, 0.5), None, "no retries asked");
    }

    #[test]
    fn jitter_stays_within_twenty_percent_and_longer_retries_double() {
        let policy = RetryPolicy::parse_millis("100, 200").unwrap();
        assert_eq!(policy.next_delay(1, 5, None, 0.0), Some(ms(80)));
        assert_eq!(policy.next_delay(1, 5, None, 1.0), Some(ms(120)));
        assert_eq!(policy.next_delay(3, 5, None, 0.5), Some(ms(400)));
        assert_eq!(policy.next_delay(4, 5, None, 0.5), Some(ms(800)));
    }

    #[test]
    fn retry_after_is_honoured_when_longer_and_capped() {
        let policy = RetryPolicy::parse_millis("100").unwrap();
        assert_eq!(
            policy.next_delay(1, 3, Some(ms(2_000)), 0.5),
            Some(ms(2_000))
        );
        assert_eq!(policy.next_delay(1, 3, Some(ms(10)), 0.5), Some(ms(100)));
        assert_eq!(
            policy.next_delay(1, 3, Some(Duration::from_secs(86_400)), 0.5),
            Some(MAX_RETRY_AFTER)
        );
    }

    #[test]
    fn bad_schedules_are_refused() {
        for bad in ["", "0", "5000,x", "-1", "5000,,1"] {
            assert!(RetryPolicy::parse_millis(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_2xx_answers_succeed() {
        let answer = |status: Option<u16>, error: Option<&str>| SendResult {
            status_code: status,
            duration_ms: 3,
            error: error.map(str::to_owned),
            response_body: None,
            retry_after: None,
        };
        assert!(answer(Some(200), None).is_success());
        assert!(answer(Some(204), None).is_success());
        assert!(!answer(Some(301), None).is_success());
        assert!(!answer(Some(500), None).is_success());
        assert!(!answer(None, Some("timed out")).is_success());
        assert_eq!(
            answer(Some(500), None).failure().as_deref(),
            Some("receiver answered 500")
        );
        for status in ["pending", "succeeded", "failed", "cancelled", "skipped"] {
            assert_eq!(DeliveryStatus::parse(status).unwrap().as_str(), status);
        }
    }
}
