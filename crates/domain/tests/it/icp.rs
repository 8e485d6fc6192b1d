//! ICP generation from twelve realistic job ads (several countries, one in German), query
//! compilation, and context patches.

use sourcing_domain::icp::{Icp, apply_patch, build_icp, compile, retrieval_steps};
use sourcing_domain::search::boolean_string::render;
use sourcing_domain::taxonomy::{Seniority, Taxonomy, WorkMode};

fn icp(key: &str) -> Icp {
    let ad = super::ads::all()
        .into_iter()
        .find(|a| a.key == key)
        .unwrap()
        .ad;
    build_icp(&ad, Taxonomy::bundled())
}

fn must(icp: &Icp) -> Vec<&str> {
    icp.must_have_skills
        .iter()
        .map(|s| s.name.as_str())
        .collect()
}

fn nice(icp: &Icp) -> Vec<&str> {
    icp.nice_to_have_skills
        .iter()
        .map(|s| s.name.as_str())
        .collect()
}

fn has(list: &[String], item: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(item))
}

fn variants(icp: &Icp) -> Vec<String> {
    icp.location
        .as_ref()
        .map(|l| l.variants.clone())
        .unwrap_or_default()
}

const DEFAULT_NEGATIVES: &[&str] = &[
    "intern",
    "student",
    "trainee",
    "recruiter",
    "talent acquisition",
];

fn assert_default_negatives(icp: &Icp) {
    for n in DEFAULT_NEGATIVES {
        assert!(
            has(&icp.negative_keywords, n),
            "{n} missing from {:?}",
            icp.negative_keywords
        );
    }
}

#[test]
fn sre_in_berlin() {
    let i = icp("sre");
    assert_eq!(i.canonical_title, "Site Reliability Engineer");
    assert!(has(&i.title_synonyms, "SRE"));
    assert!(has(&i.title_synonyms, "Production Engineer"));
    assert!(i.title_synonyms.len() <= 12);
    assert_eq!(i.seniority, Some(Seniority::Senior));
    assert_eq!(i.min_years, Some(5));
    assert_eq!(
        must(&i),
        ["Kubernetes", "Terraform", "Prometheus", "Grafana"]
    );
    assert!(nice(&i).contains(&"Go"), "{:?}", nice(&i));
    let k8s = &i.must_have_skills[0];
    assert!(k8s.aliases.iter().any(|a| a == "k8s"));
    assert!(k8s.related.iter().any(|r| r == "Helm"));
    let loc = i.location.as_ref().unwrap();
    assert_eq!(loc.city.as_deref(), Some("Berlin"));
    assert_eq!(loc.country_code.as_deref(), Some("DE"));
    assert!(
        has(&i.negative_keywords, "agency"),
        "no agencies: {:?}",
        i.negative_keywords
    );
    assert_default_negatives(&i);
    assert!(
        i.boolean_query
            .starts_with("title:(\"Site Reliability Engineer\" OR SRE OR"),
        "{}",
        i.boolean_query
    );
    assert!(
        i.boolean_query.contains("skill:(Kubernetes OR k8s"),
        "{}",
        i.boolean_query
    );
    // the strict rung looks in the city; the ladder widens to nearby places, then the country
    assert!(
        i.boolean_query.contains("AND location:Berlin NOT"),
        "{}",
        i.boolean_query
    );
    let steps = retrieval_steps(&i, Taxonomy::bundled());
    let names: Vec<&str> = steps.iter().map(|s| s.name).collect();
    assert_eq!(
        names,
        [
            "strict",
            "any_must_skill",
            "nearby",
            "country",
            "title_words",
            "title_family",
            "skills_match",
            "title_only"
        ]
    );
    let shown: Vec<String> = steps.iter().map(|s| render(&s.query)).collect();
    assert_eq!(shown[0], i.boolean_query, "the ICP shows the strict rung");
    assert!(
        shown[1].contains("AND skill:(Kubernetes OR k8s OR kube OR Terraform"),
        "{}",
        shown[1]
    );
    assert!(shown[2].contains(" OR Potsdam OR "), "{}", shown[2]);
    assert!(!shown[2].contains("country:DE"), "{}", shown[2]);
    assert!(
        shown[3].contains("location:Germany OR location:Deutschland OR country:DE"),
        "{}",
        shown[3]
    );
    assert!(shown[3].contains("country:DE"), "{}", shown[3]);
    assert!(shown[5].contains("\"Platform Engineer\""), "{}", shown[5]);
    for s in &shown {
        assert!(
            s.contains("NOT role:agency"),
            "negatives are never widened: {s}"
        );
    }
    assert!(
        i.boolean_query.contains("NOT role:intern"),
        "{}",
        i.boolean_query
    );
}

#[test]
fn go_backend_remote_eu() {
    let i = icp("go_backend");
    assert_eq!(i.canonical_title, "Backend Engineer");
    assert!(has(&i.title_synonyms, "Go Developer"));
    assert!(has(&i.title_synonyms, "Backend Developer"));
    assert_eq!(i.min_years, Some(3));
    assert_eq!(must(&i), ["Go", "PostgreSQL", "gRPC"]);
    assert_eq!(nice(&i), ["Kafka", "Docker", "Kubernetes"]);
    assert!(i.must_have_skills[0].aliases.iter().any(|a| a == "golang"));
    let loc = i.location.as_ref().unwrap();
    assert_eq!(loc.work_mode, Some(WorkMode::Remote));
    assert!(loc.remote_countries.iter().any(|c| c == "DE"));
    assert!(!loc.remote_countries.iter().any(|c| c == "US"));
    // remote: no location filter in the query
    assert!(!i.boolean_query.contains("Germany"), "{}", i.boolean_query);
    assert_default_negatives(&i);
}

#[test]
fn react_frontend_in_london_is_not_react_native() {
    let i = icp("react_frontend");
    assert_eq!(i.canonical_title, "Frontend Engineer");
    assert!(has(&i.title_synonyms, "React Developer"));
    assert_eq!(must(&i), ["React", "TypeScript", "CSS", "HTML"]);
    assert!(!must(&i).contains(&"React Native") && !nice(&i).contains(&"React Native"));
    assert_eq!(nice(&i), ["Next.js", "Jest"]);
    assert_eq!(
        i.location.as_ref().unwrap().country_code.as_deref(),
        Some("GB")
    );
    assert!(has(&variants(&i), "London"));
    assert_default_negatives(&i);
}

#[test]
fn react_native_remote_is_not_react() {
    let i = icp("react_native");
    assert_eq!(i.canonical_title, "Mobile Engineer");
    assert!(has(&i.title_synonyms, "React Native Developer"));
    assert_eq!(i.seniority, Some(Seniority::Senior));
    assert_eq!(i.min_years, Some(5));
    assert_eq!(must(&i), ["React Native", "TypeScript"]);
    assert!(!must(&i).contains(&"React"));
    assert_eq!(nice(&i), ["Expo", "Firebase"]);
    assert!(i.location_open(), "plain remote means anywhere");
}

#[test]
fn german_java_ad_in_munich() {
    let i = icp("java_de");
    assert_eq!(i.canonical_title, "Software Engineer");
    assert!(has(&i.title_synonyms, "Softwareentwickler"));
    assert!(has(&i.title_synonyms, "Java Developer"));
    assert_eq!(i.seniority, Some(Seniority::Senior));
    assert_eq!(i.min_years, Some(5), "mindestens 5 Jahre");
    assert_eq!(must(&i), ["Java", "Spring Boot", "PostgreSQL"]);
    assert!(!must(&i).contains(&"JavaScript"));
    assert_eq!(nice(&i), ["Kafka", "Kubernetes"], "Wünschenswert section");
    let loc = i.location.as_ref().unwrap();
    assert_eq!(loc.city.as_deref(), Some("Munich"));
    assert_eq!(loc.region.as_deref(), Some("Bavaria"));
    assert_eq!(loc.country.as_deref(), Some("Germany"));
    for v in ["München", "Munich", "Muenchen"] {
        assert!(has(&loc.variants, v), "{v} missing from {:?}", loc.variants);
    }
    assert!(
        has(&i.negative_keywords, "agency"),
        "Keine Agenturen: {:?}",
        i.negative_keywords
    );
    assert_default_negatives(&i);
}

#[test]
fn java_backend_in_bangalore() {
    let i = icp("java_backend");
    assert_eq!(i.canonical_title, "Backend Engineer");
    assert!(has(&i.title_synonyms, "Java Developer"));
    assert_eq!(must(&i)[..3], ["Java", "Spring Boot", "Hibernate"]);
    assert!(must(&i).contains(&"Microservices"));
    assert_eq!(nice(&i), ["AWS", "Docker"]);
    let v = variants(&i);
    assert!(has(&v, "Bengaluru") && has(&v, "Bangalore"), "{v:?}");
    assert_eq!(
        i.location.as_ref().unwrap().country_code.as_deref(),
        Some("IN")
    );
}

#[test]
fn data_engineer_hybrid_new_york() {
    let i = icp("data_engineer");
    assert_eq!(i.canonical_title, "Data Engineer");
    assert!(has(&i.title_synonyms, "Big Data Engineer"));
    assert_eq!(
        must(&i),
        ["Python", "SQL", "Apache Spark", "Apache Airflow"]
    );
    assert_eq!(nice(&i), ["dbt", "Snowflake", "Kafka"]);
    let loc = i.location.as_ref().unwrap();
    assert_eq!(loc.work_mode, Some(WorkMode::Hybrid));
    assert_eq!(loc.city.as_deref(), Some("New York City"));
    assert!(has(&loc.variants, "NYC") && has(&loc.variants, "New York"));
}

#[test]
fn ml_engineer_remote_with_query_skill() {
    let i = icp("ml_engineer");
    assert_eq!(i.canonical_title, "Machine Learning Engineer");
    assert!(has(&i.title_synonyms, "ML Engineer") && has(&i.title_synonyms, "MLE"));
    assert_eq!(i.min_years, Some(3));
    for s in ["PyTorch", "Python", "MLOps", "Docker"] {
        assert!(must(&i).contains(&s), "{s}: {:?}", must(&i));
    }
    assert_eq!(nice(&i), ["Kubernetes"]);
    assert_eq!(
        i.location.as_ref().unwrap().work_mode,
        Some(WorkMode::Remote)
    );
}

#[test]
fn data_analyst_in_toronto() {
    let i = icp("data_analyst");
    assert_eq!(i.canonical_title, "Data Analyst");
    assert!(has(&i.title_synonyms, "Reporting Analyst"));
    // "Tableau or Power BI" is one requirement with an alternative, not two must-haves
    assert_eq!(must(&i), ["SQL", "Excel", "Tableau"]);
    assert_eq!(i.must_have_skills[2].label(), "Tableau or Power BI");
    assert_eq!(nice(&i), ["Python"]);
    assert_eq!(
        i.location.as_ref().unwrap().country_code.as_deref(),
        Some("CA")
    );
    assert!(!i.technical_role);
    assert_default_negatives(&i);
}

#[test]
fn senior_account_executive_in_austin() {
    let i = icp("account_executive");
    assert_eq!(i.canonical_title, "Account Executive");
    assert!(has(&i.title_synonyms, "Sales Executive"));
    assert_eq!(i.seniority, Some(Seniority::Senior));
    assert_eq!(i.min_years, Some(4));
    for s in ["SaaS Sales", "B2B Sales", "Salesforce"] {
        assert!(must(&i).contains(&s), "{s}: {:?}", must(&i));
    }
    assert_eq!(nice(&i), ["MEDDIC", "Gong"]);
    let loc = i.location.as_ref().unwrap();
    assert_eq!(loc.city.as_deref(), Some("Austin"));
    assert_eq!(loc.region.as_deref(), Some("Texas"));
    assert_default_negatives(&i);
}

#[test]
fn registered_nurse_in_sydney_has_no_react_native() {
    let i = icp("nurse");
    assert_eq!(i.canonical_title, "Registered Nurse");
    assert!(has(&i.title_synonyms, "RN") && has(&i.title_synonyms, "Staff Nurse"));
    assert_eq!(i.min_years, Some(2));
    for s in ["Intensive Care", "BLS", "ACLS"] {
        assert!(must(&i).contains(&s), "{s}: {:?}", must(&i));
    }
    assert!(
        !must(&i).contains(&"React Native"),
        "RN licence is not React Native"
    );
    assert!(nice(&i).contains(&"Epic"));
    assert_eq!(
        i.location.as_ref().unwrap().country_code.as_deref(),
        Some("AU")
    );
    assert!(!i.technical_role);
}

#[test]
fn financial_analyst_in_madrid() {
    let i = icp("financial_analyst");
    assert_eq!(i.canonical_title, "Financial Analyst");
    assert!(has(&i.title_synonyms, "FP&A Analyst"));
    assert_eq!(i.min_years, Some(2));
    assert_eq!(
        must(&i),
        ["Financial Modeling", "Excel", "Forecasting and Budgeting"]
    );
    assert_eq!(nice(&i), ["SQL", "Power BI"]);
    assert!(
        has(&i.negative_keywords, "sales"),
        "not a sales role: {:?}",
        i.negative_keywords
    );
    assert_eq!(
        i.location.as_ref().unwrap().country_code.as_deref(),
        Some("ES")
    );
}

#[test]
fn recruiter_ads_do_not_exclude_recruiters() {
    let ad = sourcing_domain::icp::JobAd {
        title: "Senior Technical Recruiter".into(),
        job_description: "You have 5+ years of full-cycle recruiting and Boolean search.".into(),
        location: Some("Amsterdam".into()),
        query: None,
    };
    let i = build_icp(&ad, Taxonomy::bundled());
    assert!(i.recruiting_role);
    assert!(!has(&i.negative_keywords, "recruiter"));
    assert!(has(&i.negative_keywords, "intern"));
}

#[test]
fn intern_ads_do_not_exclude_interns() {
    let ad = sourcing_domain::icp::JobAd {
        title: "Software Engineering Intern".into(),
        job_description: "Learn Python with us.".into(),
        location: None,
        query: None,
    };
    let i = build_icp(&ad, Taxonomy::bundled());
    assert!(!has(&i.negative_keywords, "intern"));
    assert!(!has(&i.negative_keywords, "student"));
}

#[test]
fn generation_is_deterministic_and_the_query_is_fresh() {
    for a in super::ads::all() {
        let one = build_icp(&a.ad, Taxonomy::bundled());
        let two = build_icp(&a.ad, Taxonomy::bundled());
        assert_eq!(one, two, "{}", a.key);
        assert_eq!(one.technical_role, a.tech, "{}", a.key);
        // the query shown is the first query run: the strict rung of the retrieval ladder
        let ladder = retrieval_steps(&one, Taxonomy::bundled());
        assert_eq!(ladder[0].name, "strict");
        assert_eq!(one.boolean_query, render(&ladder[0].query), "{}", a.key);
    }
}

#[test]
fn compiled_shape_uses_must_should_filter_and_must_not() {
    use sourcing_domain::search::{Field, Query};
    let i = icp("sre");
    let Query::Bool(root) = compile(&i) else {
        panic!("root must be a bool")
    };
    assert_eq!(root.must.len(), 2, "title group + must-have skill group");
    let Query::Bool(skills) = &root.must[1] else {
        panic!("skills group")
    };
    assert_eq!(skills.should.len(), 4);
    assert!(
        skills.minimum_should_match >= 1 && skills.minimum_should_match < 4,
        "one missing skill is tolerated"
    );
    assert_eq!(root.should.len(), i.nice_to_have_skills.len());
    assert_eq!(root.minimum_should_match, 0);
    assert_eq!(root.filter.len(), 1);
    for n in &root.must_not {
        let Query::Phrase { fields, .. } = n else {
            panic!("negative phrase")
        };
        assert_eq!(
            fields,
            &vec![Field::CurrentRole, Field::Headline],
            "not over highlights"
        );
    }
}

#[test]
fn contract_example_renders() {
    let ad = sourcing_domain::icp::JobAd {
        title: "SRE".into(),
        job_description: "Must have: Kubernetes.".into(),
        location: None,
        query: None,
    };
    let mut i = build_icp(&ad, Taxonomy::bundled());
    i.title_synonyms.retain(|s| s == "SRE");
    i.must_have_skills[0].aliases.retain(|a| a == "k8s");
    i.nice_to_have_skills.clear();
    i.negative_keywords = vec!["intern".into()];
    i.canonical_title = "site reliability engineer".into();
    i.refresh_boolean_query();
    assert_eq!(
        i.boolean_query,
        "title:(\"site reliability engineer\" OR SRE) AND skill:(Kubernetes OR k8s) NOT role:intern"
    );
}

#[test]
fn patch_also_consider_go_developers() {
    let mut i = icp("sre");
    apply_patch(&mut i, "also consider Go developers", Taxonomy::bundled());
    assert!(i.all_skills().any(|s| s.name == "Go"));
    assert!(has(&i.title_synonyms, "Go Developer"));
    assert!(
        i.boolean_query.contains("\"Go Developer\""),
        "{}",
        i.boolean_query
    );
    assert_eq!(i.patches, ["also consider Go developers"]);
    // a backend ad that lacked Go gets it as a nice-to-have
    let mut j = icp("java_backend");
    apply_patch(&mut j, "also consider go developers", Taxonomy::bundled());
    assert!(nice(&j).contains(&"Go"), "{:?}", nice(&j));
}

#[test]
fn patch_exclude_consultants() {
    let mut i = icp("java_backend");
    apply_patch(&mut i, "exclude consultants", Taxonomy::bundled());
    assert!(has(&i.negative_keywords, "consultant"));
    assert!(
        i.boolean_query.contains("NOT role:consultant"),
        "{}",
        i.boolean_query
    );
}

#[test]
fn patch_only_berlin() {
    let mut i = icp("go_backend");
    apply_patch(&mut i, "only Berlin", Taxonomy::bundled());
    let loc = i.location.as_ref().unwrap();
    assert_eq!(loc.city.as_deref(), Some("Berlin"));
    assert!(loc.city_only);
    assert!(
        i.boolean_query.contains("AND location:Berlin")
            || i.boolean_query.contains("location:(Berlin"),
        "{}",
        i.boolean_query
    );
    assert!(
        !i.boolean_query.contains("Germany"),
        "only the city: {}",
        i.boolean_query
    );
}

#[test]
fn patch_more_senior() {
    let mut i = icp("go_backend");
    let before = i.min_years.unwrap();
    apply_patch(&mut i, "more senior", Taxonomy::bundled());
    assert_eq!(i.seniority, Some(Seniority::Senior));
    assert!(i.min_years.unwrap() > before);
    let mut j = icp("sre");
    apply_patch(&mut j, "more senior", Taxonomy::bundled());
    assert_eq!(j.seniority, Some(Seniority::Staff));
    assert!(j.min_years.unwrap() >= 8);
}

#[test]
fn patch_remote_ok_and_must_know_terraform() {
    let mut i = icp("java_de");
    assert!(i.boolean_query.contains("München"));
    apply_patch(
        &mut i,
        "remote ok, must know Terraform",
        Taxonomy::bundled(),
    );
    assert_eq!(
        i.location.as_ref().unwrap().work_mode,
        Some(WorkMode::Remote)
    );
    assert!(
        !i.boolean_query.contains("München"),
        "remote drops the filter: {}",
        i.boolean_query
    );
    assert!(must(&i).contains(&"Terraform"));
    assert!(i.boolean_query.contains("Terraform"));
    // moving a nice-to-have up
    apply_patch(&mut i, "must have Kafka", Taxonomy::bundled());
    assert!(must(&i).contains(&"Kafka") && !nice(&i).contains(&"Kafka"));
    assert_eq!(i.patches.len(), 2);
}
