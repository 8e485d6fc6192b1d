//! Layered configuration: compiled-in defaults, an optional file, then the environment.

use std::fmt;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::Deserialize;
use sourcing_domain::webhooks::RetryPolicy;

/// The compiled-in defaults (`config/default.toml`).
pub const DEFAULT_TOML: &str = include_str!("../../../config/default.toml");

/// A secret string whose `Debug` never shows the value.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    /// The secret value, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Every setting of the service.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// HTTP server.
    pub server: ServerConfig,
    /// Postgres.
    pub database: DatabaseConfig,
    /// Key hashing.
    pub security: SecurityConfig,
    /// Per-key, per-endpoint request limits.
    pub rate_limits: RateLimitConfig,
    /// Logging.
    pub log: LogConfig,
    /// People index.
    pub search: SearchConfig,
    /// Sourcing pipeline.
    pub pipeline: PipelineConfig,
    /// Background workers.
    pub worker: WorkerConfig,
    /// Webhook delivery.
    pub webhooks: WebhooksConfig,
    /// Email discovery.
    pub enrichment: EnrichmentConfig,
    /// In-process read caches.
    pub cache: CacheConfig,
    /// The Prometheus scrape endpoint.
    pub metrics: MetricsConfig,
}

/// `GET /metrics` settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsConfig {
    /// Bearer token a scraper must present; empty leaves the endpoint open (bind it privately).
    pub token: Secret,
}

/// In-process read caches (verified keys, completed results).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CacheConfig {
    /// How long an answer may be served from memory, in milliseconds (0-1000; 0 disables):
    /// the bound on how stale another process's change can look here.
    pub ttl_ms: u64,
    /// Most entries per cache.
    pub capacity: usize,
}

/// Which email-discovery backend enriches profiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EnrichmentBackend {
    /// Company email patterns from a JSON Lines file, in process.
    Local,
    /// A People-Data-Labs-style enrich API.
    Http,
}

/// Email discovery settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrichmentConfig {
    /// Backend.
    pub backend: EnrichmentBackend,
    /// Companies with their observed email patterns (local backend).
    pub companies: PathBuf,
    /// Base URL of the provider (http backend).
    pub url: String,
    /// The provider's API key (http backend).
    pub api_key: Secret,
    /// Time budget of one profile, in milliseconds (the contract's 10 s).
    pub item_timeout_ms: u64,
}

/// Webhook delivery settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhooksConfig {
    /// Allows `http` URLs and loopback/private addresses (development and tests only).
    pub allow_insecure_urls: bool,
    /// Waits between attempts, in milliseconds (`5000,300000,1800000`).
    #[serde(deserialize_with = "delays_ms")]
    pub retry_delays_ms: String,
    /// 64 hex characters keying the encryption of secrets and header values at rest; empty
    /// derives a key from `security.key_pepper`.
    pub encryption_key: Secret,
}

/// Accepts the delay list as a string (`"5000,300000"`), one number, or a TOML array, since an
/// environment variable with a single value arrives as a number.
fn delays_ms<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Delays {
        Text(String),
        One(u64),
        List(Vec<u64>),
    }
    Ok(match Delays::deserialize(d)? {
        Delays::Text(text) => text,
        Delays::One(ms) => ms.to_string(),
        Delays::List(list) => list
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(","),
    })
}

impl WebhooksConfig {
    /// The retry schedule (validated at load).
    pub fn retry_policy(&self) -> Result<RetryPolicy, String> {
        RetryPolicy::parse_millis(&self.retry_delays_ms)
    }

    /// The 32-byte key sealing webhook secrets: the configured one, or one derived from the
    /// key pepper (so a development setup works without another secret).
    pub fn encryption_key(&self, pepper: &Secret) -> Result<[u8; 32], String> {
        let configured = self.encryption_key.expose().trim();
        if configured.is_empty() {
            use hmac::Mac;
            let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(pepper.expose().as_bytes())
                .map_err(|e| e.to_string())?;
            mac.update(b"sourcing webhooks encryption key v1");
            return Ok(mac.finalize().into_bytes().into());
        }
        let bytes = hex::decode(configured).map_err(|_| "must be 64 hex characters".to_owned())?;
        bytes
            .try_into()
            .map_err(|_| "must be 64 hex characters".to_owned())
    }
}

/// Which people index backs the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SearchBackend {
    /// In-process index over a JSON Lines corpus.
    Local,
    /// Elasticsearch-compatible HTTP index.
    Http,
}

/// People index settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchConfig {
    /// Backend.
    pub backend: SearchBackend,
    /// Corpus path (local).
    pub corpus: PathBuf,
    /// Folder of the on-disk index (local); empty keeps the index in memory.
    pub index_dir: PathBuf,
    /// Text-embedding model of matching by meaning.
    pub model: PathBuf,
    /// Whether passes run the `meaning` rung after the ladder (local backend: its index holds
    /// the vectors).
    pub meaning: bool,
    /// Whether a title no list names counts as the role when it means it.
    pub meaning_title: bool,
    /// Whether the score has its `meaning` component.
    pub meaning_score: bool,
    /// Whether a candidate whose title is clearly another field's by meaning is held back.
    pub meaning_guard: bool,
    /// Base URL (http).
    pub url: String,
    /// Per-attempt timeout.
    pub timeout_ms: u64,
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// Backoff base.
    pub backoff_base_ms: u64,
    /// Retry-After cap.
    pub max_retry_after_ms: u64,
    /// Failures that open the breaker.
    pub breaker_failure_threshold: u32,
    /// Breaker cool-down.
    pub breaker_cool_down_ms: u64,
}

/// Pipeline settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PipelineConfig {
    /// Minimum delivered match score.
    pub min_match_score: u8,
    /// Search size per requested candidate.
    pub search_multiplier: u32,
    /// Retention of runs, in days.
    pub retention_days: i64,
    /// Radius around the ad's city that retrieval widens to and scoring credits, in km.
    pub nearby_radius_km: u32,
}

/// Background worker settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkerConfig {
    /// Whether `serve` runs workers too.
    pub run_in_serve: bool,
    /// Concurrent tasks.
    pub concurrency: usize,
    /// Task lease.
    pub lease_secs: u64,
    /// Poll fallback.
    pub poll_interval_ms: u64,
    /// Retry backoff base.
    pub backoff_base_ms: u64,
    /// Retry backoff cap.
    pub backoff_max_ms: u64,
}

/// HTTP server settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
    /// Listen address.
    pub bind: SocketAddr,
    /// Largest JSON body accepted.
    pub body_limit_bytes: usize,
    /// Time a body may take to arrive once its handler reads it (a stalled one gets 408).
    pub body_timeout_ms: u64,
    /// Worker threads (0 = per core).
    pub workers: usize,
    /// Graceful shutdown wait.
    pub shutdown_timeout_secs: u64,
}

/// Database settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseConfig {
    /// Postgres URL (may hold a password: never logged).
    pub url: Secret,
    /// Pool size.
    pub pool_size: usize,
    /// Pool wait/connect timeout.
    pub connect_timeout_ms: u64,
}

/// Key hashing settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecurityConfig {
    /// HMAC key for stored API-key hashes.
    pub key_pepper: Secret,
}

/// Requests per minute per API key, for each limited endpoint.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateLimitConfig {
    /// `POST /sourcing`.
    pub create_run: NonZeroU32,
    /// `PATCH /sourcing/{id}`.
    pub patch_run: NonZeroU32,
    /// `GET /sourcing/{id}/results`.
    pub get_run_results: NonZeroU32,
    /// `POST /sourcing/enrich`.
    pub create_enrichment: NonZeroU32,
    /// `GET /sourcing/enrich/{id}/results`.
    pub get_enrichment_results: NonZeroU32,
    /// `POST /sourcing/render-html`.
    pub render_html: NonZeroU32,
    /// `GET /billing/usage`.
    pub billing_usage: NonZeroU32,
    /// `POST /webhooks/{id}/test` (each call is an outbound request).
    pub test_webhook: NonZeroU32,
    /// Failed authentications (401) per client address, whatever the route; beyond it 429.
    pub failed_auth_per_ip: NonZeroU32,
}

impl DatabaseConfig {
    /// How long a connection may take to be made (and a request to wait for one).
    pub fn connect_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_millis(self.connect_timeout_ms)
    }
}

impl ServerConfig {
    /// What a handler may read of a request body: its size and its time.
    pub fn body_limits(&self) -> crate::http::body::BodyLimits {
        crate::http::body::BodyLimits {
            bytes: self.body_limit_bytes,
            timeout: std::time::Duration::from_millis(self.body_timeout_ms),
        }
    }
}

/// Log output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Pretty,
    /// One JSON object per line.
    Json,
}

/// Logging settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogConfig {
    /// Output format.
    pub format: LogFormat,
    /// Default filter directive.
    pub level: String,
}

/// Why the configuration cannot be used; the message names the key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A value could not be read or has the wrong type.
    #[error("invalid configuration: {0}")]
    Invalid(String),
    /// The file named by `SOURCING_CONFIG` cannot be read or is not TOML.
    #[error("invalid configuration: SOURCING_CONFIG file `{path}`: {problem}")]
    File {
        /// The file as named.
        path: PathBuf,
        /// Why it cannot be used (the OS error, or the TOML syntax error with its line).
        problem: String,
    },
    /// A value is well-typed but out of range.
    #[error("invalid configuration: `{key}` {problem}")]
    OutOfRange {
        /// Dotted key (`server.body_limit_bytes`).
        key: &'static str,
        /// What is wrong.
        problem: &'static str,
    },
}

impl Config {
    /// Loads defaults, `SOURCING_CONFIG`, `SOURCING__*` and `DATABASE_URL` from the process.
    pub fn load() -> Result<Config, ConfigError> {
        let file = std::env::var_os("SOURCING_CONFIG")
            .filter(|name| !name.is_empty())
            .map(PathBuf::from);
        Self::load_file(file.as_deref())
    }

    /// Loads defaults, then `file` (what `SOURCING_CONFIG` names) if any, then `SOURCING__*` and
    /// `DATABASE_URL`; a missing, unreadable or malformed file is an error naming it.
    pub fn load_file(file: Option<&Path>) -> Result<Config, ConfigError> {
        if let Some(path) = file {
            check_file(path)?;
        }
        Self::figment(file.map(Path::to_path_buf))
            .extract::<Config>()
            .map_err(describe)
            .and_then(Config::validated)
    }

    /// Loads with extra TOML layers on top, last wins (tests use it for per-test overrides).
    pub fn load_with(overrides: &[&str]) -> Result<Config, ConfigError> {
        overrides
            .iter()
            .fold(Self::figment(None), |figment, layer| {
                figment.merge(Toml::string(layer))
            })
            .extract::<Config>()
            .map_err(describe)
            .and_then(Config::validated)
    }

    fn figment(file: Option<PathBuf>) -> Figment {
        let mut figment = Figment::new().merge(Toml::string(DEFAULT_TOML));
        if let Some(path) = file {
            figment = figment.merge(Toml::file_exact(path));
        }
        figment = figment.merge(Env::prefixed("SOURCING__").split("__").lowercase(true));
        if let Ok(url) = std::env::var("DATABASE_URL") {
            // `Serialized::default`, not a bare tuple: a tuple lands in figment's "global"
            // profile, which would beat every later layer (the tests' overrides included).
            figment = figment.merge(Serialized::default("database.url", url));
        }
        figment
    }

    fn validated(self) -> Result<Config, ConfigError> {
        let checks = self
            .search_checks()
            .into_iter()
            .chain(self.runtime_checks());
        for (ok, key, problem) in checks {
            if !ok {
                return Err(ConfigError::OutOfRange { key, problem });
            }
        }
        self.service_checks()?;
        Ok(self)
    }

    /// The people index and the pipeline: (holds, key, what it must be).
    fn search_checks(&self) -> Vec<(bool, &'static str, &'static str)> {
        let http_needs_url = self.search.backend != SearchBackend::Http
            || self.search.url.starts_with("http://")
            || self.search.url.starts_with("https://");
        vec![
            (
                http_needs_url,
                "search.url",
                "must be an http(s) URL when search.backend = \"http\"",
            ),
            (
                self.search.timeout_ms >= 1,
                "search.timeout_ms",
                "must be positive",
            ),
            (
                self.search.breaker_failure_threshold >= 1,
                "search.breaker_failure_threshold",
                "must be at least 1",
            ),
            (
                self.pipeline.min_match_score <= 100,
                "pipeline.min_match_score",
                "must be 0-100",
            ),
            (
                (1..=25).contains(&self.pipeline.search_multiplier),
                "pipeline.search_multiplier",
                "must be 1-25",
            ),
            (
                (1..=500).contains(&self.pipeline.nearby_radius_km),
                "pipeline.nearby_radius_km",
                "must be 1-500",
            ),
            (
                self.pipeline.retention_days >= 1,
                "pipeline.retention_days",
                "must be at least 1",
            ),
        ]
    }

    /// Workers, server, database and security: (holds, key, what it must be).
    fn runtime_checks(&self) -> Vec<(bool, &'static str, &'static str)> {
        let worker = &self.worker;
        vec![
            (
                self.worker.concurrency >= 1,
                "worker.concurrency",
                "must be at least 1",
            ),
            // 0 would make idle workers poll the database in a busy loop.
            (
                (10..=3_600_000).contains(&worker.poll_interval_ms),
                "worker.poll_interval_ms",
                "must be 10-3600000 (10 ms to an hour)",
            ),
            // 0 would let every other worker take a running task at once.
            (
                (1..=86_400).contains(&worker.lease_secs),
                "worker.lease_secs",
                "must be 1-86400 (a second to a day)",
            ),
            // 0 would retry a failing task at once, in a loop, until its attempts run out.
            (
                (1..=86_400_000).contains(&worker.backoff_base_ms),
                "worker.backoff_base_ms",
                "must be 1-86400000 (1 ms to a day)",
            ),
            (
                (worker.backoff_base_ms..=86_400_000).contains(&worker.backoff_max_ms),
                "worker.backoff_max_ms",
                "must be at least worker.backoff_base_ms and at most 86400000 (a day)",
            ),
            (
                self.server.body_limit_bytes >= 1024,
                "server.body_limit_bytes",
                "must be at least 1024",
            ),
            (
                (100..=600_000).contains(&self.server.body_timeout_ms),
                "server.body_timeout_ms",
                "must be between 100 and 600000",
            ),
            (
                self.database.pool_size >= 1,
                "database.pool_size",
                "must be at least 1",
            ),
            (
                self.database.connect_timeout_ms >= 1,
                "database.connect_timeout_ms",
                "must be positive",
            ),
            (
                self.security.key_pepper.expose().len() >= 16,
                "security.key_pepper",
                "must be at least 16 characters",
            ),
            (
                self.database.url.expose().starts_with("postgres://")
                    || self.database.url.expose().starts_with("postgresql://"),
                "database.url",
                "must be a postgres:// URL",
            ),
        ]
    }

    /// Logging, caches, enrichment and webhooks.
    fn service_checks(&self) -> Result<(), ConfigError> {
        crate::telemetry::env_filter(None, &self.log.level)
            .map_err(|e| ConfigError::Invalid(e.to_string()))?;
        if self.cache.ttl_ms > 1000 {
            return Err(ConfigError::OutOfRange {
                key: "cache.ttl_ms",
                problem: "must be 0-1000 (the staleness bound across processes is one second)",
            });
        }
        if self.cache.capacity == 0 {
            return Err(ConfigError::OutOfRange {
                key: "cache.capacity",
                problem: "must be at least 1",
            });
        }
        let enrichment_url_ok = self.enrichment.backend != EnrichmentBackend::Http
            || self.enrichment.url.starts_with("http://")
            || self.enrichment.url.starts_with("https://");
        if !enrichment_url_ok {
            return Err(ConfigError::OutOfRange {
                key: "enrichment.url",
                problem: "must be an http(s) URL when enrichment.backend = \"http\"",
            });
        }
        if !(100..=60_000).contains(&self.enrichment.item_timeout_ms) {
            return Err(ConfigError::OutOfRange {
                key: "enrichment.item_timeout_ms",
                problem: "must be 100-60000",
            });
        }
        if let Err(problem) = self.webhooks.retry_policy() {
            return Err(ConfigError::Invalid(format!(
                "`webhooks.retry_delays_ms` {problem}"
            )));
        }
        if let Err(problem) = self.webhooks.encryption_key(&self.security.key_pepper) {
            return Err(ConfigError::Invalid(format!(
                "`webhooks.encryption_key` {problem}"
            )));
        }
        Ok(())
    }
}

/// Makes sure the file exists, is readable and is TOML, so these errors name it (figment's
/// own say only "No such file or directory" or the line of the syntax error).
fn check_file(path: &Path) -> Result<(), ConfigError> {
    let problem = |problem: String| ConfigError::File {
        path: path.to_path_buf(),
        problem,
    };
    let text = std::fs::read_to_string(path).map_err(|e| problem(e.to_string()))?;
    Figment::from(Toml::string(&text))
        .extract::<figment::value::Dict>()
        .map_err(|e| problem(format!("not valid TOML: {}", e.kind)))?;
    Ok(())
}

fn describe(err: figment::Error) -> ConfigError {
    let messages: Vec<String> = err
        .into_iter()
        .map(|e| {
            let key = e.path.join(".");
            let mut message = e.kind.to_string();
            if let Some(file) = e
                .metadata
                .as_ref()
                .and_then(|m| m.source.as_ref())
                .and_then(|source| source.file_path())
            {
                message.push_str(&format!(" (in {})", file.display()));
            }
            if key.is_empty() {
                message
            } else {
                format!("`{key}`: {message}")
            }
        })
        .collect();
    ConfigError::Invalid(messages.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_load_and_are_valid() {
        let config = Config::load_with(&[]).unwrap();
        assert_eq!(config.server.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(config.rate_limits.create_run.get(), 10);
        assert_eq!(config.server.body_limit_bytes, 256 * 1024);
        assert!(!format!("{config:?}").contains("dev-only-pepper"));
    }

    #[test]
    fn bad_values_name_their_key() {
        let err = Config::load_with(&["[server]\nbind = \"nonsense\""])
            .unwrap_err()
            .to_string();
        assert!(err.contains("server.bind"), "{err}");
        let err = Config::load_with(&["[rate_limits]\ncreate_run = 0"])
            .unwrap_err()
            .to_string();
        assert!(err.contains("rate_limits.create_run"), "{err}");
        let err = Config::load_with(&["[security]\nkey_pepper = \"short\""])
            .unwrap_err()
            .to_string();
        assert!(err.contains("security.key_pepper"), "{err}");
        let err = Config::load_with(&["[server]\nbogus = 1"])
            .unwrap_err()
            .to_string();
        assert!(err.contains("bogus"), "{err}");
    }

    #[test]
    fn zero_or_inverted_worker_durations_and_a_bad_log_level_are_refused() {
        for (layer, key) in [
            ("[worker]\npoll_interval_ms = 0", "worker.poll_interval_ms"),
            ("[worker]\npoll_interval_ms = 9", "worker.poll_interval_ms"),
            ("[worker]\nlease_secs = 0", "worker.lease_secs"),
            ("[worker]\nbackoff_base_ms = 0", "worker.backoff_base_ms"),
            (
                "[worker]\nbackoff_base_ms = 500\nbackoff_max_ms = 100",
                "worker.backoff_max_ms",
            ),
            ("[log]\nlevel = \"sourcing=loud\"", "log.level"),
            (
                "[rate_limits]\nfailed_auth_per_ip = 0",
                "rate_limits.failed_auth_per_ip",
            ),
        ] {
            let err = Config::load_with(&[layer]).unwrap_err().to_string();
            assert!(err.contains(key), "{layer}: {err}");
        }
        let config = Config::load_with(&[
            "[worker]\npoll_interval_ms = 10\nlease_secs = 1\nbackoff_base_ms = 5\nbackoff_max_ms = 5",
        ])
        .unwrap();
        assert_eq!(config.worker.poll_interval_ms, 10);
    }

    /// A fresh file under the temp dir holding `text`.
    fn temp_toml(text: &str) -> PathBuf {
        let path = std::env::temp_dir().join(format!("sourcing-{}.toml", uuid::Uuid::new_v4()));
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn errors_about_the_config_file_name_it() {
        let missing = std::env::temp_dir().join(format!("missing-{}.toml", uuid::Uuid::new_v4()));
        let err = Config::load_file(Some(&missing)).unwrap_err().to_string();
        assert!(err.contains(&missing.display().to_string()), "{err}");
        assert!(err.contains("SOURCING_CONFIG"), "{err}");

        let broken = temp_toml("[server\nworkers = 3\n");
        let err = Config::load_file(Some(&broken)).unwrap_err().to_string();
        assert!(err.contains(&broken.display().to_string()), "{err}");
        assert!(err.contains("line 1"), "{err}");

        let mistyped = temp_toml("[worker]\nlease_secs = \"soon\"\n");
        let err = Config::load_file(Some(&mistyped)).unwrap_err().to_string();
        assert!(err.contains("worker.lease_secs"), "{err}");
        assert!(err.contains(&mistyped.display().to_string()), "{err}");

        let fine = temp_toml("[server]\nworkers = 3\n");
        assert_eq!(Config::load_file(Some(&fine)).unwrap().server.workers, 3);
        for path in [broken, mistyped, fine] {
            let _ = std::fs::remove_file(path);
        }
    }

    #[test]
    fn retry_delays_take_a_list_a_number_or_an_array_and_refuse_garbage() {
        for (layer, expected) in [
            (
                "[webhooks]\nretry_delays_ms = \"100, 200,400\"",
                vec![100, 200, 400],
            ),
            ("[webhooks]\nretry_delays_ms = 250", vec![250]),
            ("[webhooks]\nretry_delays_ms = [10, 20]", vec![10, 20]),
        ] {
            let config = Config::load_with(&[layer]).unwrap();
            let delays: Vec<u128> = config
                .webhooks
                .retry_policy()
                .unwrap()
                .delays
                .iter()
                .map(|d| d.as_millis())
                .collect();
            assert_eq!(delays, expected, "{layer}");
        }
        for bad in ["\"\"", "\"5000,x\"", "0", "\"-5\""] {
            let err = Config::load_with(&[&format!("[webhooks]\nretry_delays_ms = {bad}")])
                .unwrap_err()
                .to_string();
            assert!(err.contains("webhooks.retry_delays_ms"), "{bad}: {err}");
        }
        let err = Config::load_with(&["[webhooks]\nencryption_key = \"abc\""])
            .unwrap_err()
            .to_string();
        assert!(err.contains("webhooks.encryption_key"), "{err}");
    }
}
