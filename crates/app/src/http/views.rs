//! Wire shapes of stored data: the results body of a run (`GET /sourcing/{id}/results` and the
//! `data` of its webhook events).

use serde::Serialize;
use sourcing_domain::icp::Icp;
use sourcing_domain::sourcing::{RunResults, RunStatus, SourcingCandidate};

use crate::http::time::rfc3339_millis;

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
    pub message: Option<&'static str>,
    /// Profiles matched by the index (completed and failed runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_count: Option<i64>,
    /// Profiles scored (completed and failed runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scored_count: Option<i64>,
    /// The ICP (completed and failed runs).
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

impl From<RunResults> for RunResultsView {
    fn from(results: RunResults) -> Self {
        let RunResults { run, candidates } = results;
        let mut view = RunResultsView {
            request_id: run.id.to_string(),
            status: run.status.as_str(),
            created_at: rfc3339_millis(run.created_at),
            updated_at: rfc3339_millis(run.updated_at),
            completed_at: None,
            candidates_sourced_count: candidates.len(),
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
                view.message = Some("Sourcing run is processing; poll again in 10 seconds.");
            }
            RunStatus::Completed | RunStatus::Failed => {
                view.completed_at = run.completed_at.map(rfc3339_millis);
                view.found_count = Some(run.found_count);
                view.scored_count = Some(run.scored_count);
                view.icp = run.icp;
                view.candidates = Some(candidates);
                if run.status == RunStatus::Failed {
                    view.error_code = run.error_code;
                    view.error_message = run.error_message;
                }
            }
        }
        view
    }
}
