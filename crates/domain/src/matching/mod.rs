//! Matching: scores a profile against an [`Icp`] with a per-criterion breakdown and
//! explanations specific to the person and the ad, and ranks profiles.
//!
//! Absent data never scores as agreement: an empty profile earns (almost) nothing. See
//! [`score`] for the weights.

mod duration;
mod evidence;
mod explain;
pub mod score;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::icp::{Icp, SkillRequirement};
use crate::profile::Profile;
use crate::taxonomy::Taxonomy;

pub use duration::duration;

/// The outcome of matching one profile against an ICP.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MatchResult {
    /// Overall fit, 0–100 (the sum of the breakdown, clamped).
    pub score: u8,
    /// Points per criterion, so clients can see why.
    pub breakdown: ScoreBreakdown,
    /// One or two sentences on why, naming this person's facts.
    pub rationale: String,
    /// What fits.
    pub fit_points: Vec<String>,
    /// What does not fit or is unknown.
    pub red_flags: Vec<String>,
    /// Per position: how relevant it is to the ad.
    pub detailed_rationale: Vec<RationaleEntry>,
    /// Per position: role, company, duration and highlights.
    pub detailed_experience: Vec<ExperienceEntry>,
    /// ICP skills the profile shows (must-haves first).
    pub matched_skills: Vec<String>,
    /// ICP skills the profile does not show (must-haves first).
    pub missing_skills: Vec<String>,
    /// Neither the title nor most of the role's skills fit: a keyword coincidence (a zookeeper
    /// whose skills say "Pflege" for a nurse ad), never delivered whatever the score.
    #[serde(skip)]
    pub off_role: bool,
}

/// Integer points per criterion; `negatives` is ≤ 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScoreBreakdown {
    /// Must-have (40) and nice-to-have (10) skills.
    pub skills: i32,
    /// Title match (25).
    pub title: i32,
    /// Years and level (15).
    pub seniority: i32,
    /// Location (10).
    pub location: i32,
    /// Excluded keywords, stale role, job-hopping (down to −40).
    pub negatives: i32,
}

impl ScoreBreakdown {
    /// The overall score: the sum clamped to 0–100.
    #[must_use]
    pub fn total(&self) -> u8 {
        let sum = self.skills + self.title + self.seniority + self.location + self.negatives;
        sum.clamp(0, 100) as u8
    }
}

/// How one position relates to the ad.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RationaleEntry {
    /// Title held.
    pub title: String,
    /// Employer.
    pub company: String,
    /// "2 yrs 3 mos" (empty when the dates are unknown).
    pub duration: String,
    /// Why this position matters (or not) for the ad.
    pub relevance_explanation: String,
}

/// One position, as shown to the recruiter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExperienceEntry {
    /// Title held.
    pub role: String,
    /// Employer.
    pub company: String,
    /// "2 yrs 3 mos" (empty when the dates are unknown).
    pub duration: String,
    /// Achievements and duties.
    pub highlights: Vec<String>,
}

/// Scores `profile` against `icp` as of `today`, with the bundled taxonomy.
#[must_use]
pub fn score_profile(icp: &Icp, profile: &Profile, today: NaiveDate) -> MatchResult {
    score_with(icp, profile, today, Taxonomy::bundled())
}

/// Whether a place-bound ad's location filter rules the profile out: its country is known and
/// is not one the ad allows (such profiles are never delivered, whatever their score).
#[must_use]
pub fn outside_allowed_countries(icp: &Icp, profile: &Profile, taxonomy: &Taxonomy) -> bool {
    score::outside_allowed_countries(icp, profile, taxonomy)
}

/// Scores with an explicit taxonomy (tests, custom data).
#[must_use]
pub fn score_with(
    icp: &Icp,
    profile: &Profile,
    today: NaiveDate,
    taxonomy: &Taxonomy,
) -> MatchResult {
    let ev = evidence::Evidence::gather(icp, profile, today, taxonomy);
    let held = |list: &[SkillRequirement]| -> (Vec<String>, Vec<String>) {
        let mut matched = Vec::new();
        let mut missing = Vec::new();
        for s in list {
            match ev.held(s, taxonomy) {
                Some(option) => matched.push(option.name.clone()),
                None => missing.push(s.label()),
            }
        }
        (matched, missing)
    };
    let (matched_must, missing_must) = held(&icp.must_have_skills);
    let (matched_nice, missing_nice) = held(&icp.nice_to_have_skills);
    let share = |k: usize, n: usize| if n == 0 { 0.0 } else { k as f32 / n as f32 };
    let (must_w, nice_w) = if icp.must_have_skills.is_empty() {
        (0.0, score::MUST_WEIGHT + score::NICE_WEIGHT)
    } else {
        (score::MUST_WEIGHT, score::NICE_WEIGHT)
    };
    let skills = (must_w * share(matched_must.len(), icp.must_have_skills.len())).round() as i32
        + (nice_w * share(matched_nice.len(), icp.nice_to_have_skills.len())).round() as i32;
    let skills_fit =
        !icp.must_have_skills.is_empty() && matched_must.len() * 2 >= icp.must_have_skills.len();
    let title = score::title_match(icp, profile, &ev, taxonomy, skills_fit);
    let location = score::location_match(icp, profile, taxonomy);
    let breakdown = ScoreBreakdown {
        skills,
        title: title.points(),
        seniority: score::seniority_points(icp, &ev),
        location: score::location_points(icp, &location),
        negatives: score::penalty(&ev),
    };
    let facts = explain::Facts {
        icp,
        profile,
        ev: &ev,
        title: &title,
        location: &location,
        matched_must: &matched_must,
        matched_nice: &matched_nice,
        missing_must: &missing_must,
        today,
        taxonomy,
    };
    // off the role: no title match and fewer than two thirds (rounded up, two at least) of the
    // skills that define the role
    let (have, of) = if icp.must_have_skills.is_empty() {
        (matched_nice.len(), icp.nice_to_have_skills.len())
    } else {
        (matched_must.len(), icp.must_have_skills.len())
    };
    // (a past role or a neighbouring occupation needs at least one of those skills; an
    // executive now is elsewhere)
    let off_role = match &title {
        score::TitleMatch::None => {
            of == 0 || have < (of * 2).div_ceil(3).max(2) || score::executive_elsewhere(icp, &ev)
        }
        score::TitleMatch::Past(_) => (of > 0 && have == 0) || score::executive_elsewhere(icp, &ev),
        // a neighbouring occupation (a full-stack engineer for a data ad) needs the ad's skills
        score::TitleMatch::SameOccupation(_) => of > 0 && have == 0,
        _ => false,
    };
    let mut missing = missing_must.clone();
    missing.extend(missing_nice);
    let mut matched = matched_must.clone();
    matched.extend(matched_nice.iter().cloned());
    MatchResult {
        score: breakdown.total(),
        breakdown,
        rationale: explain::rationale(&facts),
        fit_points: explain::fit_points(&facts),
        red_flags: explain::red_flags(&facts),
        detailed_rationale: explain::per_position(&facts),
        detailed_experience: explain::experience(profile, today),
        matched_skills: matched,
        missing_skills: missing,
        off_role,
    }
}

/// Scores every profile and sorts best first (ties by profile id, so the order is stable).
#[must_use]
pub fn rank(icp: &Icp, profiles: Vec<Profile>, today: NaiveDate) -> Vec<(Profile, MatchResult)> {
    let mut scored: Vec<(Profile, MatchResult)> = profiles
        .into_iter()
        .map(|p| {
            let m = score_profile(icp, &p, today);
            (p, m)
        })
        .collect();
    scored.sort_by(|a, b| {
        b.1.score
            .cmp(&a.1.score)
            .then_with(|| a.0.profile_id.cmp(&b.0.profile_id))
    });
    scored
}
