//! Explanations: the rationale, fit points, red flags and per-position notes, always naming
//! this person's facts and this ad's asks (no boilerplate).

use chrono::NaiveDate;

use super::duration::{duration, format_month};
use super::evidence::Evidence;
use super::prepared::PreparedIcp;
use super::score::{self, LocationMatch, TitleMatch};
use super::{ExperienceEntry, RationaleEntry};
use crate::icp::Icp;
use crate::icp::text::{contains_norm, norm, padded};
use crate::profile::Profile;
use crate::taxonomy::{Seniority, Taxonomy};

/// Everything the explanations need.
pub(crate) struct Facts<'a> {
    pub(crate) icp: &'a Icp,
    pub(crate) prep: &'a PreparedIcp<'a>,
    pub(crate) profile: &'a Profile,
    pub(crate) ev: &'a Evidence,
    pub(crate) title: &'a TitleMatch,
    pub(crate) location: &'a LocationMatch,
    pub(crate) matched_must: &'a [String],
    pub(crate) matched_nice: &'a [String],
    pub(crate) missing_must: &'a [String],
    pub(crate) today: NaiveDate,
    pub(crate) taxonomy: &'a Taxonomy,
    /// The profile's words nearest in meaning to the ad, when the meaning component scored
    /// without the title naming the role.
    pub(crate) meaning_words: &'a [String],
}

impl Facts<'_> {
    fn name(&self) -> String {
        self.profile
            .name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .unwrap_or("This candidate")
            .to_owned()
    }

    fn missing_must(&self) -> Vec<&str> {
        self.missing_must.iter().map(String::as_str).collect()
    }

    fn years_text(&self) -> Option<String> {
        self.ev.years.map(|y| {
            let y = (y * 10.0).round() / 10.0;
            if (y - y.round()).abs() < f32::EPSILON {
                format!("{} years", y.round() as i32)
            } else {
                format!("{y:.1} years")
            }
        })
    }

    fn asked_years(&self) -> Option<u8> {
        self.icp.min_years.filter(|y| *y > 0)
    }
}

fn list(items: &[impl AsRef<str>]) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    match items.len() {
        0 => String::new(),
        1 => items[0].to_owned(),
        n => format!("{} and {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// One or two sentences: who they are, and how they fit this ad.
pub(crate) fn rationale(f: &Facts<'_>) -> String {
    let mut who = f.name();
    match (
        f.profile.current_role.as_deref(),
        f.profile.current_company.as_deref(),
    ) {
        (Some(r), Some(c)) if !r.trim().is_empty() => {
            who.push_str(&format!(" is {} at {c}", article(r)))
        }
        (Some(r), _) if !r.trim().is_empty() => who.push_str(&format!(" is {}", article(r))),
        _ => who.push_str(" lists no current role"),
    }
    if let Some(loc) = f
        .profile
        .location
        .as_deref()
        .filter(|l| !l.trim().is_empty())
    {
        who.push_str(&format!(" in {loc}"));
    }
    if let Some(y) = f.years_text() {
        who.push_str(&format!(" with {y} of experience"));
    }
    let role = &f.icp.canonical_title;
    let must = &f.icp.must_have_skills;
    let fit = if must.is_empty() {
        if f.matched_nice.is_empty() {
            format!("; for the {role} role no listed skill is evidenced")
        } else {
            format!("; for the {role} role they show {}", list(f.matched_nice))
        }
    } else {
        let missing = f.missing_must();
        let mut s = format!(
            "; they show {} of {} must-have skills for the {role} role",
            f.matched_must.len(),
            must.len()
        );
        if !f.matched_must.is_empty() {
            s.push_str(&format!(" ({})", list(f.matched_must)));
        }
        if !missing.is_empty() {
            s.push_str(&format!(" and lack {}", list(&missing)));
        }
        s
    };
    let mut out = format!("{who}{fit}.");
    if let Some(flag) = red_flags(f)
        .into_iter()
        .find(|r| !r.starts_with("Missing must-have"))
    {
        out.push_str(&format!(" Concern: {}.", lower_first(&flag)));
    }
    out
}

fn article(role: &str) -> String {
    let r = role.trim();
    let first = r.chars().next().unwrap_or('x').to_ascii_lowercase();
    let an = matches!(first, 'a' | 'e' | 'i' | 'o' | 'u') && !r.starts_with("Uni");
    format!("{} {r}", if an { "an" } else { "a" })
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) if !s.starts_with("SRE") => f.to_lowercase().chain(c).collect(),
        Some(f) => std::iter::once(f).chain(c).collect(),
        None => String::new(),
    }
}

/// The fit point of the title match, naming the title and how it matched.
fn title_point(f: &Facts<'_>) -> Option<String> {
    let role = &f.icp.canonical_title;
    match f.title {
        TitleMatch::Current(r) => Some(format!("Current role \"{r}\" matches {role}")),
        TitleMatch::Headline => Some(format!(
            "Headline \"{}\" names the {role} role",
            f.profile.headline.as_deref().unwrap_or("").trim()
        )),
        TitleMatch::SameOccupation(c) => {
            Some(format!("Current role is {c}, a role close to {role}"))
        }
        TitleMatch::Generic(r) => Some(format!(
            "Title \"{r}\", {} skills match ({} of {} must-haves)",
            role,
            f.matched_must.len(),
            f.icp.must_have_skills.len()
        )),
        TitleMatch::Past(r) => Some(format!("Previously worked as \"{r}\"")),
        TitleMatch::HeadWord(r) => Some(format!(
            "Title \"{r}\" names a {role} by its main word, and {} of {} must-haves match",
            f.matched_must.len(),
            f.icp.must_have_skills.len()
        )),
        TitleMatch::Meaning(r, near) => Some(format!(
            "Title \"{r}\" means {role} by its sense though no list names it (similarity \
             {near}%), and {} of {} must-haves match",
            f.matched_must.len(),
            f.icp.must_have_skills.len()
        )),
        TitleMatch::MeaningProfile(close) => Some(format!(
            "No title names {role}, but the profile as a whole is close in meaning to the ad \
             (similarity {close}%, more than a usual profile)"
        )),
        TitleMatch::None => None,
    }
}

/// What fits, each naming the evidence.
pub(crate) fn fit_points(f: &Facts<'_>) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(title_point(f));
    if !f.meaning_words.is_empty() {
        out.push(format!(
            "Profile close in meaning to the ad: {}",
            list(f.meaning_words)
        ));
    }
    if !f.matched_must.is_empty() {
        out.push(format!("Has must-have skills: {}", list(f.matched_must)));
    }
    if !f.matched_nice.is_empty() {
        out.push(format!(
            "Also brings nice-to-have skills: {}",
            list(f.matched_nice)
        ));
    }
    if let Some(y) = f.years_text() {
        match f.asked_years() {
            Some(a) if f.ev.years.is_some_and(|v| v >= f32::from(a)) => {
                out.push(format!("{y} of experience (the ad asks for {a}+)"));
            }
            None => out.push(format!("{y} of experience")),
            _ => {}
        }
    }
    if let (Some(want), Some(have)) = (f.icp.seniority, f.ev.level)
        && have >= want
        && have != Seniority::Intern
    {
        out.push(format!(
            "{} level, as the ad asks for {}",
            level_name(have),
            level_name(want)
        ));
    }
    match f.location {
        LocationMatch::In(l) => match f
            .icp
            .location
            .as_ref()
            .and_then(|t| t.city.clone().or(t.country.clone()))
        {
            Some(target) if !f.icp.location_open() => {
                out.push(format!("Based in {l} (target: {target})"))
            }
            _ => out.push(format!("Based in {l}")),
        },
        LocationMatch::Nearby(_, place, km, city) => {
            out.push(format!("In {place}, {km} km from {city}"))
        }
        LocationMatch::SameCountry(l) => out.push(format!(
            "Based in {l}, in the target country{}",
            f.icp
                .location
                .as_ref()
                .and_then(|t| t.country.as_ref())
                .map(|c| format!(" ({c})"))
                .unwrap_or_default()
        )),
        _ => {}
    }
    out
}

/// The red flag of the location, when it is one.
fn location_flag(f: &Facts<'_>) -> Option<String> {
    match f.location {
        LocationMatch::Unknown if !f.icp.location_open() => Some("Location unknown".to_owned()),
        LocationMatch::Unknown => Some("No location listed".to_owned()),
        LocationMatch::Elsewhere(l) => {
            let target = f
                .icp
                .location
                .as_ref()
                .map(|t| {
                    t.city
                        .clone()
                        .or(t.country.clone())
                        .unwrap_or_else(|| t.raw.clone())
                })
                .unwrap_or_default();
            Some(format!(
                "Based in {l}, outside the target location {target}"
            ))
        }
        LocationMatch::Nearby(_, place, km, city)
            if f.icp.location.as_ref().is_some_and(|t| t.city_only) =>
        {
            Some(format!(
                "In {place}, {km} km from {city}, not in {city} itself"
            ))
        }
        LocationMatch::SameCountry(l) if f.icp.location.as_ref().is_some_and(|t| t.city_only) => {
            Some(format!(
                "Based in {l}, not in {}",
                f.icp
                    .location
                    .as_ref()
                    .and_then(|t| t.city.clone())
                    .unwrap_or_default()
            ))
        }
        _ => None,
    }
}

fn level_name(s: Seniority) -> &'static str {
    match s {
        Seniority::Intern => "Intern",
        Seniority::Junior => "Junior",
        Seniority::Mid => "Mid",
        Seniority::Senior => "Senior",
        Seniority::Staff => "Staff",
        Seniority::Principal => "Principal",
        Seniority::Lead => "Lead",
        Seniority::Manager => "Manager",
        Seniority::Head => "Head",
        Seniority::Director => "Director",
        Seniority::Vp => "VP",
        Seniority::CLevel => "C-level",
    }
}

/// What does not fit, or is unknown.
pub(crate) fn red_flags(f: &Facts<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let role = &f.icp.canonical_title;
    for n in &f.ev.negatives_hit {
        let where_ = if f.ev.role_negative
            && contains_norm(
                &padded(f.profile.current_role.as_deref().unwrap_or("")),
                &norm(n),
            ) {
            format!(
                "current role \"{}\"",
                f.profile.current_role.as_deref().unwrap_or("").trim()
            )
        } else {
            format!(
                "headline \"{}\"",
                f.profile.headline.as_deref().unwrap_or("").trim()
            )
        };
        out.push(format!("Excluded keyword \"{n}\" in the {where_}"));
    }
    let missing = f.missing_must();
    if !missing.is_empty() {
        out.push(format!("Missing must-have skills: {}", list(&missing)));
    }
    if *f.title == TitleMatch::None {
        match f
            .profile
            .current_role
            .as_deref()
            .filter(|r| !r.trim().is_empty())
        {
            Some(r) => out.push(format!(
                "Current role \"{}\" is not a {role} role",
                r.trim()
            )),
            None => out.push(format!("No current role listed to compare with {role}")),
        }
    }
    match (f.ev.years, f.asked_years()) {
        (None, _) => out.push("Years of experience unknown".to_owned()),
        (Some(y), Some(a)) if y < f32::from(a) => out.push(format!(
            "Only {} of experience; the ad asks for {a}+",
            f.years_text().unwrap_or_else(|| format!("{y}"))
        )),
        _ => {}
    }
    if let (Some(want), Some(have)) = (f.icp.seniority, f.ev.level)
        && have < want
        && matches!(have, Seniority::Intern | Seniority::Junior | Seniority::Mid)
    {
        out.push(format!(
            "{} level, the ad asks for {}",
            level_name(have),
            level_name(want)
        ));
    }
    out.extend(location_flag(f));
    if let Some(since) = f.ev.stale_since {
        out.push(format!(
            "No current position: the latest one ended {}",
            format_month(since)
        ));
    }
    if score::job_hopping(f.ev) {
        out.push(format!(
            "{} positions in the last five years, about {} months each",
            f.ev.recent_moves.0, f.ev.recent_moves.1
        ));
    }
    out
}

/// How each position relates to the ad.
pub(crate) fn per_position(f: &Facts<'_>) -> Vec<RationaleEntry> {
    let sk = f.taxonomy.skills();
    f.profile
        .experience
        .iter()
        .take(8)
        .map(|pos| {
            let role = pos.role.clone().unwrap_or_default();
            let text = format!("{role}\n{}", pos.highlights.join("\n"));
            let shown: Vec<String> = sk
                .find_in_text(&text)
                .into_iter()
                .map(|s| s.canonical.clone())
                .filter(|c| f.icp.all_skills().any(|r| norm(&r.name) == norm(c)))
                .collect();
            let same_role = !role.is_empty()
                && score::names_role(f.prep, &role, &padded(&role), None, f.taxonomy);
            let when = match pos.end_date.as_deref() {
                None => "current position".to_owned(),
                Some(e) => format!("ended {}", e.get(..7).unwrap_or(e)),
            };
            let mut why = if same_role {
                format!("Same role as the ad ({}), {when}", f.icp.canonical_title)
            } else if role.is_empty() {
                format!("Untitled position, {when}")
            } else {
                format!(
                    "\"{role}\" is a different role from {}, {when}",
                    f.icp.canonical_title
                )
            };
            if shown.is_empty() {
                why.push_str("; no skill from the ad mentioned");
            } else {
                why.push_str(&format!("; shows {}", list(&shown)));
            }
            RationaleEntry {
                title: role,
                company: pos.company.clone().unwrap_or_default(),
                duration: duration(pos.start_date.as_deref(), pos.end_date.as_deref(), f.today),
                relevance_explanation: why,
            }
        })
        .collect()
}

/// The career history as shown to the recruiter.
pub(crate) fn experience(profile: &Profile, today: NaiveDate) -> Vec<ExperienceEntry> {
    profile
        .experience
        .iter()
        .map(|pos| ExperienceEntry {
            role: pos.role.clone().unwrap_or_default(),
            company: pos.company.clone().unwrap_or_default(),
            duration: duration(pos.start_date.as_deref(), pos.end_date.as_deref(), today),
            highlights: pos.highlights.clone(),
        })
        .collect()
}
