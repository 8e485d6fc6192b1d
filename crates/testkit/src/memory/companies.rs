use sourcing_domain::company::{Company, NewCompany};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::CompanyRepository;

use super::{Shared, now};

/// In-memory `CompanyRepository`; the ledger and key fakes made from it share its store.
#[derive(Debug, Clone, Default)]
pub struct InMemoryCompanyRepository {
    pub(super) store: Shared,
}

impl InMemoryCompanyRepository {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }
}

impl CompanyRepository for InMemoryCompanyRepository {
    async fn create(&self, company: NewCompany) -> Result<Company, RepositoryError> {
        let created = Company {
            id: CompanyId::new_random(),
            name: company.name,
            billing: company.billing,
            balance: company.initial_credits,
            created_at: now(),
        };
        let mut store = self.store.lock();
        if company.initial_credits > 0 {
            // Like Postgres, the opening grant takes the grant key `initial`.
            store.grant_keys.insert((created.id, "initial".to_owned()));
        }
        store.companies.insert(created.id, created.clone());
        Ok(created)
    }

    async fn get(&self, company: CompanyId) -> Result<Company, RepositoryError> {
        self.store
            .lock()
            .companies
            .get(&company)
            .cloned()
            .ok_or(RepositoryError::NotFound)
    }
}
