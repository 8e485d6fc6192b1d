//! The JSON a candidate is stored as (`run_candidates.candidate`, run event snapshots,
//! enrichment items): the adapter's own types, so the domain's `SourcingCandidate` carries no
//! serde and a rename in the domain cannot silently change what rows hold. The field names,
//! order and representation are exactly what the domain's derive wrote before, so rows
//! written earlier read back unchanged.

use serde::{Deserialize, Serialize};
use sourcing_domain::matching::{ExperienceEntry, RationaleEntry, ScoreBreakdown};
use sourcing_domain::sourcing::SourcingCandidate;

/// A candidate as stored; every key always written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredCandidate {
    /// Stable person id.
    pub profile_id: String,
    /// Display name.
    pub name: String,
    /// Headline.
    pub headline: String,
    /// Location.
    pub location: String,
    /// Current employer.
    pub current_company: String,
    /// Current title.
    pub current_role: String,
    /// Profile link.
    pub linkedin_url: String,
    /// 0–100.
    pub match_score: u8,
    /// Why, in a sentence or two.
    pub rationale: String,
    /// Listed skills.
    pub skills: Vec<String>,
    /// Points in favour.
    pub ai_fit_points: Vec<String>,
    /// Concerns.
    pub ai_red_flags: Vec<String>,
    /// Per-position reasons.
    pub ai_detailed_rationale: Vec<StoredRationale>,
    /// Career history.
    pub detailed_experience: Vec<StoredExperience>,
    /// Discovered emails.
    pub emails: Vec<String>,
    /// Per-criterion contributions.
    pub score_breakdown: StoredBreakdown,
}

/// A stored per-position reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredRationale {
    /// Title held.
    pub title: String,
    /// Employer.
    pub company: String,
    /// "2 yrs 3 mos" or empty.
    pub duration: String,
    /// Why the position matters for the ad.
    pub relevance_explanation: String,
}

/// A stored position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredExperience {
    /// Title held.
    pub role: String,
    /// Employer.
    pub company: String,
    /// "2 yrs 3 mos" or empty.
    pub duration: String,
    /// Achievements and duties.
    pub highlights: Vec<String>,
}

/// Stored points per criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredBreakdown {
    /// Skills.
    pub skills: i32,
    /// Title.
    pub title: i32,
    /// Years and level.
    pub seniority: i32,
    /// Location.
    pub location: i32,
    /// Closeness in meaning; absent in rows written before it existed.
    #[serde(default)]
    pub meaning: i32,
    /// Excluded keywords, stale role, job-hopping.
    pub negatives: i32,
}

impl From<&SourcingCandidate> for StoredCandidate {
    fn from(c: &SourcingCandidate) -> Self {
        StoredCandidate {
            profile_id: c.profile_id.clone(),
            name: c.name.clone(),
            headline: c.headline.clone(),
            location: c.location.clone(),
            current_company: c.current_company.clone(),
            current_role: c.current_role.clone(),
            linkedin_url: c.linkedin_url.clone(),
            match_score: c.match_score,
            rationale: c.rationale.clone(),
            skills: c.skills.clone(),
            ai_fit_points: c.ai_fit_points.clone(),
            ai_red_flags: c.ai_red_flags.clone(),
            ai_detailed_rationale: c.ai_detailed_rationale.iter().map(Into::into).collect(),
            detailed_experience: c.detailed_experience.iter().map(Into::into).collect(),
            emails: c.emails.clone(),
            score_breakdown: c.score_breakdown.into(),
        }
    }
}

impl From<StoredCandidate> for SourcingCandidate {
    fn from(c: StoredCandidate) -> Self {
        SourcingCandidate {
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
            ai_detailed_rationale: c
                .ai_detailed_rationale
                .into_iter()
                .map(Into::into)
                .collect(),
            detailed_experience: c.detailed_experience.into_iter().map(Into::into).collect(),
            emails: c.emails,
            score_breakdown: c.score_breakdown.into(),
        }
    }
}

impl From<&RationaleEntry> for StoredRationale {
    fn from(r: &RationaleEntry) -> Self {
        StoredRationale {
            title: r.title.clone(),
            company: r.company.clone(),
            duration: r.duration.clone(),
            relevance_explanation: r.relevance_explanation.clone(),
        }
    }
}

impl From<StoredRationale> for RationaleEntry {
    fn from(r: StoredRationale) -> Self {
        RationaleEntry {
            title: r.title,
            company: r.company,
            duration: r.duration,
            relevance_explanation: r.relevance_explanation,
        }
    }
}

impl From<&ExperienceEntry> for StoredExperience {
    fn from(e: &ExperienceEntry) -> Self {
        StoredExperience {
            role: e.role.clone(),
            company: e.company.clone(),
            duration: e.duration.clone(),
            highlights: e.highlights.clone(),
        }
    }
}

impl From<StoredExperience> for ExperienceEntry {
    fn from(e: StoredExperience) -> Self {
        ExperienceEntry {
            role: e.role,
            company: e.company,
            duration: e.duration,
            highlights: e.highlights,
        }
    }
}

impl From<ScoreBreakdown> for StoredBreakdown {
    fn from(b: ScoreBreakdown) -> Self {
        StoredBreakdown {
            skills: b.skills,
            title: b.title,
            seniority: b.seniority,
            location: b.location,
            meaning: b.meaning,
            negatives: b.negatives,
        }
    }
}

impl From<StoredBreakdown> for ScoreBreakdown {
    fn from(b: StoredBreakdown) -> Self {
        ScoreBreakdown {
            skills: b.skills,
            title: b.title,
            seniority: b.seniority,
            location: b.location,
            meaning: b.meaning,
            negatives: b.negatives,
        }
    }
}

/// Reads a stored candidate body (a `run_candidates.candidate` value).
pub fn candidate_from_json(body: serde_json::Value) -> serde_json::Result<SourcingCandidate> {
    serde_json::from_value::<StoredCandidate>(body).map(SourcingCandidate::from)
}
