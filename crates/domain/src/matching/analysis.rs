//! Index-time analysis: what scoring reads from a profile whatever the ad is.
//!
//! Normalising a profile's role and headline, parsing its title, finding the taxonomy skills its
//! texts mention, reading its positions' dates and resolving its place cost most of a profile's
//! score, yet none of it depends on the ad. A people index that holds its profiles (the local
//! index) does this once when it loads them and hands the analysis out with every hit; the
//! scorer then only relates those facts to the ad. A profile that arrives without an analysis
//! (a remote index, the session's stored profiles) is analysed by the scorer on the spot, for
//! that ad only. Either way the score is the same: tests compare the two over the corpus.

use std::fmt;
use std::ops::Range;

use super::duration::{Month, parse_month};
use super::evidence::TextMemo;
use super::prepared::PreparedIcp;
use crate::icp::text::{norm_into, padded};
use crate::profile::{Position, Profile};
use crate::taxonomy::{
    ResolvedLocation, Seniority, SkillEntry, SkillTaxonomy, Taxonomy, TitleEntry,
};

/// Positions that ended within this many months still count as recent evidence.
pub(crate) const RECENT_MONTHS: i32 = 36;

/// What scoring reads from one profile whatever the ad: its normalised role and headline, its
/// level and title entry, the taxonomy skills its texts mention, its positions' dates and its
/// resolved place. Borrowed from the taxonomy it was made with; a scorer with another taxonomy
/// ignores it and analyses the profile itself.
#[derive(Clone)]
pub struct ProfileAnalysis<'t> {
    /// The taxonomy the facts come from.
    pub(crate) taxonomy: &'t Taxonomy,
    /// The current role and then the headline, each normalised and space-padded.
    padded: Box<str>,
    /// Where the headline starts in `padded`.
    headline_at: u32,
    /// The level the current role (as written) names.
    pub(crate) level: Option<Seniority>,
    /// The title entry of the trimmed current role.
    pub(crate) role_entry: Option<&'t TitleEntry>,
    /// Taxonomy skills mentioned: by the role, the headline, then per position (see
    /// [`PositionFacts`]), each list without duplicates.
    mentions: Box<[&'t SkillEntry]>,
    /// Where the role's mentions end and the headline's end in `mentions`.
    role_mentions_end: u32,
    headline_mentions_end: u32,
    /// Per position, in the profile's order.
    pub(crate) positions: Box<[PositionFacts]>,
    /// The profile's free-text location (trimmed), resolved; `None` while not worked out (an
    /// analysis for one ICP resolves it only if the score needs it: see [`Self::place`]).
    place: Option<Option<ResolvedLocation<'t>>>,
}

/// One position's dates and where its mentions lie in [`ProfileAnalysis::mentions`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PositionFacts {
    /// Its dates, as read.
    pub(crate) dates: Dates,
    /// Mentions by its highlights, then by its title.
    highlights: Range<u32>,
    role: Range<u32>,
}

/// A position's dates as read: the start and end months, and whether an end is written at all
/// (an unreadable end is not "current").
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Dates {
    pub(crate) start: Option<Month>,
    pub(crate) start_written: bool,
    pub(crate) end: Option<Month>,
    pub(crate) end_written: bool,
}

impl Dates {
    fn of(p: &Position) -> Self {
        Dates {
            start: p.start_date.as_deref().and_then(parse_month),
            start_written: p.start_date.is_some(),
            end: p.end_date.as_deref().and_then(parse_month),
            end_written: p.end_date.is_some(),
        }
    }

    /// Inclusive months from start to end (or now while current), as [`super::duration`]
    /// counts them; `None` when a written date is unreadable or the start is missing.
    pub(crate) fn months(&self, now: Month) -> Option<i32> {
        let start = self.start?;
        let end = match (self.end, self.end_written) {
            (Some(e), _) => e,
            (None, false) => now,
            (None, true) => return None,
        };
        Some((end - start + 1).max(0))
    }
}

/// Whether position `i` is recent evidence as of `now`: current, or ended within
/// [`RECENT_MONTHS`].
pub(crate) fn is_recent(i: usize, pos: &Position, dates: &Dates, now: Month) -> bool {
    match dates.end {
        None => i == 0 || pos.end_date.is_none(),
        Some(e) => now - e <= RECENT_MONTHS,
    }
}

/// What an analysis made for one scorer may leave out: the mentions that cannot matter to its
/// ICP (texts without a word that starts one of its skills, positions too old to count).
pub(crate) struct ForOneIcp<'p, 't> {
    /// The scorer's prepared ICP.
    pub(crate) prep: &'p PreparedIcp<'p>,
    /// The scorer's month.
    pub(crate) now: Month,
    /// The scorer's memo of current roles.
    pub(crate) memo: &'p TextMemo<'t>,
}

impl<'t> ProfileAnalysis<'t> {
    /// Analyses `profile` with `taxonomy`: what a people index does once per profile it holds.
    #[must_use]
    pub fn of(profile: &Profile, taxonomy: &'t Taxonomy) -> Self {
        Self::build(profile, taxonomy, None)
    }

    /// The analysis, complete or (`for_icp`) only as far as one ICP needs it.
    pub(crate) fn build(
        profile: &Profile,
        taxonomy: &'t Taxonomy,
        for_icp: Option<&ForOneIcp<'_, 't>>,
    ) -> Self {
        let role = profile.current_role.as_deref().unwrap_or("");
        let headline = profile.headline.as_deref().unwrap_or("");
        let mut text = padded(role);
        let headline_at = text.len();
        text.push_str(&padded(headline));

        let (level, role_entry) = read_role(role, taxonomy, for_icp);

        let mut scan = MentionScan {
            skills: taxonomy.skills(),
            for_icp,
            mentions: Vec::new(),
            scratch: String::new(),
        };
        // (a padded text is its normal form between two spaces)
        let role_norm = &text[1..headline_at - 1];
        let headline_norm = &text[headline_at + 1..text.len() - 1];
        scan.mention(role, Some(role_norm), 0);
        let role_mentions_end = scan.mentions.len();
        scan.mention(headline, Some(headline_norm), role_mentions_end);
        let headline_mentions_end = scan.mentions.len();
        let positions = scan.positions(profile);
        let mentions = scan.mentions;

        let location = profile.location.as_deref().unwrap_or("").trim();
        // resolving a place is costly: an analysis for one ICP leaves it to the score
        ProfileAnalysis {
            taxonomy,
            padded: text.into_boxed_str(),
            headline_at: index(headline_at),
            level,
            role_entry,
            mentions: mentions.into_boxed_slice(),
            role_mentions_end: index(role_mentions_end),
            headline_mentions_end: index(headline_mentions_end),
            positions: positions.into_boxed_slice(),
            place: for_icp
                .is_none()
                .then(|| taxonomy.locations().resolve(location)),
        }
    }

    /// The profile's place: as resolved at analysis, else resolved now (`profile` MUST be the
    /// analysed profile).
    pub(crate) fn place(&self, profile: &Profile) -> Option<ResolvedLocation<'t>> {
        self.place.unwrap_or_else(|| {
            let location = profile.location.as_deref().unwrap_or("").trim();
            self.taxonomy.locations().resolve(location)
        })
    }

    /// The current role, normalised and space-padded.
    pub(crate) fn role_padded(&self) -> &str {
        &self.padded[..self.headline_at as usize]
    }

    /// The headline, normalised and space-padded.
    pub(crate) fn headline_padded(&self) -> &str {
        &self.padded[self.headline_at as usize..]
    }

    /// Skills the current role mentions.
    pub(crate) fn role_mentions(&self) -> &[&'t SkillEntry] {
        &self.mentions[..self.role_mentions_end as usize]
    }

    /// Skills the headline mentions.
    pub(crate) fn headline_mentions(&self) -> &[&'t SkillEntry] {
        &self.mentions[self.role_mentions_end as usize..self.headline_mentions_end as usize]
    }

    /// Skills a position's highlights mention.
    pub(crate) fn highlight_mentions(&self, p: &PositionFacts) -> &[&'t SkillEntry] {
        &self.mentions[p.highlights.start as usize..p.highlights.end as usize]
    }

    /// Skills a position's title mentions.
    pub(crate) fn position_role_mentions(&self, p: &PositionFacts) -> &[&'t SkillEntry] {
        &self.mentions[p.role.start as usize..p.role.end as usize]
    }
}

/// The level and title entry of a current role (the entry of the trimmed role), through the
/// scorer's memo when analysing for one ICP.
fn read_role<'t>(
    role: &str,
    taxonomy: &'t Taxonomy,
    for_icp: Option<&ForOneIcp<'_, 't>>,
) -> (Option<Seniority>, Option<&'t TitleEntry>) {
    if role.is_empty() {
        return (None, None);
    }
    let parse = |r: &str| match for_icp {
        Some(f) => f.memo.role(r, taxonomy),
        None => {
            let p = taxonomy.titles().parse(r);
            (p.seniority, p.canonical)
        }
    };
    let (level, entry) = parse(role);
    let trimmed = role.trim();
    let entry = if trimmed == role {
        entry
    } else if trimmed.is_empty() {
        None
    } else {
        taxonomy.titles().parse(trimmed).canonical
    };
    (level, entry)
}

/// The taxonomy skills a profile's texts mention, gathered text by text.
struct MentionScan<'f, 'p, 't> {
    /// The skills taxonomy.
    skills: &'t SkillTaxonomy,
    /// The one ICP the analysis is for, if any: texts that cannot show its skills are skipped.
    for_icp: Option<&'f ForOneIcp<'p, 't>>,
    /// The mentions so far, each text's list without duplicates.
    mentions: Vec<&'t SkillEntry>,
    /// Room to normalise a text in.
    scratch: String,
}

impl<'t> MentionScan<'_, '_, 't> {
    /// Appends the skills `raw` mentions after `from`, without duplicates; `known` is its
    /// normal form when already at hand.
    fn mention(&mut self, raw: &str, known: Option<&str>, from: usize) {
        if raw.is_empty() {
            return;
        }
        if let Some(f) = self.for_icp {
            let n = match known {
                Some(n) => n,
                None => {
                    self.scratch.clear();
                    norm_into(raw, &mut self.scratch);
                    self.scratch.as_str()
                }
            };
            if !f.prep.may_show_target(n) {
                return;
            }
        }
        for e in self.skills.find_in_text(raw) {
            if !self.mentions[from..].iter().any(|&m| std::ptr::eq(m, e)) {
                self.mentions.push(e);
            }
        }
    }

    /// Per position: its dates and the mentions of its highlights, then of its title (for
    /// one ICP, only recent positions' texts are read).
    fn positions(&mut self, profile: &Profile) -> Vec<PositionFacts> {
        let mut positions = Vec::with_capacity(profile.experience.len());
        for (i, pos) in profile.experience.iter().enumerate() {
            let dates = Dates::of(pos);
            let wanted = self
                .for_icp
                .is_none_or(|f| is_recent(i, pos, &dates, f.now));
            let start = self.mentions.len();
            if wanted {
                for h in &pos.highlights {
                    self.mention(h, None, start);
                }
            }
            let mid = self.mentions.len();
            if wanted && let Some(r) = pos.role.as_deref() {
                self.mention(r, None, mid);
            }
            positions.push(PositionFacts {
                dates,
                highlights: index(start)..index(mid),
                role: index(mid)..index(self.mentions.len()),
            });
        }
        positions
    }
}

/// A text offset as stored (profiles' texts are far below 4 GiB).
fn index(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl fmt::Debug for ProfileAnalysis<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProfileAnalysis")
            .field("role", &self.role_padded().trim())
            .field("headline", &self.headline_padded().trim())
            .field("level", &self.level)
            .field("role_entry", &self.role_entry.map(|e| &e.canonical))
            .field(
                "mentions",
                &self
                    .mentions
                    .iter()
                    .map(|e| &e.canonical)
                    .collect::<Vec<_>>(),
            )
            .field("positions", &self.positions.len())
            .field("place", &self.place)
            .finish_non_exhaustive()
    }
}

impl PartialEq for ProfileAnalysis<'_> {
    /// The same facts from the same taxonomy (entries compared by identity).
    fn eq(&self, other: &Self) -> bool {
        let same = |a: Option<&TitleEntry>, b: Option<&TitleEntry>| match (a, b) {
            (Some(a), Some(b)) => std::ptr::eq(a, b),
            (None, None) => true,
            _ => false,
        };
        std::ptr::eq(self.taxonomy, other.taxonomy)
            && self.padded == other.padded
            && self.headline_at == other.headline_at
            && self.level == other.level
            && same(self.role_entry, other.role_entry)
            && self.mentions.len() == other.mentions.len()
            && self
                .mentions
                .iter()
                .zip(other.mentions.iter())
                .all(|(a, b)| std::ptr::eq(*a, *b))
            && self.role_mentions_end == other.role_mentions_end
            && self.headline_mentions_end == other.headline_mentions_end
            && self.positions == other.positions
            && self.place == other.place
    }
}
