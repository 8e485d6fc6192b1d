//! The port's contract (`sourcing_testkit::people_search`), run against every `PeopleSearch`
//! implementation: the local index, and the HTTP client talking to the testkit's
//! Elasticsearch-compatible fake (backed by a local index over the same fixture), each directly
//! and behind `AnyPeopleSearch`.

use sourcing_adapters_search::{
    AnyPeopleSearch, HttpPeopleSearch, HttpSearchConfig, LocalPeopleSearch,
};
use sourcing_domain::profile::Profile;
use sourcing_testkit::fake_search_server::FakeSearchServer;
use sourcing_testkit::people_search::people_search_contract;

/// An HTTP client whose index is a fake server holding `profiles`.
async fn http_over(profiles: Vec<Profile>) -> HttpPeopleSearch {
    let server = FakeSearchServer::start(LocalPeopleSearch::from_profiles(profiles)).await;
    HttpPeopleSearch::new(HttpSearchConfig::new(&server.url)).unwrap()
}

#[actix_web::test]
async fn local_index_honours_the_contract() {
    people_search_contract(|profiles| async move { LocalPeopleSearch::from_profiles(profiles) })
        .await;
}

#[actix_web::test]
async fn any_backend_delegates_and_honours_the_contract() {
    people_search_contract(|profiles| async move {
        AnyPeopleSearch::Local(LocalPeopleSearch::from_profiles(profiles))
    })
    .await;
}

#[actix_web::test]
async fn http_client_honours_the_contract_against_an_es_compatible_server() {
    people_search_contract(http_over).await;
}

#[actix_web::test]
async fn any_http_backend_honours_the_contract_against_an_es_compatible_server() {
    people_search_contract(
        |profiles| async move { AnyPeopleSearch::Http(http_over(profiles).await) },
    )
    .await;
}
