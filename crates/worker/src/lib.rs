//! A generic Postgres task queue (table `background_tasks`), knowing nothing of our domain.
//!
//! - **Enqueue** with [`enqueue`] on the caller's connection, inside the caller's transaction,
//!   so a state change and its follow-up work commit or roll back together.
//! - **Claim**: a worker leases the oldest due task (`ORDER BY run_at, id`, `FOR UPDATE SKIP
//!   LOCKED`) by setting `locked_by` and `locked_until` and bumping `attempts`, then commits.
//!   The task runs outside any transaction while a heartbeat renews the lease; a crashed
//!   worker's lease expires and another worker takes the task.
//! - **Finalise** in a second short statement, only while the claim is still this worker's:
//!   delete on success, reschedule (`run_at` = now + exponential backoff with jitter) on a
//!   retryable error, or mark dead (`failed_at`, `last_error`) after the last attempt or on a
//!   permanent error, calling [`Task::on_dead`] first.
//! - **Wake-ups**: an insert trigger sends `NOTIFY background_tasks, '<task name>'`; idle workers
//!   also poll, so a missed notification delays work by at most the poll interval.
//! - **Counting**: [`count_tasks`] reports tasks per name and [`TaskState`] (due, scheduled,
//!   running, dead), the one definition of those states, for operators' metrics.
//!
//! Delivery is at least once: task bodies and `on_dead` hooks must be idempotent.
//!
//! ```no_run
//! use std::time::Duration;
//! use diesel_async::AsyncPgConnection;
//! use diesel_async::pooled_connection::deadpool::Pool;
//! use sourcing_worker::{EnqueueOptions, Runner, Task, TaskError, enqueue};
//!
//! #[derive(serde::Serialize, serde::Deserialize)]
//! struct SendWelcome { company: String }
//!
//! impl Task for SendWelcome {
//!     const NAME: &'static str = "send_welcome";
//!     type Context = ();
//!     async fn run(&self, _ctx: &()) -> Result<(), TaskError> {
//!         Err(TaskError::retryable("mail server busy"))
//!     }
//! }
//!
//! async fn example(pool: Pool<AsyncPgConnection>, url: String) -> Result<(), Box<dyn std::error::Error>> {
//!     let mut conn = pool.get().await?;
//!     let task = SendWelcome { company: "acme".into() };
//!     let opts = EnqueueOptions { dedup_key: Some("acme".into()), ..Default::default() };
//!     enqueue(&mut conn, &task, opts).await?;
//!
//!     let handle = Runner::new(pool.clone(), url)
//!         .register::<SendWelcome>(())
//!         .concurrency(4)
//!         .lease(Duration::from_secs(60))
//!         .start();
//!     // ... serve ...
//!     handle.shutdown().await;
//!     Ok(())
//! }
//! ```

/// The SQL condition of a task that is due and free to claim (not dead, its time come, no live
/// lease): defined once, for the claim and for [`TaskState::Due`] (what the metrics count), so
/// they never drift apart.
macro_rules! due_sql {
    () => {
        "(failed_at IS NULL AND run_at <= now() \
         AND (locked_until IS NULL OR locked_until < now()))"
    };
}
pub(crate) use due_sql;

mod backoff;
mod enqueue;
mod error;
mod listener;
mod registry;
mod runner;
mod state;
mod storage;
mod task;

pub use enqueue::{EnqueueOptions, enqueue};
pub use error::QueueError;
pub use listener::CHANNEL;
pub use runner::{Runner, RunnerHandle};
pub use state::{TaskCount, TaskState, count_tasks};
pub use task::{BoxError, Task, TaskError};
