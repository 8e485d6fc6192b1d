//! The in-process index: matching rules, ranking and loading.

use sourcing_adapters_search::{LoadError, LocalPeopleSearch, ProfileRecord};
use sourcing_domain::search::{BoolQuery, Field, Query};

use crate::fixtures::{self, ids, profile, request, sorted_ids, temp_file};

fn search(query: Query) -> Vec<String> {
    let results = fixtures::local().search_now(&request(query, 100));
    sorted_ids(&results)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_title_and_skill_match_outranks_a_mention_in_a_highlight() {
    let query = Query::Bool(BoolQuery {
        must: vec![
            Query::phrase(&[Field::CurrentRole, Field::Highlights], "data engineer"),
            Query::phrase(&[Field::Skills, Field::Highlights], "spark"),
        ],
        ..BoolQuery::default()
    });
    let results = fixtures::local().search_now(&request(query, 10));
    assert_eq!(ids(&results), vec!["p12", "p01", "p02"]);
    assert!(results.hits[1].relevance > results.hits[2].relevance);
}

#[test]
fn leaf_boost_multiplies_relevance() {
    let plain = fixtures::local().search_now(&request(Query::phrase(&[Field::Skills], "Go"), 10));
    let boosted = fixtures::local().search_now(&request(
        Query::Phrase {
            fields: vec![Field::Skills],
            text: "Go".into(),
            boost: 2.0,
        },
        10,
    ));
    assert!((boosted.hits[0].relevance - 2.0 * plain.hits[0].relevance).abs() < 1e-4);
}

#[test]
fn java_does_not_match_javascript() {
    assert_eq!(
        search(Query::phrase(&[Field::Skills], "Java")),
        vec!["p03", "p10"]
    );
    assert_eq!(
        search(Query::phrase(&[Field::Skills], "JavaScript")),
        vec!["p04", "p10"]
    );
}

#[test]
fn react_can_be_told_from_react_native() {
    assert_eq!(
        search(Query::phrase(&[Field::Skills], "react native")),
        vec!["p05"]
    );
    assert_eq!(
        search(Query::phrase(&[Field::Skills], "React")),
        vec!["p04", "p05", "p10"]
    );
    let plain_react = Query::Bool(BoolQuery {
        must: vec![Query::phrase(&[Field::Skills], "React")],
        must_not: vec![Query::phrase(&[Field::Skills], "React Native")],
        ..BoolQuery::default()
    });
    assert_eq!(search(plain_react), vec!["p04", "p10"]);
}

#[test]
fn a_must_not_keeps_the_minimum_should_match() {
    // tantivy's own BooleanQuery drops the minimum to 0 when a must_not is present
    let query = Query::Bool(BoolQuery {
        should: vec![
            Query::phrase(&[Field::Skills], "Java"),
            Query::phrase(&[Field::Skills], "React"),
        ],
        minimum_should_match: 1,
        must_not: vec![Query::phrase(&[Field::Skills], "React Native")],
        ..BoolQuery::default()
    });
    assert_eq!(search(query), vec!["p03", "p04", "p10"]);
}

#[test]
fn should_clauses_nothing_requires_only_rank_every_profile() {
    let index = fixtures::local();
    let query = Query::Bool(BoolQuery {
        should: vec![Query::phrase(&[Field::Skills], "Java")],
        minimum_should_match: 0,
        ..BoolQuery::default()
    });
    let results = index.search_now(&request(query, 100));
    assert_eq!(results.total as usize, index.len());
    let mut top = ids(&results)[..2].to_vec();
    top.sort_unstable();
    assert_eq!(top, vec!["p03", "p10"]);
    assert!(results.hits[1].relevance > 0.0);
    assert!(results.hits[2..].iter().all(|h| h.relevance == 0.0));
}

#[test]
fn must_not_alone_matches_every_other_profile_and_filters_do_not_score() {
    let index = fixtures::local();
    let only_not = Query::Bool(BoolQuery {
        must_not: vec![Query::phrase(&[Field::Skills], "React")],
        ..BoolQuery::default()
    });
    let results = index.search_now(&request(only_not, 100));
    assert_eq!(results.total as usize, index.len() - 3);
    assert!(
        ids(&results)
            .iter()
            .all(|id| !["p04", "p05", "p10"].contains(id))
    );
    let filtered = Query::Bool(BoolQuery {
        filter: vec![Query::phrase(&[Field::Skills], "Java")],
        ..BoolQuery::default()
    });
    let results = index.search_now(&request(filtered, 100));
    assert_eq!(sorted_ids(&results), vec!["p03", "p10"]);
    assert!(results.hits.iter().all(|h| h.relevance == 0.0));
}

#[test]
fn a_phrase_without_words_required_matches_nothing() {
    let query = Query::Bool(BoolQuery {
        must: vec![Query::phrase(&[Field::Skills], " ++ ")],
        should: vec![Query::phrase(&[Field::Skills], "Java")],
        ..BoolQuery::default()
    });
    assert_eq!(search(query), Vec::<String>::new());
}

#[test]
fn phrases_match_on_token_boundaries_within_one_value() {
    // p09 lists "SQL" then "Spark" as separate skills: no phrase across them.
    assert_eq!(
        search(Query::phrase(&[Field::Skills], "sql spark")),
        Vec::<String>::new()
    );
    // Punctuation is a token boundary: "Node.js" is the phrase "node js".
    assert_eq!(
        search(Query::phrase(&[Field::Skills], "node.js")),
        vec!["p10"]
    );
    assert_eq!(
        search(Query::phrase(&[Field::CurrentRole], "ENGINEER intern")),
        vec!["p07"]
    );
}

#[test]
fn diacritics_and_case_are_folded() {
    let munich = vec!["p01", "p03", "p06"];
    assert_eq!(search(Query::phrase(&[Field::Location], "München")), munich);
    assert_eq!(search(Query::phrase(&[Field::Location], "munchen")), munich);
    assert_eq!(search(Query::phrase(&[Field::Location], "MÜNCHEN")), munich);
    assert_eq!(
        search(Query::phrase(&[Field::Location], "zurich")),
        vec!["p09"]
    );
}

#[test]
fn minimum_should_match_counts_should_clauses() {
    let skills = |msm| {
        Query::Bool(BoolQuery {
            should: ["Python", "Spark", "SQL"]
                .iter()
                .map(|s| Query::phrase(&[Field::Skills], *s))
                .collect(),
            minimum_should_match: msm,
            ..BoolQuery::default()
        })
    };
    assert_eq!(search(skills(1)), vec!["p01", "p07", "p09", "p11", "p12"]);
    assert_eq!(search(skills(2)), vec!["p01", "p09"]);
    assert_eq!(search(skills(3)), vec!["p09"]);
    assert!(search(skills(4)).is_empty());
    // 0 = none required: every profile matches, the should clauses only score.
    let results = fixtures::local().search_now(&request(skills(0), 100));
    assert_eq!(results.total, 12);
    assert_eq!(ids(&results)[0], "p09");
    assert_eq!(results.hits.last().unwrap().relevance, 0.0);
}

#[test]
fn filters_restrict_without_scoring() {
    let de_only = Query::Bool(BoolQuery {
        filter: vec![Query::phrase(&[Field::Country], "de")],
        ..BoolQuery::default()
    });
    let results = fixtures::local().search_now(&request(de_only, 100));
    assert_eq!(
        sorted_ids(&results),
        vec!["p01", "p02", "p03", "p04", "p06", "p08", "p11"]
    );
    assert!(results.hits.iter().all(|h| h.relevance == 0.0));
    // Ties are broken by profile id.
    assert_eq!(ids(&results), sorted_ids(&results));

    let engineers = Query::phrase(&[Field::CurrentRole], "engineer");
    let unfiltered = fixtures::local().search_now(&request(engineers.clone(), 100));
    let filtered = fixtures::local().search_now(&request(
        Query::Bool(BoolQuery {
            must: vec![engineers],
            filter: vec![Query::phrase(&[Field::Country], "DE")],
            ..BoolQuery::default()
        }),
        100,
    ));
    assert_eq!(sorted_ids(&filtered), vec!["p01", "p04", "p06", "p08"]);
    for hit in &filtered.hits {
        let same = unfiltered
            .hits
            .iter()
            .find(|h| h.profile.profile_id == hit.profile.profile_id)
            .unwrap();
        assert_eq!(
            same.relevance, hit.relevance,
            "a filter must not change scores"
        );
    }
}

#[test]
fn an_empty_query_matches_everyone_in_id_order() {
    let local = fixtures::local();
    let mut req = request(Query::Bool(BoolQuery::default()), 3);
    req.exclude_ids = vec!["p01".into()];
    let results = local.search_now(&req);
    assert_eq!(results.total, 11);
    assert_eq!(ids(&results), vec!["p02", "p03", "p04"]);

    // A blank phrase alone is an empty query too; inside a bool it matches nothing.
    assert_eq!(
        local
            .search_now(&request(Query::phrase(&[Field::Skills], "  "), 100))
            .total,
        12
    );
    let blank_must = Query::Bool(BoolQuery {
        must: vec![Query::phrase(&[Field::Skills], " ")],
        ..BoolQuery::default()
    });
    assert_eq!(local.search_now(&request(blank_must, 100)).total, 0);
    // A must_not-only bool matches everyone else.
    let not_berlin = Query::Bool(BoolQuery {
        must_not: vec![Query::phrase(&[Field::Location], "berlin")],
        ..BoolQuery::default()
    });
    assert_eq!(local.search_now(&request(not_berlin, 100)).total, 9);
}

#[test]
fn get_finds_profiles_by_id() {
    let local = fixtures::local();
    assert_eq!(local.len(), 12);
    assert_eq!(
        local.get("p05").unwrap().current_role.as_deref(),
        Some("Mobile Engineer")
    );
    assert!(local.get("nope").is_none());
}

#[test]
fn loads_json_lines_and_skips_blank_lines() {
    let mut text = String::new();
    for p in fixtures::profiles() {
        text.push_str(&serde_json::to_string(&ProfileRecord::from(&p)).unwrap());
        text.push_str("\n\n");
    }
    let path = temp_file("ok.jsonl", &text);
    let loaded = LocalPeopleSearch::from_path(&path).unwrap();
    assert_eq!(loaded.len(), 12);
    let query = Query::phrase(&[Field::Location], "München");
    assert_eq!(
        loaded.search_now(&request(query.clone(), 10)),
        fixtures::local().search_now(&request(query, 10))
    );
    std::fs::remove_file(path).unwrap();
}

#[test]
fn bad_lines_and_repeated_ids_are_skipped_counted_and_named() {
    let good =
        serde_json::to_string(&ProfileRecord::from(&profile("a", "Dev", &[], "x", "DE"))).unwrap();
    let other =
        serde_json::to_string(&ProfileRecord::from(&profile("b", "Dev", &[], "x", "DE"))).unwrap();
    let mut second = profile("a", "Chef", &[], "x", "FR");
    second.name = Some("Second".into());
    let repeat = serde_json::to_string(&ProfileRecord::from(&second)).unwrap();
    let path = temp_file(
        "bad.jsonl",
        &format!(
            "{good}\n{other}\n{{\"profileId\": \"c\", \"skills\": 3}}\n{repeat}\n{{\"name\": \"x\"}}\nnot json\n"
        ),
    );
    let loaded = LocalPeopleSearch::from_path(&path).unwrap();
    assert_eq!(loaded.len(), 2);
    assert_eq!(
        loaded.get("a").unwrap().current_role.as_deref(),
        Some("Dev"),
        "the first of a repeated id wins"
    );
    let report = loaded.load_report();
    assert_eq!(
        (report.loaded, report.unreadable, report.duplicates),
        (2, 3, 1)
    );
    let lines: Vec<usize> = report.problems.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, vec![3, 4, 5, 6]);
    assert!(report.problems[0].1.contains("not a profile"), "{report:?}");
    assert!(report.problems[1].1.contains("repeats id"), "{report:?}");
    assert!(report.problems[2].1.contains("no profileId"), "{report:?}");
    std::fs::remove_file(path).unwrap();

    let missing = std::env::temp_dir().join("adapters-search-does-not-exist.jsonl");
    assert!(matches!(
        LocalPeopleSearch::from_path(missing).unwrap_err(),
        LoadError::Io { .. }
    ));
}

#[test]
fn a_corpus_may_mix_our_shape_people_data_labs_and_json_resume() {
    let ours = serde_json::to_string(&ProfileRecord::from(&profile(
        "ours",
        "SRE",
        &["Go"],
        "Amsterdam, Netherlands",
        "Netherlands",
    )))
    .unwrap();
    let pdl = r#"{"id": "pdl", "full_name": "jan de vries", "job_title": "site reliability engineer", "location_name": "amsterdam, noord-holland, netherlands", "location_country": "netherlands", "skills": ["go"]}"#;
    let resume = r#"{"meta": {"id": "jr"}, "basics": {"name": "Eva Jansen", "label": "SRE", "location": {"city": "Utrecht", "countryCode": "nl"}}, "work": [{"name": "Acme", "position": "SRE", "startDate": "2020-01-01"}], "skills": [{"name": "Go"}]}"#;
    let path = temp_file("mixed.jsonl", &format!("{ours}\n{pdl}\n{resume}\n"));
    let loaded = LocalPeopleSearch::from_path(&path).unwrap();
    let report = loaded.load_report();
    assert_eq!(
        (
            report.profiles,
            report.people_data_labs,
            report.json_resume,
            report.skipped()
        ),
        (1, 1, 1, 0)
    );
    for id in ["ours", "pdl", "jr"] {
        assert_eq!(
            loaded.get(id).unwrap().country.as_deref(),
            Some("NL"),
            "{id}"
        );
    }
    assert_eq!(
        loaded.get("jr").unwrap().experience[0]
            .start_date
            .as_deref(),
        Some("2020-01")
    );
    let by_code = loaded.search_now(&request(Query::phrase(&[Field::Country], "NL"), 10));
    assert_eq!(
        by_code.total, 3,
        "the country filter sees every format's country as its code"
    );
    std::fs::remove_file(path).unwrap();
}

/// Every hit carries the analysis the index made of that very profile when it loaded it (with
/// the bundled taxonomy), so a pass scores it without reading its texts again.
#[test]
fn every_hit_carries_the_analysis_of_its_own_profile() {
    use sourcing_domain::matching::ProfileAnalysis;
    use sourcing_domain::taxonomy::Taxonomy;
    let results = fixtures::local().search_now(&request(Query::Bool(BoolQuery::default()), 100));
    assert!(results.hits.len() >= 10, "{}", results.hits.len());
    let analyses: Vec<ProfileAnalysis<'_>> = results
        .hits
        .iter()
        .map(|hit| ProfileAnalysis::of(&hit.profile, Taxonomy::bundled()))
        .collect();
    for (hit, expected) in results.hits.iter().zip(&analyses) {
        let carried = hit
            .analysis
            .as_deref()
            .expect("the local index analyses every profile");
        assert_eq!(carried, expected, "{}", hit.profile.profile_id);
    }
    // the analyses differ from profile to profile (a shared or shifted one would not match)
    assert!(analyses.windows(2).any(|w| w[0] != w[1]));
}
