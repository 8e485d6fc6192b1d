//! Storage of API keys (hashes only).

use std::future::Future;

use crate::api_key::{ApiKey, KeyHash, NewApiKey};
use crate::errors::RepositoryError;
use crate::ids::{ApiKeyId, CompanyId};

/// Stores API keys by keyed hash; the secret itself never reaches the store.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait ApiKeyRepository: Send + Sync + 'static {
    /// Stores a new key; MUST return `NotFound` when the company does not exist.
    fn create(
        &self,
        key: NewApiKey,
    ) -> impl Future<Output = Result<ApiKey, RepositoryError>> + Send;

    /// Finds a key by its hash (the authentication lookup, before the company is known);
    /// MUST return revoked and expired keys too, so the caller decides.
    fn find_by_hash(
        &self,
        hash: KeyHash,
    ) -> impl Future<Output = Result<Option<ApiKey>, RepositoryError>> + Send;

    /// Revokes a key (an operator action); MUST be idempotent and return `NotFound` for an unknown id.
    fn revoke(&self, id: ApiKeyId) -> impl Future<Output = Result<ApiKey, RepositoryError>> + Send;

    /// Lists a company's keys, newest first.
    fn list(
        &self,
        company: CompanyId,
    ) -> impl Future<Output = Result<Vec<ApiKey>, RepositoryError>> + Send;
}
