//! Starts the real server as the app's own tests do (`crates/app/tests/it/support.rs`), and
//! issues companies and keys directly in the store.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rand::RngCore;
use sourcing_adapters_postgres::{PgApiKeyRepository, PgCompanyRepository, PgPool, build_pool};
use sourcing_app::config::Config;
use sourcing_app::startup::Application;
use sourcing_client::Client;
use sourcing_domain::api_key::{KeyEnvironment, KeyHasher, NewApiKey, PresentedKey, Scope};
use sourcing_domain::company::{BillingMode, Company, NewCompany};
use sourcing_domain::ports::{ApiKeyRepository, CompanyRepository};
use sourcing_test_db::TestDb;

/// A running server and its database.
pub struct TestApp {
    pub base: String,
    pub pool: PgPool,
    pub config: Config,
    pub _db: TestDb,
}

/// The first 3000 profiles of the committed corpus, written once per process to a temp file.
fn corpus_sample() -> &'static Path {
    static SAMPLE: OnceLock<PathBuf> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/corpus/people.jsonl");
        let text = std::fs::read_to_string(&corpus).expect("the committed corpus");
        let sample: String = text.lines().take(3000).map(|l| format!("{l}\n")).collect();
        let path = std::env::temp_dir().join(format!(
            "sourcing-client-corpus-{}-{}.jsonl",
            std::process::id(),
            rand::rng().next_u64()
        ));
        std::fs::write(&path, sample).unwrap();
        path
    })
}

/// Starts the server with the test layer plus `overrides` (TOML layers, later wins).
pub async fn spawn_app(overrides: &[&str]) -> TestApp {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let db = TestDb::new().await;
    let base_layer = format!(
        "[server]\nbind = \"127.0.0.1:0\"\nworkers = 1\nshutdown_timeout_secs = 0\n[database]\nurl = \"{}\"\npool_size = 12\n\
         [search]\ncorpus = \"{}\"\nmodel = \"{}\"\n\
         [worker]\nconcurrency = 2\nlease_secs = 5\npoll_interval_ms = 100\nbackoff_base_ms = 50\nbackoff_max_ms = 200\n\
         [enrichment]\ncompanies = \"{}\"\n",
        db.url(),
        corpus_sample().display(),
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/model/minilm-static-256.bin")
            .display(),
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/corpus/companies.jsonl")
            .display()
    );
    let mut layers = vec![base_layer.as_str()];
    layers.extend_from_slice(overrides);
    let config = Config::load_with(&layers).unwrap();
    let app = Application::build(config.clone()).await.unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let pool = build_pool(db.url(), 4, std::time::Duration::from_secs(5)).unwrap();
    TestApp {
        base,
        pool,
        config,
        _db: db,
    }
}

impl TestApp {
    /// A new company.
    pub async fn company(&self, billing: BillingMode, credits: i64) -> Company {
        PgCompanyRepository::new(self.pool.clone())
            .create(NewCompany::new("Client Co", billing, credits).unwrap())
            .await
            .unwrap()
    }

    /// A key of `company` with `scopes`, as its secret.
    pub async fn key_with(&self, company: &Company, scopes: &[Scope]) -> String {
        let mut random = [0u8; 32];
        rand::rng().fill_bytes(&mut random);
        let secret = PresentedKey::generate(KeyEnvironment::Live, random);
        let hasher = KeyHasher::new(self.config.security.key_pepper.expose().as_bytes());
        PgApiKeyRepository::new(self.pool.clone())
            .create(NewApiKey {
                company_id: company.id,
                name: "client test".into(),
                scopes: scopes.to_vec(),
                expires_at: None,
                hash: hasher.hash(&secret),
            })
            .await
            .unwrap();
        secret.reveal().to_owned()
    }

    /// A client with a new all-scopes key of `company`.
    pub async fn client(&self, company: &Company) -> Client {
        let key = self.key_with(company, &Scope::ALL).await;
        Client::new(&self.base, key).unwrap()
    }
}
