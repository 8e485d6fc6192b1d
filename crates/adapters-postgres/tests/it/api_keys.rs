//! API key storage: hashes only. The port's rules (lookup by hash, idempotent revocation,
//! tenancy, …) are checked by the contract suite in `contracts.rs`.

use sourcing_adapters_postgres::PgApiKeyRepository;
use sourcing_domain::api_key::{KeyEnvironment, KeyHasher, NewApiKey, PresentedKey, Scope};
use sourcing_domain::company::BillingMode;
use sourcing_domain::ports::ApiKeyRepository;

use crate::support::{company, fixture};

#[tokio::test(flavor = "multi_thread")]
async fn secrets_are_never_stored() {
    let fx = fixture().await;
    let repo = PgApiKeyRepository::new(fx.pool.clone());
    let secret = PresentedKey::generate(KeyEnvironment::Live, [1; 32]);
    let hash = KeyHasher::new(b"p").hash(&secret);
    let acme = company(&fx.pool, BillingMode::Postpaid, 0).await;
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
