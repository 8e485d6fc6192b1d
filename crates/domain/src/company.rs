//! Companies: the tenants, each with a billing mode.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};

use crate::ids::CompanyId;

/// How a company pays: from a prepaid balance or invoiced afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BillingMode {
    /// Work needs a sufficient credit balance up front.
    Prepaid,
    /// Usage is recorded and invoiced later; no balance check.
    Postpaid,
}

impl BillingMode {
    /// The stable lower-case name used in storage and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Prepaid => "prepaid",
            Self::Postpaid => "postpaid",
        }
    }
}

impl fmt::Display for BillingMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for an unknown billing mode name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("billing mode must be `prepaid` or `postpaid`, got `{0}`")]
pub struct UnknownBillingMode(pub String);

impl FromStr for BillingMode {
    type Err = UnknownBillingMode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "prepaid" => Ok(Self::Prepaid),
            "postpaid" => Ok(Self::Postpaid),
            other => Err(UnknownBillingMode(other.to_owned())),
        }
    }
}

/// A tenant of the service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Company {
    /// Identity and tenancy key.
    pub id: CompanyId,
    /// Display name.
    pub name: String,
    /// How the company pays.
    pub billing: BillingMode,
    /// Current credit balance (always ≥ 0).
    pub balance: i64,
    /// When the company was created.
    pub created_at: DateTime<Utc>,
}

/// Input for creating a company.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCompany {
    /// Display name, 1–200 characters.
    pub name: String,
    /// How the company pays.
    pub billing: BillingMode,
    /// Opening credit grant.
    pub initial_credits: i64,
}

/// Why a company cannot be created.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidCompany {
    /// Name empty or too long.
    #[error("company name must be 1-200 characters")]
    Name,
    /// Negative opening credits.
    #[error("initial credits must not be negative")]
    NegativeCredits,
}

impl NewCompany {
    /// Validates and builds the input for a new company.
    pub fn new(
        name: &str,
        billing: BillingMode,
        initial_credits: i64,
    ) -> Result<Self, InvalidCompany> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(InvalidCompany::Name);
        }
        if initial_credits < 0 {
            return Err(InvalidCompany::NegativeCredits);
        }
        Ok(Self {
            name: name.to_owned(),
            billing,
            initial_credits,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn billing_mode_parses_exact_names_only() {
        assert_eq!("prepaid".parse(), Ok(BillingMode::Prepaid));
        assert_eq!("postpaid".parse(), Ok(BillingMode::Postpaid));
        assert!("Prepaid".parse::<BillingMode>().is_err());
    }

    #[test]
    fn new_company_validates() {
        assert_eq!(
            NewCompany::new("  ", BillingMode::Prepaid, 0),
            Err(InvalidCompany::Name)
        );
        assert_eq!(
            NewCompany::new("Acme", BillingMode::Prepaid, -1),
            Err(InvalidCompany::NegativeCredits)
        );
        let ok = NewCompany::new(" Acme ", BillingMode::Postpaid, 5).unwrap();
        assert_eq!(ok.name, "Acme");
    }
}
