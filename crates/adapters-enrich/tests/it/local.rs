//! The local enricher's data: loading the shipped companies file and bad ones, the fallback
//! for unknown domains, and discovery across the shipped people corpus.

use std::io::BufRead;
use std::path::PathBuf;

use sourcing_adapters_enrich::local::{
    KNOWN_DOMAIN_CONFIDENCE, MAX_EMAILS, UNKNOWN_DOMAIN_MAX_CONFIDENCE,
};
use sourcing_adapters_enrich::{DEFAULT_COMPANIES_PATH, LoadError, LocalEnricher};
use sourcing_adapters_search::ProfileRecord;
use sourcing_domain::ports::{EnrichError, ProfileEnricher};
use sourcing_domain::profile::Profile;
use sourcing_testkit::profile_enricher::summary;

fn repo_file(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

fn jane_at(domain: &str) -> Profile {
    Profile {
        profile_id: "p".into(),
        name: Some("Jane Doe".into()),
        company_domain: Some(domain.into()),
        ..Profile::default()
    }
}

#[test]
fn the_shipped_companies_load_with_their_pattern_shares_as_fallback() {
    let enricher = LocalEnricher::from_path(repo_file(DEFAULT_COMPANIES_PATH)).unwrap();
    assert_eq!(enricher.len(), 3678);
    let fallback: Vec<(String, u8)> = enricher
        .fallback_patterns()
        .iter()
        .map(|(p, c)| (p.to_string(), *c))
        .collect();
    // 1,664, 747 and 432 of 3,678 companies
    assert_eq!(
        fallback,
        [
            ("{first}.{last}".to_owned(), 45),
            ("{f}{last}".to_owned(), 20),
            ("{first}".to_owned(), 12),
        ]
    );
    assert_eq!(
        enricher
            .pattern_for("lovell-busby.example")
            .map(|p| p.as_str()),
        Some("{first}")
    );
    assert_eq!(
        enricher
            .pattern_for("HTTPS://Muraoka-Mobility.example/")
            .map(|p| p.as_str()),
        Some("{first}.{last}")
    );
}

#[tokio::test]
async fn an_unknown_domain_gets_the_common_patterns_at_lower_confidence() {
    let enricher = LocalEnricher::from_path(repo_file(DEFAULT_COMPANIES_PATH)).unwrap();
    let enrichment = enricher
        .enrich(&jane_at("never-seen.example"))
        .await
        .unwrap();
    assert_eq!(
        summary(&enrichment),
        [
            ("jane.doe@never-seen.example", 45, "{first}.{last}"),
            ("jdoe@never-seen.example", 20, "{f}{last}"),
            ("jane@never-seen.example", 12, "{first}"),
        ]
    );
    assert!(
        enrichment
            .emails
            .iter()
            .all(|e| e.confidence <= UNKNOWN_DOMAIN_MAX_CONFIDENCE)
    );
}

#[test]
fn an_empty_companies_file_still_discovers_at_low_confidence() {
    let enricher = LocalEnricher::from_reader("\n\n".as_bytes()).unwrap();
    assert!(enricher.is_empty());
    let emails = enricher
        .enrich_now(&jane_at("acme.example"))
        .unwrap()
        .emails;
    assert_eq!(emails.len(), 1);
    assert_eq!(emails[0].address, "jane.doe@acme.example");
    assert_eq!(emails[0].confidence, 40);
}

#[test]
fn the_company_name_is_never_a_domain() {
    let enricher = LocalEnricher::from_reader("".as_bytes()).unwrap();
    let mut profile = jane_at("");
    profile.company_domain = None;
    profile.current_company = Some("Acme Corporation".into());
    assert_eq!(
        enricher.enrich_now(&profile),
        Err(EnrichError::NoCompanyDomain)
    );
}

#[test]
fn bad_companies_data_fails_the_load_naming_the_line() {
    let load = |text: &str| LocalEnricher::from_reader(text.as_bytes()).unwrap_err();
    let good = r#"{"domain":"acme.example","emailPattern":"{first}.{last}"}"#;
    assert!(matches!(
        load(&format!("{good}\n{{not json\n")),
        LoadError::Malformed { line: 2, .. }
    ));
    assert!(matches!(
        load(&format!(
            "{good}\n{{\"domain\":\"acme\",\"emailPattern\":\"{{first}}\"}}\n"
        )),
        LoadError::BadDomain { line: 2, .. }
    ));
    assert!(matches!(
        load(r#"{"domain":"acme.example","emailPattern":"{middle}"}"#),
        LoadError::BadPattern { line: 1, .. }
    ));
    assert!(matches!(
        load(&format!(
            "{good}\n{}\n",
            r#"{"domain":"ACME.example","emailPattern":"{f}{last}"}"#
        )),
        LoadError::ConflictingDomain { line: 2, .. }
    ));
    assert!(matches!(
        LocalEnricher::from_path(repo_file("data/corpus/no-such-file.jsonl")).unwrap_err(),
        LoadError::Io { .. }
    ));
    // a company nobody has observed a pattern for, and a repeated identical line, are fine
    let enricher = LocalEnricher::from_reader(
        format!("{good}\n{good}\n{}\n", r#"{"domain":"blank.example"}"#).as_bytes(),
    )
    .unwrap();
    assert_eq!(enricher.len(), 1);
    assert!(enricher.pattern_for("blank.example").is_none());
}

/// Every tenth profile of the shipped corpus with a name and a company domain gets an address
/// at that domain following its company's pattern, with known-domain confidence.
#[test]
fn shipped_profiles_get_their_companys_pattern() {
    let enricher = LocalEnricher::from_path(repo_file(DEFAULT_COMPANIES_PATH)).unwrap();
    let people = std::fs::File::open(repo_file("data/corpus/people.jsonl")).unwrap();
    let mut checked = 0;
    for line in std::io::BufReader::new(people).lines().step_by(10) {
        let profile = Profile::from(serde_json::from_str::<ProfileRecord>(&line.unwrap()).unwrap());
        let (Some(_), Some(domain)) = (&profile.name, &profile.company_domain) else {
            assert_eq!(
                enricher.enrich_now(&profile).map(|_| ()),
                Err(if profile.company_domain.is_none() {
                    EnrichError::NoCompanyDomain
                } else {
                    EnrichError::NoName
                })
            );
            continue;
        };
        let emails = enricher
            .enrich_now(&profile)
            .unwrap_or_else(|e| panic!("{}: {e:?}", profile.profile_id))
            .emails;
        let pattern = enricher.pattern_for(domain).unwrap();
        let best = &emails[0];
        assert!(best.address.ends_with(&format!("@{domain}")), "{best:?}");
        assert!(emails.len() <= MAX_EMAILS);
        // a single-word name falls back to {first}; every other name follows the pattern
        if best.pattern != "{first}" || pattern.as_str() == "{first}" {
            assert_eq!(best.pattern, pattern.as_str(), "{}", profile.profile_id);
        }
        assert!(best.confidence <= KNOWN_DOMAIN_CONFIDENCE);
        checked += 1;
    }
    assert!(checked > 2000, "{checked}");
}
