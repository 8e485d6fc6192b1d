//! Enrichment runs: a batch of the company's candidates sent to email discovery, billed one
//! credit per enriched profile, every profile's failure kept to itself.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::ids::{CompanyId, MalformedId, parse_canonical_uuid};
use crate::ports::DiscoveredEmail;
use crate::services::validate_profile_ids;
use crate::sourcing::{SourcingCandidate, ValidationErrors};

/// An enrichment run, shown on the wire as `enr_<uuid>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnrichmentId(pub Uuid);

impl EnrichmentId {
    /// Wire prefix of enrichment ids.
    pub const PREFIX: &'static str = "enr_";

    /// A fresh random id.
    pub fn new_random() -> Self {
        Self(Uuid::new_v4())
    }
}

impl fmt::Display for EnrichmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", Self::PREFIX, self.0)
    }
}

impl FromStr for EnrichmentId {
    type Err = MalformedId;
    /// Only the spelling this service writes: `enr_` and a lowercase hyphenated UUID.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let rest = s.strip_prefix(Self::PREFIX).ok_or(MalformedId)?;
        parse_canonical_uuid(rest).map(Self)
    }
}

/// Where an enrichment run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrichmentStatus {
    /// Queued or running.
    Processing,
    /// Every profile was processed (some may have failed).
    Completed,
    /// Nothing could be processed (the task failed on every attempt).
    Failed,
}

impl EnrichmentStatus {
    /// Every status, in life-cycle order.
    pub const ALL: [EnrichmentStatus; 3] = [Self::Processing, Self::Completed, Self::Failed];

    /// Wire and storage name.
    pub fn as_str(self) -> &'static str {
        match self {
            EnrichmentStatus::Processing => "processing",
            EnrichmentStatus::Completed => "completed",
            EnrichmentStatus::Failed => "failed",
        }
    }

    /// Parses the storage name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == s)
    }
}

/// A validated `POST /sourcing/enrich`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEnrichment {
    /// 1–10 unique profile ids.
    pub profile_ids: Vec<String>,
    /// Webhook to notify.
    pub webhook_id: Option<Uuid>,
}

impl NewEnrichment {
    /// Validates the contract's limits: 1–10 unique, non-blank ids.
    pub fn validate(
        profile_ids: Option<Vec<String>>,
        webhook_id: Option<Uuid>,
    ) -> Result<NewEnrichment, ValidationErrors> {
        Ok(NewEnrichment {
            profile_ids: validate_profile_ids(profile_ids, true)?,
            webhook_id,
        })
    }

    /// Credits reserved up front, the domain's rule: one per requested profile, so a prepaid
    /// balance covers the whole batch; the unused part is released at the end.
    #[must_use]
    pub fn reservation(&self) -> i64 {
        i64::try_from(self.profile_ids.len()).unwrap_or(i64::MAX)
    }
}

/// What happened to one requested profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemOutcome {
    /// Emails found: the candidate keeps its run's scoring and gains `emails`.
    Enriched {
        /// The candidate, `emails` filled.
        candidate: Box<SourcingCandidate>,
        /// Every address found, best first, with confidence and pattern.
        emails: Vec<DiscoveredEmail>,
    },
    /// This profile failed; the others are unaffected and it costs nothing.
    Failed {
        /// Contract-style code (`PROFILE_NOT_FOUND`, `ENRICHMENT_NO_COMPANY_DOMAIN` …).
        code: String,
        /// Client-safe message.
        message: String,
    },
}

/// One profile of the batch, in the order asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemResult {
    /// Requested id.
    pub profile_id: String,
    /// Its outcome.
    pub outcome: ItemOutcome,
}

impl ItemResult {
    /// Whether this profile was enriched (and so is billed).
    pub fn is_enriched(&self) -> bool {
        matches!(self.outcome, ItemOutcome::Enriched { .. })
    }
}

/// A stored enrichment run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrichment {
    /// `enr_<uuid>`.
    pub id: EnrichmentId,
    /// Owner.
    pub company_id: CompanyId,
    /// Where it is.
    pub status: EnrichmentStatus,
    /// Requested ids, in order.
    pub profile_ids: Vec<String>,
    /// Webhook to notify.
    pub webhook_id: Option<Uuid>,
    /// Per-profile results once finished (empty while processing).
    pub items: Vec<ItemResult>,
    /// Credits charged (the enriched profiles).
    pub credits_consumed: i64,
    /// Acceptance.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
    /// End.
    pub completed_at: Option<DateTime<Utc>>,
}

impl Enrichment {
    /// Idempotency key of the run's credit reservation.
    pub fn reservation_key(id: EnrichmentId) -> String {
        format!("enrichment:{}", id.0)
    }

    /// Profiles enriched.
    pub fn enriched_count(&self) -> usize {
        self.items.iter().filter(|i| i.is_enriched()).count()
    }

    /// Profiles that failed.
    pub fn failure_count(&self) -> usize {
        self.items.len() - self.enriched_count()
    }
}

/// How a run ended, to be stored atomically with its settlement and event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnrichmentOutcome {
    /// Every profile processed, in the order asked.
    Completed {
        /// Per-profile results.
        items: Vec<ItemResult>,
    },
    /// Nothing could be processed.
    Failed,
}

impl EnrichmentOutcome {
    /// Credits this run charges, the domain's rule: one per enriched profile, failures free.
    #[must_use]
    pub fn charge(&self) -> i64 {
        match self {
            EnrichmentOutcome::Completed { items } => {
                i64::try_from(items.iter().filter(|i| i.is_enriched()).count()).unwrap_or(i64::MAX)
            }
            EnrichmentOutcome::Failed => 0,
        }
    }
}

/// The code of a profile no run of the company delivered.
pub const PROFILE_NOT_FOUND: &str = "PROFILE_NOT_FOUND";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_in_the_one_spelling() {
        let id = EnrichmentId::new_random();
        assert_eq!(id.to_string().parse::<EnrichmentId>(), Ok(id));
        let upper = format!("enr_{}", id.0.to_string().to_uppercase());
        for bad in [
            id.0.to_string(),
            upper,
            format!("enr_{}", id.0.simple()),
            format!("enr_{{{}}}", id.0),
            format!("req_{}", id.0),
        ] {
            assert_eq!(bad.parse::<EnrichmentId>(), Err(MalformedId), "{bad}");
        }
    }

    #[test]
    fn only_enriched_profiles_are_charged() {
        let failed = |id: &str| ItemResult {
            profile_id: id.into(),
            outcome: ItemOutcome::Failed {
                code: PROFILE_NOT_FOUND.into(),
                message: "x".into(),
            },
        };
        let enriched = |id: &str| ItemResult {
            profile_id: id.into(),
            outcome: ItemOutcome::Enriched {
                candidate: Box::default(),
                emails: vec![],
            },
        };
        let outcome = EnrichmentOutcome::Completed {
            items: vec![enriched("a"), failed("b"), enriched("c")],
        };
        assert_eq!(outcome.charge(), 2);
        assert_eq!(EnrichmentOutcome::Failed.charge(), 0);
        let new = NewEnrichment::validate(Some(vec!["a".into(), "b".into()]), None).unwrap();
        assert_eq!(new.reservation(), 2);
        assert!(NewEnrichment::validate(Some(vec!["a".into(), "a".into()]), None).is_err());
    }
}
