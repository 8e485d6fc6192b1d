//! A sourcing run and the validation of what starts or extends one.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::icp::{Icp, JobAd};
use crate::ids::{CompanyId, RunId};

/// Where a run is in its life cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunStatus {
    /// A pass is queued or running.
    Processing,
    /// The last pass delivered its candidates.
    Completed,
    /// The last pass hit an unrecoverable error.
    Failed,
}

impl RunStatus {
    /// Every status, in life-cycle order.
    pub const ALL: [RunStatus; 3] = [
        RunStatus::Processing,
        RunStatus::Completed,
        RunStatus::Failed,
    ];

    /// Wire and storage name.
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Processing => "processing",
            RunStatus::Completed => "completed",
            RunStatus::Failed => "failed",
        }
    }

    /// Parses the storage name.
    pub fn parse(s: &str) -> Option<Self> {
        RunStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
    }
}

/// A stored run.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// `req_<uuid>`.
    pub id: RunId,
    /// Owner.
    pub company_id: CompanyId,
    /// Life-cycle state.
    pub status: RunStatus,
    /// The job ad as posted.
    pub ad: JobAd,
    /// How many candidates the current pass may deliver.
    pub limit: u32,
    /// Webhook to notify.
    pub webhook_id: Option<Uuid>,
    /// Context patches applied by PATCH, oldest first.
    pub patches: Vec<String>,
    /// 1 for the first pass, +1 per PATCH.
    pub pass: i32,
    /// The ICP of the last completed pass.
    pub icp: Option<Icp>,
    /// Profiles the index matched in the last pass.
    pub found_count: i64,
    /// Profiles scored in the last pass.
    pub scored_count: i64,
    /// Failure code of the last pass.
    pub error_code: Option<String>,
    /// Failure message of the last pass.
    pub error_message: Option<String>,
    /// Acceptance time.
    pub created_at: DateTime<Utc>,
    /// Last state change.
    pub updated_at: DateTime<Utc>,
    /// End of the last pass.
    pub completed_at: Option<DateTime<Utc>>,
}

impl Run {
    /// Idempotency key of the credit reservation of one pass.
    pub fn reservation_key(id: RunId, pass: i32) -> String {
        format!("run:{}:pass:{pass}", id.0)
    }
}

/// Field-level validation problems, keyed by field name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ValidationErrors(pub BTreeMap<&'static str, String>);

impl ValidationErrors {
    pub(crate) fn add(&mut self, field: &'static str, problem: impl Into<String>) {
        self.0.entry(field).or_insert_with(|| problem.into());
    }
}

/// Characters that render as nothing (zero-width and joiner characters, bidi and other format
/// controls, variation selectors, fillers, tags): a text made only of them and spaces says
/// nothing, however long it is.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}'
        | '\u{17B5}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{2800}' | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

fn check_text(
    errors: &mut ValidationErrors,
    field: &'static str,
    value: Option<&str>,
    required: bool,
    max: usize,
) -> Option<String> {
    match value {
        None if required => {
            errors.add(field, "required");
            None
        }
        None => None,
        Some(v) => {
            let trimmed = v.trim();
            let chars = trimmed.chars().count();
            if required && chars == 0 {
                errors.add(field, "required");
                None
            } else if required
                && trimmed
                    .chars()
                    .all(|c| c.is_whitespace() || is_invisible(c))
            {
                errors.add(field, "must contain visible text");
                None
            } else if chars > max {
                errors.add(field, format!("must be at most {max} characters"));
                None
            } else if trimmed
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
            {
                errors.add(field, "must not contain control characters");
                None
            } else if chars == 0 {
                None
            } else {
                Some(trimmed.to_owned())
            }
        }
    }
}

/// A validated request to start a run.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRun {
    /// The job ad.
    pub ad: JobAd,
    /// Candidates to deliver (1–100).
    pub limit: u32,
    /// Webhook to notify.
    pub webhook_id: Option<Uuid>,
}

impl NewRun {
    /// Credits the first pass reserves, the domain's rule: the whole `limit`, so a prepaid
    /// balance can always pay for everything the pass may deliver. Stores reserve exactly this.
    #[must_use]
    pub fn reservation(&self) -> i64 {
        i64::from(self.limit)
    }
}

/// Default `limit` of a new run.
pub const DEFAULT_RUN_LIMIT: i64 = 20;
/// Default `limit` of a PATCH pass.
pub const DEFAULT_PATCH_LIMIT: i64 = 10;

impl NewRun {
    /// Validates the contract's limits: title 1–200, jobDescription 1–10000, location ≤200,
    /// query ≤500, limit 1–100.
    pub fn validate(
        title: Option<&str>,
        job_description: Option<&str>,
        location: Option<&str>,
        query: Option<&str>,
        limit: Option<i64>,
        webhook_id: Option<Uuid>,
    ) -> Result<NewRun, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let title = check_text(&mut errors, "title", title, true, 200);
        let job_description =
            check_text(&mut errors, "jobDescription", job_description, true, 10_000);
        let location = check_text(&mut errors, "location", location, false, 200);
        let query = check_text(&mut errors, "query", query, false, 500);
        let limit = limit.unwrap_or(DEFAULT_RUN_LIMIT);
        if !(1..=100).contains(&limit) {
            errors.add("limit", "must be an integer from 1 to 100");
        }
        match (title, job_description) {
            (Some(title), Some(job_description)) if errors.0.is_empty() => Ok(NewRun {
                ad: JobAd {
                    title,
                    job_description,
                    location,
                    query,
                },
                limit: limit as u32,
                webhook_id,
            }),
            _ => Err(errors),
        }
    }
}

/// A validated PATCH: a context patch and/or how many more candidates to evaluate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunPatch {
    /// Context patch merged into the ICP.
    pub query: Option<String>,
    /// Additional candidates (1–50).
    pub limit: u32,
}

impl RunPatch {
    /// Credits the pass reserves, the domain's rule: the patch's whole `limit`.
    #[must_use]
    pub fn reservation(&self) -> i64 {
        i64::from(self.limit)
    }
}

/// Why a PATCH body is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvalidPatch {
    /// Neither `query` nor `limit`.
    Empty,
    /// Out-of-range fields.
    Fields(ValidationErrors),
}

impl RunPatch {
    /// Validates: at least one of `query` (≤500) and `limit` (1–50, default 10). A blank query
    /// (empty or whitespace only) counts as absent, so `{"query": ""}` alone is `Empty` rather
    /// than a billed pass with the default limit, and `{"query": "", "limit": 5}` is a pass of 5
    /// with no context patch.
    pub fn validate(query: Option<&str>, limit: Option<i64>) -> Result<RunPatch, InvalidPatch> {
        let query = query.filter(|q| !q.trim().is_empty());
        if query.is_none() && limit.is_none() {
            return Err(InvalidPatch::Empty);
        }
        let mut errors = ValidationErrors::default();
        let query = check_text(&mut errors, "query", query, false, 500);
        let limit = limit.unwrap_or(DEFAULT_PATCH_LIMIT);
        if !(1..=50).contains(&limit) {
            errors.add("limit", "must be an integer from 1 to 50");
        }
        if errors.0.is_empty() {
            Ok(RunPatch {
                query,
                limit: limit as u32,
            })
        } else {
            Err(InvalidPatch::Fields(errors))
        }
    }
}

/// Why a pass failed, as the contract names it; the code strings exist only here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunFailure {
    /// The people index was down, throttled or timed out after retries (or its breaker is open).
    ProviderUnavailable,
    /// The index refused our query, answered nonsense, or the pass task died repeatedly.
    AgentError,
    /// The pass task failed on every attempt (a store or worker fault, not the index).
    AgentRetriesExhausted,
}

impl RunFailure {
    /// The contract's error code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            RunFailure::ProviderUnavailable => "PROVIDER_TEMPORARILY_UNAVAILABLE",
            RunFailure::AgentError | RunFailure::AgentRetriesExhausted => "AGENT_ERROR",
        }
    }

    /// The message shown with a failed run (never an internal cause).
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            RunFailure::ProviderUnavailable => {
                "The people index is temporarily unavailable; no credits were charged."
            }
            RunFailure::AgentError => {
                "The sourcing agent could not complete the search; no credits were charged."
            }
            RunFailure::AgentRetriesExhausted => {
                "The sourcing agent failed repeatedly; no credits were charged."
            }
        }
    }
}

/// What one pass of the pipeline produced, to be stored atomically.
#[derive(Debug, Clone, PartialEq)]
pub enum PassOutcome {
    /// Candidates delivered (new ones) and the session re-ranked (existing ones re-scored).
    Completed {
        /// ICP used (boxed: it is much larger than a failure).
        icp: Box<Icp>,
        /// Profiles the index matched.
        found: i64,
        /// Profiles scored.
        scored: i64,
        /// New candidates of this pass (billed).
        new_candidates: Vec<crate::sourcing::SourcingCandidate>,
        /// Earlier candidates re-scored under this pass's ICP (not billed again).
        rescored: Vec<crate::sourcing::SourcingCandidate>,
        /// Full profiles of the new candidates, kept for later re-ranking and enrichment.
        profiles: Vec<crate::profile::Profile>,
    },
    /// The pass failed; everything reserved is released.
    Failed {
        /// Why, as the contract names it (`failure.code()`, `failure.message()` are stored).
        failure: RunFailure,
    },
}

impl PassOutcome {
    /// Credits this pass charges, the domain's rule: one per new candidate it delivers, nothing
    /// for a failed pass. The store settles exactly this and refuses a pass it cannot deliver
    /// in full (a candidate already in the session, more than the pass's limit) rather than
    /// billing something else.
    #[must_use]
    pub fn charge(&self) -> i64 {
        match self {
            PassOutcome::Completed { new_candidates, .. } => new_candidates.len() as i64,
            PassOutcome::Failed { .. } => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_run_limits() {
        let ok =
            NewRun::validate(Some(" SRE "), Some("Run k8s"), None, Some(""), None, None).unwrap();
        assert_eq!(ok.ad.title, "SRE");
        assert_eq!(ok.limit, 20);
        assert_eq!(ok.ad.query, None);

        let err = NewRun::validate(
            None,
            Some(""),
            Some(&"x".repeat(201)),
            Some(&"q".repeat(501)),
            Some(0),
            None,
        )
        .unwrap_err();
        let fields: Vec<&str> = err.0.keys().copied().collect();
        assert_eq!(
            fields,
            vec!["jobDescription", "limit", "location", "query", "title"]
        );
        assert!(
            NewRun::validate(
                Some(&"t".repeat(200)),
                Some(&"d".repeat(10_000)),
                None,
                None,
                Some(100),
                None
            )
            .is_ok()
        );
        assert!(
            NewRun::validate(Some(&"t".repeat(201)), Some("d"), None, None, None, None).is_err()
        );
        assert!(NewRun::validate(Some("t"), Some("d"), None, None, Some(101), None).is_err());
        assert!(NewRun::validate(Some("t\u{0}"), Some("d"), None, None, None, None).is_err());
    }

    #[test]
    fn patch_needs_query_or_limit() {
        assert_eq!(RunPatch::validate(None, None), Err(InvalidPatch::Empty));
        assert_eq!(
            RunPatch::validate(Some("only Berlin"), None).unwrap().limit,
            10
        );
        assert!(matches!(
            RunPatch::validate(None, Some(51)),
            Err(InvalidPatch::Fields(_))
        ));
        assert_eq!(RunPatch::validate(None, Some(50)).unwrap().query, None);
    }

    #[test]
    fn a_blank_query_counts_as_absent() {
        for blank in ["", " ", "\n\t  \r\n"] {
            assert_eq!(
                RunPatch::validate(Some(blank), None),
                Err(InvalidPatch::Empty),
                "{blank:?}"
            );
            assert_eq!(
                RunPatch::validate(Some(blank), Some(5)),
                Ok(RunPatch {
                    query: None,
                    limit: 5
                })
            );
        }
        assert_eq!(
            RunPatch::validate(Some("  only Berlin "), None)
                .unwrap()
                .query
                .as_deref(),
            Some("only Berlin")
        );
    }

    #[test]
    fn status_names_round_trip() {
        for s in [
            RunStatus::Processing,
            RunStatus::Completed,
            RunStatus::Failed,
        ] {
            assert_eq!(RunStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(RunStatus::parse("done"), None);
    }
}
