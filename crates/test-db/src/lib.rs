//! Test-only: every test gets its own database, cloned from a template migrated once.
//!
//! The template name carries a hash of `migrations/`, so a changed migration builds a new one.
//! Creation is serialised across processes with a Postgres advisory lock (nextest runs each
//! test in its own process).

#![allow(
    clippy::expect_used,
    reason = "test support: a missing database is a fatal setup error"
)]

use diesel::connection::SimpleConnection;
use diesel_async::async_connection_wrapper::AsyncConnectionWrapper;
use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

/// The migrations that ship, applied to the template.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations");

const LOCK_ID: i64 = 0x5eed_7e57;

/// The server's maintenance database URL (`TEST_DATABASE_URL`, else local trust auth).
pub fn admin_url() -> String {
    std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

fn with_database(url: &str, db: &str) -> String {
    match url.rfind('/') {
        Some(pos) => format!("{}/{}", &url[..pos], db),
        None => format!("{url}/{db}"),
    }
}

fn template_name() -> String {
    format!("sourcing_tmpl_{}", env!("SOURCING_MIGRATIONS_HASH"))
}

/// A database that exists for the life of this value.
pub struct TestDb {
    name: String,
    url: String,
}

impl TestDb {
    /// Creates a fresh database from the migrated template.
    pub async fn new() -> TestDb {
        let admin = admin_url();
        let mut conn = AsyncPgConnection::establish(&admin).await.expect(
            "connect to the Postgres maintenance database (is Postgres running? see `make db-up`)",
        );
        let template = template_name();
        ensure_template(&mut conn, &admin, &template).await;
        let name = format!("sourcing_test_{}", uuid::Uuid::new_v4().simple());
        conn.batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
            .await
            .expect("create test database");
        TestDb {
            url: with_database(&admin, &name),
            name,
        }
    }

    /// Connection URL of this test's database.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Name of this test's database.
    pub fn name(&self) -> &str {
        &self.name
    }
}

async fn ensure_template(conn: &mut AsyncPgConnection, admin: &str, template: &str) {
    conn.batch_execute(&format!("SELECT pg_advisory_lock({LOCK_ID})"))
        .await
        .expect("advisory lock");
    let exists = database_exists(conn, template).await;
    if !exists {
        let building = format!("{template}_building");
        conn.batch_execute(&format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"))
            .await
            .expect("drop half-built template");
        conn.batch_execute(&format!("CREATE DATABASE {building}"))
            .await
            .expect("create template");
        let url = with_database(admin, &building);
        tokio::task::spawn_blocking(move || {
            let mut c = AsyncConnectionWrapper::<AsyncPgConnection>::establish_blocking(&url);
            SimpleConnection::batch_execute(&mut c, "SET client_min_messages = warning")
                .expect("configure migration connection");
            c.run_pending_migrations(MIGRATIONS)
                .expect("run migrations on the template");
        })
        .await
        .expect("migration thread");
        conn.batch_execute(&format!(
            "ALTER DATABASE {building} RENAME TO {template}; ALTER DATABASE {template} WITH IS_TEMPLATE true"
        ))
        .await
        .expect("publish template");
    }
    conn.batch_execute(&format!("SELECT pg_advisory_unlock({LOCK_ID})"))
        .await
        .expect("advisory unlock");
}

async fn database_exists(conn: &mut AsyncPgConnection, name: &str) -> bool {
    use diesel::prelude::*;
    use diesel::sql_types::{Bool, Text};
    use diesel_async::RunQueryDsl;
    #[derive(QueryableByName)]
    struct Exists {
        #[diesel(sql_type = Bool)]
        exists: bool,
    }
    diesel::sql_query("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS exists")
        .bind::<Text, _>(name)
        .get_result::<Exists>(conn)
        .await
        .expect("query pg_database")
        .exists
}

trait EstablishBlocking {
    fn establish_blocking(url: &str) -> Self;
}

impl EstablishBlocking for AsyncConnectionWrapper<AsyncPgConnection> {
    fn establish_blocking(url: &str) -> Self {
        use diesel::Connection;
        <Self as Connection>::establish(url).expect("connect to the template database")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let admin = admin_url();
        let name = self.name.clone();
        // A fresh thread with its own runtime: Drop may run inside or outside a runtime.
        let dropper = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async move {
                if let Ok(mut conn) = AsyncPgConnection::establish(&admin).await {
                    let _ = conn
                        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                }
            });
        });
        let _ = dropper.join();
    }
}
