//! The port's contract (`sourcing_testkit::profile_enricher`), run against both adapters: the
//! local enricher over the contract's companies, and the HTTP enricher talking to the
//! testkit's People-Data-Labs-style fake seeded with the same companies.

use sourcing_adapters_enrich::{HttpEnricher, HttpEnricherConfig, LocalEnricher};
use sourcing_testkit::fake_enrich_server::{FAKE_API_KEY, FakeEnrichServer};
use sourcing_testkit::profile_enricher::profile_enricher_contract;

#[actix_web::test]
async fn local_enricher_honours_the_contract() {
    profile_enricher_contract(|companies| async move {
        LocalEnricher::from_reader(companies.as_bytes()).unwrap()
    })
    .await;
}

#[actix_web::test]
async fn http_enricher_honours_the_contract_against_a_pdl_style_provider() {
    profile_enricher_contract(|companies| async move {
        let server =
            FakeEnrichServer::start(LocalEnricher::from_reader(companies.as_bytes()).unwrap())
                .await;
        HttpEnricher::new(HttpEnricherConfig::new(&server.url, FAKE_API_KEY)).unwrap()
    })
    .await;
}
