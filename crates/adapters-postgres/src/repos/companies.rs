//! `CompanyRepository` on Postgres.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use sourcing_domain::company::{BillingMode, Company, NewCompany};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::{Clock, CompanyRepository, SystemClock};
use uuid::Uuid;

use crate::errors::{map_diesel, map_pool};
use crate::pool::PgPool;
use crate::repos::credit_ledger::{LedgerEntry, insert_entry};
use crate::schema::companies;

/// Row of `companies`.
#[derive(Debug, Queryable, Selectable, Insertable)]
#[diesel(table_name = companies)]
pub struct CompanyRow {
    /// Primary key.
    pub id: Uuid,
    /// Display name.
    pub name: String,
    /// `prepaid` or `postpaid`.
    pub billing: String,
    /// Cached ledger balance.
    pub balance: i64,
    /// Creation time.
    pub created_at: DateTime<Utc>,
}

impl TryFrom<CompanyRow> for Company {
    type Error = RepositoryError;
    fn try_from(row: CompanyRow) -> Result<Self, Self::Error> {
        let billing: BillingMode = row
            .billing
            .parse()
            .map_err(|e| RepositoryError::Other(anyhow::Error::new(e)))?;
        Ok(Company {
            id: CompanyId(row.id),
            name: row.name,
            billing,
            balance: row.balance,
            created_at: row.created_at,
        })
    }
}

/// Companies stored in Postgres.
#[derive(Clone)]
pub struct PgCompanyRepository {
    pool: PgPool,
    clock: Arc<dyn Clock>,
}

impl PgCompanyRepository {
    /// A repository over a shared pool, stamping new companies with the system clock.
    pub fn new(pool: PgPool) -> Self {
        Self {
            pool,
            clock: Arc::new(SystemClock),
        }
    }

    /// The same repository stamping new companies with `clock`.
    #[must_use]
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }
}

impl CompanyRepository for PgCompanyRepository {
    async fn create(&self, company: NewCompany) -> Result<Company, RepositoryError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let row = CompanyRow {
            id: Uuid::new_v4(),
            name: company.name,
            billing: company.billing.as_str().to_owned(),
            balance: company.initial_credits,
            created_at: now,
        };
        let initial = company.initial_credits;
        let inserted = conn
            .transaction(async |conn| {
                let inserted: CompanyRow = diesel::insert_into(companies::table)
                    .values(&row)
                    .returning(CompanyRow::as_returning())
                    .get_result(conn)
                    .await?;
                if initial > 0 {
                    insert_entry(
                        conn,
                        LedgerEntry {
                            company_id: inserted.id,
                            entry_type: "grant",
                            kind: None,
                            delta: initial,
                            credits_used: 0,
                            idempotency_key: "grant:initial".to_owned(),
                            balance_after: initial,
                            created_at: now,
                        },
                    )
                    .await?;
                }
                Ok::<_, diesel::result::Error>(inserted)
            })
            .await
            .map_err(map_diesel)?;
        inserted.try_into()
    }

    async fn get(&self, company: CompanyId) -> Result<Company, RepositoryError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        companies::table
            .find(company.0)
            .select(CompanyRow::as_select())
            .first(&mut conn)
            .await
            .map_err(map_diesel)?
            .try_into()
    }
}
