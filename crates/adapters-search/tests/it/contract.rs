//! The port's MUST rules, checked against every `PeopleSearch` implementation with the same
//! fixtures (the HTTP one through an Elasticsearch-compatible fake backed by the local index).

use sourcing_adapters_search::{AnyPeopleSearch, HttpPeopleSearch, HttpSearchConfig};
use sourcing_domain::ports::PeopleSearch;
use sourcing_domain::search::{BoolQuery, Field, Query};

use crate::fake_es::FakeEs;
use crate::fixtures::{self, ids, request};

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

async fn run_contract<S: PeopleSearch>(search: &S) {
    assert!(search.is_available());

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
}

#[actix_web::test]
async fn local_index_honours_the_contract() {
    run_contract(&fixtures::local()).await;
}

#[actix_web::test]
async fn any_backend_delegates_and_honours_the_contract() {
    run_contract(&AnyPeopleSearch::Local(fixtures::local())).await;
}

#[actix_web::test]
async fn http_client_honours_the_contract_against_an_es_compatible_server() {
    let fake = FakeEs::start(fixtures::local()).await;
    let http = HttpPeopleSearch::new(HttpSearchConfig::new(&fake.base_url)).unwrap();
    run_contract(&http).await;
    run_contract(&AnyPeopleSearch::Http(http)).await;
}
