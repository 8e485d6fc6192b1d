//! Adding tasks to the queue, inside the caller's transaction.

use chrono::{DateTime, Utc};
use diesel_async::AsyncPgConnection;

use crate::Task;
use crate::error::QueueError;
use crate::storage;

/// Per-enqueue choices; `EnqueueOptions::default()` runs the task as soon as possible.
#[derive(Debug, Clone, Default)]
pub struct EnqueueOptions {
    /// Earliest time to run, to schedule work for later; `None` means now.
    pub run_at: Option<DateTime<Utc>>,
    /// While a live (queued, running or retrying) task of the same name has this key, enqueue
    /// is a no-op returning `None`; dead tasks do not count.
    pub dedup_key: Option<String>,
    /// Overrides `Task::MAX_ATTEMPTS` for this one task (values below 1 count as 1).
    pub max_attempts: Option<i32>,
}

/// Inserts a task using the caller's connection, so it commits or rolls back with the caller's
/// transaction (never commit a state change and enqueue its follow-up separately).
///
/// Returns the new task's id, or `None` when `dedup_key` matched a live task. Workers are woken
/// by a `NOTIFY` that Postgres delivers when the transaction commits.
pub async fn enqueue<T: Task>(
    conn: &mut AsyncPgConnection,
    task: &T,
    opts: EnqueueOptions,
) -> Result<Option<i64>, QueueError> {
    let payload = serde_json::to_value(task)?;
    let max_attempts = opts.max_attempts.unwrap_or(T::MAX_ATTEMPTS).max(1);
    let id = storage::insert(
        conn,
        T::NAME,
        payload,
        opts.dedup_key,
        opts.run_at,
        max_attempts,
    )
    .await?;
    match id {
        Some(id) => tracing::debug!(
            task.name = T::NAME,
            task.id = id,
            "Enqueued task {}",
            T::NAME
        ),
        None => tracing::debug!(task.name = T::NAME, "Skipped duplicate task {}", T::NAME),
    }
    Ok(id)
}
