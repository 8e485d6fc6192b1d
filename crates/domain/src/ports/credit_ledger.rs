//! The credit ledger: append-only entries and a balance that never goes negative.

use std::future::Future;

use chrono::{DateTime, Utc};

use crate::credits::{CreditError, Reservation, ReserveRequest, UsageReport};
use crate::ids::CompanyId;

/// Holds, charges and returns credits for a company.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait CreditLedger: Send + Sync + 'static {
    /// Current balance; MUST return `NotFound` for an unknown company.
    fn balance(&self, company: CompanyId) -> impl Future<Output = Result<i64, CreditError>> + Send;

    /// Adds credits, idempotent by `key`; returns the new balance.
    fn grant(
        &self,
        company: CompanyId,
        amount: i64,
        key: String,
    ) -> impl Future<Output = Result<i64, CreditError>> + Send;

    /// Holds credits. For prepaid companies MUST fail with `InsufficientFunds` rather than let
    /// the balance go below zero, even under concurrent calls; for postpaid companies it records
    /// the hold without touching the balance. MUST be idempotent by `request.key`: a replay
    /// returns the existing reservation with `newly_created = false` and charges nothing.
    fn reserve(
        &self,
        company: CompanyId,
        request: ReserveRequest,
    ) -> impl Future<Output = Result<Reservation, CreditError>> + Send;

    /// Charges `used` credits of the reservation (capped at its amount) and returns the rest.
    /// MUST be idempotent: settling a settled reservation changes nothing and returns it.
    /// MUST return `NotFound` for another company's or an unknown key.
    fn settle(
        &self,
        company: CompanyId,
        key: String,
        used: i64,
    ) -> impl Future<Output = Result<Reservation, CreditError>> + Send;

    /// Credits used per kind in `[start, end)` and the current balance.
    fn usage(
        &self,
        company: CompanyId,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> impl Future<Output = Result<UsageReport, CreditError>> + Send;
}
