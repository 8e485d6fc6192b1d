//! One spelling for what sources write many ways: a profile from any adapter (the local corpus in
//! any of its formats, the HTTP index's hits, profiles stored in a session) is normalised here
//! before it is indexed, scored or stored, so no rule downstream depends on a source's spelling.

use super::{Position, Profile};
use crate::taxonomy::Taxonomy;

/// Brings `profile` to the domain's spellings, in place; idempotent.
///
/// - `country`: the ISO 3166 alpha-2 code, from a code (alpha-2 or alpha-3), an English or
///   local name in any case, with or without diacritics; from the `location` text when the field
///   is absent or unreadable; `None` when neither names a known country (unknown, not false).
/// - position dates: [`normalize_date`].
/// - text fields trimmed, whitespace runs collapsed, empty ones dropped; skills deduplicated
///   case-insensitively (the first spelling wins); a LinkedIn URL without a scheme gets `https://`.
pub fn normalize(profile: &mut Profile, taxonomy: &Taxonomy) {
    profile.profile_id = profile.profile_id.trim().to_owned();
    for field in [
        &mut profile.name,
        &mut profile.headline,
        &mut profile.location,
        &mut profile.current_role,
        &mut profile.current_company,
        &mut profile.company_domain,
        &mut profile.linkedin_url,
    ] {
        tidy(field);
    }
    profile.country = country_code(profile, taxonomy);
    if let Some(url) = &mut profile.linkedin_url
        && !url.contains("://")
    {
        *url = format!("https://{url}");
    }
    profile.skills = dedup_skills(std::mem::take(&mut profile.skills));
    for position in &mut profile.experience {
        normalize_position(position);
    }
    for education in &mut profile.education {
        tidy(&mut education.school);
        tidy(&mut education.degree);
        tidy(&mut education.field);
    }
    if profile
        .years_experience
        .is_some_and(|y| !y.is_finite() || y < 0.0)
    {
        profile.years_experience = None;
    }
}

/// The ISO code of the profile's country, read from `country` or else from `location`.
fn country_code(profile: &Profile, taxonomy: &Taxonomy) -> Option<String> {
    let locations = taxonomy.locations();
    let written = profile
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    if let Some(c) = written.and_then(|w| locations.country(w)) {
        return Some(c.code.clone());
    }
    let text = profile.location.as_deref()?;
    locations
        .resolve(text)
        .and_then(|r| r.country)
        .map(|c| c.code.clone())
}

fn normalize_position(position: &mut Position) {
    tidy(&mut position.role);
    tidy(&mut position.company);
    position.start_date = position.start_date.as_deref().and_then(normalize_date);
    position.end_date = position.end_date.as_deref().and_then(normalize_date);
    position.highlights = std::mem::take(&mut position.highlights)
        .into_iter()
        .map(|h| collapse(&h))
        .filter(|h| !h.is_empty())
        .collect();
}

/// Words sources write for "still in this position" (an end date that is no date).
const PRESENT: &[&str] = &[
    "present",
    "current",
    "now",
    "today",
    "ongoing",
    "heute",
    "aktuell",
    "actualidad",
    "presente",
    "actual",
    "atual",
    "en cours",
    "aujourd'hui",
    "oggi",
    "attuale",
    "heden",
    "nu",
    "obecnie",
];

/// A position date as the domain reads it: `YYYY-MM` (or `YYYY` when only the year is known);
/// `None` for an empty date or "present"; anything else unreadable is kept as written (a date
/// we cannot read is unknown, not absent: an unreadable end does not make a position current).
#[must_use]
pub fn normalize_date(text: &str) -> Option<String> {
    let t = text.trim();
    if t.is_empty() || PRESENT.iter().any(|w| t.eq_ignore_ascii_case(w)) {
        return None;
    }
    Some(read_date(t).unwrap_or_else(|| t.to_owned()))
}

/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY/MM`, `MM/YYYY`, `MM.YYYY` as `YYYY-MM` or `YYYY`.
fn read_date(t: &str) -> Option<String> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let year = |s: &str| (s.len() == 4 && digits(s)).then(|| s.to_owned());
    let month = |s: &str| {
        (digits(s) && s.len() <= 2)
            .then(|| s.parse::<u32>().ok())
            .flatten()
            .filter(|m| (1..=12).contains(m))
    };
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    match parts.as_slice() {
        [y] => year(y),
        [y, m] | [y, m, _] if y.len() == 4 => Some(format!("{}-{:02}", year(y)?, month(m)?)),
        [m, y] if y.len() == 4 => Some(format!("{}-{:02}", year(y)?, month(m)?)),
        _ => None,
    }
}

/// Skills in their first spelling, each once whatever its case.
fn dedup_skills(skills: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::with_capacity(skills.len());
    skills
        .into_iter()
        .map(|s| collapse(&s))
        .filter(|s| !s.is_empty() && seen.insert(s.to_lowercase()))
        .collect()
}

fn tidy(field: &mut Option<String>) {
    if let Some(v) = field.take() {
        let v = collapse(&v);
        if !v.is_empty() {
            *field = Some(v);
        }
    }
}

/// Trims and collapses whitespace runs to one space (allocates only when something changes).
fn collapse(s: &str) -> String {
    let t = s.trim();
    if !t.contains(|c: char| c.is_whitespace() && c != ' ') && !t.contains("  ") {
        return t.to_owned();
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_country(country: Option<&str>, location: Option<&str>) -> Profile {
        let mut p = Profile {
            profile_id: " p1 ".into(),
            country: country.map(Into::into),
            location: location.map(Into::into),
            ..Profile::default()
        };
        normalize(&mut p, Taxonomy::bundled());
        p
    }

    #[test]
    fn countries_as_sources_write_them_become_iso_codes() {
        for (written, code) in [
            ("NL", "NL"),
            ("nl", "NL"),
            ("Netherlands", "NL"),
            ("netherlands", "NL"),
            ("Nederland", "NL"),
            ("Deutschland", "DE"),
            ("germany", "DE"),
            ("USA", "US"),
            ("United States", "US"),
            ("España", "ES"),
            ("Espana", "ES"),
            ("ESP", "ES"),
            ("Österreich", "AT"),
            ("Polska", "PL"),
            ("Brasil", "BR"),
        ] {
            let p = with_country(Some(written), None);
            assert_eq!(p.country.as_deref(), Some(code), "{written}");
        }
    }

    #[test]
    fn a_missing_or_unknown_country_comes_from_the_location() {
        let p = with_country(None, Some("Utrecht, Nederland"));
        assert_eq!(p.country.as_deref(), Some("NL"));
        let p = with_country(Some("Narnia"), Some("Kraków, Małopolskie, Polska"));
        assert_eq!(p.country.as_deref(), Some("PL"));
        let p = with_country(Some(""), None);
        assert_eq!(p.country, None);
        let p = with_country(Some("Narnia"), None);
        assert_eq!(
            p.country, None,
            "an unreadable country is unknown, not kept raw"
        );
        assert_eq!(p.profile_id, "p1");
    }

    #[test]
    fn dates_in_every_usual_spelling() {
        for (written, read) in [
            ("2021", Some("2021")),
            ("2021-05", Some("2021-05")),
            ("2021-5", Some("2021-05")),
            ("2021-05-17", Some("2021-05")),
            ("2021/05", Some("2021-05")),
            ("05/2021", Some("2021-05")),
            (" 2021-05 ", Some("2021-05")),
            ("", None),
            ("present", None),
            ("Present", None),
            ("heute", None),
            ("currently", Some("currently")),
            ("2021-13", Some("2021-13")),
            ("21-05", Some("21-05")),
        ] {
            assert_eq!(normalize_date(written).as_deref(), read, "{written:?}");
        }
    }

    #[test]
    fn text_is_tidied_and_skills_deduplicated_by_case() {
        let mut p = Profile {
            profile_id: "p".into(),
            name: Some("  Ana   Ruiz ".into()),
            headline: Some("   ".into()),
            linkedin_url: Some("linkedin.com/in/ana".into()),
            skills: vec![
                "python".into(),
                "Python".into(),
                " SQL ".into(),
                String::new(),
            ],
            experience: vec![Position {
                role: Some("Data\tAnalyst".into()),
                start_date: Some("2020-01-15".into()),
                end_date: Some("present".into()),
                highlights: vec![" ".into(), "Built dashboards".into()],
                ..Position::default()
            }],
            years_experience: Some(f32::NAN),
            ..Profile::default()
        };
        normalize(&mut p, Taxonomy::bundled());
        assert_eq!(p.name.as_deref(), Some("Ana Ruiz"));
        assert_eq!(p.headline, None);
        assert_eq!(
            p.linkedin_url.as_deref(),
            Some("https://linkedin.com/in/ana")
        );
        assert_eq!(p.skills, vec!["python".to_owned(), "SQL".to_owned()]);
        let pos = &p.experience[0];
        assert_eq!(pos.role.as_deref(), Some("Data Analyst"));
        assert_eq!(pos.start_date.as_deref(), Some("2020-01"));
        assert_eq!(pos.end_date, None);
        assert_eq!(pos.highlights, vec!["Built dashboards".to_owned()]);
        assert_eq!(p.years_experience, None);
        let again = p.clone();
        normalize(&mut p, Taxonomy::bundled());
        assert_eq!(p, again, "idempotent");
    }
}
