//! The committed synthetic corpus (`data/corpus/people.jsonl`): size, validity, and the hard cases
//! it promises, counted rather than assumed.
#![allow(
    clippy::expect_used,
    reason = "test helpers fail loudly on a broken corpus"
)]

use std::collections::HashSet;

use sourcing_adapters_search::ProfileRecord;
use sourcing_domain::profile::Profile;
use sourcing_domain::taxonomy::{Seniority, Taxonomy};

const PEOPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/corpus/people.jsonl"
);
const COMPANIES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/corpus/companies.jsonl"
);

/// The corpus's reference month ("today"), as in tools/gen_corpus.py.
const NOW: &str = "2025-06";
/// A position that ended before this month is stale.
const STALE_BEFORE: &str = "2023-06";

fn load() -> (String, Vec<Profile>) {
    let text = std::fs::read_to_string(PEOPLE).expect("data/corpus/people.jsonl is committed");
    let profiles = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            serde_json::from_str::<ProfileRecord>(line)
                .map(Profile::from)
                .unwrap_or_else(|e| panic!("line {}: {e}", i + 1))
        })
        .collect();
    (text, profiles)
}

fn canonical_skills(p: &Profile) -> HashSet<&'static str> {
    let skills = Taxonomy::bundled().skills();
    p.skills
        .iter()
        .filter_map(|s| skills.canonical(s))
        .map(|e| e.canonical.as_str())
        .collect()
}

fn mentions_hot_skill(p: &Profile) -> bool {
    const HOT: &[&str] = &[
        "Go",
        "Kubernetes",
        "Rust",
        "React",
        "Python",
        "TypeScript",
        "Machine Learning",
        "Terraform",
        "Java",
        "PyTorch",
    ];
    let skills = Taxonomy::bundled().skills();
    let text = format!(
        "{} {}",
        p.headline.as_deref().unwrap_or(""),
        p.skills.join(", ")
    );
    skills
        .find_in_text(&text)
        .iter()
        .any(|e| HOT.contains(&e.canonical.as_str()))
}

fn is_valid_month(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 7
        && b[4] == b'-'
        && s[..4]
            .parse::<u16>()
            .is_ok_and(|y| (1950..=2030).contains(&y))
        && s[5..].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
}

#[test]
fn corpus_has_enough_valid_profiles_with_unique_ids() {
    let (_, profiles) = load();
    assert!(profiles.len() >= 20_000, "only {} profiles", profiles.len());
    let ids: HashSet<&str> = profiles.iter().map(|p| p.profile_id.as_str()).collect();
    assert_eq!(ids.len(), profiles.len(), "profile ids are unique");
    assert!(profiles.iter().all(|p| !p.profile_id.is_empty()));
    for p in &profiles {
        for pos in &p.experience {
            let start = pos
                .start_date
                .as_deref()
                .expect("every position has a start date");
            assert!(is_valid_month(start), "{}: bad start {start}", p.profile_id);
            if let Some(end) = pos.end_date.as_deref() {
                assert!(
                    is_valid_month(end) && start <= end,
                    "{}: {start}..{end}",
                    p.profile_id
                );
            }
            assert!(start <= NOW, "{}: starts in the future", p.profile_id);
        }
        // most recent first
        for w in p.experience.windows(2) {
            assert!(
                w[0].start_date >= w[1].start_date,
                "{}: experience not most-recent-first",
                p.profile_id
            );
        }
        if let Some(y) = p.years_experience {
            assert!((0.0..=50.0).contains(&y), "{}: years {y}", p.profile_id);
        }
    }
}

#[test]
fn corpus_holds_no_real_contact_data() {
    let (text, profiles) = load();
    let email_like = text
        .split(|c: char| c.is_whitespace() || c == '"')
        .filter(|w| {
            w.split_once('@')
                .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.'))
        })
        .count();
    assert_eq!(email_like, 0, "no e-mail addresses in the corpus");
    for p in &profiles {
        if let Some(url) = &p.linkedin_url {
            assert!(url.starts_with("https://linkedin.example/in/"), "{url}");
        }
        if let Some(d) = &p.company_domain {
            assert!(d.ends_with(".example") || d.ends_with(".test"), "{d}");
        }
    }
    let companies = std::fs::read_to_string(COMPANIES).expect("companies.jsonl is committed");
    let mut n = 0;
    for line in companies.lines() {
        let c: serde_json::Value = serde_json::from_str(line).expect("company line is JSON");
        let domain = c["domain"].as_str().expect("domain");
        assert!(
            domain.ends_with(".example") || domain.ends_with(".test"),
            "{domain}"
        );
        let pattern = c["emailPattern"].as_str().expect("emailPattern");
        assert!(
            pattern.contains("{first}") || pattern.contains("{last}"),
            "{pattern}"
        );
        assert!(c["name"].as_str().is_some_and(|s| !s.is_empty()));
        n += 1;
    }
    assert!(n >= 1_000, "{n} companies");
}

#[test]
fn corpus_is_realistic_and_diverse() {
    let (_, profiles) = load();
    let tax = Taxonomy::bundled();
    let countries: HashSet<&str> = profiles
        .iter()
        .filter_map(|p| p.country.as_deref())
        .collect();
    assert!(countries.len() >= 80, "only {} countries", countries.len());
    let mut resolved = 0;
    let mut seniorities = std::collections::HashMap::new();
    let mut roles_with_skills = 0;
    let mut with_role = 0;
    for p in &profiles {
        if let Some(role) = &p.current_role {
            with_role += 1;
            let parsed = tax.titles().parse(role);
            // the taxonomy's titles, or the ICP's local and extra role names (nurses,
            // drivers, teachers … and their German, French, Spanish … titles)
            if parsed.canonical.is_none() && sourcing_domain::icp::role_of(role, tax).is_some() {
                resolved += 1;
            }
            if let Some(e) = parsed.canonical {
                resolved += 1;
                let expected: HashSet<&str> = tax
                    .skills()
                    .for_role(&e.canonical)
                    .iter()
                    .map(String::as_str)
                    .collect();
                if canonical_skills(p).iter().any(|s| expected.contains(s)) {
                    roles_with_skills += 1;
                }
            }
            *seniorities.entry(parsed.seniority).or_insert(0usize) += 1;
        }
    }
    assert!(
        resolved * 100 >= with_role * 90,
        "titles resolve: {resolved}/{with_role}"
    );
    assert!(
        roles_with_skills * 100 >= resolved * 80,
        "skills fit the role: {roles_with_skills}/{resolved}"
    );
    for level in [
        Seniority::Intern,
        Seniority::Junior,
        Seniority::Senior,
        Seniority::Staff,
        Seniority::Lead,
    ] {
        assert!(
            seniorities.get(&Some(level)).copied().unwrap_or(0) >= 200,
            "{level:?}: {seniorities:?}"
        );
    }
    let located = profiles
        .iter()
        .filter_map(|p| p.location.as_deref())
        .filter(|l| tax.locations().resolve(l).is_some())
        .count();
    assert!(located >= 15_000, "resolvable locations: {located}");
}

#[test]
fn corpus_contains_the_hard_cases() {
    let (_, profiles) = load();
    let tax = Taxonomy::bundled();

    let missing = profiles
        .iter()
        .filter(|p| {
            p.name.is_none()
                || p.headline.is_none()
                || p.location.is_none()
                || p.current_role.is_none()
                || p.current_company.is_none()
                || p.skills.is_empty()
                || p.education.is_empty()
                || p.open_to_work.is_none()
        })
        .count();

    // abbreviations as written: "Sr.", "Jr", or an entry abbreviation such as SRE / SDET
    let abbreviated = profiles
        .iter()
        .filter_map(|p| p.current_role.as_deref())
        .filter(|role| {
            let parsed = tax.titles().parse(role);
            let words: Vec<&str> = role.split(|c: char| !c.is_alphanumeric()).collect();
            words.iter().any(|w| matches!(*w, "Sr" | "Jr" | "Snr"))
                || parsed
                    .canonical
                    .is_some_and(|e| e.abbreviations.iter().any(|a| words.contains(&a.as_str())))
        })
        .count();
    let variants = profiles
        .iter()
        .filter_map(|p| p.current_role.as_deref())
        .filter(|role| {
            let parsed = tax.titles().parse(role);
            parsed.canonical.is_some_and(|e| {
                !parsed.core.is_empty()
                    && Taxonomy::bundled().titles().core_of(&e.canonical) != parsed.core
            })
        })
        .count();

    // stale: nothing current and the latest position ended long ago (some still claim the role)
    let stale: Vec<&Profile> = profiles
        .iter()
        .filter(|p| {
            !p.experience.is_empty()
                && p.experience.iter().all(|e| e.end_date.is_some())
                && p.experience
                    .iter()
                    .filter_map(|e| e.end_date.as_deref())
                    .max()
                    .is_some_and(|d| d < STALE_BEFORE)
        })
        .collect();
    let stale_claiming = stale.iter().filter(|p| p.current_role.is_some()).count();

    let recruiters_hot = profiles
        .iter()
        .filter(|p| {
            p.current_role
                .as_deref()
                .and_then(|r| tax.titles().parse(r).canonical)
                .is_some_and(|e| {
                    matches!(e.canonical.as_str(), "Recruiter" | "Technical Recruiter")
                })
                && mentions_hot_skill(p)
        })
        .count();

    let students_hot = profiles
        .iter()
        .filter(|p| {
            let intern = p.current_role.as_deref().is_some_and(|r| {
                r == "Student" || tax.titles().parse(r).seniority == Some(Seniority::Intern)
            });
            let student_headline = p
                .headline
                .as_deref()
                .is_some_and(|h| h.to_lowercase().contains("student"));
            (intern || student_headline) && mentions_hot_skill(p)
        })
        .count();

    let (mut java_only, mut js_only, mut rn_only, mut react_only) = (0, 0, 0, 0);
    for p in &profiles {
        let s = canonical_skills(p);
        match (s.contains("Java"), s.contains("JavaScript")) {
            (true, false) => java_only += 1,
            (false, true) => js_only += 1,
            _ => {}
        }
        match (s.contains("React"), s.contains("React Native")) {
            (true, false) => react_only += 1,
            (false, true) => rn_only += 1,
            _ => {}
        }
    }

    let counts = format!(
        "missing={missing} abbreviated={abbreviated} variants={variants} stale={} stale_claiming={stale_claiming} \
         recruiters_hot={recruiters_hot} students_hot={students_hot} java_only={java_only} js_only={js_only} \
         react_only={react_only} react_native_only={rn_only}",
        stale.len()
    );
    eprintln!("corpus hard cases: {counts}");
    assert!(missing >= 1_000, "{counts}");
    assert!(abbreviated >= 500, "{counts}");
    assert!(variants >= 2_000, "{counts}");
    assert!(stale.len() >= 300, "{counts}");
    assert!(stale_claiming >= 100, "{counts}");
    assert!(recruiters_hot >= 200, "{counts}");
    assert!(students_hot >= 200, "{counts}");
    assert!(java_only >= 500 && js_only >= 500, "{counts}");
    assert!(react_only >= 500 && rn_only >= 100, "{counts}");
}

/// A scorer remembers what it read from skills and titles that many profiles share; scoring a
/// profile after thousands of others must give exactly what a fresh scorer gives it, for ads
/// with different skills (a memo keyed by the text alone, not the ad, would leak one ad's
/// targets into another's scores).
#[test]
fn a_scorer_that_remembers_shared_texts_scores_as_a_fresh_one() {
    use sourcing_domain::icp::build_icp;
    use sourcing_domain::matching::{Scorer, score_with};
    let (_, profiles) = load();
    let taxonomy = Taxonomy::bundled();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).expect("date");
    let sample: Vec<&Profile> = profiles.iter().step_by(7).take(1_500).collect();
    let mut compared = 0;
    for ad in super::ads::all().into_iter().take(6) {
        let icp = build_icp(&ad.ad, taxonomy);
        let shared = Scorer::new(&icp, today, taxonomy);
        for p in &sample {
            let remembered = shared.score(p);
            let fresh = score_with(&icp, p, today, taxonomy);
            assert_eq!(
                (remembered.score, remembered.breakdown, remembered.off_role),
                (fresh.score, fresh.breakdown, fresh.off_role),
                "{} scored for {}",
                p.profile_id,
                ad.key
            );
            assert_eq!(shared.explain(p, &remembered), fresh, "{}", p.profile_id);
            compared += 1;
        }
    }
    assert_eq!(compared, 6 * sample.len());
}

/// The local index analyses each profile once at load and scoring then reads that analysis
/// instead of the texts: for every ad, a profile scored with its analysis must score, rank and
/// read exactly as the same profile scored on the spot (what a remote index's hits get).
#[test]
fn an_analysed_profile_scores_exactly_as_one_read_on_the_spot() {
    use sourcing_domain::icp::build_icp;
    use sourcing_domain::matching::{ProfileAnalysis, Scorer, outside_allowed_countries};
    use sourcing_domain::ports::SearchHit;
    let (_, profiles) = load();
    let taxonomy = Taxonomy::bundled();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).expect("date");
    let sample: Vec<Profile> = profiles.iter().step_by(11).take(1_500).cloned().collect();
    let hits: Vec<SearchHit> = sample
        .iter()
        .map(|p| {
            let mut hit = SearchHit::new(p.clone(), 0.0);
            hit.analysis = Some(std::sync::Arc::new(ProfileAnalysis::of(p, taxonomy)));
            hit
        })
        .collect();
    let (mut compared, mut outside, mut delivered) = (0, 0, 0);
    for ad in super::ads::all() {
        let icp = build_icp(&ad.ad, taxonomy);
        let on_the_spot = Scorer::new(&icp, today, taxonomy);
        let analysed = Scorer::new(&icp, today, taxonomy);
        for hit in &hits {
            let p = &hit.profile;
            let a = analysed.score_analyzed(p, hit.analysis.as_deref().expect("analysed"));
            let s = on_the_spot.score(p);
            assert_eq!(
                (
                    a.score,
                    a.breakdown,
                    a.off_role,
                    a.outside_allowed_countries
                ),
                (
                    s.score,
                    s.breakdown,
                    s.off_role,
                    s.outside_allowed_countries
                ),
                "{} for {}",
                p.profile_id,
                ad.key
            );
            assert_eq!(
                s.outside_allowed_countries,
                outside_allowed_countries(&icp, p, taxonomy),
                "{}",
                p.profile_id
            );
            outside += usize::from(s.outside_allowed_countries);
            assert_eq!(analysed.explain(p, &a), on_the_spot.explain(p, &s));
            compared += 1;
        }
        let keep = |_: &Profile, s: &sourcing_domain::matching::Scored| {
            s.score >= 30 && !s.off_role && !s.outside_allowed_countries
        };
        let from_hits = analysed.shortlist(&hits, 20, keep);
        assert_eq!(
            from_hits,
            on_the_spot.shortlist(&sample, 20, keep),
            "{}",
            ad.key
        );
        delivered += from_hits.len();
    }
    assert_eq!(compared, super::ads::all().len() * sample.len());
    // the comparison covers the location filter and real shortlists
    assert!(outside > 1_000 && delivered > 100, "{outside} {delivered}");
}

/// An analysis is tied to the taxonomy it was made with: a scorer with another taxonomy reads
/// the profile itself (here the other taxonomy knows no skill at all, so its analysis mentions
/// none, while the scorer's finds Kubernetes and Terraform in the highlights).
#[test]
fn an_analysis_made_with_another_taxonomy_is_not_used() {
    use sourcing_domain::icp::{JobAd, build_icp};
    use sourcing_domain::matching::{ProfileAnalysis, Scorer};
    use sourcing_domain::profile::Position;
    use sourcing_domain::taxonomy::{LOCATIONS_JSON, TITLES_JSON};
    let bare = Taxonomy::from_json(
        TITLES_JSON,
        r#"{"skills":[{"canonical":"Cobol","aliases":[],"category":"language"}]}"#,
        LOCATIONS_JSON,
    )
    .expect("a taxonomy with one skill");
    let taxonomy = Taxonomy::bundled();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).expect("date");
    let icp = build_icp(
        &JobAd {
            title: "Site Reliability Engineer".into(),
            job_description: "Must have: Kubernetes, Terraform.".into(),
            location: None,
            query: None,
        },
        taxonomy,
    );
    let profile = Profile {
        profile_id: "p1".into(),
        name: Some("Ada".into()),
        current_role: Some("Platform Engineer".into()),
        experience: vec![Position {
            role: Some("Platform Engineer".into()),
            start_date: Some("2021-01".into()),
            highlights: vec!["Ran Kubernetes clusters built with Terraform".into()],
            ..Position::default()
        }],
        ..Profile::default()
    };
    let scorer = Scorer::new(&icp, today, taxonomy);
    let expected = scorer.score(&profile);
    assert_eq!(expected.breakdown.skills, 40, "{expected:?}");
    let foreign = ProfileAnalysis::of(&profile, &bare);
    let got = scorer.score_analyzed(&profile, &foreign);
    assert_eq!(got.breakdown, expected.breakdown);
}
