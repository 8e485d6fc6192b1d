//! The understanding issue's examples on the shipped corpus: each yields the ICP a recruiter
//! would read from the ad (asserted in detail by the domain's ICP table) and delivers plausible
//! people: the right occupation, in the right place.

use sourcing_domain::icp::Icp;
use sourcing_domain::profile::Profile;
use sourcing_domain::taxonomy::WorkMode;

use super::shipped::{icp, pass};

async fn delivered(icp: &Icp, limit: u32) -> Vec<Profile> {
    pass(icp, &[], limit)
        .await
        .ranked
        .into_iter()
        .map(|(_, p)| p)
        .collect()
}

fn role(p: &Profile) -> String {
    format!(
        "{} | {}",
        p.current_role.as_deref().unwrap_or(""),
        p.headline.as_deref().unwrap_or("")
    )
    .to_lowercase()
}

fn must(icp: &Icp) -> Vec<String> {
    icp.must_have_skills.iter().map(|s| s.label()).collect()
}

/// Every delivered person is in one of `countries` (or has no country code: the location
/// filter only rules out a known other country) and their role names one of `words`.
fn assert_plausible(what: &str, people: &[Profile], countries: &[&str], words: &[&str]) {
    assert!(!people.is_empty(), "{what}: nobody delivered");
    for p in people {
        let country = p.country.as_deref().unwrap_or("");
        assert!(
            country.is_empty() || countries.contains(&country),
            "{what}: {} in {country}",
            p.profile_id
        );
        let r = role(p);
        assert!(
            words.iter().any(|w| r.contains(w)),
            "{what}: {} is a {r}",
            p.profile_id
        );
    }
}

#[tokio::test]
async fn go_on_aws_keeps_go() {
    let i = icp(
        "Senior Site Reliability Engineer",
        "Kubernetes, Terraform and Go on AWS. 5+ years.",
        "Berlin",
    );
    assert_eq!(must(&i), ["Kubernetes", "Terraform", "Go", "AWS"]);
    let people = delivered(&i, 10).await;
    assert_eq!(people.len(), 10);
    assert_plausible(
        "SRE Berlin",
        &people,
        &["DE"],
        &[
            "reliability",
            "sre",
            "devops",
            "platform",
            "cloud",
            "infrastructure",
        ],
    );
}

#[tokio::test]
async fn idioms_and_negations_are_no_requirements() {
    let ios = icp(
        "iOS Engineer",
        "Build our iOS app in Swift and SwiftUI. You will go the extra mile on UX.",
        "London",
    );
    assert!(
        !must(&ios).iter().any(|m| m.contains("UX")),
        "{:?}",
        must(&ios)
    );
    let full = icp(
        "Full Stack Developer",
        "Node.js or Deno on the backend, React or Vue on the frontend, PostgreSQL. C# is a \
         bonus. We use R for analytics but you do not need it.",
        "Amsterdam",
    );
    assert_eq!(
        must(&full),
        ["Node.js or Deno", "React or Vue.js", "PostgreSQL"]
    );
    let people = delivered(&full, 10).await;
    assert_plausible(
        "Full Stack Amsterdam",
        &people,
        &["NL"],
        &[
            "full stack",
            "fullstack",
            "full-stack",
            "software",
            "developer",
            "engineer",
        ],
    );
}

#[tokio::test]
async fn a_metro_is_a_place_and_a_role_can_be_excluded() {
    let i = icp(
        "Machine Learning Engineer",
        "Train and ship models with Python and PyTorch. Not a research scientist role.",
        "San Francisco Bay Area",
    );
    assert!(
        i.negative_keywords
            .iter()
            .any(|n| n == "research scientist")
    );
    let loc = i.location.as_ref().unwrap();
    assert_eq!(loc.city.as_deref(), Some("San Francisco"));
    assert_ne!(loc.work_mode, Some(WorkMode::Remote));
    let people = delivered(&i, 10).await;
    assert_plausible(
        "MLE Bay Area",
        &people,
        &["US"],
        &[
            "machine learning",
            "ml ",
            "mle",
            "ai engineer",
            "deep learning",
        ],
    );
    assert!(
        !people
            .iter()
            .any(|p| role(p).contains("research scientist"))
    );
}

#[tokio::test]
async fn spanish_and_dach_ads_find_people() {
    let data = icp(
        "Ingeniero de Datos",
        "Buscamos un ingeniero de datos con experiencia en Spark, Airflow y SQL.",
        "Ciudad de México",
    );
    assert_eq!(data.canonical_title, "Data Engineer");
    assert!(
        data.title_synonyms
            .iter()
            .any(|s| s == "Ingeniero de Datos")
    );
    let people = delivered(&data, 10).await;
    assert_plausible(
        "Ingeniero de Datos",
        &people,
        &["MX"],
        &["data", "etl", "datos", "analytics"],
    );

    let sales = icp(
        "Head of Sales DACH",
        "Lead our sales team across the DACH region. B2B SaaS sales experience required.",
        "Zürich",
    );
    let loc = sales.location.as_ref().unwrap();
    assert_eq!(loc.region_countries, ["DE", "AT", "CH"]);
    let people = delivered(&sales, 10).await;
    assert_plausible(
        "Head of Sales DACH",
        &people,
        &["DE", "AT", "CH"],
        &[
            "sales",
            "vertrieb",
            "account",
            "revenue",
            "business development",
            "rsm",
        ],
    );
}

#[tokio::test]
async fn a_german_nursing_ad_finds_nurses() {
    let i = icp(
        "Pflegefachkraft (m/w/d)",
        "Wir suchen eine Pflegefachkraft für unsere Intensivstation.",
        "Hamburg",
    );
    assert_eq!(i.canonical_title, "Registered Nurse");
    let people = delivered(&i, 10).await;
    assert_plausible(
        "Pflegefachkraft Hamburg",
        &people,
        &["DE"],
        &["pfleg", "nurse", "krankenschwester", "krankenpfleg"],
    );
}
