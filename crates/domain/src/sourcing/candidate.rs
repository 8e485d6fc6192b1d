//! The candidate as the API returns it: a profile plus the evidence of its match.

use serde::{Deserialize, Serialize};

use crate::matching::MatchResult;
use crate::profile::Profile;

/// One explained reason per relevant position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DetailedRationale {
    /// Title held.
    pub title: String,
    /// Employer.
    pub company: String,
    /// "2 yrs 3 mos".
    pub duration: String,
    /// Why this position matters for the ad.
    pub relevance_explanation: String,
}

/// One position, as shown to the recruiter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DetailedExperience {
    /// Title held.
    pub role: String,
    /// Employer.
    pub company: String,
    /// "2 yrs 3 mos".
    pub duration: String,
    /// Achievements.
    pub highlights: Vec<String>,
}

/// Per-criterion point contributions to `matchScore` (negatives ≤ 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CandidateScoreBreakdown {
    /// Must-have and nice-to-have skills.
    pub skills: i64,
    /// Title and synonyms.
    pub title: i64,
    /// Seniority and years.
    pub seniority: i64,
    /// Location fit.
    pub location: i64,
    /// Negative-keyword penalties.
    pub negatives: i64,
}

/// `SourcingCandidate` of the contract; every key always present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SourcingCandidate {
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
    /// One or two sentences on why.
    pub rationale: String,
    /// Listed skills.
    pub skills: Vec<String>,
    /// Points in favour.
    pub ai_fit_points: Vec<String>,
    /// Concerns.
    pub ai_red_flags: Vec<String>,
    /// Per-position reasons.
    pub ai_detailed_rationale: Vec<DetailedRationale>,
    /// Career history.
    pub detailed_experience: Vec<DetailedExperience>,
    /// Discovered emails (empty until enriched).
    pub emails: Vec<String>,
    /// Per-criterion contributions (our addition).
    pub score_breakdown: CandidateScoreBreakdown,
}

impl SourcingCandidate {
    /// Combines a profile with its match evidence.
    pub fn from_match(profile: &Profile, m: &MatchResult) -> Self {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        SourcingCandidate {
            profile_id: profile.profile_id.clone(),
            name: text(&profile.name),
            headline: text(&profile.headline),
            location: text(&profile.location),
            current_company: text(&profile.current_company),
            current_role: text(&profile.current_role),
            linkedin_url: text(&profile.linkedin_url),
            match_score: m.score,
            rationale: m.rationale.clone(),
            skills: profile.skills.clone(),
            ai_fit_points: m.fit_points.clone(),
            ai_red_flags: m.red_flags.clone(),
            ai_detailed_rationale: m
                .detailed_rationale
                .iter()
                .map(|r| DetailedRationale {
                    title: r.title.clone(),
                    company: r.company.clone(),
                    duration: r.duration.clone(),
                    relevance_explanation: r.relevance_explanation.clone(),
                })
                .collect(),
            detailed_experience: m
                .detailed_experience
                .iter()
                .map(|e| DetailedExperience {
                    role: e.role.clone(),
                    company: e.company.clone(),
                    duration: e.duration.clone(),
                    highlights: e.highlights.clone(),
                })
                .collect(),
            emails: Vec::new(),
            score_breakdown: CandidateScoreBreakdown {
                skills: i64::from(m.breakdown.skills),
                title: i64::from(m.breakdown.title),
                seniority: i64::from(m.breakdown.seniority),
                location: i64::from(m.breakdown.location),
                negatives: i64::from(m.breakdown.negatives),
            },
        }
    }
}
