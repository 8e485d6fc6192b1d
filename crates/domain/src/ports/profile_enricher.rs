//! Profile enrichment: discovering a person's work email address from a profile.
//!
//! One call enriches one profile; the caller gives each call its own time budget and keeps
//! every failure to that profile (per-item failures, reported with [`EnrichError::code`]).

use std::future::Future;

use crate::profile::Profile;

/// One likely work address, with how sure the enricher is and how it was built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoveredEmail {
    /// The address, lowercase ASCII (`jose.nunez@acme.example`).
    pub address: String,
    /// 0–100: how likely this address reaches the person.
    pub confidence: u8,
    /// The pattern it follows (`{first}.{last}`), or `provider` when a provider returned an
    /// address of no recognisable pattern.
    pub pattern: String,
}

/// What enriching one profile adds to the candidate (scoring stays the run's).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Enrichment {
    /// Likely work addresses, best first; never empty on success.
    pub emails: Vec<DiscoveredEmail>,
}

/// Why one profile could not be enriched; never fails the other profiles of a request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnrichError {
    /// The profile has no (usable) current-company domain: discovery would only be a guess.
    #[error("profile has no usable company domain")]
    NoCompanyDomain,
    /// The profile has no name that can be written in an address (missing, or not in Latin
    /// script: transliterating it would be a guess).
    #[error("profile has no name usable in an email address")]
    NoName,
    /// The provider has no match for this person (or no work address at the domain).
    #[error("no match for this profile")]
    NotFound,
    /// Timeout, connection failure, 5xx or 429 after retries, or an open breaker: worth
    /// trying again later.
    #[error("enrichment provider unavailable: {0}")]
    Unavailable(String),
    /// The provider answered something unusable (malformed body, unexpected status).
    #[error("enrichment provider answered an invalid response: {0}")]
    InvalidResponse(String),
}

impl EnrichError {
    /// The per-item error code the API reports, in the contract's UPPER_SNAKE style.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            EnrichError::NoCompanyDomain => "ENRICHMENT_NO_COMPANY_DOMAIN",
            EnrichError::NoName => "ENRICHMENT_NO_USABLE_NAME",
            EnrichError::NotFound => "ENRICHMENT_NO_MATCH",
            EnrichError::Unavailable(_) => "PROVIDER_TEMPORARILY_UNAVAILABLE",
            EnrichError::InvalidResponse(_) => "ENRICHMENT_PROVIDER_ERROR",
        }
    }

    /// The per-item message shown to the client (never the internal cause).
    #[must_use]
    pub fn message(&self) -> &'static str {
        match self {
            EnrichError::NoCompanyDomain => {
                "The profile has no current company domain, so no email address can be discovered."
            }
            EnrichError::NoName => {
                "The profile's name cannot be written in an email address (missing or not in Latin script)."
            }
            EnrichError::NotFound => "No email address was found for this profile.",
            EnrichError::Unavailable(_) => {
                "The enrichment provider is temporarily unavailable; try again later."
            }
            EnrichError::InvalidResponse(_) => {
                "The enrichment provider returned an unusable answer for this profile."
            }
        }
    }

    /// True when the same call may succeed later (only `Unavailable`), so a caller may retry.
    #[must_use]
    pub fn is_transient(&self) -> bool {
        matches!(self, EnrichError::Unavailable(_))
    }
}

/// Discovers work email addresses for a profile.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait ProfileEnricher: Send + Sync + 'static {
    /// Enriches one profile. MUST fail with `NoCompanyDomain` (and never guess) when the
    /// profile has no usable `company_domain`, and with `NoName` when it has no name at all.
    /// On success MUST return at least one address, best first (confidence never increasing),
    /// each syntax-valid, lowercase ASCII, at the profile's company domain, with a confidence
    /// of 0–100 and a non-empty pattern; the same profile MUST get the same answer while the
    /// enricher's data is unchanged.
    fn enrich(
        &self,
        profile: &Profile,
    ) -> impl Future<Output = Result<Enrichment, EnrichError>> + Send;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_upper_snake_and_messages_hide_the_cause() {
        let all = [
            EnrichError::NoCompanyDomain,
            EnrichError::NoName,
            EnrichError::NotFound,
            EnrichError::Unavailable("10.0.0.1 refused".into()),
            EnrichError::InvalidResponse("expected value at line 1".into()),
        ];
        for error in &all {
            let code = error.code();
            assert!(
                code.chars().all(|c| c.is_ascii_uppercase() || c == '_'),
                "{code}"
            );
            assert!(!error.message().contains("10.0.0.1"));
            assert!(!error.message().contains("line 1"));
        }
        let transient: Vec<bool> = all.iter().map(EnrichError::is_transient).collect();
        assert_eq!(transient, [false, false, false, true, false]);
    }
}
