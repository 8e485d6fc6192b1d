//! Errors shared by the storage ports, classified by what the caller can do.

/// Failure of a repository port.
#[derive(Debug, thiserror::Error)]
pub enum RepositoryError {
    /// No such record for this company (another company's record is indistinguishable).
    #[error("not found")]
    NotFound,
    /// The change conflicts with the current state (e.g. a unique key).
    #[error("conflict: {0}")]
    Conflict(String),
    /// The store cannot be reached now; retrying later may succeed.
    #[error("store unavailable")]
    Unavailable(#[source] anyhow::Error),
    /// Anything else: a bug or corrupt data.
    #[error("store error")]
    Other(#[source] anyhow::Error),
}
