//! API keys: exact scope strings, the secret's format, and its keyed hash.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::ids::{ApiKeyId, CompanyId};

/// A permission a key can carry; the wire names are exact strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// `sourcing:write`: start and patch runs.
    SourcingWrite,
    /// `sourcing:read`: read run results.
    SourcingRead,
    /// `enrich:write`: enrichment and card rendering.
    EnrichWrite,
    /// `read:webhooks`: list and read webhooks.
    ReadWebhooks,
    /// `write:webhooks`: manage webhooks.
    WriteWebhooks,
    /// `read:billing`: read usage and balance.
    ReadBilling,
}

impl Scope {
    /// Every scope, in a stable order.
    pub const ALL: [Scope; 6] = [
        Scope::SourcingWrite,
        Scope::SourcingRead,
        Scope::EnrichWrite,
        Scope::ReadWebhooks,
        Scope::WriteWebhooks,
        Scope::ReadBilling,
    ];

    /// The exact wire string.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::SourcingWrite => "sourcing:write",
            Scope::SourcingRead => "sourcing:read",
            Scope::EnrichWrite => "enrich:write",
            Scope::ReadWebhooks => "read:webhooks",
            Scope::WriteWebhooks => "write:webhooks",
            Scope::ReadBilling => "read:billing",
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for a scope string that is not one of the exact names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown scope `{0}`")]
pub struct UnknownScope(pub String);

impl FromStr for Scope {
    type Err = UnknownScope;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Scope::ALL
            .into_iter()
            .find(|scope| scope.as_str() == s)
            .ok_or_else(|| UnknownScope(s.to_owned()))
    }
}

/// Whether a key is for production or testing; only the prefix differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyEnvironment {
    /// `sk_live_` keys.
    Live,
    /// `sk_test_` keys.
    Test,
}

impl KeyEnvironment {
    fn prefix(self) -> &'static str {
        match self {
            KeyEnvironment::Live => "sk_live_",
            KeyEnvironment::Test => "sk_test_",
        }
    }
}

/// Number of hex characters in a key's secret part (256 bits).
const SECRET_HEX_LEN: usize = 64;

/// A syntactically valid API key as presented by a client (never logged).
#[derive(Clone, PartialEq, Eq)]
pub struct PresentedKey(String);

impl fmt::Debug for PresentedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PresentedKey(***)")
    }
}

/// Error for a bearer token that cannot be one of our keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("malformed API key")]
pub struct MalformedKey;

impl PresentedKey {
    /// Checks the shape (`sk_live_`/`sk_test_` + 64 lower-case hex) without any lookup.
    pub fn parse(token: &str) -> Result<Self, MalformedKey> {
        let secret = token
            .strip_prefix(KeyEnvironment::Live.prefix())
            .or_else(|| token.strip_prefix(KeyEnvironment::Test.prefix()))
            .ok_or(MalformedKey)?;
        let well_formed = secret.len() == SECRET_HEX_LEN
            && secret
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if well_formed {
            Ok(Self(token.to_owned()))
        } else {
            Err(MalformedKey)
        }
    }

    /// Builds a new key from 32 random bytes supplied by the caller.
    pub fn generate(env: KeyEnvironment, random: [u8; 32]) -> Self {
        Self(format!("{}{}", env.prefix(), hex::encode(random)))
    }

    /// The full secret, to show once at creation.
    pub fn reveal(&self) -> &str {
        &self.0
    }
}

/// Keyed hash of a key secret; the only form that is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyHash(pub [u8; 32]);

impl KeyHash {
    /// Compares two hashes in constant time.
    pub fn ct_eq(&self, other: &KeyHash) -> bool {
        self.0.ct_eq(&other.0).into()
    }
}

/// Derives stored key hashes with a server-side secret (a "pepper").
#[derive(Clone)]
pub struct KeyHasher {
    pepper: Vec<u8>,
}

impl fmt::Debug for KeyHasher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("KeyHasher(***)")
    }
}

impl KeyHasher {
    /// A hasher keyed with the server's pepper.
    pub fn new(pepper: &[u8]) -> Self {
        Self {
            pepper: pepper.to_vec(),
        }
    }

    /// HMAC-SHA256 of the key under the pepper.
    pub fn hash(&self, key: &PresentedKey) -> KeyHash {
        // HMAC accepts keys of any length, so construction cannot fail.
        let mut mac = match Hmac::<Sha256>::new_from_slice(&self.pepper) {
            Ok(mac) => mac,
            Err(_) => unreachable_hmac(),
        };
        mac.update(key.0.as_bytes());
        KeyHash(mac.finalize().into_bytes().into())
    }
}

#[cold]
fn unreachable_hmac() -> ! {
    unreachable!("HMAC-SHA256 accepts keys of every length")
}

/// A stored API key as the store returns it (the secret itself is never stored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    /// Record id.
    pub id: ApiKeyId,
    /// Owning company.
    pub company_id: CompanyId,
    /// Human label.
    pub name: String,
    /// Exact scopes granted.
    pub scopes: Vec<Scope>,
    /// Keyed hash of the secret.
    pub hash: KeyHash,
    /// After this instant the key is rejected.
    pub expires_at: Option<DateTime<Utc>>,
    /// Set once the key is revoked.
    pub revoked_at: Option<DateTime<Utc>>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
}

impl ApiKey {
    /// Whether the key may be used at `now`.
    pub fn is_usable_at(&self, now: DateTime<Utc>) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|exp| now < exp)
    }

    /// Whether the key carries exactly this scope.
    pub fn has_scope(&self, scope: Scope) -> bool {
        self.scopes.contains(&scope)
    }
}

/// Input for issuing a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApiKey {
    /// Owning company.
    pub company_id: CompanyId,
    /// Human label.
    pub name: String,
    /// Scopes, deduplicated and sorted.
    pub scopes: Vec<Scope>,
    /// Optional expiry.
    pub expires_at: Option<DateTime<Utc>>,
    /// Keyed hash of the generated secret.
    pub hash: KeyHash,
}

/// Parses a comma-separated scope list, rejecting unknown names and empty lists.
pub fn parse_scopes(list: &str) -> Result<Vec<Scope>, UnknownScope> {
    let mut scopes = list
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(Scope::from_str)
        .collect::<Result<Vec<_>, _>>()?;
    if scopes.is_empty() {
        return Err(UnknownScope(String::new()));
    }
    scopes.sort();
    scopes.dedup();
    Ok(scopes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn scopes_are_exact_strings() {
        for scope in Scope::ALL {
            assert_eq!(scope.as_str().parse::<Scope>(), Ok(scope));
        }
        assert!("sourcing:*".parse::<Scope>().is_err());
        assert!("SOURCING:WRITE".parse::<Scope>().is_err());
        assert_eq!(
            parse_scopes("read:billing, sourcing:read,read:billing").unwrap(),
            vec![Scope::SourcingRead, Scope::ReadBilling]
        );
        assert!(parse_scopes(" , ").is_err());
    }

    #[test]
    fn key_shape_is_checked_before_lookup() {
        let key = PresentedKey::generate(KeyEnvironment::Live, [7; 32]);
        assert!(key.reveal().starts_with("sk_live_"));
        assert_eq!(key.reveal().len(), 8 + 64);
        assert!(PresentedKey::parse(key.reveal()).is_ok());
        assert!(PresentedKey::parse(&key.reveal().to_uppercase()).is_err());
        assert!(PresentedKey::parse("sk_live_abc").is_err());
        assert!(PresentedKey::parse(&format!("pk_live_{}", "a".repeat(64))).is_err());
        assert!(PresentedKey::parse(&format!("sk_test_{}", "0".repeat(64))).is_ok());
        assert!(PresentedKey::parse(&"a".repeat(10_000)).is_err());
    }

    #[test]
    fn hash_depends_on_pepper_and_key() {
        let key = PresentedKey::generate(KeyEnvironment::Live, [1; 32]);
        let other = PresentedKey::generate(KeyEnvironment::Live, [2; 32]);
        let a = KeyHasher::new(b"pepper-a");
        let b = KeyHasher::new(b"pepper-b");
        assert!(a.hash(&key).ct_eq(&a.hash(&key)));
        assert!(!a.hash(&key).ct_eq(&b.hash(&key)));
        assert!(!a.hash(&key).ct_eq(&a.hash(&other)));
        assert!(!format!("{key:?}").contains(key.reveal()));
    }

    #[test]
    fn usability_respects_expiry_and_revocation() {
        let now = Utc::now();
        let mut key = ApiKey {
            id: ApiKeyId::new_random(),
            company_id: CompanyId::new_random(),
            name: "k".into(),
            scopes: vec![Scope::ReadBilling],
            hash: KeyHash([0; 32]),
            expires_at: Some(now + Duration::seconds(1)),
            revoked_at: None,
            created_at: now,
        };
        assert!(key.is_usable_at(now));
        assert!(!key.is_usable_at(now + Duration::seconds(1)));
        key.expires_at = None;
        assert!(key.is_usable_at(now + Duration::days(9999)));
        key.revoked_at = Some(now);
        assert!(!key.is_usable_at(now));
        assert!(key.has_scope(Scope::ReadBilling));
        assert!(!key.has_scope(Scope::SourcingRead));
    }
}
