//! `OperationsStats` on Postgres: grouped counts and sums over the tables (no row scan in Rust)
//! and the task queue's own count, read in one read-only snapshot.

use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use sourcing_domain::credits::UsageKind;
use sourcing_domain::enrichment::EnrichmentStatus;
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ports::{CreditTotals, OldestDue, OperationsStats, OpsSnapshot, TaskDepth};
use sourcing_domain::sourcing::RunStatus;
use sourcing_domain::webhooks::DeliveryStatus;
use sourcing_worker::{QueueError, TaskCount, TaskState, count_tasks};

use crate::errors::{map_diesel, map_pool};
use crate::pool::PgPool;

/// One aggregate over the tables: a row per family (`runs`, `enrichments`, `deliveries`,
/// `reserved`, `charged`, `released`) and status or kind.
const COUNTS_SQL: &str = "\
SELECT 'runs' AS family, status AS label, count(*)::bigint AS value \
  FROM sourcing_runs GROUP BY status \
UNION ALL SELECT 'enrichments', status, count(*)::bigint FROM enrichment_runs GROUP BY status \
UNION ALL SELECT 'deliveries', status, count(*)::bigint FROM webhook_deliveries GROUP BY status \
UNION ALL SELECT 'reserved', kind, sum(amount)::bigint FROM credit_reservations GROUP BY kind \
UNION ALL SELECT 'charged', kind, COALESCE(sum(used), 0)::bigint FROM credit_reservations \
  GROUP BY kind \
UNION ALL SELECT 'released', kind, COALESCE(sum(amount - used), 0)::bigint \
  FROM credit_reservations GROUP BY kind";

/// A row of [`COUNTS_SQL`].
#[derive(QueryableByName)]
struct CountRow {
    #[diesel(sql_type = Text)]
    family: String,
    #[diesel(sql_type = Text)]
    label: String,
    #[diesel(sql_type = BigInt)]
    value: i64,
}

/// The operators' counts, read from Postgres at every call.
#[derive(Clone)]
pub struct PgOperationsStats {
    pool: PgPool,
}

impl PgOperationsStats {
    /// Counts over a shared pool.
    pub fn new(pool: PgPool) -> Self {
        Self { pool }
    }
}

/// A row's label as the domain value `parse` makes of it; anything else is corrupt data.
fn parsed<T>(label: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T, RepositoryError> {
    parse(label).ok_or_else(|| RepositoryError::Other(anyhow::anyhow!("unknown label `{label}`")))
}

/// Adds one credit row's value to its kind's totals.
fn add_credit(totals: &mut Vec<CreditTotals>, family: &str, kind: UsageKind, value: i64) {
    let index = match totals.iter().position(|t| t.kind == kind) {
        Some(index) => index,
        None => {
            totals.push(CreditTotals {
                kind,
                reserved: 0,
                charged: 0,
                released: 0,
            });
            totals.len() - 1
        }
    };
    let entry = &mut totals[index];
    match family {
        "reserved" => entry.reserved = value,
        "charged" => entry.charged = value,
        _ => entry.released = value,
    }
}

/// The typed snapshot of the tables' rows and the queue's counts.
fn assemble(rows: Vec<CountRow>, tasks: Vec<TaskCount>) -> Result<OpsSnapshot, RepositoryError> {
    let mut snapshot = OpsSnapshot::default();
    for row in rows {
        let label = row.label.as_str();
        match row.family.as_str() {
            "runs" => snapshot
                .runs
                .push((parsed(label, RunStatus::parse)?, row.value)),
            "enrichments" => snapshot
                .enrichments
                .push((parsed(label, EnrichmentStatus::parse)?, row.value)),
            "deliveries" => snapshot
                .deliveries
                .push((parsed(label, DeliveryStatus::parse)?, row.value)),
            family @ ("reserved" | "charged" | "released") => {
                let kind = label.parse::<UsageKind>()?;
                add_credit(&mut snapshot.credits, family, kind, row.value);
            }
            other => {
                return Err(RepositoryError::Other(anyhow::anyhow!(
                    "unknown family `{other}`"
                )));
            }
        }
    }
    for count in tasks {
        if count.state == TaskState::Due {
            snapshot.oldest_due.push(OldestDue {
                task: count.task.clone(),
                age: count.oldest,
            });
        }
        snapshot.tasks.push(TaskDepth {
            task: count.task,
            state: count.state.as_str().to_owned(),
            count: count.count,
        });
    }
    Ok(snapshot)
}

fn map_queue(err: QueueError) -> RepositoryError {
    match err {
        QueueError::Database(e) => map_diesel(e),
        other => RepositoryError::Other(anyhow::Error::new(other)),
    }
}

/// The tables' counts and the queue's, on one connection.
async fn read(conn: &mut AsyncPgConnection) -> Result<(Vec<CountRow>, Vec<TaskCount>), QueueError> {
    let rows = diesel::sql_query(COUNTS_SQL).load::<CountRow>(conn).await?;
    let tasks = count_tasks(conn).await?;
    Ok((rows, tasks))
}

impl OperationsStats for PgOperationsStats {
    async fn snapshot(&self) -> Result<OpsSnapshot, RepositoryError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        // One snapshot of the database for both statements, as one statement would see.
        let (rows, tasks) = conn
            .build_transaction()
            .read_only()
            .repeatable_read()
            .run(async |conn| read(conn).await)
            .await
            .map_err(map_queue)?;
        assemble(rows, tasks)
    }

    async fn ping(&self) -> Result<(), RepositoryError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        diesel::sql_query("SELECT 1")
            .execute(&mut conn)
            .await
            .map_err(map_diesel)?;
        Ok(())
    }
}
