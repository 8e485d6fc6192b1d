//! Wire shapes of stored data: the results body of a run (`GET /sourcing/{id}/results` and the
//! `data` of its webhook events), webhooks and their deliveries.

use serde::Serialize;
use serde_json::{Value, json};
use sourcing_domain::enrichment::{Enrichment, EnrichmentStatus, ItemOutcome};
use sourcing_domain::icp::Icp;
use sourcing_domain::sourcing::{RunResults, RunStatus, SourcingCandidate};
use sourcing_domain::webhooks::{Delivery, EventType, Webhook};

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

/// A webhook as the contract shows it: header values and the secret never appear.
pub fn webhook_json(webhook: &Webhook) -> Value {
    json!({
        "id": webhook.id.to_string(),
        "companyId": webhook.company_id.to_string(),
        "url": webhook.url,
        "name": webhook.name,
        "description": webhook.description,
        "headers": webhook
            .headers
            .iter()
            .map(|h| json!({ "name": h.name, "isMasked": true }))
            .collect::<Vec<_>>(),
        "events": webhook.events.iter().map(EventType::label).collect::<Vec<_>>(),
        "isActive": webhook.is_active,
        "maxRetries": webhook.max_retries,
        "timeoutMs": webhook.timeout_ms,
        "consecutiveFailures": webhook.consecutive_failures,
        "circuitOpenedAt": webhook.circuit_opened_at.map(rfc3339_millis),
        "createdAt": rfc3339_millis(webhook.created_at),
        "updatedAt": rfc3339_millis(webhook.updated_at),
    })
}

/// A delivery and its attempts, for debugging an integration.
pub fn delivery_json(delivery: &Delivery) -> Value {
    json!({
        "deliveryId": delivery.id.to_string(),
        "webhookId": delivery.webhook_id.to_string(),
        "event": delivery.event,
        "status": delivery.status.as_str(),
        "attemptCount": delivery.attempts.len(),
        "attempts": delivery
            .attempts
            .iter()
            .map(|a| json!({
                "number": a.number,
                "attemptedAt": rfc3339_millis(a.at),
                "statusCode": a.status_code,
                "durationMs": a.duration_ms,
                "error": a.error,
                "responseBody": a.response_body,
            }))
            .collect::<Vec<_>>(),
        "createdAt": rfc3339_millis(delivery.created_at),
        "updatedAt": rfc3339_millis(delivery.updated_at),
    })
}

/// An enrichment run's results (`GET /sourcing/enrich/{id}/results` and its events' `data`).
pub fn enrichment_json(enrichment: &Enrichment) -> Value {
    let data: Vec<Value> = enrichment
        .items
        .iter()
        .map(|item| match &item.outcome {
            ItemOutcome::Enriched { candidate, emails } => json!({
                "profileId": item.profile_id,
                "success": true,
                "candidate": candidate,
                "emailDetails": emails,
            }),
            ItemOutcome::Failed { code, message } => json!({
                "profileId": item.profile_id,
                "success": false,
                "errorCode": code,
                "errorMessage": message,
            }),
        })
        .collect();
    let mut body = json!({
        "requestId": enrichment.id.to_string(),
        "status": enrichment.status.as_str(),
        "createdAt": rfc3339_millis(enrichment.created_at),
        "updatedAt": rfc3339_millis(enrichment.updated_at),
        "completedAt": enrichment.completed_at.map(rfc3339_millis),
        "profileCount": enrichment.profile_ids.len(),
        "enrichedCount": enrichment.enriched_count(),
        "failureCount": enrichment.failure_count(),
        "creditsConsumed": enrichment.credits_consumed,
        "webhookId": enrichment.webhook_id.map(|w| w.to_string()),
        "data": data,
    });
    if enrichment.status == EnrichmentStatus::Processing {
        body["message"] = json!("Enrichment is processing; poll again in a few seconds.");
    }
    body
}
