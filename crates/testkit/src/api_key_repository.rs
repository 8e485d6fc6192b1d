//! Contract suite for [`ApiKeyRepository`].
//!
//! MUST rules checked:
//! - `create` for an unknown company is `NotFound` and leaves nothing behind;
//! - `create` stores the key as given (never revoked yet) and `find_by_hash` returns exactly it;
//!   an unknown hash is `None`;
//! - `find_by_hash` returns revoked and expired keys too, so the caller decides;
//! - `revoke` is idempotent (the first revocation time stays), touches no other key, and is
//!   `NotFound` for an unknown id;
//! - `list` holds the company's keys only (revoked ones included), newest first; another
//!   company's keys never appear, and an unknown company has none;
//! - a hash is stored once: a second key with the same hash is a `Conflict` (the port's doc
//!   does not say so yet; the Postgres adapter has a unique index).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a contract suite fails loudly on purpose"
)]

use std::future::Future;

use chrono::{DateTime, TimeZone, Utc};
use sourcing_domain::api_key::{
    ApiKey, KeyEnvironment, KeyHash, KeyHasher, NewApiKey, PresentedKey, Scope,
};
use sourcing_domain::company::{BillingMode, Company, NewCompany};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::{ApiKeyId, CompanyId};
use sourcing_domain::ports::{ApiKeyRepository, CompanyRepository};

/// Runs every check of the `ApiKeyRepository` contract, each against a fresh implementation.
///
/// `fresh` returns the repository under test, a `CompanyRepository` over the same store (keys
/// belong to existing companies) and a guard that must outlive both (e.g. the test database;
/// `()` for the in-memory fake).
pub async fn api_key_repository_contract<K, C, G, F, Fut>(mut fresh: F)
where
    K: ApiKeyRepository,
    C: CompanyRepository,
    F: FnMut() -> Fut,
    Fut: Future<Output = (K, C, G)>,
{
    keys_need_an_existing_company(fresh().await).await;
    keys_are_found_by_hash_as_stored(fresh().await).await;
    revoked_and_expired_keys_are_still_found(fresh().await).await;
    revocation_is_idempotent(fresh().await).await;
    lists_are_per_company_newest_first(fresh().await).await;
    a_hash_is_stored_once(fresh().await).await;
}

async fn company<C: CompanyRepository>(companies: &C) -> Company {
    companies
        .create(NewCompany::new("Acme", BillingMode::Prepaid, 0).expect("valid company"))
        .await
        .expect("create company")
}

fn hash(seed: u8) -> KeyHash {
    KeyHasher::new(b"contract-pepper")
        .hash(&PresentedKey::generate(KeyEnvironment::Live, [seed; 32]))
}

fn at(year: i32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(year, 1, 1, 0, 0, 0)
        .single()
        .expect("valid date")
}

fn new_key(company: CompanyId, name: &str, seed: u8) -> NewApiKey {
    NewApiKey {
        company_id: company,
        name: name.to_owned(),
        scopes: vec![Scope::SourcingRead],
        expires_at: None,
        hash: hash(seed),
    }
}

async fn create<K: ApiKeyRepository>(keys: &K, key: NewApiKey) -> ApiKey {
    keys.create(key).await.expect("create key")
}

async fn keys_need_an_existing_company<K: ApiKeyRepository, C: CompanyRepository, G>(
    (keys, companies, _guard): (K, C, G),
) {
    company(&companies).await;
    let ghost = CompanyId::new_random();
    assert!(matches!(
        keys.create(new_key(ghost, "x", 1)).await,
        Err(RepositoryError::NotFound)
    ));
    assert!(keys.find_by_hash(hash(1)).await.unwrap().is_none());
    assert!(keys.list(ghost).await.unwrap().is_empty());
}

async fn keys_are_found_by_hash_as_stored<K: ApiKeyRepository, C: CompanyRepository, G>(
    (keys, companies, _guard): (K, C, G),
) {
    let acme = company(&companies).await;
    let created = create(
        &keys,
        NewApiKey {
            company_id: acme.id,
            name: "ci".into(),
            scopes: vec![Scope::SourcingRead, Scope::ReadBilling],
            expires_at: Some(at(2999)),
            hash: hash(9),
        },
    )
    .await;
    assert_eq!(created.company_id, acme.id);
    assert_eq!(created.name, "ci");
    assert_eq!(
        created.scopes,
        vec![Scope::SourcingRead, Scope::ReadBilling]
    );
    assert_eq!(created.hash, hash(9));
    assert_eq!(created.expires_at, Some(at(2999)));
    assert_eq!(created.revoked_at, None);
    assert!(created.is_usable_at(Utc::now()));

    assert_eq!(keys.find_by_hash(hash(9)).await.unwrap(), Some(created));
    assert_eq!(keys.find_by_hash(hash(8)).await.unwrap(), None);
}

async fn revoked_and_expired_keys_are_still_found<K: ApiKeyRepository, C: CompanyRepository, G>(
    (keys, companies, _guard): (K, C, G),
) {
    let acme = company(&companies).await;
    let expired = create(
        &keys,
        NewApiKey {
            expires_at: Some(at(2020)),
            ..new_key(acme.id, "old", 1)
        },
    )
    .await;
    let found = keys.find_by_hash(hash(1)).await.unwrap();
    assert_eq!(found.as_ref(), Some(&expired), "an expired key is returned");
    assert!(!expired.is_usable_at(Utc::now()));

    let revoked = create(&keys, new_key(acme.id, "leaked", 2)).await;
    let revoked = keys.revoke(revoked.id).await.unwrap();
    let found = keys.find_by_hash(hash(2)).await.unwrap();
    assert_eq!(found.as_ref(), Some(&revoked), "a revoked key is returned");
    assert!(found.is_some_and(|k| k.revoked_at.is_some() && !k.is_usable_at(Utc::now())));
}

async fn revocation_is_idempotent<K: ApiKeyRepository, C: CompanyRepository, G>(
    (keys, companies, _guard): (K, C, G),
) {
    let acme = company(&companies).await;
    let key = create(&keys, new_key(acme.id, "a", 1)).await;
    let bystander = create(&keys, new_key(acme.id, "b", 2)).await;

    let revoked = keys.revoke(key.id).await.unwrap();
    let first = revoked.revoked_at.expect("revoked_at is set");
    assert!(first >= key.created_at, "revoked after creation");
    assert_eq!(
        ApiKey {
            revoked_at: None,
            ..revoked
        },
        key,
        "revoking changes nothing else"
    );
    let again = keys.revoke(key.id).await.unwrap();
    assert_eq!(
        again.revoked_at,
        Some(first),
        "the first revocation time stays"
    );

    assert_eq!(
        keys.find_by_hash(hash(2)).await.unwrap(),
        Some(bystander),
        "other keys are untouched"
    );
    assert!(matches!(
        keys.revoke(ApiKeyId::new_random()).await,
        Err(RepositoryError::NotFound)
    ));
}

async fn lists_are_per_company_newest_first<K: ApiKeyRepository, C: CompanyRepository, G>(
    (keys, companies, _guard): (K, C, G),
) {
    let acme = company(&companies).await;
    let other = company(&companies).await;
    assert!(keys.list(acme.id).await.unwrap().is_empty());
    for (name, seed) in [("k1", 1), ("k2", 2), ("k3", 3)] {
        create(&keys, new_key(acme.id, name, seed)).await;
    }
    let theirs = create(&keys, new_key(other.id, "o1", 4)).await;
    let k2 = keys.find_by_hash(hash(2)).await.unwrap().unwrap();
    keys.revoke(k2.id).await.unwrap();

    let names = |list: Vec<ApiKey>| list.into_iter().map(|k| k.name).collect::<Vec<_>>();
    let mine = keys.list(acme.id).await.unwrap();
    assert!(mine.iter().all(|k| k.company_id == acme.id));
    assert_eq!(
        names(mine),
        ["k3", "k2", "k1"],
        "newest first, revoked included"
    );
    assert_eq!(keys.list(other.id).await.unwrap(), vec![theirs]);
    assert!(keys.list(CompanyId::new_random()).await.unwrap().is_empty());
}

async fn a_hash_is_stored_once<K: ApiKeyRepository, C: CompanyRepository, G>(
    (keys, companies, _guard): (K, C, G),
) {
    let acme = company(&companies).await;
    let other = company(&companies).await;
    let first = create(&keys, new_key(acme.id, "first", 5)).await;
    assert!(matches!(
        keys.create(new_key(other.id, "copy", 5)).await,
        Err(RepositoryError::Conflict(_))
    ));
    assert_eq!(keys.find_by_hash(hash(5)).await.unwrap(), Some(first));
    assert!(keys.list(other.id).await.unwrap().is_empty());
}
