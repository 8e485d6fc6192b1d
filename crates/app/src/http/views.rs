//! Domain values as the wire bodies of `sourcing-api-types`: the results body of a run
//! (`GET /sourcing/{id}/results` and the `data` of its webhook events), enrichments, webhooks
//! and their deliveries. Plain functions, not `From` impls: both sides are other crates' types
//! (the orphan rule), and keeping the mapping here leaves the wire crate free of the domain.
//!
//! Bodies are written through [`serde_json::Value`], whose object keys are sorted, so every
//! answer keeps the key order (and so the bytes) it had when handlers built bodies with `json!`.

use serde::Serialize;
use serde_json::{Value, json};
use sourcing_api_types as api;
use sourcing_domain::enrichment::{Enrichment, EnrichmentStatus, ItemOutcome};
use sourcing_domain::matching::{ExperienceEntry, RationaleEntry, ScoreBreakdown};
use sourcing_domain::ports::DiscoveredEmail;
use sourcing_domain::sourcing::{RunResults, RunStatus, SourcingCandidate};
use sourcing_domain::webhooks::{Delivery, DeliveryStatus, Webhook};

use crate::http::errors::ApiError;
use crate::http::icp_view;

/// The run's results body: `candidates` is left out while processing.
pub type RunResultsBody = api::RunResults<Option<Vec<api::Candidate>>>;

/// A body as a JSON object with `"success": true` added, as every 2xx answer carries it.
pub fn with_success<T: Serialize>(body: &T) -> Result<Value, ApiError> {
    let mut value = serde_json::to_value(body).map_err(|e| ApiError::internal(&e))?;
    if let Value::Object(map) = &mut value {
        map.insert("success".to_owned(), json!(true));
    }
    Ok(value)
}

/// `{"success": true, "data": body}`.
pub fn wrapped<T: Serialize>(body: &T) -> Result<Value, ApiError> {
    let data = serde_json::to_value(body).map_err(|e| ApiError::internal(&e))?;
    Ok(json!({ "success": true, "data": data }))
}

/// The contract's name of a run's or an enrichment's state.
pub fn run_status(status: RunStatus) -> api::RunStatus {
    match status {
        RunStatus::Processing => api::RunStatus::Processing,
        RunStatus::Completed => api::RunStatus::Completed,
        RunStatus::Failed => api::RunStatus::Failed,
    }
}

/// The run's results as the contract shapes them (without `success`).
pub fn run_results_body(results: RunResults) -> RunResultsBody {
    let RunResults { run, candidates } = results;
    let mut body = RunResultsBody {
        request_id: run.id.to_string(),
        status: run_status(run.status),
        created_at: run.created_at,
        updated_at: run.updated_at,
        completed_at: None,
        candidates_sourced_count: candidates.len(),
        message: None,
        found_count: None,
        scored_count: None,
        icp: None,
        candidates: None,
        error_code: None,
        error_message: None,
        webhook_id: run.webhook_id,
    };
    match run.status {
        RunStatus::Processing => {
            body.message = Some("Sourcing run is processing; poll again in 10 seconds.".into());
        }
        RunStatus::Completed | RunStatus::Failed => {
            body.completed_at = run.completed_at;
            body.found_count = Some(run.found_count);
            body.scored_count = Some(run.scored_count);
            body.icp = run.icp.map(icp_view::icp);
            body.candidates = Some(candidates.into_iter().map(candidate).collect());
            if run.status == RunStatus::Failed {
                body.error_code = run.error_code;
                body.error_message = run.error_message;
            }
        }
    }
    body
}

/// `SourcingCandidate` of the contract.
pub fn candidate(c: SourcingCandidate) -> api::Candidate {
    api::Candidate {
        profile_id: c.profile_id,
        name: c.name,
        headline: c.headline,
        location: c.location,
        current_company: c.current_company,
        current_role: c.current_role,
        linkedin_url: c.linkedin_url,
        match_score: c.match_score,
        rationale: c.rationale,
        skills: c.skills,
        ai_fit_points: c.ai_fit_points,
        ai_red_flags: c.ai_red_flags,
        ai_detailed_rationale: c.ai_detailed_rationale.into_iter().map(rationale).collect(),
        detailed_experience: c.detailed_experience.into_iter().map(experience).collect(),
        emails: c.emails,
        score_breakdown: breakdown(c.score_breakdown),
    }
}

fn rationale(r: RationaleEntry) -> api::RationaleEntry {
    api::RationaleEntry {
        title: r.title,
        company: r.company,
        duration: r.duration,
        relevance_explanation: r.relevance_explanation,
    }
}

fn experience(e: ExperienceEntry) -> api::ExperienceEntry {
    api::ExperienceEntry {
        role: e.role,
        company: e.company,
        duration: e.duration,
        highlights: e.highlights,
    }
}

fn breakdown(b: ScoreBreakdown) -> api::ScoreBreakdown {
    api::ScoreBreakdown {
        skills: b.skills,
        title: b.title,
        seniority: b.seniority,
        location: b.location,
        meaning: b.meaning,
        negatives: b.negatives,
    }
}

/// A webhook as the contract shows it: header values and the secret never appear.
pub fn webhook_body(webhook: &Webhook) -> api::Webhook {
    api::Webhook {
        id: webhook.id,
        company_id: webhook.company_id.to_string(),
        url: webhook.url.clone(),
        name: webhook.name.clone(),
        description: webhook.description.clone(),
        headers: webhook
            .headers
            .iter()
            .map(|h| api::MaskedHeader {
                name: h.name.clone(),
                is_masked: true,
            })
            .collect(),
        events: webhook
            .events
            .iter()
            .map(|e| e.label().to_owned())
            .collect(),
        is_active: webhook.is_active,
        max_retries: webhook.max_retries,
        timeout_ms: webhook.timeout_ms,
        consecutive_failures: webhook.consecutive_failures,
        circuit_opened_at: webhook.circuit_opened_at,
        created_at: webhook.created_at,
        updated_at: webhook.updated_at,
    }
}

/// A delivery and its attempts, for debugging an integration; `delivered` is only shown by
/// the answers that just sent it (test and retry).
pub fn delivery_body(delivery: &Delivery, show_delivered: bool) -> api::Delivery {
    api::Delivery {
        delivery_id: delivery.id,
        webhook_id: delivery.webhook_id,
        event: delivery.event.clone(),
        status: delivery.status.as_str().to_owned(),
        attempt_count: delivery.attempts.len(),
        attempts: delivery
            .attempts
            .iter()
            .map(|a| api::DeliveryAttempt {
                number: a.number,
                attempted_at: a.at,
                status_code: a.status_code,
                duration_ms: a.duration_ms,
                error: a.error.clone(),
                response_body: a.response_body.clone(),
            })
            .collect(),
        delivered: show_delivered.then_some(delivery.status == DeliveryStatus::Succeeded),
        created_at: delivery.created_at,
        updated_at: delivery.updated_at,
    }
}

/// An enrichment run's results (`GET /sourcing/enrich/{id}/results` and its events' `data`).
pub fn enrichment_body(enrichment: &Enrichment) -> api::EnrichmentResults {
    api::EnrichmentResults {
        request_id: enrichment.id.to_string(),
        status: enrichment_status(enrichment.status),
        created_at: enrichment.created_at,
        updated_at: enrichment.updated_at,
        completed_at: enrichment.completed_at,
        profile_count: enrichment.profile_ids.len(),
        enriched_count: enrichment.enriched_count(),
        failure_count: enrichment.failure_count(),
        credits_consumed: enrichment.credits_consumed,
        webhook_id: enrichment.webhook_id,
        message: (enrichment.status == EnrichmentStatus::Processing)
            .then(|| "Enrichment is processing; poll again in a few seconds.".to_owned()),
        data: enrichment.items.iter().map(enriched_item).collect(),
    }
}

/// An enrichment's state under the contract's name.
pub fn enrichment_status(status: EnrichmentStatus) -> api::RunStatus {
    match status {
        EnrichmentStatus::Processing => api::RunStatus::Processing,
        EnrichmentStatus::Completed => api::RunStatus::Completed,
        EnrichmentStatus::Failed => api::RunStatus::Failed,
    }
}

fn enriched_item(item: &sourcing_domain::enrichment::ItemResult) -> api::EnrichedItem {
    let mut body = api::EnrichedItem {
        profile_id: item.profile_id.clone(),
        ..api::EnrichedItem::default()
    };
    match &item.outcome {
        ItemOutcome::Enriched {
            candidate: c,
            emails,
        } => {
            body.success = true;
            body.candidate = Some(candidate((**c).clone()));
            body.email_details = emails.iter().map(email).collect();
        }
        ItemOutcome::Failed { code, message } => {
            body.error_code = Some(code.clone());
            body.error_message = Some(message.clone());
        }
    }
    body
}

fn email(e: &DiscoveredEmail) -> api::EmailDetail {
    api::EmailDetail {
        address: e.address.clone(),
        confidence: e.confidence,
        pattern: e.pattern.clone(),
    }
}

/// The enrichment body as a JSON value (the `data` of an enrichment event).
pub fn enrichment_json(enrichment: &Enrichment) -> Result<Value, serde_json::Error> {
    serde_json::to_value(enrichment_body(enrichment))
}
