//! The usage report use case.

use chrono::{DateTime, Datelike, Duration, Utc};

use crate::company::Company;
use crate::credits::{CreditError, UsageReport};
use crate::errors::RepositoryError;
use crate::ids::CompanyId;
use crate::ports::{Clock, CompanyRepository, CreditLedger};

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
    /// Company lookup failure.
    #[error(transparent)]
    Repository(#[from] RepositoryError),
}

/// Longest period one report may cover.
pub const MAX_PERIOD_DAYS: i64 = 366;

/// Earliest instant a period may name (the Unix epoch).
const EARLIEST: DateTime<Utc> = DateTime::UNIX_EPOCH;

/// Whether an instant is in the years 1970–9999 UTC: RFC 3339 has no spelling for years past
/// 9999 (nor before 1), and no real usage predates 1970.
fn within_bounds(instant: DateTime<Utc>) -> bool {
    instant >= EARLIEST && instant.year() <= 9999
}

impl UsagePeriod {
    /// Defaults: `end` = now, `start` = 30 days before `end` (not before 1970). Either bound
    /// outside years 1970–9999 is refused, naming the parameter.
    pub fn resolve(
        start: Option<DateTime<Utc>>,
        end: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<Self, UsageError> {
        if start.is_some_and(|s| !within_bounds(s)) {
            return Err(UsageError::InvalidPeriod(
                "`start` must be in the years 1970-9999 (UTC)",
            ));
        }
        if end.is_some_and(|e| !within_bounds(e)) {
            return Err(UsageError::InvalidPeriod(
                "`end` must be in the years 1970-9999 (UTC)",
            ));
        }
        let end = end.unwrap_or(now);
        let start = start.unwrap_or((end - Duration::days(30)).max(EARLIEST));
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

/// A company's usage over a period: who it is (billing mode) and what it used.
#[derive(Debug, Clone, PartialEq)]
pub struct CompanyUsage {
    /// The company, with its billing mode.
    pub company: Company,
    /// Credits used by kind over the resolved period, with the current balance.
    pub report: UsageReport,
}

/// The billing use cases, generic over the ports they need.
pub struct BillingService<C, L, K> {
    companies: C,
    ledger: L,
    clock: K,
}

impl<C: CompanyRepository, L: CreditLedger, K: Clock> BillingService<C, L, K> {
    /// Wires the use cases.
    pub fn new(companies: C, ledger: L, clock: K) -> Self {
        Self {
            companies,
            ledger,
            clock,
        }
    }

    /// The caller's usage over `[start, end)`; a missing `end` is now (by the clock), a missing
    /// `start` 30 days before `end`.
    pub async fn usage(
        &self,
        company: CompanyId,
        start: Option<DateTime<Utc>>,
        end: Option<DateTime<Utc>>,
    ) -> Result<CompanyUsage, UsageError> {
        let period = UsagePeriod::resolve(start, end, self.clock.now())?;
        let company = self.companies.get(company).await?;
        let report = usage_report(&self.ledger, company.id, period).await?;
        Ok(CompanyUsage { company, report })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credits::UsageKind;
    use crate::ports::{MockClock, MockCreditLedger};

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

    #[test]
    fn periods_stay_within_the_years_1970_to_9999() {
        let now = Utc::now();
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        let refused = |start: Option<&str>, end: Option<&str>| match UsagePeriod::resolve(
            start.map(at),
            end.map(at),
            now,
        ) {
            Err(UsageError::InvalidPeriod(why)) => why,
            other => panic!("{start:?}..{end:?} resolved to {other:?}"),
        };
        assert!(refused(None, Some("0000-01-01T00:00:00Z")).contains("`end`"));
        assert!(
            refused(Some("1969-12-31T23:59:59Z"), Some("1970-01-02T00:00:00Z")).contains("`start`")
        );
        // An offset can push a year-9999 spelling into year 10000 UTC.
        assert!(
            refused(
                Some("9999-12-31T23:00:00Z"),
                Some("9999-12-31T23:30:00-05:00")
            )
            .contains("`end`")
        );
        // The edges themselves are fine, and a default start stops at the epoch.
        let early = UsagePeriod::resolve(None, Some(at("1970-01-05T00:00:00Z")), now).unwrap();
        assert_eq!(early.start, DateTime::UNIX_EPOCH);
        let late = UsagePeriod::resolve(
            Some(at("9999-12-31T00:00:00Z")),
            Some(at("9999-12-31T23:59:59.999Z")),
            now,
        )
        .unwrap();
        assert_eq!(
            late.end.to_rfc3339().len(),
            "9999-12-31T23:59:59.999+00:00".len()
        );
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

    #[tokio::test]
    async fn usage_defaults_the_period_to_the_clock() {
        use crate::company::BillingMode;
        use crate::ports::{MockClock, MockCompanyRepository};

        let company = CompanyId::new_random();
        let now = Utc::now() - Duration::days(3);
        let mut clock = MockClock::new();
        clock.expect_now().returning(move || now);
        let mut companies = MockCompanyRepository::new();
        companies
            .expect_get()
            .withf(move |c| *c == company)
            .returning(move |id| {
                Box::pin(async move {
                    Ok(Company {
                        id,
                        name: "Acme".to_owned(),
                        billing: BillingMode::Prepaid,
                        balance: 7,
                        created_at: now,
                    })
                })
            });
        let mut ledger = MockCreditLedger::new();
        ledger
            .expect_usage()
            .withf(move |c, s, e| *c == company && *e == now && *s == now - Duration::days(30))
            .times(1)
            .returning(|_, start, end| {
                Box::pin(async move {
                    Ok(UsageReport {
                        start,
                        end,
                        balance: 7,
                        used: vec![],
                    })
                })
            });
        let usage = BillingService::new(companies, ledger, clock)
            .usage(company, None, None)
            .await
            .unwrap();
        assert_eq!(usage.company.id, company);
        assert_eq!(usage.report.end, now);
    }

    #[tokio::test]
    async fn an_invalid_period_reads_no_store() {
        let now = Utc::now();
        let mut clock = MockClock::new();
        clock.expect_now().returning(move || now);
        let usage = BillingService::new(
            crate::ports::MockCompanyRepository::new(),
            MockCreditLedger::new(),
            clock,
        )
        .usage(CompanyId::new_random(), Some(now), Some(now))
        .await;
        assert!(matches!(usage, Err(UsageError::InvalidPeriod(_))));
    }
}
