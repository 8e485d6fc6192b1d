//! Shared set-up: a pool on a fresh database and a company in it.

use std::time::Duration;

use sourcing_adapters_postgres::{PgCompanyRepository, PgPool, build_pool};
use sourcing_domain::company::{BillingMode, Company, NewCompany};
use sourcing_domain::ports::CompanyRepository;
use sourcing_test_db::TestDb;

pub struct Fixture {
    pub pool: PgPool,
    // Dropped last: the database outlives the pool.
    pub db: TestDb,
}

pub async fn fixture() -> Fixture {
    let db = TestDb::new().await;
    let pool = build_pool(db.url(), 60, Duration::from_secs(10)).unwrap();
    Fixture { pool, db }
}

pub async fn company(pool: &PgPool, billing: BillingMode, credits: i64) -> Company {
    PgCompanyRepository::new(pool.clone())
        .create(NewCompany::new("Acme", billing, credits).unwrap())
        .await
        .unwrap()
}

/// A server on 127.0.0.1 that accepts every connection and never says a word (a database host
/// that hangs); returns its port and the task holding the connections (abort it when done).
pub async fn silent_server() -> (u16, tokio::task::JoinHandle<()>) {
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = silent.local_addr().unwrap().port();
    let held = tokio::spawn(async move {
        let mut open = Vec::new();
        while let Ok((socket, _)) = silent.accept().await {
            open.push(socket);
        }
    });
    (port, held)
}
