//! Errors of the queue itself (as opposed to a task body's `TaskError`).

/// A queue operation failed; callers inside a transaction usually roll back.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    /// A query failed.
    #[error("task queue query failed: {0}")]
    Database(#[from] diesel::result::Error),
    /// No pooled connection could be had.
    #[error("task queue could not get a pooled connection: {0}")]
    Pool(#[from] diesel_async::pooled_connection::deadpool::PoolError),
    /// The dedicated `LISTEN` connection could not be opened.
    #[error("task queue could not connect for LISTEN: {0}")]
    Connect(#[from] diesel::ConnectionError),
    /// The task could not be serialised to its `jsonb` payload.
    #[error("task payload could not be serialised: {0}")]
    Payload(#[from] serde_json::Error),
}
