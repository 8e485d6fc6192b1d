use sourcing_domain::api_key::{ApiKey, KeyHash, NewApiKey};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::{ApiKeyId, CompanyId};
use sourcing_domain::ports::ApiKeyRepository;

use super::{InMemoryCompanyRepository, Shared, now};

/// In-memory `ApiKeyRepository` for the companies of an [`InMemoryCompanyRepository`].
#[derive(Debug, Clone)]
pub struct InMemoryApiKeyRepository {
    store: Shared,
}

impl InMemoryApiKeyRepository {
    /// The key store of these companies (shares their store).
    pub fn new(companies: &InMemoryCompanyRepository) -> Self {
        Self {
            store: companies.store.clone(),
        }
    }
}

impl ApiKeyRepository for InMemoryApiKeyRepository {
    async fn create(&self, key: NewApiKey) -> Result<ApiKey, RepositoryError> {
        let mut store = self.store.lock();
        if !store.companies.contains_key(&key.company_id) {
            return Err(RepositoryError::NotFound);
        }
        if store.api_keys.iter().any(|k| k.hash == key.hash) {
            return Err(RepositoryError::Conflict("duplicate key hash".to_owned()));
        }
        let created = ApiKey {
            id: ApiKeyId::new_random(),
            company_id: key.company_id,
            name: key.name,
            scopes: key.scopes,
            hash: key.hash,
            expires_at: key.expires_at,
            revoked_at: None,
            created_at: now(),
        };
        store.api_keys.push(created.clone());
        Ok(created)
    }

    async fn find_by_hash(&self, hash: KeyHash) -> Result<Option<ApiKey>, RepositoryError> {
        Ok(self
            .store
            .lock()
            .api_keys
            .iter()
            .find(|k| k.hash.ct_eq(&hash))
            .cloned())
    }

    async fn revoke(&self, id: ApiKeyId) -> Result<ApiKey, RepositoryError> {
        let mut store = self.store.lock();
        let key = store
            .api_keys
            .iter_mut()
            .find(|k| k.id == id)
            .ok_or(RepositoryError::NotFound)?;
        // The first revocation time stays: revoking twice is a no-op.
        key.revoked_at.get_or_insert_with(now);
        Ok(key.clone())
    }

    async fn list(&self, company: CompanyId) -> Result<Vec<ApiKey>, RepositoryError> {
        // Newest first; among equal timestamps the later-created key first.
        let mut keys: Vec<ApiKey> = self
            .store
            .lock()
            .api_keys
            .iter()
            .rev()
            .filter(|k| k.company_id == company)
            .cloned()
            .collect();
        keys.sort_by_key(|k| std::cmp::Reverse(k.created_at));
        Ok(keys)
    }
}
