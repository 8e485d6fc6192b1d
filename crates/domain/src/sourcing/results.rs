//! The results body of a run (`GET /sourcing/{id}/results` and webhook `data`).

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::icp::Icp;
use crate::sourcing::candidate::SourcingCandidate;
use crate::sourcing::run::{Run, RunStatus};

fn ts(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// The run's results as the contract shapes them (without `success`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RunResultsView {
    /// `req_<uuid>`.
    pub request_id: String,
    /// `processing`, `completed` or `failed`.
    pub status: &'static str,
    /// Acceptance time.
    pub created_at: String,
    /// Last change.
    pub updated_at: String,
    /// End of the last pass.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<String>,
    /// Candidates in the session so far.
    pub candidates_sourced_count: usize,
    /// Poll hint while processing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Profiles matched by the index (completed runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_count: Option<i64>,
    /// Profiles scored (completed runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scored_count: Option<i64>,
    /// The ICP (completed runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icp: Option<Icp>,
    /// Ranked candidates (completed and failed runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidates: Option<Vec<SourcingCandidate>>,
    /// Failure code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// Failure message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// Webhook notified about this run.
    pub webhook_id: Option<String>,
}

/// Orders candidates as the contract requires: best `matchScore` first, then by id.
pub fn rank_candidates(candidates: &mut [SourcingCandidate]) {
    candidates.sort_by(|a, b| {
        b.match_score
            .cmp(&a.match_score)
            .then_with(|| a.profile_id.cmp(&b.profile_id))
    });
}

impl RunResultsView {
    /// Builds the view of a run and its (any-order) candidates.
    pub fn build(run: &Run, mut candidates: Vec<SourcingCandidate>) -> Self {
        rank_candidates(&mut candidates);
        let count = candidates.len();
        let mut view = RunResultsView {
            request_id: run.id.to_string(),
            status: run.status.as_str(),
            created_at: ts(run.created_at),
            updated_at: ts(run.updated_at),
            completed_at: None,
            candidates_sourced_count: count,
            message: None,
            found_count: None,
            scored_count: None,
            icp: None,
            candidates: None,
            error_code: None,
            error_message: None,
            webhook_id: run.webhook_id.map(|w| w.to_string()),
        };
        match run.status {
            RunStatus::Processing => {
                view.message =
                    Some("Sourcing run is processing; poll again in 10 seconds.".to_owned());
            }
            RunStatus::Completed => {
                view.completed_at = run.completed_at.map(ts);
                view.found_count = Some(run.found_count);
                view.scored_count = Some(run.scored_count);
                view.icp = run.icp.clone();
                view.candidates = Some(candidates);
            }
            RunStatus::Failed => {
                view.completed_at = run.completed_at.map(ts);
                view.error_code = run.error_code.clone();
                view.error_message = run.error_message.clone();
                view.found_count = Some(run.found_count);
                view.scored_count = Some(run.scored_count);
                view.icp = run.icp.clone();
                view.candidates = Some(candidates);
            }
        }
        view
    }
}
