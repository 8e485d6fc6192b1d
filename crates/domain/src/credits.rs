//! Credit rules: reservations settle to what was delivered; balances never go negative.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};

use crate::errors::RepositoryError;

/// What credits are spent on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsageKind {
    /// One credit per sourced and matched candidate.
    Sourcing,
    /// One credit per successfully enriched profile.
    Enrichment,
}

impl UsageKind {
    /// Every kind, in report order.
    pub const ALL: [UsageKind; 2] = [UsageKind::Sourcing, UsageKind::Enrichment];

    /// Stable storage and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            UsageKind::Sourcing => "sourcing",
            UsageKind::Enrichment => "enrichment",
        }
    }
}

impl fmt::Display for UsageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for UsageKind {
    type Err = RepositoryError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        UsageKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| RepositoryError::Other(anyhow::anyhow!("unknown usage kind `{s}`")))
    }
}

/// A request to hold credits for a piece of work, idempotent by `key`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReserveRequest {
    /// Idempotency key; a second reserve with the same key charges nothing more.
    pub key: String,
    /// Credits to hold (the run's `limit`, the enrichment batch size).
    pub amount: i64,
    /// What the credits will pay for.
    pub kind: UsageKind,
}

/// Life cycle of a reservation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReservationState {
    /// Credits are held.
    Reserved,
    /// Work finished; `used` credits were charged, the rest returned.
    Settled {
        /// Credits finally charged.
        used: i64,
    },
}

/// Credits held for a piece of work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reservation {
    /// Idempotency key it was created with.
    pub key: String,
    /// Credits held.
    pub amount: i64,
    /// What it pays for.
    pub kind: UsageKind,
    /// Where it is in its life cycle.
    pub state: ReservationState,
    /// False when the key had already been reserved (nothing new was held).
    pub newly_created: bool,
}

/// Failure of a credit operation.
#[derive(Debug, thiserror::Error)]
pub enum CreditError {
    /// A prepaid balance cannot cover the amount.
    #[error("insufficient funds: needed {needed}, available {available}")]
    InsufficientFunds {
        /// Credits asked for.
        needed: i64,
        /// Credits on the balance.
        available: i64,
    },
    /// Amount not positive or otherwise out of range.
    #[error("invalid credit amount {0}")]
    InvalidAmount(i64),
    /// The idempotency key was used before for a different amount or kind.
    #[error("idempotency key reused with different parameters")]
    KeyReused,
    /// Store failure (including an unknown company or reservation: `NotFound`).
    #[error(transparent)]
    Repository(#[from] RepositoryError),
}

/// How a settlement splits a reservation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettlementSplit {
    /// Credits charged.
    pub charged: i64,
    /// Credits returned to the balance.
    pub released: i64,
}

/// Charges what was delivered, never more than was reserved, and returns the rest.
pub fn split_settlement(reserved: i64, delivered: i64) -> SettlementSplit {
    let charged = delivered.clamp(0, reserved.max(0));
    SettlementSplit {
        charged,
        released: reserved.max(0) - charged,
    }
}

/// What a reservation takes from the balance, decided once here; every ledger store enforces
/// exactly this value (the Postgres one as a conditional `UPDATE`, so it holds under
/// concurrency).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hold {
    /// The balance must cover this much at the moment of the debit (`None`: no check).
    pub must_cover: Option<i64>,
    /// Credits taken from the balance now (given back or charged at settlement).
    pub debit: i64,
}

/// The hold a reservation of `amount` makes for a company billed so: prepaid companies pay up
/// front and cannot overdraw; postpaid ones are recorded and invoiced later.
#[must_use]
pub fn hold(billing: crate::company::BillingMode, amount: i64) -> Hold {
    match billing {
        crate::company::BillingMode::Prepaid => Hold {
            must_cover: Some(amount),
            debit: amount,
        },
        crate::company::BillingMode::Postpaid => Hold {
            must_cover: None,
            debit: 0,
        },
    }
}

/// Whether a reservation request repeats a held one (same key): the same amount and kind are a
/// retry, anything else reuses the key.
pub fn same_reservation(
    held_amount: i64,
    held_kind: &str,
    request: &ReserveRequest,
) -> Result<(), CreditError> {
    if held_amount == request.amount && held_kind == request.kind.as_str() {
        Ok(())
    } else {
        Err(CreditError::KeyReused)
    }
}

/// Validates a credit amount for reserve, grant and settle.
pub fn check_amount(amount: i64) -> Result<i64, CreditError> {
    if (1..=1_000_000_000).contains(&amount) {
        Ok(amount)
    } else {
        Err(CreditError::InvalidAmount(amount))
    }
}

/// Credits used by kind over a period, with the current balance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageReport {
    /// Start of the period (inclusive).
    pub start: DateTime<Utc>,
    /// End of the period (exclusive).
    pub end: DateTime<Utc>,
    /// Current balance.
    pub balance: i64,
    /// Credits used per kind; every kind present, zero when unused.
    pub used: Vec<(UsageKind, i64)>,
}

impl UsageReport {
    /// Total credits used over the period.
    pub fn total(&self) -> i64 {
        self.used.iter().map(|(_, n)| n).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settlement_charges_delivered_and_releases_rest() {
        let cases = [
            (20, 12, 12, 8),
            (20, 0, 0, 20),
            (20, 20, 20, 0),
            (20, 25, 20, 0),
            (20, -3, 0, 20),
            (0, 5, 0, 0),
        ];
        for (reserved, delivered, charged, released) in cases {
            let split = split_settlement(reserved, delivered);
            assert_eq!(
                split,
                SettlementSplit { charged, released },
                "{reserved}/{delivered}"
            );
            assert_eq!(split.charged + split.released, reserved.max(0));
        }
    }

    #[test]
    fn amounts_must_be_positive() {
        assert!(check_amount(0).is_err());
        assert!(check_amount(-1).is_err());
        assert_eq!(check_amount(1).ok(), Some(1));
    }

    #[test]
    fn usage_kind_round_trips() {
        for kind in UsageKind::ALL {
            assert_eq!(kind.as_str().parse::<UsageKind>().ok(), Some(kind));
        }
        assert!("other".parse::<UsageKind>().is_err());
    }
}

#[cfg(test)]
mod hold_tests {
    use super::*;
    use crate::company::BillingMode;

    #[test]
    fn prepaid_holds_must_be_covered_and_postpaid_ones_take_nothing() {
        assert_eq!(
            hold(BillingMode::Prepaid, 7),
            Hold {
                must_cover: Some(7),
                debit: 7
            }
        );
        assert_eq!(
            hold(BillingMode::Postpaid, 7),
            Hold {
                must_cover: None,
                debit: 0
            }
        );
    }
}
