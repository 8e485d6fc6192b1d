//! The score: per-criterion points with documented weights. Missing data earns nothing.
//!
//! | criterion | points |
//! |---|---|
//! | must-have skills | 40 × share matched (50 on nice-to-haves when the ad names no must-have) |
//! | nice-to-have skills | 10 × share matched |
//! | title | 25 current role, 15 headline, 12 same occupation or an unlisted title with the role's head word (or meaning the role, by the text model) and half the must-haves, 5 a profile meaning the job as a whole by the text model (with one of the role's skills), 10 generic title of the trade with half the must-haves, 10 recent past role |
//! | seniority | 10 × min(1, years ÷ asked years) + 5 for the level |
//! | location | 10 in the place, 8 within the radius, 5 same country (8 when remote is fine), 0 unknown |
//! | meaning | 0–5 by the profile's closeness in meaning to the ad (5 when the title names the role); only with a text model |
//! | negatives | −25 first excluded keyword, −15 each further, −10 stale role, −5 job-hopping; ≥ −40 |

use super::analysis::ProfileAnalysis;
use super::evidence::Evidence;
use super::prepared::PreparedIcp;
use crate::icp::Icp;
use crate::icp::text::padded;
use crate::profile::Profile;
use crate::taxonomy::{
    City, ResolvedLocation, Seniority, Taxonomy, TitleEntry, WorkMode, distance_km, fold_gender,
};

/// Weight of must-have skills.
pub const MUST_WEIGHT: f32 = 40.0;
/// Weight of nice-to-have skills.
pub const NICE_WEIGHT: f32 = 10.0;
/// Weight of the title.
pub const TITLE_WEIGHT: i32 = 25;
/// Weight of years and level.
pub const SENIORITY_WEIGHT: i32 = 15;
/// Weight of the location.
pub const LOCATION_WEIGHT: i32 = 10;
/// Largest total penalty.
pub const MAX_PENALTY: i32 = 40;

/// How the title matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TitleMatch {
    /// The current role names the role.
    Current(String),
    /// The current role is in the same occupation.
    SameOccupation(String),
    /// A generic title of the trade ("Software Engineer") with the role's skills.
    Generic(String),
    /// A title no taxonomy lists whose head word is the role's ("Chauffeur SPL"), with at
    /// least half the must-have skills.
    HeadWord(String),
    /// A title no taxonomy lists that means the role by the text model (similarity in
    /// hundredths), with at least half the must-have skills.
    Meaning(String, u8),
    /// No title names the role, but the profile as a whole (title, skills, past roles) is
    /// closer in meaning to the whole ad than a usual profile of the index (closeness in
    /// hundredths), with a must-have when the ad names any.
    MeaningProfile(u8),
    /// The headline names the role.
    Headline,
    /// A recent past role names it.
    Past(String),
    /// Nothing.
    None,
}

impl TitleMatch {
    /// Points for this kind of match.
    pub(crate) fn points(&self) -> i32 {
        match self {
            TitleMatch::Current(_) => TITLE_WEIGHT,
            TitleMatch::Headline => 15,
            TitleMatch::SameOccupation(_) => 12,
            TitleMatch::Generic(_) => 10,
            TitleMatch::HeadWord(_) | TitleMatch::Meaning(..) => 12,
            TitleMatch::MeaningProfile(_) => 5,
            TitleMatch::Past(_) => 10,
            TitleMatch::None => 0,
        }
    }
}

/// Whether `title` names the ICP's role (canonical, synonym — with at most one word between
/// its words, "Backend Python Developer" — or the same canonical entry). `padded_title` is
/// `padded(title)`; `known_entry` is the taxonomy's parse of `title` when already known.
pub(crate) fn names_role(
    prep: &PreparedIcp<'_>,
    title: &str,
    padded_title: &str,
    known_entry: Option<Option<&TitleEntry>>,
    taxonomy: &Taxonomy,
) -> bool {
    // the title's words, on the stack for all but the longest titles
    let mut stack = [""; 24];
    let mut heap = Vec::new();
    let mut n = 0;
    for w in padded_title.split(' ').filter(|w| !w.is_empty()) {
        if n < stack.len() {
            stack[n] = w;
        } else {
            if heap.is_empty() {
                heap.extend_from_slice(&stack);
            }
            heap.push(w);
        }
        n += 1;
    }
    let theirs: &[&str] = if heap.is_empty() { &stack[..n] } else { &heap };
    // each match below needs the name's first word among the title's
    if theirs
        .iter()
        .any(|w| prep.role_first_words.has(w.as_bytes()))
        && prep.role_names.iter().any(|r| {
            r.in_words(theirs)
                || words_nearly_adjacent(theirs, &r.words)
                || all_words_within(theirs, &r.words)
        })
    {
        return true;
    }
    // the ad's own words for the role, in another language ("Analista de Datos") or a German
    // compound of a local name ("Fachkrankenpflegerin")
    if local_names(prep, padded_title, theirs) {
        return true;
    }
    // gendered and inclusive forms of those names ("Infirmière", "Profesora", "Lehrerin")
    let folded: Vec<std::borrow::Cow<'_, str>> = theirs.iter().map(|w| fold_gender(w)).collect();
    if prep.folded_names.iter().any(|name| {
        folded
            .windows(name.len())
            .any(|win| win.iter().zip(name).all(|(a, b)| a.as_ref() == b.as_str()))
    }) {
        return true;
    }
    if !prep.title_may_resolve(theirs) {
        return false;
    }
    known_entry
        .unwrap_or_else(|| taxonomy.titles().parse(title).canonical)
        .is_some_and(|e| prep.is_role_entry(e))
}

/// Whether every word of a two- or three-word `phrase` occurs in a title of at most five words,
/// in any order ("Software Engineer, Backend" names "Backend Software Engineer").
fn all_words_within(words: &[&str], wanted: &[String]) -> bool {
    (2..=3).contains(&wanted.len())
        && words.len() <= 5
        && wanted.iter().all(|w| words.contains(&w.as_str()))
}

/// Whether the title holds a local name of the role ("Analista de Datos"), or a word of it is
/// a German compound ending in one ("Fachkrankenpflegerin" ends in "krankenpflegerin"; names
/// of seven letters or more, so never a bare "pfleger": a "Tierpflegerin" keeps animals).
fn local_names(prep: &PreparedIcp<'_>, padded_title: &str, words: &[&str]) -> bool {
    prep.local_names.iter().any(|(w, needle)| {
        needle.in_padded(padded_title)
            || (!w.contains(' ')
                && w.len() >= 7
                && words.iter().any(|t| t.len() > w.len() && t.ends_with(w)))
    })
}

/// Whether the words of `phrase` (two or more) occur in `words` in order, at most one other
/// word between neighbours.
fn words_nearly_adjacent(words: &[&str], wanted: &[String]) -> bool {
    if wanted.len() < 2 {
        return false;
    }
    (0..words.len()).any(|start| {
        if words[start] != wanted[0].as_str() {
            return false;
        }
        let mut at = start;
        wanted[1..].iter().all(|w| {
            match words
                .iter()
                .enumerate()
                .skip(at + 1)
                .take(2)
                .find(|(_, x)| **x == w.as_str())
            {
                Some((i, _)) => {
                    at = i;
                    true
                }
                None => false,
            }
        })
    })
}

/// The best title match of the profile; `skills_fit` says whether it shows at least half the
/// must-have skills (a generic title counts only then).
pub(crate) fn title_match(
    prep: &PreparedIcp<'_>,
    profile: &Profile,
    ev: &Evidence,
    analysis: &ProfileAnalysis<'_>,
    skills_fit: bool,
) -> TitleMatch {
    let taxonomy = analysis.taxonomy;
    let role = profile.current_role.as_deref().unwrap_or("").trim();
    let role_padded = analysis.role_padded();
    if !role.is_empty()
        && !ev.role_negative
        && names_role(prep, role, role_padded, Some(analysis.role_entry), taxonomy)
    {
        return TitleMatch::Current(role.to_owned());
    }
    let headline = profile.headline.as_deref().unwrap_or("");
    if !headline.is_empty()
        && !ev.headline_negative
        && names_role(prep, headline, analysis.headline_padded(), None, taxonomy)
    {
        return TitleMatch::Headline;
    }
    if !role.is_empty() && !ev.role_negative {
        let theirs = analysis.role_entry;
        if let (Some(t), Some(p)) = (prep.target_title, theirs)
            && t.occupation == p.occupation
            && t.curated
            && p.curated
        {
            return TitleMatch::SameOccupation(p.canonical.clone());
        }
        if prep.technical_role
            && skills_fit
            && prep.generic_titles.iter().any(|g| g.in_padded(role_padded))
        {
            return TitleMatch::Generic(role.to_owned());
        }
        // a title we have no entry for: its head word, when the skills agree
        if skills_fit
            && analysis.role_entry.is_none_or(|e| !e.curated)
            && prep.head_words.name(role)
        {
            return TitleMatch::HeadWord(role.to_owned());
        }
    }
    for (i, pos) in profile.experience.iter().enumerate().take(4) {
        if i == 0 && pos.end_date.is_none() {
            continue;
        }
        if let Some(r) = pos.role.as_deref()
            && names_role(prep, r, &padded(r), None, taxonomy)
        {
            return TitleMatch::Past(r.to_owned());
        }
    }
    TitleMatch::None
}

/// Points for years (10) and level (5).
pub(crate) fn seniority_points(icp: &Icp, ev: &Evidence) -> i32 {
    let asked = f32::from(icp.min_years.unwrap_or(0));
    let years = match ev.years {
        None => 0.0,
        Some(_) if asked <= 0.0 => 10.0,
        Some(y) => 10.0 * (y / asked).min(1.0),
    };
    let level = match (icp.seniority, ev.level) {
        (_, Some(Seniority::Intern)) => 0,
        (None, Some(_)) => 5,
        (None, None) => i32::from(ev.years.is_some()) * 5,
        (Some(want), Some(have)) if have >= want => 5,
        (Some(want), Some(have)) if rank(have) + 1 == rank(want) => 2,
        (Some(_), Some(_)) => 0,
        (Some(want), None) => {
            if ev.years.is_some_and(|y| y >= f32::from(want.min_years())) {
                3
            } else {
                0
            }
        }
    };
    (years.round() as i32 + level).min(SENIORITY_WEIGHT)
}

/// An executive (director and up) whose title is not the role, for an ad below head level: a
/// CTO who lists SQL is not a data engineer candidate.
pub(crate) fn executive_elsewhere(icp: &Icp, ev: &Evidence) -> bool {
    let exec = rank(Seniority::Director);
    ev.level.is_some_and(|l| rank(l) >= exec)
        && icp
            .seniority
            .is_none_or(|s| rank(s) < rank(Seniority::Head))
}

/// Position on the IC ladder (managers count as senior).
fn rank(s: Seniority) -> i32 {
    match s {
        Seniority::Intern => 0,
        Seniority::Junior => 1,
        Seniority::Mid => 2,
        Seniority::Senior => 3,
        Seniority::Staff | Seniority::Lead | Seniority::Manager => 4,
        Seniority::Principal | Seniority::Head => 5,
        Seniority::Director | Seniority::Vp | Seniority::CLevel => 6,
    }
}

/// How the location matched.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum LocationMatch {
    /// In the place (or anywhere is fine and the profile has a location).
    In(String),
    /// Another place within the target's radius: (shown, place, km, target city).
    Nearby(String, String, u32, String),
    /// Same country, another city.
    SameCountry(String),
    /// Known location elsewhere.
    Elsewhere(String),
    /// The profile has no location.
    Unknown,
}

/// The profile's location against the target.
pub(crate) fn location_match<'t>(
    icp: &Icp,
    prep: &PreparedIcp<'_>,
    profile: &Profile,
    place: impl Fn() -> Option<ResolvedLocation<'t>>,
) -> LocationMatch {
    let text = profile.location.as_deref().unwrap_or("").trim();
    let shown = if text.is_empty() {
        profile.country.clone().unwrap_or_default()
    } else {
        text.to_owned()
    };
    if shown.is_empty() {
        return LocationMatch::Unknown;
    }
    let country = profile
        .country
        .clone()
        .or_else(|| place().and_then(|r| r.country.map(|c| c.code.clone())))
        .map(|c| c.to_ascii_uppercase());
    let Some(target) = icp.location.as_ref() else {
        return LocationMatch::In(shown);
    };
    if icp.location_open() {
        return LocationMatch::In(shown);
    }
    if target.work_mode == Some(WorkMode::Remote)
        && !target.remote_countries.is_empty()
        && target.city.is_none()
    {
        return match &country {
            Some(c) if target.remote_countries.contains(c) => LocationMatch::In(shown),
            _ => LocationMatch::Elsewhere(shown),
        };
    }
    // "London, Ontario, Canada" is not London, UK: a known other country rules the city out
    let other_country = matches!((&country, &target.country_code), (Some(c), Some(t)) if c != t);
    if target.city.is_some() && !other_country {
        let p = padded(text);
        let in_city = prep.place_variants.iter().any(|v| v.in_padded(&p))
            || place()
                .and_then(|r| r.city)
                .is_some_and(|c| Some(&c.name) == target.city.as_ref());
        if in_city {
            return LocationMatch::In(shown);
        }
        if let Some(theirs) = place().and_then(|r| r.city)
            && let Some(m) = nearby(target, prep.center, theirs, &shown)
        {
            return m;
        }
    }
    match (&country, &target.country_code) {
        (Some(c), Some(t)) if c == t || target.region_countries.contains(c) => {
            if target.city.is_none() {
                LocationMatch::In(shown)
            } else {
                LocationMatch::SameCountry(shown)
            }
        }
        _ => LocationMatch::Elsewhere(shown),
    }
}

/// Whether the profile is known to be outside the countries a place-bound ad allows (the
/// location filter, applied exactly: "Berlin, New Hampshire" matches the word Berlin but is
/// not in Germany). Unknown countries pass; anywhere-remote ads allow everyone.
pub(crate) fn outside_allowed_countries(icp: &Icp, profile: &Profile, taxonomy: &Taxonomy) -> bool {
    let text = profile.location.as_deref().unwrap_or("").trim();
    outside_allowed_countries_at(icp, profile, || taxonomy.locations().resolve(text))
}

/// [`outside_allowed_countries`] with the profile's place resolved by `place` (called only
/// when the profile names no country).
pub(crate) fn outside_allowed_countries_at<'t>(
    icp: &Icp,
    profile: &Profile,
    place: impl FnOnce() -> Option<ResolvedLocation<'t>>,
) -> bool {
    let Some(target) = icp.location.as_ref() else {
        return false;
    };
    if icp.location_open() {
        return false;
    }
    let theirs = profile
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_ascii_uppercase)
        .or_else(|| place().and_then(|r| r.country.map(|c| c.code.clone())));
    let Some(theirs) = theirs else {
        return false;
    };
    let remote_within = target.work_mode == Some(WorkMode::Remote) && !target.city_only;
    if remote_within && target.country_code.is_none() && !target.remote_countries.is_empty() {
        return !target.remote_countries.contains(&theirs);
    }
    target
        .country_code
        .as_deref()
        .is_some_and(|t| !t.eq_ignore_ascii_case(&theirs))
        && !target.region_countries.contains(&theirs)
}

/// The profile's place when it lies within the target city's radius.
fn nearby(
    target: &crate::icp::LocationTarget,
    center: Option<&City>,
    theirs: &City,
    shown: &str,
) -> Option<LocationMatch> {
    let city = target.city.as_deref()?;
    let center = center?;
    let km = distance_km(center, theirs);
    (km <= f64::from(target.radius_km)).then(|| {
        LocationMatch::Nearby(
            shown.to_owned(),
            theirs.name.clone(),
            km.round() as u32,
            city.to_owned(),
        )
    })
}

/// Points for a location match.
pub(crate) fn location_points(icp: &Icp, m: &LocationMatch) -> i32 {
    let remote_ok = icp
        .location
        .as_ref()
        .is_some_and(|l| l.work_mode == Some(WorkMode::Remote) && !l.city_only);
    match m {
        LocationMatch::In(_) => LOCATION_WEIGHT,
        LocationMatch::Nearby(..) if icp.location.as_ref().is_some_and(|l| l.city_only) => 0,
        LocationMatch::Nearby(..) => 8,
        LocationMatch::SameCountry(_) if icp.location.as_ref().is_some_and(|l| l.city_only) => 0,
        LocationMatch::SameCountry(_) => {
            if remote_ok {
                8
            } else {
                5
            }
        }
        LocationMatch::Elsewhere(_) => {
            if remote_ok
                && icp
                    .location
                    .as_ref()
                    .is_some_and(|l| l.remote_countries.is_empty())
            {
                5
            } else {
                0
            }
        }
        LocationMatch::Unknown => 0,
    }
}

/// Penalty (≤ 0) for excluded keywords, a stale role and job-hopping.
pub(crate) fn penalty(ev: &Evidence) -> i32 {
    let mut p = 0;
    for (i, _) in ev.negatives_hit.iter().enumerate() {
        p += if i == 0 { 25 } else { 15 };
    }
    if ev.stale_since.is_some() {
        p += 10;
    }
    if job_hopping(ev) {
        p += 5;
    }
    -(p.min(MAX_PENALTY))
}

/// Four or more positions in five years averaging under fifteen months.
pub(crate) fn job_hopping(ev: &Evidence) -> bool {
    ev.recent_moves.0 >= 4 && ev.recent_moves.1 < 15
}
