//! What a profile shows: skills with evidence (skills list, current role, headline, recent
//! highlights), its years, its level, and career facts used for red flags.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::duration::{Month, month_of, months, parse_month};
use crate::icp::text::{contains_norm, norm, padded};
use crate::icp::{Icp, SkillRequirement};
use crate::profile::Profile;
use crate::taxonomy::{Seniority, Taxonomy};

/// Positions that ended within this many months still count as recent evidence.
const RECENT_MONTHS: i32 = 36;

/// Facts about one profile, computed once per (ICP, profile).
pub(crate) struct Evidence {
    /// Canonical skill names (normalised) with evidence.
    skills: BTreeSet<String>,
    /// Normalised, space-padded evidence texts, for skills outside the taxonomy.
    texts: Vec<String>,
    /// Negative keywords found in the current role or headline.
    pub(crate) negatives_hit: Vec<String>,
    /// Whether the current role contains a negative keyword.
    pub(crate) role_negative: bool,
    /// Whether the headline contains a negative keyword.
    pub(crate) headline_negative: bool,
    /// Years of experience: stated, or from the dated positions.
    pub(crate) years: Option<f32>,
    /// Level read from the current title.
    pub(crate) level: Option<Seniority>,
    /// Month the latest position ended, when it has (no current position).
    pub(crate) stale_since: Option<Month>,
    /// Positions started in the last five years and their average length in months.
    pub(crate) recent_moves: (usize, i32),
}

impl Evidence {
    /// Gathers the evidence of `profile` for `icp`.
    pub(crate) fn gather(
        icp: &Icp,
        profile: &Profile,
        today: NaiveDate,
        taxonomy: &Taxonomy,
    ) -> Self {
        let now = month_of(today);
        let role = profile.current_role.as_deref().unwrap_or("");
        let headline = profile.headline.as_deref().unwrap_or("");
        let negatives_in = |text: &str| -> Vec<String> {
            let p = padded(text);
            icp.negative_keywords
                .iter()
                .filter(|n| contains_norm(&p, &norm(n)))
                .cloned()
                .collect()
        };
        let role_hits = negatives_in(role);
        let headline_hits = negatives_in(headline);
        let mut negatives_hit = role_hits.clone();
        for h in &headline_hits {
            if !negatives_hit.contains(h) {
                negatives_hit.push(h.clone());
            }
        }

        // evidence texts: the skills list always; role and headline unless they carry a
        // negative keyword (a recruiter's "hiring Go engineers" is not Go experience)
        let mut texts: Vec<&str> = profile.skills.iter().map(String::as_str).collect();
        if role_hits.is_empty() {
            texts.push(role);
        }
        if headline_hits.is_empty() {
            texts.push(headline);
        }
        for (i, pos) in profile.experience.iter().enumerate() {
            let end = pos.end_date.as_deref().and_then(parse_month);
            let recent = match end {
                None => i == 0 || pos.end_date.is_none(),
                Some(e) => now - e <= RECENT_MONTHS,
            };
            if recent {
                texts.extend(pos.highlights.iter().map(String::as_str));
                if (i > 0 || role_hits.is_empty())
                    && let Some(r) = pos.role.as_deref()
                {
                    texts.push(r);
                }
            }
        }
        let sk = taxonomy.skills();
        let mut skills = BTreeSet::new();
        for t in &texts {
            for s in sk.find_in_text(t) {
                skills.insert(norm(&s.canonical));
            }
        }
        for s in &profile.skills {
            if let Some(e) = sk.canonical(s) {
                skills.insert(norm(&e.canonical));
            }
        }
        let texts: Vec<String> = texts
            .iter()
            .filter(|t| !t.is_empty())
            .map(|t| padded(t))
            .collect();

        let level = if role.is_empty() {
            None
        } else {
            taxonomy.titles().parse(role).seniority
        };
        Evidence {
            skills,
            texts,
            negatives_hit,
            role_negative: !role_hits.is_empty(),
            headline_negative: !headline_hits.is_empty(),
            years: years(profile, today),
            level,
            stale_since: stale_since(profile, now),
            recent_moves: recent_moves(profile, now, today),
        }
    }

    /// Which option of the requirement the profile shows (the skill or one of its
    /// alternatives; canonical name or alias, token-boundary aware), if any.
    pub(crate) fn held<'s>(
        &self,
        skill: &'s SkillRequirement,
        taxonomy: &Taxonomy,
    ) -> Option<&'s SkillRequirement> {
        skill.options().find(|o| self.has_one(o, taxonomy))
    }

    fn has_one(&self, skill: &SkillRequirement, taxonomy: &Taxonomy) -> bool {
        if taxonomy.skills().canonical(&skill.name).is_some() {
            return self.skills.contains(&norm(&skill.name));
        }
        let names: Vec<String> = std::iter::once(skill.name.as_str())
            .chain(skill.aliases.iter().map(String::as_str))
            .map(norm)
            .collect();
        self.texts
            .iter()
            .any(|t| names.iter().any(|n| contains_norm(t, n)))
    }
}

/// Stated years, else the span from the earliest dated start to today.
fn years(profile: &Profile, today: NaiveDate) -> Option<f32> {
    if let Some(y) = profile
        .years_experience
        .filter(|y| y.is_finite() && *y >= 0.0)
    {
        return Some(y);
    }
    let earliest = profile
        .experience
        .iter()
        .filter_map(|p| p.start_date.as_deref().and_then(parse_month))
        .min()?;
    months(Some(&super::duration::format_month(earliest)), None, today).map(|m| m as f32 / 12.0)
}

/// When the latest position ended more than a year ago: its end month.
fn stale_since(profile: &Profile, now: Month) -> Option<Month> {
    if profile
        .experience
        .iter()
        .any(|p| p.end_date.is_none() && p.start_date.is_some())
    {
        return None;
    }
    let latest_end = profile
        .experience
        .iter()
        .filter_map(|p| p.end_date.as_deref().and_then(parse_month))
        .max()?;
    (now - latest_end > 12).then_some(latest_end)
}

/// Positions started in the last five years and their average length.
fn recent_moves(profile: &Profile, now: Month, today: NaiveDate) -> (usize, i32) {
    let lens: Vec<i32> = profile
        .experience
        .iter()
        .filter(|p| {
            p.start_date
                .as_deref()
                .and_then(parse_month)
                .is_some_and(|s| now - s <= 60)
        })
        .filter_map(|p| months(p.start_date.as_deref(), p.end_date.as_deref(), today))
        .collect();
    if lens.is_empty() {
        return (0, 0);
    }
    (lens.len(), lens.iter().sum::<i32>() / lens.len() as i32)
}
