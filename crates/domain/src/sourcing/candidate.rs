//! A delivered candidate: a profile plus the evidence of its match.

use crate::matching::{ExperienceEntry, MatchResult, RationaleEntry, ScoreBreakdown};
use crate::profile::Profile;

/// A candidate a pass delivers; its wire shape is `sourcing-api-types`', its stored shape the
/// Postgres adapter's `StoredCandidate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
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
    pub ai_detailed_rationale: Vec<RationaleEntry>,
    /// Career history.
    pub detailed_experience: Vec<ExperienceEntry>,
    /// Discovered emails (empty until enriched).
    pub emails: Vec<String>,
    /// Per-criterion contributions (our addition).
    pub score_breakdown: ScoreBreakdown,
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
            ai_detailed_rationale: m.detailed_rationale.clone(),
            detailed_experience: m.detailed_experience.clone(),
            emails: Vec::new(),
            score_breakdown: m.breakdown,
        }
    }
}
