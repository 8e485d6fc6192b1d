//! Authentication and authorisation of API calls.

use crate::api_key::{KeyHasher, PresentedKey, Scope};
use crate::errors::RepositoryError;
use crate::ids::{ApiKeyId, CompanyId};
use crate::ports::{ApiKeyRepository, Clock};

/// The authenticated caller: one key of one company.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// Tenant every operation is scoped to.
    pub company_id: CompanyId,
    /// The key used (rate limits are per key).
    pub key_id: ApiKeyId,
    /// Scopes the key carries.
    pub scopes: Vec<Scope>,
}

impl Principal {
    /// Fails with `InsufficientScopes` unless the key carries exactly `scope`.
    pub fn require(&self, scope: Scope) -> Result<(), AuthError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(AuthError::InsufficientScopes { required: scope })
        }
    }
}

/// Why a call is refused before it reaches a use case.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    /// Missing, malformed, unknown, expired or revoked key (deliberately not told apart).
    #[error("unauthorized")]
    Unauthorized,
    /// Valid key without the route's scope.
    #[error("missing scope {required}")]
    InsufficientScopes {
        /// The scope the route needs.
        required: Scope,
    },
    /// The key store failed.
    #[error(transparent)]
    Repository(#[from] RepositoryError),
}

/// Turns an `Authorization` header into a [`Principal`].
pub struct Authenticator<K, C> {
    keys: K,
    clock: C,
    hasher: KeyHasher,
}

impl<K: ApiKeyRepository, C: crate::ports::Clock> Authenticator<K, C> {
    /// An authenticator over a key store, a clock and the server's key hasher.
    pub fn new(keys: K, clock: C, hasher: KeyHasher) -> Self {
        Self {
            keys,
            clock,
            hasher,
        }
    }

    /// Authenticates a raw `Authorization` header value (`Bearer sk_…`).
    pub async fn authenticate(&self, header: Option<&str>) -> Result<Principal, AuthError> {
        let token = header
            .and_then(bearer_token)
            .ok_or(AuthError::Unauthorized)?;
        let presented = PresentedKey::parse(token).map_err(|_| AuthError::Unauthorized)?;
        let hash = self.hasher.hash(&presented);
        let key = self
            .keys
            .find_by_hash(hash)
            .await?
            .filter(|key| key.hash.ct_eq(&hash))
            .ok_or(AuthError::Unauthorized)?;
        if !key.is_usable_at(Clock::now(&self.clock)) {
            return Err(AuthError::Unauthorized);
        }
        Ok(Principal {
            company_id: key.company_id,
            key_id: key.id,
            scopes: key.scopes,
        })
    }

    /// The hasher, for issuing keys with the same pepper.
    pub fn hasher(&self) -> &KeyHasher {
        &self.hasher
    }
}

/// Extracts the token of a `Bearer` credential (scheme case-insensitive, one space).
fn bearer_token(header: &str) -> Option<&str> {
    let (scheme, token) = header.split_once(' ')?;
    if scheme.eq_ignore_ascii_case("bearer") && !token.is_empty() {
        Some(token.trim())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api_key::{ApiKey, KeyEnvironment, KeyHash};
    use crate::ports::{MockApiKeyRepository, MockClock};
    use chrono::{Duration, Utc};

    fn stored(hash: KeyHash) -> ApiKey {
        let now = Utc::now();
        ApiKey {
            id: ApiKeyId::new_random(),
            company_id: CompanyId::new_random(),
            name: "k".into(),
            scopes: vec![Scope::SourcingRead],
            hash,
            expires_at: Some(now + Duration::hours(1)),
            revoked_at: None,
            created_at: now,
        }
    }

    fn clock_at(offset: Duration) -> MockClock {
        let mut clock = MockClock::new();
        clock.expect_now().returning(move || Utc::now() + offset);
        clock
    }

    #[tokio::test]
    async fn valid_key_yields_principal_and_scopes_are_exact() {
        let hasher = KeyHasher::new(b"p");
        let key = PresentedKey::generate(KeyEnvironment::Live, [3; 32]);
        let record = stored(hasher.hash(&key));
        let expected_company = record.company_id;
        let mut keys = MockApiKeyRepository::new();
        keys.expect_find_by_hash().times(1).returning(move |_| {
            let record = record.clone();
            Box::pin(async move { Ok(Some(record)) })
        });
        let auth = Authenticator::new(keys, clock_at(Duration::zero()), hasher);
        let header = format!("Bearer {}", key.reveal());
        let principal = auth.authenticate(Some(&header)).await.unwrap();
        assert_eq!(principal.company_id, expected_company);
        assert!(principal.require(Scope::SourcingRead).is_ok());
        assert!(matches!(
            principal.require(Scope::SourcingWrite),
            Err(AuthError::InsufficientScopes {
                required: Scope::SourcingWrite
            })
        ));
    }

    #[tokio::test]
    async fn malformed_or_missing_headers_never_hit_the_store() {
        let mut keys = MockApiKeyRepository::new();
        keys.expect_find_by_hash().times(0);
        let auth = Authenticator::new(keys, clock_at(Duration::zero()), KeyHasher::new(b"p"));
        let long = format!("Bearer sk_live_{}", "a".repeat(10_000));
        for header in [
            None,
            Some(""),
            Some("Basic abc"),
            Some("Bearer "),
            Some("Bearer sk_live_zz"),
            Some(long.as_str()),
        ] {
            assert!(
                matches!(
                    auth.authenticate(header).await,
                    Err(AuthError::Unauthorized)
                ),
                "{header:?}"
            );
        }
    }

    #[tokio::test]
    async fn unknown_expired_and_revoked_keys_are_unauthorized() {
        let hasher = KeyHasher::new(b"p");
        let key = PresentedKey::generate(KeyEnvironment::Live, [4; 32]);
        let header = format!("Bearer {}", key.reveal());

        let mut unknown = MockApiKeyRepository::new();
        unknown
            .expect_find_by_hash()
            .returning(|_| Box::pin(async { Ok(None) }));
        let auth = Authenticator::new(unknown, clock_at(Duration::zero()), hasher.clone());
        assert!(matches!(
            auth.authenticate(Some(&header)).await,
            Err(AuthError::Unauthorized)
        ));

        let record = stored(hasher.hash(&key));
        let mut expired = MockApiKeyRepository::new();
        let r = record.clone();
        expired.expect_find_by_hash().returning(move |_| {
            let r = r.clone();
            Box::pin(async move { Ok(Some(r)) })
        });
        let auth = Authenticator::new(expired, clock_at(Duration::hours(2)), hasher.clone());
        assert!(matches!(
            auth.authenticate(Some(&header)).await,
            Err(AuthError::Unauthorized)
        ));

        let mut revoked_record = record;
        revoked_record.revoked_at = Some(Utc::now());
        let mut revoked = MockApiKeyRepository::new();
        revoked.expect_find_by_hash().returning(move |_| {
            let r = revoked_record.clone();
            Box::pin(async move { Ok(Some(r)) })
        });
        let auth = Authenticator::new(revoked, clock_at(Duration::zero()), hasher);
        assert!(matches!(
            auth.authenticate(Some(&header)).await,
            Err(AuthError::Unauthorized)
        ));
    }

    #[tokio::test]
    async fn store_failure_is_not_reported_as_unauthorized() {
        let mut keys = MockApiKeyRepository::new();
        keys.expect_find_by_hash().returning(|_| {
            Box::pin(async { Err(RepositoryError::Unavailable(anyhow::anyhow!("down"))) })
        });
        let auth = Authenticator::new(keys, clock_at(Duration::zero()), KeyHasher::new(b"p"));
        let key = PresentedKey::generate(KeyEnvironment::Test, [5; 32]);
        let header = format!("bearer {}", key.reveal());
        assert!(matches!(
            auth.authenticate(Some(&header)).await,
            Err(AuthError::Repository(_))
        ));
    }
}
