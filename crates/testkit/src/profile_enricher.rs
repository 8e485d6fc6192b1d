//! The `ProfileEnricher` contract: the port's MUST rules, checked against any implementation
//! that knows the companies of [`CONTRACT_COMPANIES`] (their observed address patterns).
//!
//! ```ignore
//! profile_enricher_contract(|companies| async move {
//!     LocalEnricher::from_reader(companies.as_bytes()).unwrap()
//! }).await;
//! ```
//!
//! The rules: a profile without a usable company domain fails with `NoCompanyDomain` and is
//! never guessed (not even from the company's name); a profile without a name fails with
//! `NoName`, and a name in another script is never transliterated into an address; every
//! address returned is syntax-valid lowercase ASCII at the profile's (normalised) domain,
//! unique, with a confidence of 0–100 never increasing down the list and a named pattern; a
//! known domain's best address follows its observed pattern; the same profile gets the same
//! answer, whatever failed before it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::future::Future;

use sourcing_domain::ports::{EnrichError, Enrichment, ProfileEnricher};
use sourcing_domain::profile::Profile;

/// The companies every implementation under test must know, in the companies JSON Lines
/// shape (`domain`, `emailPattern`, `country`).
pub const CONTRACT_COMPANIES: &str = r#"{"name":"Acme","domain":"acme.example","emailPattern":"{first}.{last}","country":"US"}
{"name":"Initech","domain":"initech.test","emailPattern":"{f}{last}","country":"GB"}
{"name":"Umbrella","domain":"umbrella.example","emailPattern":"{first}","country":"FR"}
{"name":"Hooli","domain":"hooli.example","emailPattern":"{first}_{last}","country":"IE"}
{"name":"Globex","domain":"globex.test","emailPattern":"{last}.{first}","country":"NL"}
"#;

/// A domain none of [`CONTRACT_COMPANIES`] has.
pub const UNKNOWN_DOMAIN: &str = "unknown-company.example";

/// Runs the whole contract. `make` builds an implementation that knows the given companies
/// (JSON Lines text); it is called once.
pub async fn profile_enricher_contract<E, F, Fut>(make: F)
where
    E: ProfileEnricher,
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = E>,
{
    let enricher = make(CONTRACT_COMPANIES.to_owned()).await;
    no_domain_is_never_guessed(&enricher).await;
    no_name_fails_per_item(&enricher).await;
    other_scripts_are_not_transliterated(&enricher).await;
    known_domains_follow_their_pattern(&enricher).await;
    unknown_domains_are_at_most_a_valid_guess(&enricher).await;
    answers_are_repeatable_and_isolated(&enricher).await;
}

/// A profile with a name and a company domain.
pub fn person(name: Option<&str>, domain: Option<&str>) -> Profile {
    Profile {
        profile_id: format!("p-{}-{}", name.unwrap_or("-"), domain.unwrap_or("-")),
        name: name.map(str::to_owned),
        company_domain: domain.map(str::to_owned),
        current_company: Some("Acme".to_owned()),
        linkedin_url: Some("https://linkedin.example/in/someone".to_owned()),
        ..Profile::default()
    }
}

/// The addresses of an answer as `(address, confidence, pattern)`, for exact comparisons.
pub fn summary(enrichment: &Enrichment) -> Vec<(&str, u8, &str)> {
    enrichment
        .emails
        .iter()
        .map(|e| (e.address.as_str(), e.confidence, e.pattern.as_str()))
        .collect()
}

/// Checks the shape every successful answer MUST have, for addresses at `domain`.
///
/// # Panics
/// When a rule is broken, naming it.
pub fn assert_well_formed(enrichment: &Enrichment, domain: &str) {
    assert!(!enrichment.emails.is_empty(), "success without an address");
    let mut previous = u8::MAX;
    let mut seen = Vec::new();
    for email in &enrichment.emails {
        let address = email.address.as_str();
        let (local, at) = address.split_once('@').expect("an @");
        assert_eq!(at, domain, "{address} is not at {domain}");
        assert!(
            (1..=64).contains(&local.len())
                && !local.starts_with('.')
                && !local.ends_with('.')
                && !local.contains("..")
                && local
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-+".contains(c)),
            "{address} is not a lowercase ASCII dot-atom"
        );
        assert!(email.confidence <= 100, "{email:?}");
        assert!(
            email.confidence <= previous,
            "confidence increases down the list: {enrichment:?}"
        );
        previous = email.confidence;
        assert!(
            !email.pattern.trim().is_empty(),
            "{email:?} names no pattern"
        );
        assert!(!seen.contains(&address), "{address} twice");
        seen.push(address);
    }
}

async fn no_domain_is_never_guessed<E: ProfileEnricher>(enricher: &E) {
    for domain in [
        None,
        Some(""),
        Some("   "),
        Some("acme"),
        Some("not a domain"),
        Some("10.0.0.1"),
    ] {
        let result = enricher.enrich(&person(Some("Jane Doe"), domain)).await;
        assert_eq!(
            result,
            Err(EnrichError::NoCompanyDomain),
            "domain {domain:?} (the current company is named, but no domain is a guess)"
        );
    }
}

async fn no_name_fails_per_item<E: ProfileEnricher>(enricher: &E) {
    for name in [None, Some(""), Some("   ")] {
        let result = enricher.enrich(&person(name, Some("acme.example"))).await;
        assert_eq!(result, Err(EnrichError::NoName), "name {name:?}");
    }
}

async fn other_scripts_are_not_transliterated<E: ProfileEnricher>(enricher: &E) {
    for name in [
        "王小明",
        "Γιώργος Παπαδόπουλος",
        "Владимир Петров",
        "김민준",
    ] {
        let result = enricher
            .enrich(&person(Some(name), Some("acme.example")))
            .await;
        assert!(
            matches!(result, Err(EnrichError::NoName | EnrichError::NotFound)),
            "{name}: {result:?}"
        );
    }
}

async fn known_domains_follow_their_pattern<E: ProfileEnricher>(enricher: &E) {
    let cases = [
        (
            "Jane Doe",
            "acme.example",
            "jane.doe@acme.example",
            "{first}.{last}",
        ),
        (
            "José Núñez",
            "acme.example",
            "jose.nunez@acme.example",
            "{first}.{last}",
        ),
        ("Jane Doe", "initech.test", "jdoe@initech.test", "{f}{last}"),
        (
            "Jane Doe",
            "umbrella.example",
            "jane@umbrella.example",
            "{first}",
        ),
        (
            "Seán O'Brien",
            "hooli.example",
            "sean_obrien@hooli.example",
            "{first}_{last}",
        ),
        (
            "Jane Doe",
            "globex.test",
            "doe.jane@globex.test",
            "{last}.{first}",
        ),
        // the domain is compared as mail systems do: case, scheme, www. and path ignored
        (
            "Jane Doe",
            "https://www.ACME.example/about",
            "jane.doe@acme.example",
            "{first}.{last}",
        ),
    ];
    for (name, domain, address, pattern) in cases {
        let enrichment = enricher
            .enrich(&person(Some(name), Some(domain)))
            .await
            .unwrap_or_else(|e| panic!("{name} at {domain}: {e:?}"));
        let expected_domain = address.split_once('@').unwrap().1;
        assert_well_formed(&enrichment, expected_domain);
        let best = &enrichment.emails[0];
        assert_eq!(best.address, address, "{name} at {domain}");
        assert_eq!(best.pattern, pattern, "{name} at {domain}");
        assert!(
            best.confidence >= 80,
            "{name} at {domain}: a known pattern with confidence {}",
            best.confidence
        );
    }
}

async fn unknown_domains_are_at_most_a_valid_guess<E: ProfileEnricher>(enricher: &E) {
    let result = enricher
        .enrich(&person(Some("Jane Doe"), Some(UNKNOWN_DOMAIN)))
        .await;
    match result {
        Ok(enrichment) => assert_well_formed(&enrichment, UNKNOWN_DOMAIN),
        Err(EnrichError::NotFound) => {}
        Err(other) => panic!("unknown domain: {other:?}"),
    }
}

async fn answers_are_repeatable_and_isolated<E: ProfileEnricher>(enricher: &E) {
    let good = person(Some("Anne-Marie Dupont"), Some("acme.example"));
    let first = enricher.enrich(&good).await;
    assert!(first.is_ok(), "{first:?}");
    for bad in [
        person(Some("Jane Doe"), None),
        person(None, Some("acme.example")),
        person(Some("王小明"), Some("acme.example")),
    ] {
        let failed = enricher.enrich(&bad).await;
        assert!(failed.is_err());
        assert_eq!(
            enricher.enrich(&bad).await,
            failed,
            "{bad:?} answered differently"
        );
        assert_eq!(
            enricher.enrich(&good).await,
            first,
            "a failed profile changed the next answer"
        );
    }
}
