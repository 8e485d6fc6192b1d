//! What a profile shows: skills with evidence (skills list, current role, headline, recent
//! highlights), its years, its level, and career facts used for red flags.

use chrono::NaiveDate;

use super::duration::{Month, month_of, months, parse_month};
use super::prepared::{PreparedIcp, SkillCheck};
use crate::icp::text::{norm_into, padded};
use crate::profile::Profile;
use crate::taxonomy::{Seniority, Taxonomy, TitleEntry};

/// Positions that ended within this many months still count as recent evidence.
const RECENT_MONTHS: i32 = 36;

/// Facts about one profile, computed once per (ICP, profile).
pub(crate) struct Evidence<'t> {
    /// Per target skill of the prepared ICP: whether the profile shows it.
    targets_shown: Vec<bool>,
    /// Normalised, space-padded evidence texts, for skills outside the taxonomy (kept only
    /// when the ICP has such skills).
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
    /// The current role, normalised and padded.
    pub(crate) role_padded: String,
    /// The headline, normalised and padded.
    pub(crate) headline_padded: String,
    /// The taxonomy entry of the trimmed current role, when its parse is already known.
    pub(crate) role_entry: Option<Option<&'t TitleEntry>>,
}

impl<'t> Evidence<'t> {
    /// Gathers the evidence of `profile` for the prepared ICP.
    pub(crate) fn gather(
        prep: &PreparedIcp<'_>,
        profile: &Profile,
        today: NaiveDate,
        taxonomy: &'t Taxonomy,
    ) -> Self {
        let now = month_of(today);
        let role = profile.current_role.as_deref().unwrap_or("");
        let headline = profile.headline.as_deref().unwrap_or("");
        let role_padded = padded(role);
        let headline_padded = padded(headline);
        let role_hits = prep.negatives_in(&role_padded);
        let headline_hits = prep.negatives_in(&headline_padded);
        let mut negatives_hit = role_hits.clone();
        for h in &headline_hits {
            if !negatives_hit.contains(h) {
                negatives_hit.push(h.clone());
            }
        }

        // evidence texts: the skills list always; role and headline unless they carry a
        // negative keyword (a recruiter's "hiring Go engineers" is not Go experience)
        // (with their normal form when already known)
        fn unpadded(p: &str) -> &str {
            &p[1..p.len() - 1]
        }
        let mut texts: Vec<(&str, Option<&str>)> =
            profile.skills.iter().map(|s| (s.as_str(), None)).collect();
        if role_hits.is_empty() {
            texts.push((role, Some(unpadded(&role_padded))));
        }
        if headline_hits.is_empty() {
            texts.push((headline, Some(unpadded(&headline_padded))));
        }
        for (i, pos) in profile.experience.iter().enumerate() {
            let end = pos.end_date.as_deref().and_then(parse_month);
            let recent = match end {
                None => i == 0 || pos.end_date.is_none(),
                Some(e) => now - e <= RECENT_MONTHS,
            };
            if recent {
                texts.extend(pos.highlights.iter().map(|h| (h.as_str(), None)));
                if (i > 0 || role_hits.is_empty())
                    && let Some(r) = pos.role.as_deref()
                {
                    texts.push((r, None));
                }
            }
        }
        // the skills the ad asks for that the texts mention (the taxonomy's scan runs only on
        // texts with a word that starts one of their spellings) or the skills list names
        let sk = taxonomy.skills();
        let mut targets_shown = vec![false; prep.targets.len()];
        let mut kept = Vec::new();
        let mut scratch = String::new();
        for (i, &(t, known)) in texts.iter().enumerate() {
            let n = match known {
                Some(n) => n,
                None => {
                    scratch.clear();
                    norm_into(t, &mut scratch);
                    scratch.as_str()
                }
            };
            if prep.may_show_target(n) {
                for e in sk.find_in_text(t) {
                    if let Some(target) = prep.target_of(e) {
                        targets_shown[target] = true;
                    }
                }
            }
            if i < profile.skills.len()
                && let Some(target) = prep.target_of_listed(n)
            {
                targets_shown[target] = true;
            }
            if prep.needs_texts && !t.is_empty() {
                kept.push(format!(" {n} "));
            }
        }

        let parsed = (!role.is_empty()).then(|| taxonomy.titles().parse(role));
        // the same parse serves the title match when the role needs no trimming
        let role_entry = parsed
            .as_ref()
            .filter(|_| role.trim() == role)
            .map(|p| p.canonical);
        Evidence {
            targets_shown,
            texts: kept,
            negatives_hit,
            role_negative: !role_hits.is_empty(),
            headline_negative: !headline_hits.is_empty(),
            years: years(profile, today),
            level: parsed.and_then(|p| p.seniority),
            stale_since: stale_since(profile, now),
            recent_moves: recent_moves(profile, now, today),
            role_padded,
            headline_padded,
            role_entry,
        }
    }

    /// Which option of a prepared requirement (0 = the skill, then its alternatives) the
    /// profile shows, if any.
    pub(crate) fn held(&self, options: &[SkillCheck]) -> Option<usize> {
        options.iter().position(|o| match o {
            SkillCheck::Canonical(target) => self.targets_shown[*target],
            SkillCheck::Spelled(needles) => self
                .texts
                .iter()
                .any(|t| needles.iter().any(|n| n.in_padded(t))),
        })
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
