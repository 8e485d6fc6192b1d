//! API key storage: hashes only, lookup by hash, idempotent revocation.

use chrono::{Duration, Utc};
use sourcing_adapters_postgres::{PgApiKeyRepository, PgCompanyRepository};
use sourcing_domain::api_key::{KeyEnvironment, KeyHasher, NewApiKey, PresentedKey, Scope};
use sourcing_domain::company::BillingMode;
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::{ApiKeyId, CompanyId};
use sourcing_domain::ports::{ApiKeyRepository, CompanyRepository};

use crate::support::{company, fixture};

#[tokio::test(flavor = "multi_thread")]
async fn keys_are_found_by_hash_and_revoked_once() {
    let fx = fixture().await;
    let acme = company(&fx.pool, BillingMode::Prepaid, 0).await;
    let repo = PgApiKeyRepository::new(fx.pool.clone());
    let hasher = KeyHasher::new(b"pepper");
    let secret = PresentedKey::generate(KeyEnvironment::Live, [9; 32]);
    let created = repo
        .create(NewApiKey {
            company_id: acme.id,
            name: "ci".into(),
            scopes: vec![Scope::SourcingRead, Scope::ReadBilling],
            expires_at: Some(Utc::now() + Duration::days(1)),
            hash: hasher.hash(&secret),
        })
        .await
        .unwrap();
    let found = repo
        .find_by_hash(hasher.hash(&secret))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.id, created.id);
    assert_eq!(found.scopes, vec![Scope::SourcingRead, Scope::ReadBilling]);
    assert!(found.revoked_at.is_none());

    let other = PresentedKey::generate(KeyEnvironment::Live, [8; 32]);
    assert!(
        repo.find_by_hash(hasher.hash(&other))
            .await
            .unwrap()
            .is_none()
    );

    let revoked = repo.revoke(created.id).await.unwrap();
    let first_time = revoked.revoked_at.unwrap();
    let again = repo.revoke(created.id).await.unwrap();
    assert_eq!(again.revoked_at, Some(first_time));
    assert!(matches!(
        repo.revoke(ApiKeyId::new_random()).await,
        Err(RepositoryError::NotFound)
    ));
    assert_eq!(repo.list(acme.id).await.unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn keys_need_an_existing_company_and_secrets_are_never_stored() {
    let fx = fixture().await;
    let repo = PgApiKeyRepository::new(fx.pool.clone());
    let secret = PresentedKey::generate(KeyEnvironment::Live, [1; 32]);
    let hash = KeyHasher::new(b"p").hash(&secret);
    let missing = repo
        .create(NewApiKey {
            company_id: CompanyId::new_random(),
            name: "x".into(),
            scopes: vec![Scope::ReadBilling],
            expires_at: None,
            hash,
        })
        .await;
    assert!(matches!(missing, Err(RepositoryError::NotFound)));

    let acme = PgCompanyRepository::new(fx.pool.clone())
        .create(sourcing_domain::company::NewCompany::new("A", BillingMode::Postpaid, 0).unwrap())
        .await
        .unwrap();
    repo.create(NewApiKey {
        company_id: acme.id,
        name: "x".into(),
        scopes: vec![Scope::ReadBilling],
        expires_at: None,
        hash,
    })
    .await
    .unwrap();
    // A dump of the table does not contain the secret.
    use diesel::prelude::*;
    use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
    #[derive(QueryableByName)]
    struct Dump {
        #[diesel(sql_type = diesel::sql_types::Text)]
        dump: String,
    }
    let mut conn = AsyncPgConnection::establish(fx.db.url()).await.unwrap();
    let dump: Dump = diesel::sql_query("SELECT string_agg(t::text, '|') AS dump FROM api_keys t")
        .get_result(&mut conn)
        .await
        .unwrap();
    assert!(!dump.dump.contains(secret.reveal()));
    assert!(!dump.dump.contains(&secret.reveal()[8..]));
}
