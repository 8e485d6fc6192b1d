//! Scoring: properties over generated profiles and all twelve ads, and example-based checks of
//! the explanations.

use std::sync::OnceLock;

use chrono::NaiveDate;
use proptest::prelude::*;
use sourcing_domain::icp::{Icp, build_icp};
use sourcing_domain::matching::{MatchResult, rank, score_profile};
use sourcing_domain::profile::{Position, Profile};
use sourcing_domain::taxonomy::Taxonomy;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()
}

fn icps() -> &'static [(String, Icp)] {
    static ICPS: OnceLock<Vec<(String, Icp)>> = OnceLock::new();
    ICPS.get_or_init(|| {
        super::ads::all()
            .into_iter()
            .map(|a| (a.key.to_owned(), build_icp(&a.ad, Taxonomy::bundled())))
            .collect()
    })
}

fn icp(key: &str) -> &'static Icp {
    &icps().iter().find(|(k, _)| k == key).unwrap().1
}

const ROLES: &[&str] = &[
    "Site Reliability Engineer",
    "Senior SRE",
    "Backend Engineer",
    "Sr. Backend Developer",
    "Frontend Developer",
    "React Native Developer",
    "Java Developer",
    "JavaScript Developer",
    "Data Engineer",
    "Machine Learning Engineer",
    "Data Analyst",
    "Account Executive",
    "Registered Nurse",
    "Financial Analyst",
    "Product Manager",
    "Office Manager",
];

const SKILLS: &[&str] = &[
    "Kubernetes",
    "Terraform",
    "Prometheus",
    "Go",
    "PostgreSQL",
    "gRPC",
    "React",
    "React Native",
    "TypeScript",
    "Java",
    "JavaScript",
    "Spring Boot",
    "Python",
    "SQL",
    "Apache Spark",
    "PyTorch",
    "Excel",
    "Tableau",
    "Salesforce",
    "B2B Sales",
    "Financial Modeling",
    "BLS",
    "Docker",
    "Kafka",
];

const LOCATIONS: &[&str] = &[
    "Berlin, Germany",
    "München",
    "London, United Kingdom",
    "Bengaluru, India",
    "Austin, Texas",
    "Toronto, Canada",
    "Madrid, Spain",
    "Sydney, Australia",
    "New York, NY",
    "Lagos, Nigeria",
];

prop_compose! {
    fn position()(
        role in proptest::sample::select(ROLES),
        start in 2012i32..2025,
        len in 1i32..60,
        current in any::<bool>(),
        hl in proptest::sample::subsequence(SKILLS, 0..3),
    ) -> Position {
        let end_m = start * 12 + len;
        Position {
            role: Some(role.to_owned()),
            company: Some("Acme".to_owned()),
            start_date: Some(format!("{start}-03")),
            end_date: (!current).then(|| format!("{}-{:02}", end_m / 12, end_m % 12 + 1)),
            highlights: hl.iter().map(|s| format!("Ran {s} in production")).collect(),
        }
    }
}

prop_compose! {
    fn profile()(
        id in 0u32..10_000,
        role in proptest::option::of(proptest::sample::select(ROLES)),
        headline in proptest::option::of(proptest::sample::select(ROLES)),
        skills in proptest::sample::subsequence(SKILLS, 0..8),
        years in proptest::option::of(0.0f32..25.0),
        location in proptest::option::of(proptest::sample::select(LOCATIONS)),
        experience in proptest::collection::vec(position(), 0..4),
    ) -> Profile {
        Profile {
            profile_id: format!("p-{id}"),
            name: Some("Alex Doe".to_owned()),
            headline: headline.map(|h| format!("{h} | building things")),
            location: location.map(str::to_owned),
            current_role: role.map(str::to_owned),
            skills: skills.iter().map(|s| (*s).to_owned()).collect(),
            years_experience: years,
            experience,
            ..Profile::default()
        }
    }
}

fn ad_index() -> impl Strategy<Value = usize> {
    0..icps().len()
}

fn score(icp: &Icp, p: &Profile) -> MatchResult {
    score_profile(icp, p, today())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn adding_a_must_have_skill_never_lowers_the_score(p in profile(), ad in ad_index(), pick in any::<prop::sample::Index>()) {
        let icp = &icps()[ad].1;
        prop_assume!(!icp.must_have_skills.is_empty());
        let skill = &icp.must_have_skills[pick.index(icp.must_have_skills.len())];
        let before = score(icp, &p);
        let mut q = p.clone();
        q.skills.push(skill.name.clone());
        let after = score(icp, &q);
        prop_assert!(after.score >= before.score, "{} → {} adding {}", before.score, after.score, skill.name);
        prop_assert!(after.matched_skills.contains(&skill.name));
    }

    #[test]
    fn a_negative_keyword_in_role_or_headline_lowers_the_score(
        p in profile(), ad in ad_index(), pick in any::<prop::sample::Index>(), in_role in any::<bool>(),
    ) {
        let icp = &icps()[ad].1;
        prop_assume!(!icp.negative_keywords.is_empty());
        let before = score(icp, &p);
        prop_assume!(before.score > 0 && before.breakdown.negatives > -25);
        let word = &icp.negative_keywords[pick.index(icp.negative_keywords.len())];
        let mut q = p.clone();
        if in_role {
            q.current_role = Some(format!("{} {word}", q.current_role.clone().unwrap_or_default()));
        } else {
            q.headline = Some(format!("{} {word}", q.headline.clone().unwrap_or_default()));
        }
        let after = score(icp, &q);
        prop_assert!(after.score < before.score, "{} → {} adding {word:?}", before.score, after.score);
        prop_assert!(after.red_flags.iter().any(|r| r.contains(word.as_str())));
    }

    #[test]
    fn scores_stay_in_range_and_add_up(p in profile(), ad in ad_index()) {
        let icp = &icps()[ad].1;
        let m = score(icp, &p);
        let b = m.breakdown;
        prop_assert!(m.score <= 100);
        prop_assert!(b.negatives <= 0 && b.negatives >= -40);
        prop_assert!((0..=50).contains(&b.skills));
        prop_assert!((0..=25).contains(&b.title));
        prop_assert!((0..=15).contains(&b.seniority));
        prop_assert!((0..=10).contains(&b.location));
        prop_assert_eq!(m.score, b.total());
        prop_assert!(!m.rationale.is_empty());
        prop_assert_eq!(m.detailed_experience.len(), p.experience.len());
    }

    #[test]
    fn an_empty_profile_scores_below_twenty(ad in ad_index(), id in "[a-z0-9-]{1,12}", name in proptest::option::of("[A-Z][a-z]{2,8}")) {
        let icp = &icps()[ad].1;
        let p = Profile { profile_id: id, name, ..Profile::default() };
        let m = score(icp, &p);
        prop_assert!(m.score < 20, "{}: {}", icps()[ad].0, m.score);
        prop_assert!(m.matched_skills.is_empty());
    }
}

fn sre(name: &str, skills: &[&str]) -> Profile {
    Profile {
        profile_id: format!("id-{name}"),
        name: Some(name.to_owned()),
        headline: Some("Senior SRE".to_owned()),
        location: Some("Berlin, Germany".to_owned()),
        country: Some("DE".to_owned()),
        current_role: Some("Senior Site Reliability Engineer".to_owned()),
        current_company: Some("Zalando".to_owned()),
        skills: skills.iter().map(|s| (*s).to_owned()).collect(),
        years_experience: Some(7.0),
        experience: vec![Position {
            role: Some("Senior Site Reliability Engineer".to_owned()),
            company: Some("Zalando".to_owned()),
            start_date: Some("2021-02".to_owned()),
            end_date: None,
            highlights: vec!["Moved 40 services to Kubernetes".to_owned()],
        }],
        ..Profile::default()
    }
}

#[test]
fn explanations_name_the_matched_and_missing_skills() {
    let m = score(
        icp("sre"),
        &sre("Maria Schulz", &["Kubernetes", "Terraform", "Python"]),
    );
    assert!(m.score >= 70, "{m:?}");
    assert_eq!(m.matched_skills, ["Kubernetes", "Terraform"]);
    assert!(
        m.missing_skills
            .starts_with(&["Prometheus".to_owned(), "Grafana".to_owned()])
    );
    assert!(m.rationale.contains("Maria Schulz"), "{}", m.rationale);
    assert!(
        m.rationale
            .contains("Senior Site Reliability Engineer at Zalando"),
        "{}",
        m.rationale
    );
    assert!(
        m.rationale.contains("Kubernetes and Terraform"),
        "{}",
        m.rationale
    );
    assert!(
        m.rationale.contains("lack Prometheus and Grafana"),
        "{}",
        m.rationale
    );
    assert!(
        m.fit_points
            .iter()
            .any(|f| f == "Has must-have skills: Kubernetes and Terraform"),
        "{:?}",
        m.fit_points
    );
    assert!(
        m.fit_points
            .iter()
            .any(|f| f.contains("7 years") && f.contains("5+")),
        "{:?}",
        m.fit_points
    );
    assert!(
        m.fit_points.iter().any(|f| f.contains("Berlin")),
        "{:?}",
        m.fit_points
    );
    assert!(
        m.red_flags
            .iter()
            .any(|r| r == "Missing must-have skills: Prometheus and Grafana"),
        "{:?}",
        m.red_flags
    );
    let entry = &m.detailed_rationale[0];
    assert_eq!(entry.company, "Zalando");
    assert!(
        entry.relevance_explanation.contains("Same role"),
        "{}",
        entry.relevance_explanation
    );
    assert!(
        entry.relevance_explanation.contains("Kubernetes"),
        "{}",
        entry.relevance_explanation
    );
    assert_eq!(m.detailed_experience[0].duration, "4 yrs 5 mos");
}

#[test]
fn explanations_differ_per_person() {
    let a = score(icp("sre"), &sre("Ana", &["Kubernetes"]));
    let b = score(
        icp("sre"),
        &sre("Ben", &["Kubernetes", "Terraform", "Prometheus", "Grafana"]),
    );
    assert_ne!(
        a.rationale.replace("Ana", ""),
        b.rationale.replace("Ben", "")
    );
    assert!(b.score > a.score);
    assert!(b.missing_skills.iter().all(|s| s != "Grafana"));
}

#[test]
fn java_is_not_javascript_and_react_is_not_react_native() {
    let mut js = sre("Jo", &["JavaScript", "TypeScript", "Spring Boot"]);
    js.current_role = Some("JavaScript Developer".into());
    js.headline = Some("JavaScript Developer".into());
    let m = score(icp("java_backend"), &js);
    assert!(
        !m.matched_skills.iter().any(|s| s == "Java"),
        "{:?}",
        m.matched_skills
    );
    assert!(m.missing_skills.iter().any(|s| s == "Java"));
    assert!(m.rationale.contains("lack Java"), "{}", m.rationale);

    let mut rn = sre("Ravi", &["React Native", "TypeScript", "Expo"]);
    rn.current_role = Some("React Native Developer".into());
    rn.headline = Some("React Native Developer".into());
    let frontend = score(icp("react_frontend"), &rn);
    assert!(
        !frontend.matched_skills.iter().any(|s| s == "React"),
        "{:?}",
        frontend.matched_skills
    );
    let mobile = score(icp("react_native"), &rn);
    assert!(mobile.matched_skills.iter().any(|s| s == "React Native"));
    assert!(mobile.score > frontend.score);
}

#[test]
fn recruiters_and_students_get_the_penalty_and_a_red_flag() {
    let mut recruiter = sre(
        "Rita",
        &["Kubernetes", "Terraform", "Prometheus", "Grafana"],
    );
    recruiter.current_role = Some("Senior Technical Recruiter".into());
    recruiter.headline = Some("Technical Recruiter | Hiring Kubernetes SREs".into());
    let m = score(icp("sre"), &recruiter);
    assert!(m.breakdown.negatives <= -25, "{:?}", m.breakdown);
    assert_eq!(m.breakdown.title, 0, "hiring SREs is not being one");
    assert!(
        m.red_flags.iter().any(|r| r.contains("\"recruiter\"")),
        "{:?}",
        m.red_flags
    );
    let real = score(
        icp("sre"),
        &sre("Sam", &["Kubernetes", "Terraform", "Prometheus", "Grafana"]),
    );
    assert!(real.score >= m.score + 40, "{} vs {}", real.score, m.score);

    let mut student = sre("Stu", &["Kubernetes", "Terraform"]);
    student.current_role = Some("Student".into());
    student.headline = Some("CS student learning Kubernetes".into());
    student.years_experience = Some(0.5);
    let s = score(icp("sre"), &student);
    assert!(s.breakdown.negatives <= -25);
    assert!(
        s.red_flags.iter().any(|r| r.contains("\"student\"")),
        "{:?}",
        s.red_flags
    );
    assert!(
        s.red_flags.iter().any(|r| r.contains("Only 0.5 years")),
        "{:?}",
        s.red_flags
    );
}

#[test]
fn stale_roles_and_job_hopping_are_red_flags() {
    let mut stale = sre("Old", &["Kubernetes"]);
    stale.experience[0].start_date = Some("2015-01".into());
    stale.experience[0].end_date = Some("2020-06".into());
    let m = score(icp("sre"), &stale);
    assert!(
        m.red_flags.iter().any(|r| r.contains("ended 2020-06")),
        "{:?}",
        m.red_flags
    );
    assert!(m.breakdown.negatives < 0);

    let mut hopper = sre("Hop", &["Kubernetes"]);
    hopper.experience = (0..5)
        .map(|i| Position {
            role: Some("SRE".into()),
            company: Some(format!("Co {i}")),
            start_date: Some(format!("{}-01", 2021 + i)),
            end_date: (i < 4).then(|| format!("{}-10", 2021 + i)),
            highlights: Vec::new(),
        })
        .collect();
    let h = score(icp("sre"), &hopper);
    assert!(
        h.red_flags
            .iter()
            .any(|r| r.contains("positions in the last five years")),
        "{:?}",
        h.red_flags
    );
    assert_eq!(h.detailed_experience[0].duration, "10 mos");
}

#[test]
fn absent_data_earns_nothing() {
    let empty = Profile {
        profile_id: "x".into(),
        ..Profile::default()
    };
    for (key, icp) in icps() {
        let m = score(icp, &empty);
        assert_eq!(
            m.breakdown.skills + m.breakdown.title + m.breakdown.seniority + m.breakdown.location,
            0,
            "{key}"
        );
        assert!(
            m.red_flags.iter().any(|r| r.contains("unknown")),
            "{key}: {:?}",
            m.red_flags
        );
        assert!(
            m.rationale.contains("lists no current role"),
            "{key}: {}",
            m.rationale
        );
    }
}

#[test]
fn location_variants_match_and_remote_regions_are_respected() {
    let mut p = sre("Lena", &["Java", "Spring Boot", "PostgreSQL"]);
    p.location = Some("Muenchen, Bayern".into());
    p.country = Some("DE".into());
    assert_eq!(score(icp("java_de"), &p).breakdown.location, 10);
    p.location = Some("Hamburg, Germany".into());
    assert_eq!(score(icp("java_de"), &p).breakdown.location, 5);
    p.location = Some("Lagos, Nigeria".into());
    p.country = Some("NG".into());
    assert_eq!(score(icp("java_de"), &p).breakdown.location, 0);
    assert_eq!(
        score(icp("go_backend"), &p).breakdown.location,
        0,
        "Remote (EU)"
    );
    p.location = Some("Warsaw, Poland".into());
    p.country = Some("PL".into());
    assert_eq!(score(icp("go_backend"), &p).breakdown.location, 10);
}

#[test]
fn rank_sorts_by_score_then_id() {
    let a = sre("A", &["Kubernetes"]);
    let mut b = sre("B", &["Kubernetes"]);
    b.profile_id = "id-0".into();
    let c = sre("C", &["Kubernetes", "Terraform", "Prometheus", "Grafana"]);
    let ranked = rank(icp("sre"), vec![a, b, c], today());
    let ids: Vec<&str> = ranked.iter().map(|(p, _)| p.profile_id.as_str()).collect();
    assert_eq!(ids, ["id-C", "id-0", "id-A"]);
}

#[test]
fn a_widened_candidate_pays_for_what_it_lacks_and_says_why() {
    let i = icp("sre");
    let skills = ["Kubernetes", "Terraform", "Prometheus", "Grafana"];
    let berlin = sre("Berlin", &skills);
    let mut potsdam = sre("Potsdam", &skills);
    potsdam.location = Some("Potsdam, Brandenburg, Germany".to_owned());
    let mut munich = sre("Munich", &skills);
    munich.location = Some("Munich, Bavaria, Germany".to_owned());
    let (b, p, m) = (score(i, &berlin), score(i, &potsdam), score(i, &munich));
    assert!(b.score > p.score && p.score > m.score, "{b:?} {p:?} {m:?}");
    assert!(
        p.fit_points
            .iter()
            .any(|f| f == "In Potsdam, 27 km from Berlin"),
        "{:?}",
        p.fit_points
    );

    // the right person in another country's London is not in London
    let london = icp("sre");
    let mut ontario = sre("Ontario", &skills);
    ontario.location = Some("Berlin, New Hampshire, United States".to_owned());
    ontario.country = Some("US".to_owned());
    let o = score(london, &ontario);
    assert_eq!(o.breakdown.location, 0, "{o:?}");
    assert!(
        o.red_flags
            .iter()
            .any(|r| r.contains("outside the target location")),
        "{:?}",
        o.red_flags
    );
}

#[test]
fn a_generic_title_with_the_skills_is_a_partial_title_match() {
    let i = icp("go_backend");
    // a Software Engineer is in the same occupation as a Backend Engineer
    let mut swe = sre("Swe", &["Go", "PostgreSQL", "gRPC"]);
    swe.current_role = Some("Software Engineer".to_owned());
    swe.headline = None;
    swe.experience[0].role = Some("Software Engineer".to_owned());
    assert_eq!(score(i, &swe).breakdown.title, 12);
    // a bare "Engineer III" counts as a generic title of the trade only with the skills
    let mut generic = swe.clone();
    generic.current_role = Some("Engineer III".to_owned());
    generic.experience[0].role = Some("Engineer III".to_owned());
    let m = score(i, &generic);
    assert_eq!(m.breakdown.title, 10, "{m:?}");
    let expected = "Title \"Engineer III\", Backend Engineer skills match (3 of 3 must-haves)";
    assert!(
        m.fit_points.iter().any(|f| f == expected),
        "{:?}",
        m.fit_points
    );
    let mut bare = generic.clone();
    bare.skills = vec!["Excel".to_owned()];
    bare.experience[0].highlights.clear();
    assert_eq!(score(i, &bare).breakdown.title, 0);
}

#[test]
fn a_junior_ranks_clearly_below_seniors_with_the_same_skills_and_says_why() {
    let i = icp("sre");
    let skills = ["Kubernetes", "Terraform", "Prometheus", "Grafana"];
    let senior = sre("Senior", &skills);
    let mut junior = sre("Junior", &skills);
    junior.current_role = Some("Jr. Site Reliability Engineer".to_owned());
    junior.headline = Some("Jr. SRE".to_owned());
    junior.years_experience = Some(1.5);
    junior.experience[0].role = Some("Jr. Site Reliability Engineer".to_owned());
    let (s, j) = (score(i, &senior), score(i, &junior));
    assert!(
        s.score >= j.score + 8,
        "senior {} vs junior {}",
        s.score,
        j.score
    );
    assert!(
        j.red_flags
            .iter()
            .any(|r| r.starts_with("Junior level, the ad asks for Senior")),
        "{:?}",
        j.red_flags
    );
}

/// A French truck driver: the names people write for the job vary far beyond our lists.
fn driver(role: &str, skills: &[&str]) -> Profile {
    Profile {
        profile_id: format!("id-{role}"),
        name: Some("Camille".to_owned()),
        location: Some("Lyon, France".to_owned()),
        country: Some("FR".to_owned()),
        current_role: Some(role.to_owned()),
        skills: skills.iter().map(|s| (*s).to_owned()).collect(),
        years_experience: Some(6.0),
        experience: vec![Position {
            role: Some(role.to_owned()),
            company: Some("Transports Girard".to_owned()),
            start_date: Some("2019-03".to_owned()),
            end_date: None,
            highlights: Vec::new(),
        }],
        ..Profile::default()
    }
}

fn chauffeur_ad() -> Icp {
    build_icp(
        &sourcing_domain::icp::JobAd {
            title: "Chauffeur poids lourd (H/F)".into(),
            job_description: "Profil recherché :\n- Permis C ou CE en cours de validité\n\
                - FIMO ou FCO à jour\n- Utilisation du chronotachygraphe et arrimage\n\
                - ADR et CACES R489 appréciés"
                .into(),
            location: Some("Lyon".into()),
            query: None,
        },
        Taxonomy::bundled(),
    )
}

#[test]
fn licence_classes_and_wished_for_skills_are_read_as_a_driver_writes_them() {
    let i = chauffeur_ad();
    let must: Vec<&str> = i.must_have_skills.iter().map(|s| s.name.as_str()).collect();
    let nice: Vec<&str> = i
        .nice_to_have_skills
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    for s in ["CDL", "Driver CPC", "Tachograph", "Cargo Securing"] {
        assert!(must.contains(&s), "{s} not a must-have: {must:?}");
    }
    // "appréciés": a plus, not a requirement
    for s in ["ADR", "Forklift"] {
        assert!(
            nice.contains(&s),
            "{s} not a nice-to-have: {nice:?} (must {must:?})"
        );
    }
}

#[test]
fn an_unlisted_title_with_the_roles_head_word_and_its_skills_is_a_title_match() {
    let i = chauffeur_ad();
    let skills = &["Permis CE", "FCO", "Chronotachygraphe", "Arrimage"];
    let spl = score(&i, &driver("Chauffeur SPL", skills));
    assert_eq!(spl.breakdown.title, 12, "{spl:?}");
    assert_eq!(spl.matched_skills.len(), 4, "{:?}", spl.matched_skills);
    assert!(
        spl.fit_points
            .iter()
            .any(|f| f.starts_with("Title \"Chauffeur SPL\" names a Truck Driver by its main word")),
        "{:?}",
        spl.fit_points
    );
    // the feminine form folds to the same head
    let pl = score(&i, &driver("Conductrice PL", skills));
    assert_eq!(pl.breakdown.title, 12, "{pl:?}");
    // the head word without the skills is no evidence (a chauffeur of a private car)
    let vtc = score(
        &i,
        &driver("Chauffeur VTC", &["Permis B", "Relation client"]),
    );
    assert_eq!(vtc.breakdown.title, 0, "{vtc:?}");
    // a title the taxonomy lists as another occupation keeps its own meaning
    let mechanic = score(&i, &driver("Diesel Mechanic", skills));
    assert_eq!(mechanic.breakdown.title, 0, "{mechanic:?}");
}

#[test]
fn skills_written_in_the_profiles_language_match_the_ads_skills() {
    let i = build_icp(
        &sourcing_domain::icp::JobAd {
            title: "Electricista".into(),
            job_description:
                "Requisitos:\n- Experiencia en instalaciones eléctricas de baja tensión\n\
                - Conocimiento del REBT\n- Planificación de rutas de mantenimiento"
                    .into(),
            location: Some("Sevilla".into()),
            query: None,
        },
        Taxonomy::bundled(),
    );
    let must: Vec<&str> = i.must_have_skills.iter().map(|s| s.name.as_str()).collect();
    // the national wiring code by the name Spain gives it
    for s in ["Electrical Wiring", "REBT"] {
        assert!(must.contains(&s), "{s}: {must:?}");
    }
    for written in [
        "Elektroinstallation",
        "Câblage électrique",
        "Impianti elettrici",
    ] {
        let mut p = driver("Electricista", &[written]);
        p.country = Some("ES".to_owned());
        p.location = Some("Sevilla".to_owned());
        let m = score(&i, &p);
        assert!(
            m.matched_skills.iter().any(|s| s == "Electrical Wiring"),
            "{written}: {:?}",
            m.matched_skills
        );
    }
}

#[test]
fn a_physicist_is_no_physics_teacher_for_sharing_the_subject() {
    let i = build_icp(
        &sourcing_domain::icp::JobAd {
            title: "Profesor/a de Física y Química".into(),
            job_description: "Requisitos:\n- Grado en Física o Química\n\
                - Máster del Profesorado\n- Experiencia docente en ESO o Bachillerato"
                .into(),
            location: Some("Madrid".into()),
            query: None,
        },
        Taxonomy::bundled(),
    );
    let mut researcher = driver("Físico investigador", &["Física", "Química", "Python"]);
    researcher.country = Some("ES".to_owned());
    researcher.location = Some("Madrid".to_owned());
    let m = score(&i, &researcher);
    assert!(m.off_role, "{m:?}");
    let mut teacher = researcher.clone();
    teacher.current_role = Some("Docente de Física y Química".to_owned());
    let m = score(&i, &teacher);
    assert!(!m.off_role && m.breakdown.title > 0, "{m:?}");
}
