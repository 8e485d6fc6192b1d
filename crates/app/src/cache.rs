//! Short-lived in-process caches that take the database off the hot read paths without ever
//! serving an answer older than their time to live (at most one second, the documented bound
//! across processes; writes made by this process invalidate at once).

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use sourcing_domain::api_key::{ApiKey, KeyHash, NewApiKey};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::{ApiKeyId, CompanyId};
use sourcing_domain::ports::ApiKeyRepository;

/// Longest time to live any cache may be configured with: the staleness bound the README
/// promises for changes made by another process.
pub const MAX_TTL: Duration = Duration::from_secs(1);

/// A cache entry: when its value was read, the value (`None`: removed, a tombstone), and
/// whether a caller is already refreshing it.
#[derive(Debug)]
struct Entry<V> {
    read_at: Instant,
    value: Option<V>,
    refreshing: bool,
}

/// What a lookup found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cached<V> {
    /// A value to serve as it is.
    Fresh(V),
    /// A value still within its ttl but past half of it: this caller (and only this one, until
    /// it inserts) should read the store again and insert what it read.
    Refresh(V),
    /// Nothing servable: read the store.
    Miss,
}

/// A bounded map whose entries are served only while younger than `ttl`. Removing a key
/// leaves a tombstone, so a read that started before the removal can never put the old value
/// back. Past half the ttl one caller refreshes an entry while the others keep being served,
/// so a key read steadily never expires under its readers (no stampede on the store).
#[derive(Debug)]
pub struct TtlCache<K, V> {
    ttl: Duration,
    capacity: usize,
    entries: Mutex<HashMap<K, Entry<V>>>,
}

impl<K: Eq + Hash + Clone, V: Clone> TtlCache<K, V> {
    /// A cache of at most `capacity` entries living `ttl` (capped at [`MAX_TTL`]; zero
    /// disables it).
    pub fn new(ttl: Duration, capacity: usize) -> Self {
        Self {
            ttl: ttl.min(MAX_TTL),
            capacity: capacity.max(1),
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// The value, if cached less than `ttl` ago (and not removed since).
    pub fn get(&self, key: &K) -> Option<V> {
        match self.lookup(key) {
            Cached::Fresh(value) | Cached::Refresh(value) => Some(value),
            Cached::Miss => None,
        }
    }

    /// The value and whether this caller should refresh it (see [`Cached`]).
    pub fn lookup(&self, key: &K) -> Cached<V> {
        if self.ttl.is_zero() {
            return Cached::Miss;
        }
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(entry) = entries.get_mut(key) else {
            return Cached::Miss;
        };
        let age = entry.read_at.elapsed();
        match &entry.value {
            Some(value) if age < self.ttl => {
                if age >= self.ttl / 2 && !entry.refreshing {
                    entry.refreshing = true;
                    Cached::Refresh(value.clone())
                } else {
                    Cached::Fresh(value.clone())
                }
            }
            _ => Cached::Miss,
        }
    }

    /// Remembers a value read from the store; `read_at` is when that read started, so a slow
    /// read neither stretches the bound nor overwrites a removal that happened meanwhile.
    pub fn insert(&self, key: K, value: V, read_at: Instant) {
        if self.ttl.is_zero() || read_at.elapsed() >= self.ttl {
            return;
        }
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(entry) = entries.get(&key)
            && (entry.read_at > read_at || (entry.value.is_none() && entry.read_at == read_at))
        {
            // a removal, or a newer read, came after this read started
            return;
        }
        if entries.len() >= self.capacity && !entries.contains_key(&key) {
            let ttl = self.ttl;
            entries.retain(|_, entry| entry.read_at.elapsed() < ttl);
            if entries.len() >= self.capacity {
                entries.clear();
            }
        }
        entries.insert(
            key,
            Entry {
                read_at,
                value: Some(value),
                refreshing: false,
            },
        );
    }

    /// Forgets a key at once (a write by this process); reads that started earlier cannot
    /// cache it again.
    pub fn remove(&self, key: &K) {
        if self.ttl.is_zero() {
            return;
        }
        self.entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(
                key.clone(),
                Entry {
                    read_at: Instant::now(),
                    value: None,
                    refreshing: false,
                },
            );
    }
}

/// The key store behind a short cache of `find_by_hash` answers (unknown keys included, so a
/// flood of bad keys costs one lookup per key per `ttl`); a revocation by this process evicts
/// the key at once.
pub struct CachedKeys<R> {
    inner: R,
    cache: TtlCache<KeyHash, Option<ApiKey>>,
}

impl<R> CachedKeys<R> {
    /// Wraps a key store.
    pub fn new(inner: R, ttl: Duration, capacity: usize) -> Self {
        Self {
            inner,
            cache: TtlCache::new(ttl, capacity),
        }
    }
}

impl<R: ApiKeyRepository> ApiKeyRepository for CachedKeys<R> {
    async fn create(&self, key: NewApiKey) -> Result<ApiKey, RepositoryError> {
        let hash = key.hash;
        let created = self.inner.create(key).await?;
        self.cache.remove(&hash);
        Ok(created)
    }

    async fn find_by_hash(&self, hash: KeyHash) -> Result<Option<ApiKey>, RepositoryError> {
        if let Cached::Fresh(found) = self.cache.lookup(&hash) {
            return Ok(found);
        }
        let read_at = Instant::now();
        let found = self.inner.find_by_hash(hash).await?;
        self.cache.insert(hash, found.clone(), read_at);
        Ok(found)
    }

    async fn revoke(&self, id: ApiKeyId) -> Result<ApiKey, RepositoryError> {
        let revoked = self.inner.revoke(id).await?;
        self.cache.remove(&revoked.hash);
        Ok(revoked)
    }

    async fn list(&self, company: CompanyId) -> Result<Vec<ApiKey>, RepositoryError> {
        self.inner.list(company).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_expire_and_the_ttl_is_capped() {
        let cache = TtlCache::new(Duration::from_millis(30), 10);
        cache.insert("a", 1, Instant::now());
        assert_eq!(cache.get(&"a"), Some(1));
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(cache.get(&"a"), None, "never served past its ttl");
        let capped: TtlCache<&str, i32> = TtlCache::new(Duration::from_secs(60), 10);
        assert_eq!(capped.ttl, MAX_TTL);
        let off = TtlCache::new(Duration::ZERO, 10);
        off.insert("a", 1, Instant::now());
        assert_eq!(off.get(&"a"), None);
    }

    #[test]
    fn a_full_cache_drops_old_entries_and_removal_is_immediate() {
        let cache = TtlCache::new(Duration::from_secs(1), 2);
        cache.insert(1, "one", Instant::now());
        cache.insert(2, "two", Instant::now());
        cache.insert(3, "three", Instant::now());
        assert!(cache.entries.lock().unwrap().len() <= 2);
        assert_eq!(cache.get(&3), Some("three"));
        cache.remove(&3);
        assert_eq!(cache.get(&3), None);
    }

    #[test]
    fn a_read_that_started_before_a_removal_cannot_bring_the_old_value_back() {
        let cache = TtlCache::new(Duration::from_secs(1), 10);
        let slow_read_started = Instant::now();
        std::thread::sleep(Duration::from_millis(2));
        cache.remove(&"run");
        cache.insert("run", "completed body", slow_read_started);
        assert_eq!(cache.get(&"run"), None);
        // a read started after the removal is cached normally
        cache.insert("run", "new body", Instant::now());
        assert_eq!(cache.get(&"run"), Some("new body"));
    }

    #[test]
    fn past_half_its_ttl_one_reader_refreshes_while_the_others_are_served() {
        let cache = TtlCache::new(Duration::from_millis(200), 10);
        cache.insert("run", "v1", Instant::now());
        assert_eq!(cache.lookup(&"run"), Cached::Fresh("v1"));
        std::thread::sleep(Duration::from_millis(110));
        assert_eq!(
            cache.lookup(&"run"),
            Cached::Refresh("v1"),
            "the first reader refreshes"
        );
        for _ in 0..5 {
            assert_eq!(
                cache.lookup(&"run"),
                Cached::Fresh("v1"),
                "the others are served"
            );
        }
        let refresh_started = Instant::now();
        cache.insert("run", "v2", refresh_started);
        assert_eq!(cache.lookup(&"run"), Cached::Fresh("v2"));
        // an older read finishing late cannot replace the newer value
        cache.insert(
            "run",
            "v0",
            refresh_started
                .checked_sub(Duration::from_millis(1))
                .unwrap(),
        );
        assert_eq!(cache.get(&"run"), Some("v2"));
    }

    #[test]
    fn a_refresh_that_never_comes_back_does_not_stretch_the_ttl() {
        let cache = TtlCache::new(Duration::from_millis(100), 10);
        cache.insert("key", 1, Instant::now());
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(cache.lookup(&"key"), Cached::Refresh(1));
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(
            cache.lookup(&"key"),
            Cached::Miss,
            "never served past its ttl"
        );
        cache.insert("key", 2, Instant::now());
        assert_eq!(
            cache.lookup(&"key"),
            Cached::Fresh(2),
            "the next read caches again"
        );
    }

    use std::sync::atomic::{AtomicUsize, Ordering};

    use chrono::Utc;
    use sourcing_domain::api_key::Scope;

    /// A key store that counts its lookups and answers one key.
    struct Counting {
        lookups: AtomicUsize,
        key: ApiKey,
    }

    impl ApiKeyRepository for Counting {
        async fn create(&self, _key: NewApiKey) -> Result<ApiKey, RepositoryError> {
            Ok(self.key.clone())
        }
        async fn find_by_hash(&self, hash: KeyHash) -> Result<Option<ApiKey>, RepositoryError> {
            self.lookups.fetch_add(1, Ordering::SeqCst);
            Ok((hash == self.key.hash).then(|| self.key.clone()))
        }
        async fn revoke(&self, _id: ApiKeyId) -> Result<ApiKey, RepositoryError> {
            let mut revoked = self.key.clone();
            revoked.revoked_at = Some(Utc::now());
            Ok(revoked)
        }
        async fn list(&self, _company: CompanyId) -> Result<Vec<ApiKey>, RepositoryError> {
            Ok(vec![])
        }
    }

    #[tokio::test]
    async fn repeated_lookups_hit_the_store_once_and_a_revocation_here_evicts_at_once() {
        let key = ApiKey {
            id: ApiKeyId::new_random(),
            company_id: CompanyId::new_random(),
            name: "k".into(),
            scopes: vec![Scope::SourcingRead],
            hash: KeyHash([7; 32]),
            expires_at: None,
            revoked_at: None,
            created_at: Utc::now(),
        };
        let cached = CachedKeys::new(
            Counting {
                lookups: AtomicUsize::new(0),
                key: key.clone(),
            },
            Duration::from_secs(1),
            100,
        );
        for _ in 0..100 {
            assert_eq!(
                cached.find_by_hash(key.hash).await.unwrap(),
                Some(key.clone())
            );
        }
        for _ in 0..10 {
            assert_eq!(cached.find_by_hash(KeyHash([1; 32])).await.unwrap(), None);
        }
        assert_eq!(
            cached.inner.lookups.load(Ordering::SeqCst),
            2,
            "one per hash"
        );
        cached.revoke(key.id).await.unwrap();
        cached.find_by_hash(key.hash).await.unwrap();
        assert_eq!(
            cached.inner.lookups.load(Ordering::SeqCst),
            3,
            "the revoked key is read again at once"
        );
    }
}
