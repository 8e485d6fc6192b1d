//! `ApiKeyRepository` on Postgres: only keyed hashes are stored.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use sourcing_domain::api_key::{ApiKey, KeyHash, NewApiKey, Scope};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::{ApiKeyId, CompanyId};
use sourcing_domain::ports::{ApiKeyRepository, Clock, SystemClock};
use uuid::Uuid;

use crate::errors::{map_diesel, map_pool};
use crate::pool::PgPool;
use crate::schema::api_keys;

/// Row of `api_keys`.
#[derive(Debug, Queryable, Selectable, Insertable)]
#[diesel(table_name = api_keys)]
pub struct ApiKeyRow {
    /// Primary key.
    pub id: Uuid,
    /// Owning company.
    pub company_id: Uuid,
    /// Label.
    pub name: String,
    /// Exact scope strings.
    pub scopes: Vec<String>,
    /// HMAC of the secret.
    pub key_hash: Vec<u8>,
    /// Expiry.
    pub expires_at: Option<DateTime<Utc>>,
    /// Revocation time.
    pub revoked_at: Option<DateTime<Utc>>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
}

impl TryFrom<ApiKeyRow> for ApiKey {
    type Error = RepositoryError;
    fn try_from(row: ApiKeyRow) -> Result<Self, Self::Error> {
        let corrupt = |what: &str| {
            RepositoryError::Other(anyhow::anyhow!("corrupt api_keys row {}: {what}", row.id))
        };
        let hash: [u8; 32] = row
            .key_hash
            .as_slice()
            .try_into()
            .map_err(|_| corrupt("hash length"))?;
        let scopes = row
            .scopes
            .iter()
            .map(|s| s.parse::<Scope>())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| corrupt("scope"))?;
        Ok(ApiKey {
            id: ApiKeyId(row.id),
            company_id: CompanyId(row.company_id),
            name: row.name,
            scopes,
            hash: KeyHash(hash),
            expires_at: row.expires_at,
            revoked_at: row.revoked_at,
            created_at: row.created_at,
        })
    }
}

/// API keys stored in Postgres.
#[derive(Clone)]
pub struct PgApiKeyRepository {
    pool: PgPool,
    clock: Arc<dyn Clock>,
}

impl PgApiKeyRepository {
    /// A repository over a shared pool, stamping creation and revocation with the system clock.
    pub fn new(pool: PgPool) -> Self {
        Self {
            pool,
            clock: Arc::new(SystemClock),
        }
    }

    /// The same repository stamping creation and revocation with `clock`.
    #[must_use]
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }
}

impl ApiKeyRepository for PgApiKeyRepository {
    async fn create(&self, key: NewApiKey) -> Result<ApiKey, RepositoryError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let row = ApiKeyRow {
            id: Uuid::new_v4(),
            company_id: key.company_id.0,
            name: key.name,
            scopes: key.scopes.iter().map(|s| s.as_str().to_owned()).collect(),
            key_hash: key.hash.0.to_vec(),
            expires_at: key.expires_at,
            revoked_at: None,
            created_at: now,
        };
        diesel::insert_into(api_keys::table)
            .values(&row)
            .returning(ApiKeyRow::as_returning())
            .get_result(&mut conn)
            .await
            .map_err(map_diesel)?
            .try_into()
    }

    async fn find_by_hash(&self, hash: KeyHash) -> Result<Option<ApiKey>, RepositoryError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        api_keys::table
            .filter(api_keys::key_hash.eq(hash.0.to_vec()))
            .select(ApiKeyRow::as_select())
            .first(&mut conn)
            .await
            .optional()
            .map_err(map_diesel)?
            .map(ApiKey::try_from)
            .transpose()
    }

    async fn revoke(&self, id: ApiKeyId) -> Result<ApiKey, RepositoryError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        // COALESCE keeps the first revocation time: revoking twice is a no-op.
        diesel::update(api_keys::table.find(id.0))
            .set(
                api_keys::revoked_at.eq(diesel::dsl::sql::<
                    diesel::sql_types::Nullable<diesel::sql_types::Timestamptz>,
                >("COALESCE(revoked_at, ")
                .bind::<diesel::sql_types::Timestamptz, _>(now)
                .sql(")")),
            )
            .returning(ApiKeyRow::as_returning())
            .get_result(&mut conn)
            .await
            .map_err(map_diesel)?
            .try_into()
    }

    async fn list(&self, company: CompanyId) -> Result<Vec<ApiKey>, RepositoryError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        api_keys::table
            .filter(api_keys::company_id.eq(company.0))
            .order(api_keys::created_at.desc())
            .select(ApiKeyRow::as_select())
            .load(&mut conn)
            .await
            .map_err(map_diesel)?
            .into_iter()
            .map(ApiKey::try_from)
            .collect()
    }
}
