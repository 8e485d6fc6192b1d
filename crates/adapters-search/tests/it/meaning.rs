//! The local index's search by meaning (`PeopleSearch::nearest`): nearest first within the
//! filter, exclusions honoured, and nobody for a model it holds no vectors of.

use sourcing_adapters_search::LocalPeopleSearch;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::{NearestRequest, PeopleSearch, TextEmbedder};
use sourcing_domain::profile::Profile;
use sourcing_domain::search::{Field, Query};
use sourcing_testkit::memory::HashedWordsEmbedder;

fn person(id: &str, role: &str, skills: &[&str], country: &str) -> Profile {
    Profile {
        profile_id: id.to_owned(),
        name: Some(format!("Person {id}")),
        current_role: Some(role.to_owned()),
        skills: skills.iter().map(|s| (*s).to_owned()).collect(),
        country: Some(country.to_owned()),
        location: Some(country.to_owned()),
        ..Profile::default()
    }
}

fn index() -> LocalPeopleSearch {
    LocalPeopleSearch::from_profiles(vec![
        person(
            "k8s-de",
            "Platform Engineer",
            &["Kubernetes", "Terraform"],
            "DE",
        ),
        person(
            "k8s-fr",
            "Platform Engineer",
            &["Kubernetes", "Terraform"],
            "FR",
        ),
        person(
            "half-de",
            "Backend Developer",
            &["Kubernetes", "Java"],
            "DE",
        ),
        person("chef-de", "Chef", &["Menu Planning", "HACCP"], "DE"),
    ])
    .with_meaning(&HashedWordsEmbedder)
}

fn request(filter: Query, exclude: &[&str]) -> NearestRequest {
    NearestRequest {
        company: CompanyId::new_random(),
        model_id: HashedWordsEmbedder.model_id().to_owned(),
        vector: HashedWordsEmbedder.embed("Platform Engineer\nKubernetes, Terraform"),
        filter,
        exclude_ids: exclude.iter().map(|s| (*s).to_owned()).collect(),
        size: 10,
    }
}

fn ids(results: &sourcing_domain::ports::SearchResults) -> Vec<&str> {
    results
        .hits
        .iter()
        .map(|h| h.profile.profile_id.as_str())
        .collect()
}

#[tokio::test]
async fn the_nearest_come_first_within_the_filter() {
    let germany = Query::phrase(&[Field::Country], "DE");
    let found = index()
        .nearest(request(germany.clone(), &[]))
        .await
        .unwrap();
    let got = ids(&found);
    assert_eq!(got.first(), Some(&"k8s-de"), "{got:?}");
    assert!(!got.contains(&"k8s-fr"), "outside the filter: {got:?}");
    let rel: Vec<f32> = found.hits.iter().map(|h| h.relevance).collect();
    assert!(rel.windows(2).all(|w| w[0] >= w[1]), "{rel:?}");
    assert!(rel[0] > 0.9 && rel[0] <= 1.0001, "{rel:?}");
    assert!(found.hits.iter().all(|h| h.analysis.is_some()));
    // the chef shares no word: not near at all
    assert!(!got.contains(&"chef-de"), "{got:?}");

    let without = index()
        .nearest(request(germany, &["k8s-de"]))
        .await
        .unwrap();
    assert_eq!(ids(&without).first(), Some(&"half-de"));
    assert!(!ids(&without).contains(&"k8s-de"));
}

#[tokio::test]
async fn no_vectors_of_the_model_finds_nobody() {
    let mut other = request(Query::phrase(&[Field::Country], "DE"), &[]);
    other.model_id = "another-model".to_owned();
    assert!(index().nearest(other).await.unwrap().hits.is_empty());
    let bare = LocalPeopleSearch::from_profiles(vec![person(
        "k8s-de",
        "Platform Engineer",
        &["Kubernetes"],
        "DE",
    )]);
    let found = bare
        .nearest(request(Query::phrase(&[Field::Country], "DE"), &[]))
        .await
        .unwrap();
    assert!(found.hits.is_empty() && found.total == 0);
}
