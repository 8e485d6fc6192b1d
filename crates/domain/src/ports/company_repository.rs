//! Storage of companies.

use std::future::Future;

use crate::company::{Company, NewCompany};
use crate::errors::RepositoryError;
use crate::ids::CompanyId;

/// Stores companies and their opening credit grant.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait CompanyRepository: Send + Sync + 'static {
    /// Creates a company; a positive `initial_credits` MUST be written as a ledger grant in the
    /// same transaction.
    fn create(
        &self,
        company: NewCompany,
    ) -> impl Future<Output = Result<Company, RepositoryError>> + Send;

    /// Returns the company with its current balance; MUST return `NotFound` for an unknown id.
    fn get(
        &self,
        company: CompanyId,
    ) -> impl Future<Output = Result<Company, RepositoryError>> + Send;
}
