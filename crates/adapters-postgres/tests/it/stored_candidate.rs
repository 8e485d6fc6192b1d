//! The stored form of a candidate: rows written before the domain type lost its serde derives
//! read back into the same value and re-serialise to the same bytes.

use sourcing_adapters_postgres::repos::stored_candidate::{StoredCandidate, candidate_from_json};
use sourcing_domain::matching::{ExperienceEntry, RationaleEntry, ScoreBreakdown};
use sourcing_domain::sourcing::SourcingCandidate;

/// Every field set (non-default), so a renamed, dropped or reordered key shows.
pub fn populated() -> SourcingCandidate {
    SourcingCandidate {
        profile_id: "p-42".into(),
        name: "Ada Lovelace".into(),
        headline: "Senior Rust Engineer".into(),
        location: "Berlin, Germany".into(),
        current_company: "Analytical Engines GmbH".into(),
        current_role: "Staff Engineer".into(),
        linkedin_url: "https://www.linkedin.com/in/ada".into(),
        match_score: 87,
        rationale: "Eight years of Rust at two payment companies.".into(),
        skills: vec!["Rust".into(), "Postgres".into()],
        ai_fit_points: vec!["Rust in production".into(), "Led a team".into()],
        ai_red_flags: vec!["No Kubernetes shown".into()],
        ai_detailed_rationale: vec![RationaleEntry {
            title: "Staff Engineer".into(),
            company: "Analytical Engines GmbH".into(),
            duration: "3 yrs 2 mos".into(),
            relevance_explanation: "Rust services, the ad's core stack.".into(),
        }],
        detailed_experience: vec![
            ExperienceEntry {
                role: "Staff Engineer".into(),
                company: "Analytical Engines GmbH".into(),
                duration: "3 yrs 2 mos".into(),
                highlights: vec!["Built the ledger".into(), "Mentored four".into()],
            },
            ExperienceEntry {
                role: "Engineer".into(),
                company: "Difference Ltd".into(),
                duration: String::new(),
                highlights: Vec::new(),
            },
        ],
        emails: vec!["ada@example.com".into()],
        score_breakdown: ScoreBreakdown {
            skills: 38,
            title: 22,
            seniority: 12,
            location: 10,
            meaning: 4,
            negatives: -5,
        },
    }
}

/// A candidate exactly as the domain type's serde derive wrote it before the storage type.
const WRITTEN_BEFORE: &str = include_str!("fixtures/candidate_before_storage_type.json");

#[test]
fn a_candidate_written_by_the_old_code_reads_back_unchanged() {
    let body: serde_json::Value = serde_json::from_str(WRITTEN_BEFORE).unwrap();
    let read = candidate_from_json(body).unwrap();
    assert_eq!(read, populated());
}

#[test]
fn a_candidate_is_written_in_the_same_bytes_as_before() {
    let written = serde_json::to_string(&StoredCandidate::from(&populated())).unwrap();
    assert_eq!(written, WRITTEN_BEFORE.trim_end());
    let reread: StoredCandidate = serde_json::from_str(WRITTEN_BEFORE).unwrap();
    assert_eq!(
        serde_json::to_string(&reread).unwrap(),
        WRITTEN_BEFORE.trim_end()
    );
}

#[test]
fn a_breakdown_stored_before_the_meaning_criterion_reads_as_zero_meaning() {
    let mut body: serde_json::Value = serde_json::from_str(WRITTEN_BEFORE).unwrap();
    body["scoreBreakdown"]
        .as_object_mut()
        .unwrap()
        .remove("meaning");
    let read = candidate_from_json(body).unwrap();
    assert_eq!(read.score_breakdown.meaning, 0);
    assert_eq!(read.score_breakdown.negatives, -5);
}

#[test]
fn a_candidate_missing_a_key_is_refused() {
    let mut body: serde_json::Value = serde_json::from_str(WRITTEN_BEFORE).unwrap();
    body.as_object_mut().unwrap().remove("matchScore");
    assert!(candidate_from_json(body).is_err());
}
