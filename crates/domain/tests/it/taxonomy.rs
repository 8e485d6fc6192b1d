//! The bundled taxonomies load and answer the lookups the ICP builder relies on.

use sourcing_domain::taxonomy::{LocationTaxonomy, Seniority, Taxonomy, WorkMode};

fn tax() -> &'static Taxonomy {
    Taxonomy::bundled()
}

fn skill_names(text: &str) -> Vec<&'static str> {
    tax()
        .skills()
        .find_in_text(text)
        .into_iter()
        .map(|s| s.canonical.as_str())
        .collect()
}

#[test]
fn bundled_data_loads_with_expected_sizes() {
    let t = tax();
    assert!(
        t.titles().entries().len() > 4_000,
        "titles: {}",
        t.titles().entries().len()
    );
    assert!(t.titles().entries().iter().filter(|e| e.curated).count() >= 100);
    assert!(t.skills().entries().len() > 1_000);
    assert!(t.locations().cities().len() > 30_000);
    assert!(t.locations().countries().len() > 240);
    assert!(
        t.skills().roles().count() >= 60,
        "role table has {} roles",
        t.skills().roles().count()
    );
}

#[test]
fn sre_and_site_reliability_engineer_are_the_same_entry() {
    let titles = tax().titles();
    let by_abbr = titles.parse("SRE").canonical.expect("SRE resolves");
    let by_name = titles
        .parse("Site Reliability Engineer")
        .canonical
        .expect("full name resolves");
    assert_eq!(by_abbr.canonical, "Site Reliability Engineer");
    assert_eq!(by_abbr, by_name);
    assert!(by_abbr.abbreviations.iter().any(|a| a == "SRE"));
    assert!(by_abbr.curated);
    assert_eq!(
        titles
            .entry("site reliability engineer")
            .map(|e| e.canonical.as_str()),
        Some("Site Reliability Engineer")
    );
}

#[test]
fn sr_backend_dev_parses_to_senior_backend_engineer() {
    let p = tax().titles().parse("Sr. Backend Dev");
    assert_eq!(p.seniority, Some(Seniority::Senior));
    assert_eq!(
        p.canonical.map(|e| e.canonical.as_str()),
        Some("Backend Engineer")
    );
    assert_eq!(p.core, "backend dev");
}

#[test]
fn seniority_words_are_parsed_apart() {
    let titles = tax().titles();
    let cases: &[(&str, Option<Seniority>, Option<&str>)] = &[
        (
            "Junior Frontend Developer",
            Some(Seniority::Junior),
            Some("Frontend Engineer"),
        ),
        (
            "Staff Software Engineer",
            Some(Seniority::Staff),
            Some("Software Engineer"),
        ),
        (
            "Principal Data Scientist",
            Some(Seniority::Principal),
            Some("Data Scientist"),
        ),
        (
            "Lead Data Engineer",
            Some(Seniority::Lead),
            Some("Data Engineer"),
        ),
        (
            "Software Engineer II",
            Some(Seniority::Mid),
            Some("Software Engineer"),
        ),
        (
            "Head of Engineering",
            Some(Seniority::Head),
            Some("Head of Engineering"),
        ),
        (
            "VP Engineering",
            Some(Seniority::Vp),
            Some("VP of Engineering"),
        ),
        (
            "CTO",
            Some(Seniority::CLevel),
            Some("Chief Technology Officer"),
        ),
        (
            "Engineering Manager",
            Some(Seniority::Manager),
            Some("Engineering Manager"),
        ),
        (
            "Software Engineering Intern",
            Some(Seniority::Intern),
            Some("Software Engineer"),
        ),
        ("Machine Learning Intern", Some(Seniority::Intern), None),
        (
            "Senior SRE at Acme",
            Some(Seniority::Senior),
            Some("Site Reliability Engineer"),
        ),
        (
            "Sr. Full-Stack Dev",
            Some(Seniority::Senior),
            Some("Full Stack Engineer"),
        ),
        ("SDET", None, Some("Software Development Engineer in Test")),
        (
            "Senior Java Backend Developer",
            Some(Seniority::Senior),
            Some("Backend Engineer"),
        ),
        ("Product Manager", None, Some("Product Manager")),
        ("Technical Recruiter", None, Some("Technical Recruiter")),
    ];
    for (raw, sen, canonical) in cases {
        let p = titles.parse(raw);
        assert_eq!(p.seniority, *sen, "seniority of {raw:?}");
        assert_eq!(
            p.canonical.map(|e| e.canonical.as_str()),
            *canonical,
            "canonical of {raw:?}"
        );
    }
    assert!(Seniority::Senior.min_years() > Seniority::Junior.min_years());
    assert!(Seniority::CLevel > Seniority::Director);
}

#[test]
fn bls_titles_are_grouped_by_occupation() {
    let titles = tax().titles();
    let nurse = titles
        .parse("Senior CCU Nurse")
        .canonical
        .expect("BLS title resolves");
    assert!(!nurse.curated);
    assert_eq!(nurse.occupation, "Registered nurses");
    let swe = titles.entry("Software Engineer").expect("curated entry");
    assert!(
        titles
            .same_occupation("Software Engineer")
            .iter()
            .any(|e| e.canonical == "Site Reliability Engineer")
    );
    assert_eq!(
        swe.occupation,
        "Software developers, quality assurance analysts, and testers"
    );
    let occ = titles
        .occupations()
        .iter()
        .find(|o| o.name == swe.occupation)
        .expect("occupation listed");
    assert!(
        occ.soc.iter().any(|c| c.starts_with("15-")),
        "SOC codes: {:?}",
        occ.soc
    );
}

#[test]
fn titles_in_text() {
    let found: Vec<&str> = tax()
        .titles()
        .find_in_text("We are hiring an SRE or a Platform Engineer; no recruiter please")
        .into_iter()
        .map(|e| e.canonical.as_str())
        .collect();
    assert_eq!(
        found,
        [
            "Site Reliability Engineer",
            "Platform Engineer",
            "Recruiter"
        ]
    );
}

#[test]
fn skill_aliases_resolve() {
    let s = tax().skills();
    let cases = [
        ("golang", "Go"),
        ("Go", "Go"),
        ("k8s", "Kubernetes"),
        ("K8S", "Kubernetes"),
        ("js", "JavaScript"),
        ("postgres", "PostgreSQL"),
        ("ReactJS", "React"),
        ("node.js", "Node.js"),
        ("csharp", "C#"),
        ("c++", "C++"),
        ("dotnet", ".NET"),
        ("py", "Python"),
        ("tf", "Terraform"),
        ("sfdc", "Salesforce"),
    ];
    for (alias, canonical) in cases {
        assert_eq!(
            s.canonical(alias).map(|e| e.canonical.as_str()),
            Some(canonical),
            "alias {alias:?}"
        );
    }
    assert!(s.canonical("definitely not a skill").is_none());
}

#[test]
fn related_skill_expansion_and_role_table() {
    let s = tax().skills();
    let related = s.related("Kubernetes");
    assert!(
        related.iter().any(|r| r == "Helm") && related.iter().any(|r| r == "Docker"),
        "{related:?}"
    );
    assert_eq!(
        s.related("k8s"),
        related,
        "aliases resolve before expansion"
    );
    assert!(s.related("no such skill").is_empty());
    let sre = s.for_role("Site Reliability Engineer");
    assert!(sre.iter().any(|x| x == "Kubernetes"));
    assert!(
        s.for_role("Account Executive")
            .iter()
            .any(|x| x == "Salesforce")
    );
    // every role is a known title and every skill in the table resolves
    for role in s.roles() {
        assert!(
            tax().titles().entry(role).is_some(),
            "role {role:?} is not a canonical title"
        );
        for skill in s.for_role(role) {
            assert!(
                s.canonical(skill).is_some(),
                "{role}: unknown skill {skill:?}"
            );
        }
    }
}

#[test]
fn find_skills_in_text_respects_token_boundaries() {
    assert_eq!(skill_names("Senior JavaScript developer"), ["JavaScript"]);
    assert_eq!(skill_names("Java and JavaScript"), ["Java", "JavaScript"]);
    assert_eq!(skill_names("Built apps in React Native"), ["React Native"]);
    assert_eq!(
        skill_names("React, React Native"),
        ["React", "React Native"]
    );
    assert_eq!(
        skill_names("C++, C# and .NET on Node.js"),
        ["C++", "C#", ".NET", "Node.js"]
    );
    assert_eq!(skill_names("Services in Go and Golang"), ["Go"]);
    assert_eq!(skill_names("Ready to go live"), Vec::<&str>::new());
    assert_eq!(skill_names("Go to market lead"), ["Go-to-Market Strategy"]);
    assert_eq!(
        skill_names("Kubernetes (k8s), Helm, Terraform"),
        ["Kubernetes", "Helm", "Terraform"]
    );
    assert_eq!(skill_names("PostgreSQL vs postgres"), ["PostgreSQL"]);
    assert_eq!(skill_names("R&D budget"), Vec::<&str>::new());
    assert_eq!(skill_names("Statistics in R"), ["Statistics", "R"]);
    assert_eq!(skill_names("C-level stakeholders"), Vec::<&str>::new());
    assert_eq!(skill_names("Embedded C"), ["Embedded C"]);
}

#[test]
fn locations_resolve_alternate_names() {
    let l = tax().locations();
    let city = |t: &str| l.resolve(t).and_then(|r| r.city).map(|c| c.name.clone());
    assert_eq!(city("Bengaluru"), Some("Bengaluru".to_owned()));
    assert_eq!(city("Bangalore"), Some("Bengaluru".to_owned()));
    assert_eq!(city("Munich"), Some("Munich".to_owned()));
    assert_eq!(city("München"), Some("Munich".to_owned()));
    assert_eq!(city("muenchen"), Some("Munich".to_owned()));
    assert_eq!(city("NYC"), Some("New York City".to_owned()));
    assert_eq!(city("New York, NY"), Some("New York City".to_owned()));
    assert_eq!(city("Greater London Area"), Some("London".to_owned()));
    let r = l.resolve("Berlin, Germany").expect("resolves");
    assert_eq!(r.city.as_ref().map(|c| c.name.as_str()), Some("Berlin"));
    assert_eq!(r.country.as_ref().map(|c| c.code.as_str()), Some("DE"));
    // ambiguous names: the most populous city, or the one in the named country
    let r = l.resolve("London").expect("resolves");
    assert_eq!(r.country.map(|c| c.code.clone()), Some("GB".to_owned()));
    let r = l.resolve("London, Canada").expect("resolves");
    assert_eq!(
        r.city.map(|c| c.country_code.clone()),
        Some("CA".to_owned())
    );
    let blr = l.city("Bangalore", None).expect("city");
    assert_eq!(blr.country_code, "IN");
    assert!(blr.population > 1_000_000 && (blr.lat - 12.97).abs() < 0.1);
    assert_eq!(blr.admin1.as_deref(), Some("Karnataka"));
}

#[test]
fn countries_by_code_and_name_in_many_languages() {
    let l = tax().locations();
    for name in [
        "DE",
        "DEU",
        "Germany",
        "Deutschland",
        "Allemagne",
        "Alemania",
        "Niemcy",
        "ドイツ",
    ] {
        assert_eq!(
            l.country(name).map(|c| c.code.as_str()),
            Some("DE"),
            "{name}"
        );
    }
    let r = l.resolve("Remote - India").expect("country resolves");
    assert!(r.city.is_none());
    assert_eq!(r.country.map(|c| c.code.clone()), Some("IN".to_owned()));
    assert!(l.resolve("Remote").is_none());
}

#[test]
fn work_mode_vocabulary() {
    let cases = [
        ("Fully remote (EU time zones)", Some(WorkMode::Remote)),
        ("Hybrid, 2 days in office", Some(WorkMode::Hybrid)),
        ("On-site in Berlin", Some(WorkMode::Onsite)),
        ("100% Homeoffice möglich", Some(WorkMode::Remote)),
        ("Télétravail complet", Some(WorkMode::Remote)),
        ("Trabajo remoto", Some(WorkMode::Remote)),
        ("リモート可", Some(WorkMode::Remote)),
        ("Berlin", None),
    ];
    for (text, mode) in cases {
        assert_eq!(LocationTaxonomy::work_mode(text), mode, "{text}");
    }
}

#[test]
fn from_json_reports_bad_input() {
    let err = Taxonomy::from_json("{}", "{}", "{}").expect_err("empty documents are rejected");
    assert!(err.to_string().contains("titles"), "{err}");
}

#[test]
fn us_state_codes_after_a_city_are_states_not_countries() {
    let l = tax().locations();
    let place = |t: &str| {
        let r = l.resolve(t).unwrap_or_else(|| panic!("{t} resolves"));
        (
            r.city.map(|c| c.name.clone()).unwrap_or_default(),
            r.country.map(|c| c.code.clone()).unwrap_or_default(),
        )
    };
    assert_eq!(place("Chicago, IL"), ("Chicago".into(), "US".into()));
    assert_eq!(
        place("San Francisco, CA"),
        ("San Francisco".into(), "US".into())
    );
    assert_eq!(place("Atlanta, Georgia"), ("Atlanta".into(), "US".into()));
    // a city of that name in the country the code names wins
    assert_eq!(place("Berlin, DE").1, "DE");
    assert_eq!(place("Tbilisi, Georgia").1, "GE");
    assert_eq!(place("Toronto, Canada").1, "CA");
}

#[test]
fn neighbours_are_found_by_distance() {
    let l = tax().locations();
    let berlin = l.city("Berlin", Some("DE")).unwrap();
    let near = l.near(berlin, 50.0);
    let potsdam = near
        .iter()
        .find(|(c, _)| c.name == "Potsdam")
        .expect("Potsdam is within 50 km of Berlin");
    assert!((20.0..35.0).contains(&potsdam.1), "{}", potsdam.1);
    assert!(near.iter().all(|(c, d)| *d <= 50.0 && c.name != "Berlin"));
    assert!(!near.iter().any(|(c, _)| c.name == "Hamburg"));
}
