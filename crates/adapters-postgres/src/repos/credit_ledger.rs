//! `CreditLedger` on Postgres: an append-only ledger plus a cached, CHECKed balance.
//!
//! Every operation locks the company row first (`FOR UPDATE`), so concurrent reservations are
//! serialised and the balance can never be overdrawn; each ledger entry has a unique
//! idempotency key, so a replay never charges twice. The `*_in` functions run inside a caller's
//! transaction, so a run, its reservation and its first task commit together.
//!
//! Times come from the caller or the ledger's `Clock` (entries' `created_at` decide which usage
//! period a charge falls in), never from the wall clock directly.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use sourcing_domain::credits::{
    CreditError, Reservation, ReservationState, ReserveRequest, UsageKind, UsageReport,
    check_amount, split_settlement,
};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::{Clock, CreditLedger, SystemClock};
use uuid::Uuid;

use crate::errors::{map_diesel, map_pool};
use crate::pool::PgPool;
use crate::schema::{companies, credit_ledger, credit_reservations};

/// A ledger entry to append.
#[derive(Debug, Insertable)]
#[diesel(table_name = credit_ledger)]
pub struct LedgerEntry {
    /// Owning company.
    pub company_id: Uuid,
    /// `grant`, `reserve`, `release` or `charge`.
    pub entry_type: &'static str,
    /// What the credits pay for (none for grants).
    pub kind: Option<&'static str>,
    /// Effect on the balance.
    pub delta: i64,
    /// Credits consumed (charges only).
    pub credits_used: i64,
    /// Unique per company: a replay of the same entry is refused by the database.
    pub idempotency_key: String,
    /// Balance after this entry.
    pub balance_after: i64,
    /// When the entry was written (the caller's now).
    pub created_at: DateTime<Utc>,
}

/// Appends one ledger entry.
pub async fn insert_entry(conn: &mut AsyncPgConnection, entry: LedgerEntry) -> QueryResult<usize> {
    diesel::insert_into(credit_ledger::table)
        .values(&entry)
        .execute(conn)
        .await
}

/// Row of `credit_reservations`.
#[derive(Debug, Queryable, Selectable, Insertable)]
#[diesel(table_name = credit_reservations)]
pub struct ReservationRow {
    /// Owning company.
    pub company_id: Uuid,
    /// Idempotency key.
    pub key: String,
    /// `sourcing` or `enrichment`.
    pub kind: String,
    /// Credits held.
    pub amount: i64,
    /// Whether the hold was taken from the balance.
    pub prepaid: bool,
    /// Credits charged at settlement.
    pub used: Option<i64>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Settlement time.
    pub settled_at: Option<DateTime<Utc>>,
}

impl ReservationRow {
    fn into_domain(self, newly_created: bool) -> Result<Reservation, CreditError> {
        let kind: UsageKind = self.kind.parse()?;
        Ok(Reservation {
            key: self.key,
            amount: self.amount,
            kind,
            state: match self.used {
                Some(used) => ReservationState::Settled { used },
                None => ReservationState::Reserved,
            },
            newly_created,
        })
    }
}

/// Errors inside a ledger transaction: diesel's, or a business refusal that rolls it back.
#[derive(Debug, thiserror::Error)]
pub enum LedgerTxError {
    /// Database failure.
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
    /// Business refusal (insufficient funds, key reuse, …).
    #[error(transparent)]
    Credit(#[from] CreditError),
}

impl From<LedgerTxError> for CreditError {
    fn from(err: LedgerTxError) -> Self {
        match err {
            LedgerTxError::Db(e) => CreditError::Repository(map_diesel(e)),
            LedgerTxError::Credit(e) => e,
        }
    }
}

/// Locks the company row; returns (billing is prepaid, balance).
///
/// Every transaction that touches a company's rows takes this lock FIRST: inserting a row
/// with a foreign key to `companies` takes a KEY SHARE lock on it, and upgrading that to
/// FOR UPDATE later would deadlock against another transaction doing the same.
pub(crate) async fn lock_company(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
) -> Result<(bool, i64), LedgerTxError> {
    let (billing, balance): (String, i64) = companies::table
        .find(company.0)
        .select((companies::billing, companies::balance))
        .for_update()
        .first(conn)
        .await
        .optional()?
        .ok_or(CreditError::Repository(RepositoryError::NotFound))?;
    Ok((billing == "prepaid", balance))
}

async fn set_balance(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    balance: i64,
) -> Result<(), LedgerTxError> {
    diesel::update(companies::table.find(company.0))
        .set(companies::balance.eq(balance))
        .execute(conn)
        .await?;
    Ok(())
}

async fn find_reservation(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    key: &str,
) -> Result<Option<ReservationRow>, LedgerTxError> {
    Ok(credit_reservations::table
        .find((company.0, key))
        .select(ReservationRow::as_select())
        .first(conn)
        .await
        .optional()?)
}

/// Holds credits inside the caller's transaction (see [`CreditLedger::reserve`]) at `now`.
pub async fn reserve_in(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    request: &ReserveRequest,
    now: DateTime<Utc>,
) -> Result<Reservation, LedgerTxError> {
    check_amount(request.amount)?;
    let (prepaid, balance) = lock_company(conn, company).await?;
    if let Some(existing) = find_reservation(conn, company, &request.key).await? {
        if existing.amount != request.amount || existing.kind != request.kind.as_str() {
            return Err(CreditError::KeyReused.into());
        }
        return Ok(existing.into_domain(false)?);
    }
    if prepaid {
        if balance < request.amount {
            return Err(CreditError::InsufficientFunds {
                needed: request.amount,
                available: balance,
            }
            .into());
        }
        let after = balance - request.amount;
        set_balance(conn, company, after).await?;
        insert_entry(
            conn,
            LedgerEntry {
                company_id: company.0,
                entry_type: "reserve",
                kind: Some(request.kind.as_str()),
                delta: -request.amount,
                credits_used: 0,
                idempotency_key: format!("reserve:{}", request.key),
                balance_after: after,
                created_at: now,
            },
        )
        .await?;
    }
    let row: ReservationRow = diesel::insert_into(credit_reservations::table)
        .values(&ReservationRow {
            company_id: company.0,
            key: request.key.clone(),
            kind: request.kind.as_str().to_owned(),
            amount: request.amount,
            prepaid,
            used: None,
            created_at: now,
            settled_at: None,
        })
        .returning(ReservationRow::as_returning())
        .get_result(conn)
        .await?;
    Ok(row.into_domain(true)?)
}

/// Settles a reservation inside the caller's transaction (see [`CreditLedger::settle`]) at `now`.
pub async fn settle_in(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    key: &str,
    used: i64,
    now: DateTime<Utc>,
) -> Result<Reservation, LedgerTxError> {
    let (_, balance) = lock_company(conn, company).await?;
    let existing = find_reservation(conn, company, key)
        .await?
        .ok_or(CreditError::Repository(RepositoryError::NotFound))?;
    if existing.used.is_some() {
        return Ok(existing.into_domain(false)?);
    }
    let split = split_settlement(existing.amount, used);
    let kind = UsageKind::ALL
        .into_iter()
        .find(|k| k.as_str() == existing.kind)
        .map(UsageKind::as_str);
    let mut balance_after = balance;
    if existing.prepaid && split.released > 0 {
        balance_after = balance + split.released;
        set_balance(conn, company, balance_after).await?;
        insert_entry(
            conn,
            LedgerEntry {
                company_id: company.0,
                entry_type: "release",
                kind,
                delta: split.released,
                credits_used: 0,
                idempotency_key: format!("release:{key}"),
                balance_after,
                created_at: now,
            },
        )
        .await?;
    }
    if split.charged > 0 {
        insert_entry(
            conn,
            LedgerEntry {
                company_id: company.0,
                entry_type: "charge",
                kind,
                // Prepaid charges were already taken by the hold; postpaid charges never touch the balance.
                delta: 0,
                credits_used: split.charged,
                idempotency_key: format!("charge:{key}"),
                balance_after,
                created_at: now,
            },
        )
        .await?;
    }
    let row: ReservationRow = diesel::update(credit_reservations::table.find((company.0, key)))
        .set((
            credit_reservations::used.eq(Some(split.charged)),
            credit_reservations::settled_at.eq(Some(now)),
        ))
        .returning(ReservationRow::as_returning())
        .get_result(conn)
        .await?;
    Ok(row.into_domain(false)?)
}

/// The credit ledger stored in Postgres.
#[derive(Clone)]
pub struct PgCreditLedger {
    pool: PgPool,
    clock: Arc<dyn Clock>,
}

impl PgCreditLedger {
    /// A ledger over a shared pool, stamping entries with the system clock.
    pub fn new(pool: PgPool) -> Self {
        Self {
            pool,
            clock: Arc::new(SystemClock),
        }
    }

    /// The same ledger stamping entries with `clock`.
    #[must_use]
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }
}

impl CreditLedger for PgCreditLedger {
    async fn balance(&self, company: CompanyId) -> Result<i64, CreditError> {
        let mut conn = self.pool.get().await.map_err(map_pool)?;
        Ok(companies::table
            .find(company.0)
            .select(companies::balance)
            .first(&mut conn)
            .await
            .map_err(map_diesel)?)
    }

    async fn grant(
        &self,
        company: CompanyId,
        amount: i64,
        key: String,
    ) -> Result<i64, CreditError> {
        check_amount(amount)?;
        let now = self.clock.now();
        let mut conn = self.pool.get().await.map_err(map_pool)?;
        let result = conn
            .transaction(async |conn| {
                let (_, balance) = lock_company(conn, company).await?;
                let after = balance + amount;
                let inserted = diesel::insert_into(credit_ledger::table)
                    .values(&LedgerEntry {
                        company_id: company.0,
                        entry_type: "grant",
                        kind: None,
                        delta: amount,
                        credits_used: 0,
                        idempotency_key: format!("grant:{key}"),
                        balance_after: after,
                        created_at: now,
                    })
                    .on_conflict_do_nothing()
                    .execute(conn)
                    .await?;
                if inserted == 0 {
                    return Ok::<_, LedgerTxError>(balance);
                }
                set_balance(conn, company, after).await?;
                Ok(after)
            })
            .await?;
        Ok(result)
    }

    async fn reserve(
        &self,
        company: CompanyId,
        request: ReserveRequest,
    ) -> Result<Reservation, CreditError> {
        let now = self.clock.now();
        let mut conn = self.pool.get().await.map_err(map_pool)?;
        Ok(conn
            .transaction(async |conn| reserve_in(conn, company, &request, now).await)
            .await?)
    }

    async fn settle(
        &self,
        company: CompanyId,
        key: String,
        used: i64,
    ) -> Result<Reservation, CreditError> {
        let now = self.clock.now();
        let mut conn = self.pool.get().await.map_err(map_pool)?;
        Ok(conn
            .transaction(async |conn| settle_in(conn, company, &key, used, now).await)
            .await?)
    }

    async fn usage(
        &self,
        company: CompanyId,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Result<UsageReport, CreditError> {
        let mut conn = self.pool.get().await.map_err(map_pool)?;
        let balance: i64 = companies::table
            .find(company.0)
            .select(companies::balance)
            .first(&mut conn)
            .await
            .map_err(map_diesel)?;
        let charges: Vec<(Option<String>, i64)> = credit_ledger::table
            .filter(credit_ledger::company_id.eq(company.0))
            .filter(credit_ledger::entry_type.eq("charge"))
            .filter(credit_ledger::created_at.ge(start))
            .filter(credit_ledger::created_at.lt(end))
            .select((credit_ledger::kind, credit_ledger::credits_used))
            .load(&mut conn)
            .await
            .map_err(map_diesel)?;
        let used = UsageKind::ALL
            .into_iter()
            .map(|kind| {
                let total = charges
                    .iter()
                    .filter(|(k, _)| k.as_deref() == Some(kind.as_str()))
                    .map(|(_, n)| n)
                    .sum();
                (kind, total)
            })
            .collect();
        Ok(UsageReport {
            start,
            end,
            balance,
            used,
        })
    }
}
