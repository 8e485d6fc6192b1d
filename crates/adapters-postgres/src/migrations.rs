//! The embedded migrations and their advisory-locked runner.

use std::time::Duration;

use anyhow::Context;
use diesel::connection::SimpleConnection;
use diesel_async::AsyncPgConnection;
use diesel_async::async_connection_wrapper::AsyncConnectionWrapper;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

/// Every migration in `migrations/`, compiled into the binary.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations");

/// Advisory lock id that serialises concurrent `migrate` runs.
const MIGRATION_LOCK: i64 = 0x50_75_72_63_69_6e_67;

/// Connects within `timeout`: a server that accepts the TCP connection and never answers the
/// handshake would otherwise hold `migrate` (and `serve --migrate`) forever.
async fn connect(url: &str, timeout: Duration, what: &str) -> anyhow::Result<AsyncPgConnection> {
    use diesel_async::AsyncConnection;
    match tokio::time::timeout(timeout, AsyncPgConnection::establish(url)).await {
        Ok(connected) => connected.with_context(|| format!("connecting to {what}")),
        Err(_) => anyhow::bail!(
            "connecting to {what}: no answer within {} ms (database.connect_timeout_ms)",
            timeout.as_millis()
        ),
    }
}

/// Applies pending migrations under an advisory lock; returns the versions applied. The
/// connection must be made within `connect_timeout`; the lock then waits for another `migrate`.
pub async fn run_pending(url: &str, connect_timeout: Duration) -> anyhow::Result<Vec<String>> {
    let conn = connect(url, connect_timeout, "the database to migrate").await?;
    tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<String>> {
        let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::from(conn);
        conn.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))
            .context("taking the migration lock")?;
        let applied = conn
            .run_pending_migrations(MIGRATIONS)
            .map(|versions| versions.iter().map(ToString::to_string).collect::<Vec<_>>())
            .map_err(|e| anyhow::anyhow!("running migrations: {e}"));
        let unlocked = conn.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"));
        let applied = applied?;
        unlocked.context("releasing the migration lock")?;
        Ok(applied)
    })
    .await
    .context("migration thread panicked")?
}

/// Splits `postgres://…/name?opts` into the maintenance URL (`…/postgres?opts`) and the name.
fn maintenance_url(url: &str) -> anyhow::Result<(String, String)> {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let (server, name) = base
        .rsplit_once('/')
        .filter(|(server, name)| {
            server.contains("://") && !server.ends_with('/') && !name.is_empty()
        })
        .context("database.url has no database name")?;
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        anyhow::bail!("database name `{name}` must be letters, digits, `_` or `-`");
    }
    let mut admin = format!("{server}/postgres");
    if let Some(q) = query {
        admin.push('?');
        admin.push_str(q);
    }
    Ok((admin, name.to_owned()))
}

/// Creates the database named in `url` when it does not exist yet; true when it was created.
pub async fn create_database_if_missing(
    url: &str,
    connect_timeout: Duration,
) -> anyhow::Result<bool> {
    use diesel::sql_types::{Bool, Text};
    use diesel_async::{RunQueryDsl, SimpleAsyncConnection};

    #[derive(diesel::QueryableByName)]
    struct Exists {
        #[diesel(sql_type = Bool)]
        exists: bool,
    }
    let (admin, name) = maintenance_url(url)?;
    let mut conn = connect(&admin, connect_timeout, "the server's `postgres` database").await?;
    let found: Exists =
        diesel::sql_query("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS exists")
            .bind::<Text, _>(&name)
            .get_result(&mut conn)
            .await
            .context("checking for the database")?;
    if found.exists {
        return Ok(false);
    }
    conn.batch_execute(&format!("CREATE DATABASE \"{name}\""))
        .await
        .with_context(|| format!("creating database {name}"))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maintenance_url_keeps_server_and_options() {
        let (admin, name) =
            maintenance_url("postgres://u:p@h:5432/sourcing?sslmode=disable").unwrap();
        assert_eq!(admin, "postgres://u:p@h:5432/postgres?sslmode=disable");
        assert_eq!(name, "sourcing");
        assert!(maintenance_url("postgres://h:5432/").is_err());
        assert!(maintenance_url("postgres://h/x;drop").is_err());
    }
}
