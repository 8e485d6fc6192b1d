//! `spawn_app` and helpers to create companies and keys directly in the store.

use chrono::{DateTime, Utc};
use rand::RngCore;
use serde_json::Value;
use sourcing_adapters_postgres::{PgApiKeyRepository, PgCompanyRepository, PgPool, build_pool};
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

pub async fn spawn_app(overrides: &[&str]) -> TestApp {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let db = TestDb::new().await;
    let base_layer = format!(
        "[server]\nbind = \"127.0.0.1:0\"\nworkers = 1\nshutdown_timeout_secs = 0\n[database]\nurl = \"{}\"\npool_size = 8\n",
        db.url()
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
