//! Mapping of diesel and pool failures onto the domain's repository errors.

use diesel::result::{DatabaseErrorKind, Error as DieselError};
use sourcing_domain::errors::RepositoryError;

use crate::pool::PoolError;

/// Classifies a diesel error by what the caller can do about it.
pub fn map_diesel(err: DieselError) -> RepositoryError {
    match err {
        DieselError::NotFound => RepositoryError::NotFound,
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
            RepositoryError::Conflict(info.message().to_owned())
        }
        DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
            RepositoryError::NotFound
        }
        DieselError::DatabaseError(DatabaseErrorKind::ClosedConnection, _) => {
            RepositoryError::Unavailable(anyhow::Error::new(err_closed()))
        }
        // Transient contention: the caller may retry (HTTP answers 503, tasks back off).
        DieselError::DatabaseError(DatabaseErrorKind::SerializationFailure, info) => {
            RepositoryError::Unavailable(anyhow::anyhow!(
                "serialization failure: {}",
                info.message()
            ))
        }
        DieselError::DatabaseError(_, info) if info.message().contains("deadlock detected") => {
            RepositoryError::Unavailable(anyhow::anyhow!("{}", info.message()))
        }
        other => RepositoryError::Other(anyhow::Error::new(other)),
    }
}

fn err_closed() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::ConnectionAborted,
        "database connection closed",
    )
}

/// A pool that cannot hand out a connection means the database is unreachable.
pub fn map_pool(err: PoolError) -> RepositoryError {
    RepositoryError::Unavailable(anyhow::Error::new(err))
}
