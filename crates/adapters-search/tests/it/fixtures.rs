//! A dozen hand-written profiles, each there to make one ranking or matching rule observable.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use sourcing_adapters_search::LocalPeopleSearch;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::{SearchRequest, SearchResults};
use sourcing_domain::profile::{Position, Profile};
use sourcing_domain::search::Query;

pub fn profile(id: &str, role: &str, skills: &[&str], location: &str, country: &str) -> Profile {
    Profile {
        profile_id: id.to_owned(),
        name: Some(format!("Person {id}")),
        current_role: Some(role.to_owned()),
        skills: skills.iter().map(|s| (*s).to_owned()).collect(),
        location: Some(location.to_owned()),
        country: Some(country.to_owned()),
        ..Profile::default()
    }
}

fn with_highlight(mut p: Profile, highlight: &str) -> Profile {
    p.experience.push(Position {
        role: p.current_role.clone(),
        company: Some("Acme".to_owned()),
        start_date: Some("2020-01".to_owned()),
        end_date: None,
        highlights: vec![highlight.to_owned()],
    });
    p
}

pub fn profiles() -> Vec<Profile> {
    let mut p11 = profile(
        "p11",
        "Engineering Manager",
        &["Leadership", "Python"],
        "Berlin, Germany",
        "DE",
    );
    p11.headline = Some("Data engineer turned manager".to_owned());
    vec![
        with_highlight(
            profile(
                "p01",
                "Senior Data Engineer",
                &["Python", "Spark"],
                "München, Germany",
                "DE",
            ),
            "Built batch pipelines",
        ),
        with_highlight(
            profile(
                "p02",
                "Marketing Manager",
                &["SEO"],
                "Berlin, Germany",
                "DE",
            ),
            "Worked with the data engineer team on Spark dashboards",
        ),
        profile(
            "p03",
            "Java Developer",
            &["Java", "Spring"],
            "Munchen, Germany",
            "DE",
        ),
        profile(
            "p04",
            "Frontend Engineer",
            &["JavaScript", "React"],
            "Hamburg, Germany",
            "DE",
        ),
        profile(
            "p05",
            "Mobile Engineer",
            &["React Native", "TypeScript"],
            "London, UK",
            "GB",
        ),
        profile(
            "p06",
            "Backend Engineer",
            &["Rust", "Go", "Kubernetes"],
            "münchen",
            "DE",
        ),
        profile(
            "p07",
            "Data Engineer Intern",
            &["Python"],
            "Paris, France",
            "FR",
        ),
        profile(
            "p08",
            "Site Reliability Engineer",
            &["Kubernetes", "Go", "Terraform"],
            "Berlin, Germany",
            "DE",
        ),
        profile(
            "p09",
            "Data Scientist",
            &["Python", "SQL", "Spark"],
            "Zürich, Switzerland",
            "CH",
        ),
        profile(
            "p10",
            "Full Stack Developer",
            &["JavaScript", "React", "Node.js", "Java"],
            "Amsterdam",
            "NL",
        ),
        p11,
        profile(
            "p12",
            "Data Engineer",
            &["Scala", "Spark"],
            "London, UK",
            "GB",
        ),
    ]
}

pub fn local() -> LocalPeopleSearch {
    LocalPeopleSearch::from_profiles(profiles())
}

pub fn request(query: Query, size: usize) -> SearchRequest {
    SearchRequest {
        company: CompanyId::new_random(),
        query,
        exclude_ids: Vec::new(),
        size,
    }
}

pub fn ids(results: &SearchResults) -> Vec<&str> {
    results
        .hits
        .iter()
        .map(|h| h.profile.profile_id.as_str())
        .collect()
}

pub fn sorted_ids(results: &SearchResults) -> Vec<&str> {
    let mut ids = ids(results);
    ids.sort_unstable();
    ids
}

/// A unique path under the system temp dir (no tempfile crate needed for a few small files).
pub fn temp_file(name: &str, contents: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let path =
        std::env::temp_dir().join(format!("adapters-search-{}-{n}-{name}", std::process::id()));
    std::fs::write(&path, contents).unwrap();
    path
}
