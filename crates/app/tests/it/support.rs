//! `spawn_app` and helpers to create companies and keys directly in the store.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use rand::RngCore;
use serde_json::Value;
use sourcing_adapters_postgres::{PgApiKeyRepository, PgCompanyRepository, PgPool, build_pool};
use sourcing_adapters_search::LocalPeopleSearch;
use sourcing_app::config::Config;
use sourcing_app::startup::Application;
use sourcing_domain::api_key::{KeyEnvironment, KeyHasher, NewApiKey, PresentedKey, Scope};
use sourcing_domain::company::{BillingMode, Company, NewCompany};
use sourcing_domain::ids::ApiKeyId;
use sourcing_domain::ports::{ApiKeyRepository, CompanyRepository};
use sourcing_test_db::TestDb;

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub pool: PgPool,
    pub config: Config,
    pub _db: TestDb,
}

pub struct IssuedKey {
    pub id: ApiKeyId,
    pub secret: String,
}

/// The first profiles of the committed corpus, written once per process to a temp file, so
/// app tests load a realistic but small index.
pub fn corpus_sample() -> &'static Path {
    static SAMPLE: OnceLock<PathBuf> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/corpus/people.jsonl");
        let text = std::fs::read_to_string(&corpus).expect("the committed corpus");
        let sample: String = text
            .lines()
            .take(CORPUS_SAMPLE)
            .map(|l| format!("{l}\n"))
            .collect();
        let path =
            std::env::temp_dir().join(format!("sourcing-corpus-{}.jsonl", uuid::Uuid::new_v4()));
        std::fs::write(&path, sample).unwrap();
        path
    })
}

/// Profiles in the app tests' corpus sample.
pub const CORPUS_SAMPLE: usize = 3000;

/// A local index over the corpus sample, for fake index servers.
pub fn sample_index() -> LocalPeopleSearch {
    LocalPeopleSearch::from_path(corpus_sample()).unwrap()
}

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
        client: reqwest::Client::builder().build().unwrap(),
        pool,
        config,
        _db: db,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn company(&self, billing: BillingMode, credits: i64) -> Company {
        PgCompanyRepository::new(self.pool.clone())
            .create(NewCompany::new("Test Co", billing, credits).unwrap())
            .await
            .unwrap()
    }

    pub async fn key_with(
        &self,
        company: &Company,
        scopes: &[Scope],
        expires_at: Option<DateTime<Utc>>,
    ) -> IssuedKey {
        let mut random = [0u8; 32];
        rand::rng().fill_bytes(&mut random);
        let secret = PresentedKey::generate(KeyEnvironment::Live, random);
        let hasher = KeyHasher::new(self.config.security.key_pepper.expose().as_bytes());
        let stored = PgApiKeyRepository::new(self.pool.clone())
            .create(NewApiKey {
                company_id: company.id,
                name: "test".into(),
                scopes: scopes.to_vec(),
                expires_at,
                hash: hasher.hash(&secret),
            })
            .await
            .unwrap();
        IssuedKey {
            id: stored.id,
            secret: secret.reveal().to_owned(),
        }
    }

    pub async fn post_run(&self, key: &IssuedKey, body: &Value) -> reqwest::Response {
        self.client
            .post(self.url("/sourcing"))
            .bearer_auth(&key.secret)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn results(&self, key: &IssuedKey, id: &str) -> reqwest::Response {
        self.client
            .get(self.url(&format!("/sourcing/{id}/results")))
            .bearer_auth(&key.secret)
            .send()
            .await
            .unwrap()
    }

    /// Polls the results until the run leaves `processing` (deadline 60 s).
    pub async fn wait_finished(&self, key: &IssuedKey, id: &str) -> Value {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let response = self.results(key, id).await;
            let status = response.status().as_u16();
            let body: Value = response.json().await.unwrap();
            if status == 200 {
                assert_ne!(body["status"], "processing");
                return body;
            }
            assert_eq!(status, 202, "{body}");
            assert_eq!(body["status"], "processing");
            assert!(
                std::time::Instant::now() < deadline,
                "run {id} still processing"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    /// Runs a SQL query returning one bigint.
    pub async fn count(&self, sql: &str) -> i64 {
        use diesel_async::RunQueryDsl;
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let mut conn = self.pool.get().await.unwrap();
        diesel::sql_query(sql)
            .get_result::<Count>(&mut conn)
            .await
            .unwrap()
            .n
    }

    /// Runs SQL statements (DDL for fault injection) on the test database.
    pub async fn execute(&self, sql: &str) {
        use diesel_async::SimpleAsyncConnection;
        let mut conn = self.pool.get().await.unwrap();
        conn.batch_execute(sql).await.unwrap();
    }

    pub async fn balance(&self, company: &Company) -> i64 {
        self.count(&format!(
            "SELECT balance AS n FROM companies WHERE id = '{}'",
            company.id
        ))
        .await
    }

    pub async fn key(&self, company: &Company) -> IssuedKey {
        self.key_with(company, &Scope::ALL, None).await
    }
}

/// Asserts the contract's error body and returns it.
pub async fn expect_error(response: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status().as_u16(), status, "status");
    assert!(
        response.headers().contains_key("x-request-id"),
        "x-request-id on errors"
    );
    let content_type = response
        .headers()
        .get("content-type")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "{content_type}"
    );
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["success"], Value::Bool(false), "{body}");
    assert_eq!(
        body["error"]["code"],
        Value::String(code.to_owned()),
        "{body}"
    );
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    let ts = body["timestamp"].as_str().unwrap();
    assert!(
        DateTime::parse_from_rfc3339(ts).is_ok() && ts.ends_with('Z') && ts.len() == 24,
        "{ts}"
    );
    body
}
