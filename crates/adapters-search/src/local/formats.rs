//! The people-data formats a corpus line may be written in: our own profile shape, People Data
//! Labs person records and JSON Resume documents. Each reader maps what its format says onto a
//! [`Profile`]; what a format lacks stays unknown (`None`), never false. Spellings (country
//! names, dates, case) are left as written: the domain normalises every profile once
//! ([`sourcing_domain::profile::normalize`]).

use serde_json::{Map, Value};
use sourcing_domain::profile::{Education, Position, Profile};

use crate::ProfileRecord;

/// Which format a line was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Our own shape (`profileId`, `currentRole`, …; see `data/README.md`).
    Profile,
    /// A People Data Labs person record (`id`, `full_name`, `job_title`, …).
    PeopleDataLabs,
    /// A JSON Resume document (`basics`, `work`, …; the id in `meta.id`).
    JsonResume,
}

/// Keys only a People Data Labs person record carries.
const PDL_KEYS: &[&str] = &[
    "full_name",
    "job_title",
    "job_company_name",
    "location_country",
    "location_name",
    "linkedin_url",
    "inferred_years_experience",
];

/// Reads one corpus line in whichever format it is written; `Err` says why it cannot be read.
pub(crate) fn read_line(line: &str) -> Result<(Profile, Format), String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(obj) = value else {
        return Err("not a JSON object".into());
    };
    let (profile, format) = if obj.contains_key("basics") || obj.contains_key("work") {
        (json_resume(&obj), Format::JsonResume)
    } else if !obj.contains_key("profileId") && PDL_KEYS.iter().any(|k| obj.contains_key(*k)) {
        (people_data_labs(&obj), Format::PeopleDataLabs)
    } else {
        let p: ProfileRecord = serde_json::from_value(Value::Object(obj))
            .map_err(|e| format!("not a profile: {e}"))?;
        (p.into(), Format::Profile)
    };
    if profile.profile_id.trim().is_empty() {
        return Err(match format {
            Format::Profile => "no profileId".into(),
            Format::PeopleDataLabs => "People Data Labs record without id".into(),
            Format::JsonResume => "JSON Resume document without meta.id".into(),
        });
    }
    Ok((profile, format))
}

/// A People Data Labs person record.
fn people_data_labs(o: &Map<String, Value>) -> Profile {
    let job_title = text(o.get("job_title"));
    let experience = list(o.get("experience"))
        .iter()
        .map(|e| Position {
            role: text(at(e, &["title", "name"])).or_else(|| text(e.get("title"))),
            company: text(at(e, &["company", "name"])).or_else(|| text(e.get("company"))),
            start_date: text(e.get("start_date")),
            end_date: text(e.get("end_date")),
            highlights: text(e.get("summary")).into_iter().collect(),
        })
        .collect();
    let education = list(o.get("education"))
        .iter()
        .map(|e| Education {
            school: text(at(e, &["school", "name"])).or_else(|| text(e.get("school"))),
            degree: first_text(e.get("degrees")),
            field: first_text(e.get("majors")),
        })
        .collect();
    Profile {
        profile_id: text(o.get("id")).unwrap_or_default(),
        name: text(o.get("full_name")),
        headline: text(o.get("headline")).or_else(|| job_title.clone()),
        location: text(o.get("location_name")),
        country: text(o.get("location_country")),
        current_role: job_title,
        current_company: text(o.get("job_company_name")),
        company_domain: text(o.get("job_company_website")).map(|w| domain_of(&w)),
        linkedin_url: text(o.get("linkedin_url")),
        skills: texts(o.get("skills")),
        years_experience: number(o.get("inferred_years_experience")),
        experience,
        education,
        open_to_work: None,
    }
}

/// A JSON Resume document (<https://jsonresume.org/schema>).
fn json_resume(o: &Map<String, Value>) -> Profile {
    let basics = o.get("basics");
    let loc = basics.and_then(|b| b.get("location"));
    let place: Vec<String> = ["city", "region"]
        .iter()
        .filter_map(|k| text(loc.and_then(|l| l.get(*k))))
        .collect();
    let country = text(loc.and_then(|l| l.get("countryCode")));
    let linkedin = list(basics.and_then(|b| b.get("profiles")))
        .iter()
        .filter(|p| {
            text(p.get("network")).is_some_and(|n| n.eq_ignore_ascii_case("linkedin"))
                || text(p.get("url")).is_some_and(|u| u.contains("linkedin"))
        })
        .find_map(|p| text(p.get("url")));
    let experience: Vec<Position> = list(o.get("work"))
        .iter()
        .map(|w| Position {
            role: text(w.get("position")),
            company: text(w.get("name")).or_else(|| text(w.get("company"))),
            start_date: text(w.get("startDate")),
            end_date: text(w.get("endDate")),
            highlights: texts(w.get("highlights")),
        })
        .collect();
    let current = experience.iter().find(|p| p.end_date.is_none());
    Profile {
        profile_id: text(at_map(o, &["meta", "id"])).unwrap_or_default(),
        name: text(basics.and_then(|b| b.get("name"))),
        headline: text(basics.and_then(|b| b.get("label"))),
        location: (!place.is_empty()).then(|| place.join(", ")),
        country,
        current_role: current.and_then(|p| p.role.clone()),
        current_company: current.and_then(|p| p.company.clone()),
        company_domain: None,
        linkedin_url: linkedin,
        skills: list(o.get("skills"))
            .iter()
            .filter_map(|s| text(s.get("name")).or_else(|| text(Some(s))))
            .collect(),
        years_experience: None,
        experience,
        education: list(o.get("education"))
            .iter()
            .map(|e| Education {
                school: text(e.get("institution")),
                degree: text(e.get("studyType")),
                field: text(e.get("area")),
            })
            .collect(),
        open_to_work: None,
    }
}

/// A string, or a number written as one; blank is none.
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn texts(v: Option<&Value>) -> Vec<String> {
    list(v).iter().filter_map(|s| text(Some(s))).collect()
}

fn first_text(v: Option<&Value>) -> Option<String> {
    texts(v).into_iter().next().or_else(|| text(v))
}

fn number(v: Option<&Value>) -> Option<f32> {
    match v? {
        Value::Number(n) => n.as_f64().map(|f| f as f32),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn list(v: Option<&Value>) -> &[Value] {
    match v {
        Some(Value::Array(a)) => a,
        _ => &[],
    }
}

fn at<'v>(v: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(v, |v, k| v.get(*k))
}

fn at_map<'v>(o: &'v Map<String, Value>, path: &[&str]) -> Option<&'v Value> {
    let (first, rest) = path.split_first()?;
    at(o.get(*first)?, rest)
}

/// `https://www.acme.com/about` → `acme.com`.
fn domain_of(website: &str) -> String {
    let w = website.trim();
    let w = w.split_once("://").map_or(w, |(_, rest)| rest);
    let w = w.split(['/', '?', '#']).next().unwrap_or(w);
    w.strip_prefix("www.").unwrap_or(w).to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_data_labs_record() {
        let line = r#"{"id": "pdl-1", "full_name": "sean murphy", "job_title": "site reliability engineer",
            "job_company_name": "acme", "job_company_website": "https://www.acme.com/", "location_name": "dublin, dublin, ireland",
            "location_country": "ireland", "skills": ["kubernetes", "go"], "inferred_years_experience": 7,
            "linkedin_url": "linkedin.com/in/sean", "experience": [{"company": {"name": "acme"},
            "title": {"name": "site reliability engineer"}, "start_date": "2020-03", "end_date": null,
            "summary": "ran the kubernetes fleet"}, {"company": null, "title": null}],
            "education": [{"school": {"name": "trinity college"}, "degrees": ["bachelors"], "majors": ["physics"]}]}"#;
        let (p, f) = read_line(line).unwrap();
        assert_eq!(f, Format::PeopleDataLabs);
        assert_eq!(p.profile_id, "pdl-1");
        assert_eq!(p.headline.as_deref(), Some("site reliability engineer"));
        assert_eq!(p.current_company.as_deref(), Some("acme"));
        assert_eq!(p.company_domain.as_deref(), Some("acme.com"));
        assert_eq!(
            p.country.as_deref(),
            Some("ireland"),
            "normalised by the domain"
        );
        assert_eq!(p.years_experience, Some(7.0));
        assert_eq!(p.experience.len(), 2);
        assert_eq!(p.experience[0].highlights, vec!["ran the kubernetes fleet"]);
        assert_eq!(p.experience[0].end_date, None);
        assert_eq!(p.experience[1].role, None);
        assert_eq!(p.education[0].degree.as_deref(), Some("bachelors"));
        assert_eq!(p.education[0].field.as_deref(), Some("physics"));
        assert_eq!(p.open_to_work, None, "PDL does not say: unknown, not false");
    }

    #[test]
    fn json_resume_document() {
        let line = r#"{"meta": {"id": "jr-1"}, "basics": {"name": "Ana Ruiz", "label": "Enfermera UCI",
            "location": {"city": "Madrid", "region": "Comunidad de Madrid", "countryCode": "ES"},
            "profiles": [{"network": "LinkedIn", "url": "https://linkedin.example/in/ana"}]},
            "work": [{"name": "Hospital Central", "position": "Enfermera", "startDate": "2019-04-01",
            "highlights": ["UCI adultos"]}, {"name": "Clínica Sur", "position": "Auxiliar",
            "startDate": "2016", "endDate": "2019"}],
            "education": [{"institution": "Universidad Complutense", "studyType": "Grado", "area": "Enfermería"}],
            "skills": [{"name": "Cuidados intensivos"}, {"name": "Ventilación mecánica"}]}"#;
        let (p, f) = read_line(line).unwrap();
        assert_eq!(f, Format::JsonResume);
        assert_eq!(p.profile_id, "jr-1");
        assert_eq!(p.location.as_deref(), Some("Madrid, Comunidad de Madrid"));
        assert_eq!(p.country.as_deref(), Some("ES"));
        assert_eq!(p.current_role.as_deref(), Some("Enfermera"));
        assert_eq!(p.current_company.as_deref(), Some("Hospital Central"));
        assert_eq!(
            p.linkedin_url.as_deref(),
            Some("https://linkedin.example/in/ana")
        );
        assert_eq!(p.skills.len(), 2);
        assert_eq!(p.years_experience, None);
        assert_eq!(p.education[0].field.as_deref(), Some("Enfermería"));
    }

    #[test]
    fn unreadable_lines_say_why() {
        for (line, why) in [
            ("{not json", "not JSON"),
            ("[1, 2]", "not a JSON object"),
            (r#"{"profileId": "c", "skills": 3}"#, "not a profile"),
            (r#"{"name": "x"}"#, "no profileId"),
            (r#"{"full_name": "x"}"#, "without id"),
            (r#"{"basics": {"name": "x"}}"#, "without meta.id"),
        ] {
            let err = read_line(line).unwrap_err();
            assert!(err.contains(why), "{line}: {err}");
        }
    }
}
