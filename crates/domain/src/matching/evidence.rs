//! What a profile shows: skills with evidence (skills list, current role, headline, recent
//! highlights), its years, its level, and career facts used for red flags.

use std::cell::RefCell;

use chrono::NaiveDate;
use foldhash::HashMap;

use super::analysis::{PositionFacts, ProfileAnalysis, is_recent};
use super::duration::{Month, month_of};
use super::prepared::{PreparedIcp, SkillCheck};
use crate::icp::text::{norm_into, padded};
use crate::profile::{Position, Profile};
use crate::taxonomy::{Seniority, SkillEntry, Taxonomy, TitleEntry};

/// What one scorer has already worked out about texts that many profiles share: the skills
/// they list come from one vocabulary and their titles repeat, so each distinct skill item
/// and current role is read once per ICP instead of once per profile. Every entry is a pure
/// function of the text (and the ICP the scorer was made for).
#[derive(Default)]
pub(crate) struct TextMemo<'t> {
    /// Per listed skill as written.
    pub(crate) skills: RefCell<HashMap<String, ListedSkill>>,
    /// Per current role as written: the level and the entry its title parse gives.
    roles: RefCell<HashMap<String, RoleParse<'t>>>,
}

impl<'t> TextMemo<'t> {
    /// The level and title entry of a current role as written, parsed once per scorer.
    pub(crate) fn role(&self, role: &str, taxonomy: &'t Taxonomy) -> RoleParse<'t> {
        let mut roles = self.roles.borrow_mut();
        if let Some(&known) = roles.get(role) {
            return known;
        }
        let p = taxonomy.titles().parse(role);
        roles.insert(role.to_owned(), (p.seniority, p.canonical));
        (p.seniority, p.canonical)
    }
}

/// What a listed skill shows: the ICP's targets and, when the ICP keeps evidence texts, its
/// padded normal form.
type ListedSkill = (Vec<usize>, Option<String>);

/// The level and the title entry a current role parses to.
type RoleParse<'t> = (Option<Seniority>, Option<&'t TitleEntry>);

/// Facts about one profile, computed once per (ICP, profile).
pub(crate) struct Evidence {
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
}

impl Evidence {
    /// Gathers the evidence of `profile`, whose analysis is `analysis`, for the prepared ICP.
    pub(crate) fn gather(
        prep: &PreparedIcp<'_>,
        profile: &Profile,
        analysis: &ProfileAnalysis<'_>,
        today: NaiveDate,
        taxonomy: &Taxonomy,
        memo: &TextMemo<'_>,
    ) -> Self {
        let now = month_of(today);
        let role_hits = prep.negatives_in(analysis.role_padded());
        let headline_hits = prep.negatives_in(analysis.headline_padded());
        let mut negatives_hit = role_hits.clone();
        for h in &headline_hits {
            if !negatives_hit.contains(h) {
                negatives_hit.push(h.clone());
            }
        }

        // the skills the ad asks for that the evidence texts mention: the skills list always;
        // role and headline unless they carry a negative keyword (a recruiter's "hiring Go
        // engineers" is not Go experience); recent positions' highlights and titles
        let mut targets_shown = vec![false; prep.targets.len()];
        let mut show = |entries: &[&SkillEntry]| {
            for e in entries {
                if let Some(target) = prep.target_of(e) {
                    targets_shown[target] = true;
                }
            }
        };
        if role_hits.is_empty() {
            show(analysis.role_mentions());
        }
        if headline_hits.is_empty() {
            show(analysis.headline_mentions());
        }
        let positions = profile.experience.iter().zip(analysis.positions.iter());
        let recent = |(i, (pos, f)): &(usize, (&Position, &PositionFacts))| {
            is_recent(*i, pos, &f.dates, now)
        };
        for (i, (pos, f)) in positions.clone().enumerate().filter(recent) {
            show(analysis.highlight_mentions(f));
            if (i > 0 || role_hits.is_empty()) && pos.role.is_some() {
                show(analysis.position_role_mentions(f));
            }
        }
        let mut kept = Vec::new();
        read_skills_list(prep, profile, taxonomy, memo, &mut targets_shown, &mut kept);
        // the texts themselves, for skills outside the taxonomy
        if prep.needs_texts {
            let free = (role_hits.is_empty(), headline_hits.is_empty());
            keep_texts(profile, analysis, now, free, &mut kept);
        }

        let dates = &analysis.positions;
        Evidence {
            targets_shown,
            texts: kept,
            negatives_hit,
            role_negative: !role_hits.is_empty(),
            headline_negative: !headline_hits.is_empty(),
            years: years(profile, dates, now),
            level: analysis.level,
            stale_since: stale_since(dates, now),
            recent_moves: recent_moves(dates, now),
        }
    }

    /// Which option of a prepared requirement (0 = the skill, then its alternatives) the
    /// profile shows, if any.
    pub(crate) fn held(&self, options: &[SkillCheck]) -> Option<usize> {
        options.iter().position(|o| match o {
            SkillCheck::Canonical(target, extra) => {
                self.targets_shown[*target]
                    || (!extra.is_empty()
                        && self
                            .texts
                            .iter()
                            .any(|t| extra.iter().any(|n| n.in_padded(t))))
            }
            SkillCheck::Spelled(needles) => self
                .texts
                .iter()
                .any(|t| needles.iter().any(|n| n.in_padded(t))),
        })
    }
}

/// The evidence texts for skills outside the taxonomy, padded: the role and the headline when
/// `free` says they carry no negative keyword (role, headline), and the recent positions'
/// highlights and titles (the current one's only when the role is free).
fn keep_texts(
    profile: &Profile,
    analysis: &ProfileAnalysis<'_>,
    now: Month,
    free: (bool, bool),
    kept: &mut Vec<String>,
) {
    let mut keep = |t: &str, known: Option<&str>| {
        if !t.is_empty() {
            kept.push(known.map_or_else(|| padded(t), str::to_owned));
        }
    };
    if free.0 {
        keep(
            profile.current_role.as_deref().unwrap_or(""),
            Some(analysis.role_padded()),
        );
    }
    if free.1 {
        keep(
            profile.headline.as_deref().unwrap_or(""),
            Some(analysis.headline_padded()),
        );
    }
    let positions = profile.experience.iter().zip(analysis.positions.iter());
    for (i, (pos, f)) in positions.enumerate() {
        if !is_recent(i, pos, &f.dates, now) {
            continue;
        }
        for h in &pos.highlights {
            keep(h, None);
        }
        if (i > 0 || free.0)
            && let Some(r) = pos.role.as_deref()
        {
            keep(r, None);
        }
    }
}

/// Reads the profile's skills list into `targets_shown` (and, when the ICP needs texts, its
/// padded items into `kept`): each distinct item is read once per ICP, and the taxonomy's scan
/// runs only on items with a word that starts one of the ad's skills' spellings.
fn read_skills_list(
    prep: &PreparedIcp<'_>,
    profile: &Profile,
    taxonomy: &Taxonomy,
    memo: &TextMemo<'_>,
    targets_shown: &mut [bool],
    kept: &mut Vec<String>,
) {
    let sk = taxonomy.skills();
    let mut scratch = String::new();
    let mut skills_memo = memo.skills.borrow_mut();
    for t in &profile.skills {
        if let Some((targets, padded)) = skills_memo.get(t.as_str()) {
            for &target in targets {
                targets_shown[target] = true;
            }
            kept.extend(padded.iter().cloned());
            continue;
        }
        scratch.clear();
        norm_into(t, &mut scratch);
        let mut shown: Vec<usize> = Vec::new();
        if prep.may_show_target(&scratch) {
            shown.extend(
                sk.find_in_text(t)
                    .into_iter()
                    .filter_map(|e| prep.target_of(e)),
            );
        }
        if let Some(target) = prep.target_of_listed(&scratch) {
            shown.push(target);
        }
        for &target in &shown {
            targets_shown[target] = true;
        }
        let padded = (prep.needs_texts && !t.is_empty()).then(|| format!(" {scratch} "));
        kept.extend(padded.iter().cloned());
        skills_memo.insert(t.clone(), (shown, padded));
    }
}

/// Stated years, else the span from the earliest dated start to today.
fn years(profile: &Profile, positions: &[PositionFacts], now: Month) -> Option<f32> {
    if let Some(y) = profile
        .years_experience
        .filter(|y| y.is_finite() && *y >= 0.0)
    {
        return Some(y);
    }
    let earliest = positions.iter().filter_map(|p| p.dates.start).min()?;
    Some((now - earliest + 1).max(0) as f32 / 12.0)
}

/// When the latest position ended more than a year ago: its end month.
fn stale_since(positions: &[PositionFacts], now: Month) -> Option<Month> {
    let dates = || positions.iter().map(|p| &p.dates);
    if dates().any(|d| !d.end_written && d.start_written) {
        return None;
    }
    let latest_end = dates().filter_map(|d| d.end).max()?;
    (now - latest_end > 12).then_some(latest_end)
}

/// Positions started in the last five years and their average length.
fn recent_moves(positions: &[PositionFacts], now: Month) -> (usize, i32) {
    let (count, total) = positions
        .iter()
        .map(|p| &p.dates)
        .filter(|d| d.start.is_some_and(|s| now - s <= 60))
        .filter_map(|d| d.months(now))
        .fold((0, 0), |(n, sum), m| (n + 1, sum + m));
    if count == 0 {
        return (0, 0);
    }
    (count, total / count as i32)
}
