//! The `PeopleSearch` contract: the port's MUST rules and the query shapes the retrieval ladder
//! produces, checked on small hand-built fixtures against any implementation.
//!
//! ```ignore
//! people_search_contract(|profiles| async move { LocalPeopleSearch::from_profiles(profiles) }).await;
//! ```
//!
//! Each shape asserts the exact set of profiles it selects, so an adapter that renders or
//! evaluates a shape wrongly (a dropped `minimum_should_match`, a `filter` read as `should`, an
//! OR of ANDs flattened) fails here rather than in a ranking evaluation.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::future::Future;

use sourcing_domain::icp::{JobAd, build_icp, retrieval_steps};
use sourcing_domain::ids::CompanyId;
use sourcing_domain::matching::ProfileAnalysis;
use sourcing_domain::ports::{PeopleSearch, SearchRequest, SearchResults};
use sourcing_domain::profile::{Position, Profile};
use sourcing_domain::search::{BoolQuery, Field, Query};
use sourcing_domain::taxonomy::Taxonomy;

/// Title fields, as the compiled queries search them.
const TITLE: &[Field] = &[Field::CurrentRole, Field::Headline, Field::PastRoles];
/// The fields negative keywords exclude on.
const ROLE: &[Field] = &[Field::CurrentRole, Field::Headline];

/// Runs the whole contract. `make` builds an implementation whose index holds exactly the
/// given profiles; it is called once per fixture.
pub async fn people_search_contract<S, F, Fut>(make: F)
where
    S: PeopleSearch,
    F: Fn(Vec<Profile>) -> Fut,
    Fut: Future<Output = S>,
{
    let ranking = make(ranking_profiles()).await;
    assert!(ranking.is_available());
    ranking_rules(&ranking).await;

    let team = make(team_profiles()).await;
    assert!(team.is_available());
    query_shapes(&team).await;
    retrieval_ladder(&team).await;
}

// ---------------------------------------------------------------------------------------------
// Fixtures and helpers
// ---------------------------------------------------------------------------------------------

/// A profile with a current role, skills and a place.
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

/// The profile with one current position at Acme carrying this highlight.
pub fn with_highlight(mut p: Profile, highlight: &str) -> Profile {
    p.experience.push(Position {
        role: p.current_role.clone(),
        company: Some("Acme".to_owned()),
        start_date: Some("2020-01".to_owned()),
        end_date: None,
        highlights: vec![highlight.to_owned()],
    });
    p
}

/// A search of `query` for `size` hits by a random company, excluding nobody.
pub fn request(query: Query, size: usize) -> SearchRequest {
    SearchRequest {
        company: CompanyId::new_random(),
        query,
        exclude_ids: Vec::new(),
        size,
    }
}

/// The hits' ids in the order returned.
pub fn ids(results: &SearchResults) -> Vec<&str> {
    results
        .hits
        .iter()
        .map(|h| h.profile.profile_id.as_str())
        .collect()
}

/// The hits' ids in ascending order.
pub fn sorted_ids(results: &SearchResults) -> Vec<&str> {
    let mut ids = ids(results);
    ids.sort_unstable();
    ids
}

/// A dozen profiles (`p01`–`p12`), each there to make one ranking or matching rule observable
/// (title vs highlight, interns, diacritics, Java vs JavaScript, React vs React Native).
pub fn ranking_profiles() -> Vec<Profile> {
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

/// Twenty-odd profiles (`t01`–`t24`) around two ads (an SRE in Berlin, a data engineer in
/// Munich), placed so that each query shape and each rung of the retrieval ladder selects a
/// different set.
pub fn team_profiles() -> Vec<Profile> {
    let mut t12 = profile("t12", "Recruiter", &["Sourcing"], "Berlin, Germany", "DE");
    t12.headline = Some("Hiring site reliability engineers".to_owned());
    let mut t23 = profile(
        "t23",
        "Platform Engineer",
        &["Kubernetes"],
        "Berlin, Germany",
        "DE",
    );
    t23.headline = Some("Former intern at a bank".to_owned());
    vec![
        profile(
            "t01",
            "Senior Site Reliability Engineer",
            &["Kubernetes", "Terraform", "Go", "Prometheus"],
            "Berlin, Germany",
            "DE",
        ),
        with_highlight(
            profile(
                "t02",
                "Site Reliability Engineer",
                &["Kubernetes"],
                "Berlin, Germany",
                "DE",
            ),
            "Mentored an intern on incident reviews",
        ),
        profile(
            "t03",
            "Site Reliability Engineer",
            &["Kubernetes", "Go"],
            "Potsdam, Germany",
            "DE",
        ),
        profile(
            "t04",
            "Site Reliability Engineer",
            &["Terraform", "Go"],
            "Hamburg, Germany",
            "DE",
        ),
        profile(
            "t05",
            "Lead Engineer, Site Reliability",
            &["Kubernetes"],
            "München, Germany",
            "DE",
        ),
        profile(
            "t06",
            "DevOps Engineer",
            &["Kubernetes", "Terraform"],
            "Berlin, Germany",
            "DE",
        ),
        profile(
            "t07",
            "Backend Engineer",
            &["Go", "Kubernetes", "Terraform"],
            "Berlin, Germany",
            "DE",
        ),
        profile(
            "t08",
            "Cloud Specialist",
            &["Kubernetes", "Terraform", "Go"],
            "Köln, Germany",
            "DE",
        ),
        profile(
            "t09",
            "Site Reliability Engineer",
            &["Excel"],
            "Frankfurt am Main, Germany",
            "DE",
        ),
        profile(
            "t10",
            "Site Reliability Engineer",
            &["Kubernetes", "Terraform", "Go"],
            "London, UK",
            "GB",
        ),
        profile(
            "t11",
            "Site Reliability Engineer Intern",
            &["Kubernetes", "Go"],
            "Berlin, Germany",
            "DE",
        ),
        t12,
        profile(
            "t13",
            "Senior Data Engineer",
            &["Python", "Spark", "SQL", "Airflow"],
            "München, Germany",
            "DE",
        ),
        profile("t14", "Data Engineer", &["Python"], "Munich, Germany", "DE"),
        profile(
            "t15",
            "Engineer, Data Platform",
            &["Spark", "SQL"],
            "Munich, Germany",
            "DE",
        ),
        profile(
            "t16",
            "Data Scientist",
            &["Python", "Spark", "SQL"],
            "Berlin, Germany",
            "DE",
        ),
        profile(
            "t17",
            "Data Engineer Intern",
            &["Python", "Spark"],
            "München, Germany",
            "DE",
        ),
        with_highlight(
            profile(
                "t18",
                "Marketing Manager",
                &["SEO"],
                "Berlin, Germany",
                "DE",
            ),
            "Worked with the data engineer team on Spark dashboards",
        ),
        profile(
            "t19",
            "Java Developer",
            &["Java", "Spring"],
            "Paris, France",
            "FR",
        ),
        profile(
            "t20",
            "Frontend Engineer",
            &["JavaScript", "React"],
            "Hamburg, Germany",
            "DE",
        ),
        profile("t21", "DevOps Engineer", &["Go"], "Berlin, Germany", "DE"),
        profile(
            "t22",
            "Site Reliability Engineer",
            &["Kubernetes", "Prometheus"],
            "Berlin, Germany",
            "DE",
        ),
        t23,
        profile(
            "t24",
            "Data Engineer",
            &["Python", "Spark", "SQL"],
            "Zürich, Switzerland",
            "CH",
        ),
    ]
}

fn phrase(fields: &[Field], text: &str) -> Query {
    Query::phrase(fields, text)
}

fn all_of(clauses: Vec<Query>) -> Query {
    Query::Bool(BoolQuery {
        must: clauses,
        ..BoolQuery::default()
    })
}

fn at_least(n: usize, clauses: Vec<Query>) -> Query {
    Query::Bool(BoolQuery {
        should: clauses,
        minimum_should_match: n,
        ..BoolQuery::default()
    })
}

fn skills(names: &[&str]) -> Vec<Query> {
    names.iter().map(|s| phrase(&[Field::Skills], s)).collect()
}

fn set<'a>(ids: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    ids.into_iter().map(str::to_owned).collect()
}

/// Searches `query` (excluding `exclude`) and checks the MUSTs every answer obeys: exactly the
/// `expected` profiles, `total` counting them all, best first, nothing excluded, and with a
/// smaller `size` only the best ones with `total` unchanged. Returns the full answer.
async fn expect_set<S: PeopleSearch>(
    search: &S,
    shape: &str,
    query: Query,
    exclude: &[&str],
    expected: &[&str],
) -> SearchResults {
    let mut req = request(query.clone(), 100);
    req.exclude_ids = exclude.iter().map(|s| (*s).to_owned()).collect();
    let all = search
        .search(req.clone())
        .await
        .unwrap_or_else(|e| panic!("{shape}: {e}"));
    assert_eq!(
        set(ids(&all)),
        set(expected.iter().copied()),
        "{shape}: wrong profiles selected by {query:?}"
    );
    assert_eq!(all.total, expected.len() as u64, "{shape}: total");
    assert_sorted(shape, &all);
    for id in exclude {
        assert!(!ids(&all).contains(id), "{shape}: excluded {id} returned");
    }

    // `size` caps the hits; `total` still counts every match; the hits kept are the best.
    req.size = 2;
    let top = search
        .search(req)
        .await
        .unwrap_or_else(|e| panic!("{shape}: {e}"));
    assert_eq!(top.hits.len(), expected.len().min(2), "{shape}: size 2");
    assert_eq!(top.total, all.total, "{shape}: total with size 2");
    assert_sorted(shape, &top);
    if let Some(worst_kept) = top.hits.last().map(|h| h.relevance) {
        let kept = ids(&top);
        for hit in all
            .hits
            .iter()
            .filter(|h| !kept.contains(&h.profile.profile_id.as_str()))
        {
            assert!(
                hit.relevance <= worst_kept,
                "{shape}: {} ({}) left out for a worse hit ({worst_kept})",
                hit.profile.profile_id,
                hit.relevance
            );
        }
    }
    all
}

fn assert_sorted(shape: &str, results: &SearchResults) {
    assert!(
        results
            .hits
            .windows(2)
            .all(|w| w[0].relevance >= w[1].relevance),
        "{shape}: hits not best first: {:?}",
        results
            .hits
            .iter()
            .map(|h| (h.profile.profile_id.as_str(), h.relevance))
            .collect::<Vec<_>>()
    );
}

fn relevance(results: &SearchResults, id: &str) -> f32 {
    results
        .hits
        .iter()
        .find(|h| h.profile.profile_id == id)
        .unwrap_or_else(|| panic!("{id} not found in {:?}", ids(results)))
        .relevance
}

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

fn data_engineers() -> Query {
    Query::Bool(BoolQuery {
        must: vec![Query::phrase(
            &[Field::CurrentRole, Field::Headline, Field::Highlights],
            "data engineer",
        )],
        should: vec![Query::phrase(&[Field::Skills], "Spark")],
        ..BoolQuery::default()
    })
}

/// Ordering, exclusion, `size` and `total` on the ranking fixture.
async fn ranking_rules<S: PeopleSearch>(search: &S) {
    // Ordering by relevance: title matches before a mere mention in a highlight.
    let all = search.search(request(data_engineers(), 10)).await.unwrap();
    assert_eq!(all.total, 5, "{:?}", ids(&all));
    assert!(
        all.hits
            .windows(2)
            .all(|w| w[0].relevance >= w[1].relevance),
        "not sorted: {:?}",
        all.hits.iter().map(|h| h.relevance).collect::<Vec<_>>()
    );
    let order = ids(&all);
    let pos = |id: &str| order.iter().position(|x| *x == id).unwrap();
    assert!(
        pos("p12") < pos("p02") && pos("p01") < pos("p02"),
        "{order:?}"
    );

    // Excluded ids are never returned, and are not counted.
    let mut excluding = request(data_engineers(), 10);
    excluding.exclude_ids = vec![order[0].to_owned(), "p02".to_owned(), "unknown".to_owned()];
    let rest = search.search(excluding).await.unwrap();
    assert_eq!(rest.total, 3);
    for hit in &rest.hits {
        assert!(hit.profile.profile_id != order[0] && hit.profile.profile_id != "p02");
    }

    // Size is respected while total still counts every match.
    let top2 = search.search(request(data_engineers(), 2)).await.unwrap();
    assert_eq!(top2.hits.len(), 2);
    assert_eq!(top2.total, 5);
    assert_eq!(ids(&top2), order[..2].to_vec());

    // must_not is respected.
    let no_interns = Query::Bool(BoolQuery {
        must: vec![data_engineers()],
        must_not: vec![Query::phrase(&[Field::CurrentRole], "intern")],
        ..BoolQuery::default()
    });
    let found = search.search(request(no_interns, 10)).await.unwrap();
    assert_eq!(found.total, 4);
    assert!(!ids(&found).contains(&"p07"));

    // A hit's analysis, when the index sends one, is its own profile's (scoring trusts it).
    for hit in &all.hits {
        if let Some(analysis) = hit.analysis.as_deref() {
            let own = ProfileAnalysis::of(&hit.profile, Taxonomy::bundled());
            assert!(*analysis == own, "{}: {analysis:?}", hit.profile.profile_id);
        }
    }
}

/// The current role is "site reliability engineer" (one field, consecutive words).
fn sre_role() -> Query {
    phrase(&[Field::CurrentRole], "site reliability engineer")
}

/// Every shape the retrieval ladder builds, with the exact set it selects on the team fixture.
async fn query_shapes<S: PeopleSearch>(search: &S) {
    let everyone: Vec<String> = team_profiles().into_iter().map(|p| p.profile_id).collect();
    let everyone: Vec<&str> = everyone.iter().map(String::as_str).collect();
    let everyone_but = |out: &[&str]| -> Vec<&str> {
        everyone
            .iter()
            .copied()
            .filter(|id| !out.contains(id))
            .collect()
    };

    // A phrase over one field: consecutive words of the current role, nowhere else (not t15's
    // "Engineer, Data Platform", not t18's highlight).
    expect_set(
        search,
        "phrase in the current role",
        phrase(&[Field::CurrentRole], "data engineer"),
        &[],
        &["t13", "t14", "t17", "t24"],
    )
    .await;
    expect_set(
        search,
        "phrase in the current role, excluding one (top-level phrase)",
        phrase(&[Field::CurrentRole], "data engineer"),
        &["t14"],
        &["t13", "t17", "t24"],
    )
    .await;
    // A phrase over several fields: any of them (t18's highlight counts here).
    expect_set(
        search,
        "phrase in role, headline or highlights",
        phrase(
            &[Field::CurrentRole, Field::Headline, Field::Highlights],
            "data engineer",
        ),
        &[],
        &["t13", "t14", "t17", "t18", "t24"],
    )
    .await;

    // An OR group (minimum_should_match 1).
    expect_set(
        search,
        "OR group",
        Query::any_of(vec![
            phrase(&[Field::CurrentRole], "devops engineer"),
            phrase(&[Field::CurrentRole], "backend engineer"),
        ]),
        &[],
        &["t06", "t07", "t21"],
    )
    .await;

    // `2 OF (…)` and `3 OF (…)`: minimum_should_match > 1 counts matching clauses.
    let k_g_t = || skills(&["Kubernetes", "Go", "Terraform"]);
    expect_set(
        search,
        "2 OF (Kubernetes, Go, Terraform)",
        at_least(2, k_g_t()),
        &[],
        &["t01", "t03", "t04", "t06", "t07", "t08", "t10", "t11"],
    )
    .await;
    expect_set(
        search,
        "3 OF (Kubernetes, Go, Terraform)",
        at_least(3, k_g_t()),
        &[],
        &["t01", "t07", "t08", "t10"],
    )
    .await;
    expect_set(
        search,
        "3 OF two clauses matches nobody",
        at_least(3, skills(&["Kubernetes", "Go"])),
        &[],
        &[],
    )
    .await;
    // The ladder's strict skills: hard skills as must, next to an `N OF` of the rest.
    expect_set(
        search,
        "Kubernetes AND 1 OF (Go, Terraform)",
        all_of(vec![
            phrase(&[Field::Skills], "Kubernetes"),
            at_least(1, skills(&["Go", "Terraform"])),
        ]),
        &[],
        &["t01", "t03", "t06", "t07", "t08", "t10", "t11"],
    )
    .await;

    // Filters restrict like must (country code; an OR of places).
    let sre_in = |place: Query| {
        Query::Bool(BoolQuery {
            must: vec![sre_role()],
            filter: vec![place],
            ..BoolQuery::default()
        })
    };
    expect_set(
        search,
        "must + country filter",
        sre_in(phrase(&[Field::Country], "DE")),
        &[],
        &["t01", "t02", "t03", "t04", "t09", "t11", "t22"],
    )
    .await;
    expect_set(
        search,
        "must + filter OR of cities",
        sre_in(Query::any_of(vec![
            phrase(&[Field::Location], "Berlin"),
            phrase(&[Field::Location], "Potsdam"),
        ])),
        &[],
        &["t01", "t02", "t03", "t11", "t22"],
    )
    .await;
    expect_set(
        search,
        "filter only (country names or codes)",
        Query::Bool(BoolQuery {
            filter: vec![Query::any_of(vec![
                phrase(&[Field::Location], "UK"),
                phrase(&[Field::Country], "CH"),
                phrase(&[Field::Country], "FR"),
            ])],
            ..BoolQuery::default()
        }),
        &[],
        &["t10", "t19", "t24"],
    )
    .await;

    // must_not on the role fields: an intern in the current role or headline goes (t11, t23),
    // an intern in a highlight stays (t02).
    let no_interns = |q: Query| {
        Query::Bool(BoolQuery {
            must: vec![q],
            must_not: vec![phrase(ROLE, "intern")],
            ..BoolQuery::default()
        })
    };
    expect_set(
        search,
        "must + must_not on role fields",
        no_interns(sre_role()),
        &[],
        &["t01", "t02", "t03", "t04", "t09", "t10", "t22"],
    )
    .await;
    expect_set(
        search,
        "must_not on role fields next to exclusions",
        no_interns(sre_role()),
        &["t01", "t10"],
        &["t02", "t03", "t04", "t09", "t22"],
    )
    .await;
    expect_set(
        search,
        "must_not only",
        Query::Bool(BoolQuery {
            must_not: vec![phrase(ROLE, "intern")],
            ..BoolQuery::default()
        }),
        &[],
        &everyone_but(&["t11", "t17", "t23"]),
    )
    .await;

    // Optional `should` (minimum_should_match 0) next to a must: selects what the must selects,
    // and ranks a should match higher (t22 is t02 plus Prometheus).
    let plus_prometheus = Query::Bool(BoolQuery {
        must: vec![sre_role()],
        should: skills(&["Prometheus"]),
        minimum_should_match: 0,
        ..BoolQuery::default()
    });
    let found = expect_set(
        search,
        "must + optional should",
        plus_prometheus,
        &[],
        &["t01", "t02", "t03", "t04", "t09", "t10", "t11", "t22"],
    )
    .await;
    assert!(
        relevance(&found, "t22") > relevance(&found, "t02"),
        "an optional should match must score: {:?}",
        ids(&found)
    );
    // An optional `should` alone requires nothing: everyone, should matches first.
    let found = expect_set(
        search,
        "optional should only",
        Query::Bool(BoolQuery {
            should: skills(&["Prometheus"]),
            minimum_should_match: 0,
            ..BoolQuery::default()
        }),
        &[],
        &everyone,
    )
    .await;
    assert_eq!(set(ids(&found)[..2].iter().copied()), set(["t01", "t22"]));
    expect_set(
        search,
        "optional should next to must_not",
        Query::Bool(BoolQuery {
            should: skills(&["Prometheus"]),
            minimum_should_match: 0,
            must_not: vec![phrase(ROLE, "intern")],
            ..BoolQuery::default()
        }),
        &[],
        &everyone_but(&["t11", "t17", "t23"]),
    )
    .await;

    // Nested bools: an OR of ANDs (title words AND any skill, OR family title AND 2 OF skills).
    let title_words = all_of(vec![
        phrase(&[Field::CurrentRole], "site"),
        phrase(&[Field::CurrentRole], "reliability"),
        phrase(&[Field::CurrentRole], "engineer"),
    ]);
    let family = Query::any_of(vec![
        phrase(TITLE, "DevOps Engineer"),
        phrase(TITLE, "Backend Engineer"),
    ]);
    let or_of_ands = Query::any_of(vec![
        all_of(vec![title_words, Query::any_of(k_g_t())]),
        all_of(vec![family, at_least(2, k_g_t())]),
    ]);
    expect_set(
        search,
        "OR of ANDs",
        or_of_ands.clone(),
        &[],
        &[
            "t01", "t02", "t03", "t04", "t05", "t06", "t07", "t10", "t11", "t22",
        ],
    )
    .await;
    // … as a rung assembles it: required, optional, filtered, negated, nothing excluded twice.
    expect_set(
        search,
        "rung: OR of ANDs + optional should + filter + must_not",
        Query::Bool(BoolQuery {
            must: vec![or_of_ands],
            should: skills(&["Prometheus"]),
            minimum_should_match: 0,
            filter: vec![Query::any_of(vec![
                phrase(&[Field::Location], "Germany"),
                phrase(&[Field::Country], "DE"),
            ])],
            must_not: vec![phrase(ROLE, "intern")],
        }),
        &["t03"],
        &["t01", "t02", "t04", "t05", "t06", "t07", "t22"],
    )
    .await;

    // Blank phrases: nobody inside a tree; the whole (empty) query matches everyone.
    expect_set(
        search,
        "blank phrase in a must",
        all_of(vec![phrase(&[Field::Skills], "  ")]),
        &[],
        &[],
    )
    .await;
    expect_set(
        search,
        "empty query",
        Query::Bool(BoolQuery::default()),
        &["t05"],
        &everyone_but(&["t05"]),
    )
    .await;
}

/// Two realistic ads: a Berlin SRE and a Munich data engineer.
fn ads() -> Vec<JobAd> {
    vec![
        JobAd {
            title: "Senior Site Reliability Engineer".into(),
            job_description:
                "You keep our platform up: Kubernetes, Terraform and Go on AWS. 5+ years. \
                Prometheus is a plus. No agencies."
                    .into(),
            location: Some("Berlin, Germany".into()),
            query: None,
        },
        JobAd {
            title: "Data Engineer (m/w/d)".into(),
            job_description: "You build batch and streaming pipelines. Requirements: Python, \
                Spark and SQL. Airflow is nice to have. This is not an intern position."
                .into(),
            location: Some("München".into()),
            query: None,
        },
    ]
}

/// Every rung of the ladder of both ads: each selects a superset of the rung before (the ladder
/// widens on this fixture), and no rung finds a profile whose role names a negative keyword.
async fn retrieval_ladder<S: PeopleSearch>(search: &S) {
    let taxonomy = Taxonomy::bundled();
    for ad in ads() {
        let icp = build_icp(&ad, taxonomy);
        let steps = retrieval_steps(&icp, taxonomy);
        assert!(steps.len() >= 3, "{}: {} rungs", ad.title, steps.len());
        let mut previous: Option<(&str, BTreeSet<String>)> = None;
        let mut first_and_last = Vec::new();
        for step in &steps {
            let found = search
                .search(request(step.query.clone(), 100))
                .await
                .unwrap_or_else(|e| panic!("{} / {}: {e}", ad.title, step.name));
            assert_sorted(step.name, &found);
            assert_eq!(found.total, found.hits.len() as u64, "{}", step.name);
            let now = set(ids(&found));
            if let Some((name, before)) = &previous {
                assert!(
                    now.is_superset(before),
                    "{}: rung {} lost {:?} that {name} found",
                    ad.title,
                    step.name,
                    before.difference(&now).collect::<Vec<_>>()
                );
            }
            for hit in &found.hits {
                let p = &hit.profile;
                let words: Vec<String> = [&p.current_role, &p.headline]
                    .into_iter()
                    .flatten()
                    .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()))
                    .map(str::to_lowercase)
                    .collect();
                for negative in &icp.negative_keywords {
                    assert!(
                        !words.contains(&negative.to_lowercase()),
                        "{} / {}: {} has the negative keyword {negative:?}",
                        ad.title,
                        step.name,
                        p.profile_id
                    );
                }
            }
            first_and_last.push(now.len());
            previous = Some((step.name, now));
        }
        let (first, last) = (first_and_last[0], first_and_last[first_and_last.len() - 1]);
        assert!(
            first >= 1 && last > first,
            "{}: the ladder should widen on this fixture: {first_and_last:?}",
            ad.title
        );
    }
}
