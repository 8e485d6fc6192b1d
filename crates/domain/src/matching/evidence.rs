//! What a profile shows: skills with evidence (skills list, current role, headline, recent
//! highlights), its years, its level, and career facts used for red flags.

use std::cell::RefCell;

use chrono::NaiveDate;
use foldhash::HashMap;

use super::duration::{Month, month_of, parse_month};
use super::prepared::{PreparedIcp, SkillCheck};
use crate::icp::text::{norm_into, padded};
use crate::profile::Profile;
use crate::taxonomy::{Seniority, Taxonomy, TitleEntry};

/// What one scorer has already worked out about texts that many profiles share: the skills
/// they list come from one vocabulary and their titles repeat, so each distinct skill item
/// and current role is read once per ICP instead of once per profile. Every entry is a pure
/// function of the text (and the ICP the scorer was made for).
#[derive(Default)]
pub(crate) struct TextMemo<'t> {
    /// Per listed skill as written.
    skills: RefCell<HashMap<String, ListedSkill>>,
    /// Per current role as written: the level and the entry its title parse gives.
    roles: RefCell<HashMap<String, RoleParse<'t>>>,
}

/// What a listed skill shows: the ICP's targets and, when the ICP keeps evidence texts, its
/// padded normal form.
type ListedSkill = (Vec<usize>, Option<String>);

/// The level and the title entry a current role parses to.
type RoleParse<'t> = (Option<Seniority>, Option<&'t TitleEntry>);

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
        memo: &TextMemo<'t>,
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
        // each position's dates, read once
        let dates: Vec<Dates> = profile.experience.iter().map(Dates::of).collect();
        for (i, (pos, d)) in profile.experience.iter().zip(&dates).enumerate() {
            let recent = match d.end {
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
        let mut shown = Vec::new();
        let mut skills_memo = memo.skills.borrow_mut();
        for (i, &(t, known)) in texts.iter().enumerate() {
            let listed = i < profile.skills.len();
            if listed && let Some((targets, padded)) = skills_memo.get(t) {
                for &target in targets {
                    targets_shown[target] = true;
                }
                kept.extend(padded.iter().cloned());
                continue;
            }
            let n = match known {
                Some(n) => n,
                None => {
                    scratch.clear();
                    norm_into(t, &mut scratch);
                    scratch.as_str()
                }
            };
            shown.clear();
            if prep.may_show_target(n) {
                shown.extend(
                    sk.find_in_text(t)
                        .into_iter()
                        .filter_map(|e| prep.target_of(e)),
                );
            }
            if listed && let Some(target) = prep.target_of_listed(n) {
                shown.push(target);
            }
            for &target in &shown {
                targets_shown[target] = true;
            }
            let padded = (prep.needs_texts && !t.is_empty()).then(|| format!(" {n} "));
            if listed {
                skills_memo.insert(t.to_owned(), (shown.clone(), padded.clone()));
            }
            kept.extend(padded);
        }
        drop(skills_memo);

        // the level and entry of the current role (the same parse serves the title match
        // when the role needs no trimming)
        let parsed = (!role.is_empty()).then(|| {
            let mut roles = memo.roles.borrow_mut();
            match roles.get(role) {
                Some(&known) => known,
                None => {
                    let p = taxonomy.titles().parse(role);
                    roles.insert(role.to_owned(), (p.seniority, p.canonical));
                    (p.seniority, p.canonical)
                }
            }
        });
        let role_entry = parsed.as_ref().filter(|_| role.trim() == role).map(|p| p.1);
        Evidence {
            targets_shown,
            texts: kept,
            negatives_hit,
            role_negative: !role_hits.is_empty(),
            headline_negative: !headline_hits.is_empty(),
            years: years(profile, &dates, now),
            level: parsed.and_then(|p| p.0),
            stale_since: stale_since(&dates, now),
            recent_moves: recent_moves(&dates, now),
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

/// A position's dates as read: the start and end months, and whether an end is written at all
/// (an unreadable end is not "current").
struct Dates {
    start: Option<Month>,
    start_written: bool,
    end: Option<Month>,
    end_written: bool,
}

impl Dates {
    fn of(p: &crate::profile::Position) -> Self {
        Dates {
            start: p.start_date.as_deref().and_then(parse_month),
            start_written: p.start_date.is_some(),
            end: p.end_date.as_deref().and_then(parse_month),
            end_written: p.end_date.is_some(),
        }
    }

    /// Inclusive months from start to end (or now while current), as [`super::duration`]
    /// counts them; `None` when a written date is unreadable or the start is missing.
    fn months(&self, now: Month) -> Option<i32> {
        let start = self.start?;
        let end = match (self.end, self.end_written) {
            (Some(e), _) => e,
            (None, false) => now,
            (None, true) => return None,
        };
        Some((end - start + 1).max(0))
    }
}

/// Stated years, else the span from the earliest dated start to today.
fn years(profile: &Profile, dates: &[Dates], now: Month) -> Option<f32> {
    if let Some(y) = profile
        .years_experience
        .filter(|y| y.is_finite() && *y >= 0.0)
    {
        return Some(y);
    }
    let earliest = dates.iter().filter_map(|d| d.start).min()?;
    Some((now - earliest + 1).max(0) as f32 / 12.0)
}

/// When the latest position ended more than a year ago: its end month.
fn stale_since(dates: &[Dates], now: Month) -> Option<Month> {
    if dates.iter().any(|d| !d.end_written && d.start_written) {
        return None;
    }
    let latest_end = dates.iter().filter_map(|d| d.end).max()?;
    (now - latest_end > 12).then_some(latest_end)
}

/// Positions started in the last five years and their average length.
fn recent_moves(dates: &[Dates], now: Month) -> (usize, i32) {
    let (count, total) = dates
        .iter()
        .filter(|d| d.start.is_some_and(|s| now - s <= 60))
        .filter_map(|d| d.months(now))
        .fold((0, 0), |(n, sum), m| (n + 1, sum + m));
    if count == 0 {
        return (0, 0);
    }
    (count, total / count as i32)
}
