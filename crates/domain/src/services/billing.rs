//! The usage report use case.

use chrono::{DateTime, Duration, Utc};

use crate::credits::{CreditError, UsageReport};
use crate::ids::CompanyId;
use crate::ports::CreditLedger;

/// A validated reporting period `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UsagePeriod {
    /// Inclusive start.
    pub start: DateTime<Utc>,
    /// Exclusive end.
    pub end: DateTime<Utc>,
}

/// Why a usage report cannot be produced.
#[derive(Debug, thiserror::Error)]
pub enum UsageError {
    /// `start` is not before `end`, or the period is longer than allowed.
    #[error("invalid period: {0}")]
    InvalidPeriod(&'static str),
    /// Ledger failure.
    #[error(transparent)]
    Credit(#[from] CreditError),
}

/// Longest period one report may cover.
pub const MAX_PERIOD_DAYS: i64 = 366;

impl UsagePeriod {
    /// Defaults: `end` = now, `start` = 30 days before `end`.
    pub fn resolve(
        start: Option<DateTime<Utc>>,
        end: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<Self, UsageError> {
        let end = end.unwrap_or(now);
        let start = start.unwrap_or(end - Duration::days(30));
        if start >= end {
            return Err(UsageError::InvalidPeriod("start must be before end"));
        }
        if end - start > Duration::days(MAX_PERIOD_DAYS) {
            return Err(UsageError::InvalidPeriod("period must not exceed 366 days"));
        }
        Ok(Self { start, end })
    }
}

/// Credits used by kind over the period, with the current balance.
pub async fn usage_report<L: CreditLedger>(
    ledger: &L,
    company: CompanyId,
    period: UsagePeriod,
) -> Result<UsageReport, UsageError> {
    Ok(ledger.usage(company, period.start, period.end).await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credits::UsageKind;
    use crate::ports::MockCreditLedger;

    #[test]
    fn period_defaults_and_validation() {
        let now = Utc::now();
        let p = UsagePeriod::resolve(None, None, now).unwrap();
        assert_eq!(p.end, now);
        assert_eq!(p.end - p.start, Duration::days(30));
        assert!(UsagePeriod::resolve(Some(now), Some(now), now).is_err());
        assert!(UsagePeriod::resolve(Some(now - Duration::days(400)), Some(now), now).is_err());
        assert!(UsagePeriod::resolve(Some(now + Duration::days(1)), None, now).is_err());
    }

    #[tokio::test]
    async fn report_is_scoped_to_the_caller_company() {
        let company = CompanyId::new_random();
        let now = Utc::now();
        let period = UsagePeriod::resolve(None, None, now).unwrap();
        let mut ledger = MockCreditLedger::new();
        ledger
            .expect_usage()
            .withf(move |c, s, e| *c == company && *s == period.start && *e == period.end)
            .times(1)
            .returning(move |_, start, end| {
                Box::pin(async move {
                    Ok(UsageReport {
                        start,
                        end,
                        balance: 7,
                        used: vec![(UsageKind::Sourcing, 3), (UsageKind::Enrichment, 1)],
                    })
                })
            });
        let report = usage_report(&ledger, company, period).await.unwrap();
        assert_eq!(report.total(), 4);
        assert_eq!(report.balance, 7);
    }
}
