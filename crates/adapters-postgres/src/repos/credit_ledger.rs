//! `CreditLedger` on Postgres: an append-only ledger plus a cached, CHECKed balance.
//!
//! Every balance change happens under the company row's lock (`FOR NO KEY UPDATE`, or the
//! conditional `UPDATE` of a prepaid hold), so the balance can never be overdrawn; each ledger
//! entry has a unique idempotency key, so a replay never charges twice. The `*_in` functions
//! run inside a caller's transaction, so a run, its reservation and its first task commit
//! together.
//!
//! Times come from the caller or the ledger's `Clock` (entries' `created_at` decide which usage
//! period a charge falls in), never from the wall clock directly.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use sourcing_domain::company::BillingMode;
use sourcing_domain::credits::{
    CreditError, Reservation, ReservationState, ReserveRequest, UsageKind, UsageReport,
    check_amount, hold, same_reservation, split_settlement,
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
// `None` binds NULL (not DEFAULT), so the insert is one fixed statement Postgres prepares once
#[diesel(table_name = credit_ledger, treat_none_as_default_value = false)]
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

/// Locks the company row for a balance change; returns (billing mode, balance).
///
/// `FOR NO KEY UPDATE`, the lock an `UPDATE` of the balance takes anyway: it serialises balance
/// changes but not the foreign-key (KEY SHARE) locks that inserting a company's rows takes, so
/// a transaction may insert first and lock later without deadlocking against another.
pub(crate) async fn lock_company(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
) -> Result<(BillingMode, i64), LedgerTxError> {
    let (billing, balance): (String, i64) = companies::table
        .find(company.0)
        .select((companies::billing, companies::balance))
        .for_no_key_update()
        .first(conn)
        .await
        .optional()?
        .ok_or(CreditError::Repository(RepositoryError::NotFound))?;
    let billing = billing.parse::<BillingMode>().map_err(|e| {
        CreditError::Repository(RepositoryError::Other(anyhow::anyhow!(
            "company {company}: {e}"
        )))
    })?;
    Ok((billing, balance))
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

/// Takes `amount` from a balance that covers it, atomically; no row when it does not.
const DEBIT_IF_COVERED: &str = "UPDATE companies SET balance = balance - $2 \
     WHERE id = $1 AND balance >= $3 RETURNING balance";

/// The balance after a debit.
#[derive(QueryableByName)]
struct BalanceRow {
    #[diesel(sql_type = diesel::sql_types::Int8)]
    balance: i64,
}

/// Claims `request`'s key and records the company's billing mode, in one statement (INSERT …
/// SELECT … ON CONFLICT DO NOTHING, which diesel prepares once per connection): the first step
/// of [`reserve_in`], through a shared reference so a caller can pipeline it with other
/// statements of its transaction. `None`: the key is already held (a concurrent claim waits
/// on the unique index until the first commits, then sees it) or the company does not exist.
pub(crate) async fn claim_reservation(
    conn: &AsyncPgConnection,
    company: CompanyId,
    request: &ReserveRequest,
    now: DateTime<Utc>,
) -> QueryResult<Option<ReservationRow>> {
    use diesel::sql_types::{Int8, Text, Timestamptz};
    let mut shared = conn;
    diesel::insert_into(credit_reservations::table)
        .values(
            companies::table
                .filter(companies::id.eq(company.0))
                .select((
                    companies::id,
                    request.key.as_str().into_sql::<Text>(),
                    request.kind.as_str().into_sql::<Text>(),
                    request.amount.into_sql::<Int8>(),
                    companies::billing.eq(BillingMode::Prepaid.as_str()),
                    now.into_sql::<Timestamptz>(),
                )),
        )
        .into_columns((
            credit_reservations::company_id,
            credit_reservations::key,
            credit_reservations::kind,
            credit_reservations::amount,
            credit_reservations::prepaid,
            credit_reservations::created_at,
        ))
        .on_conflict_do_nothing()
        .returning(ReservationRow::as_returning())
        .get_result(&mut shared)
        .await
        .optional()
}

/// Holds credits inside the caller's transaction (see [`CreditLedger::reserve`]) at `now`.
///
/// A postpaid hold is one statement and takes no lock on the company (only the foreign key's
/// shared one), so a company's concurrent runs do not queue behind each other's commits. A
/// prepaid hold then debits with one conditional `UPDATE`, which serialises debits on the row;
/// when it finds too little, the row is locked and read again, so the refusal (or a debit after
/// a concurrent top-up) is decided on the committed balance. A refusal is an `Err`: the caller's
/// transaction rolls back the claimed key with everything else.
pub async fn reserve_in(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    request: &ReserveRequest,
    now: DateTime<Utc>,
) -> Result<Reservation, LedgerTxError> {
    check_amount(request.amount)?;
    let claimed = claim_reservation(conn, company, request, now).await?;
    complete_reservation(conn, company, request, claimed, now).await
}

/// The rest of [`reserve_in`] once [`claim_reservation`] answered `claimed`: the existing
/// hold for a key already held, the debit of a prepaid one.
pub(crate) async fn complete_reservation(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    request: &ReserveRequest,
    claimed: Option<ReservationRow>,
    now: DateTime<Utc>,
) -> Result<Reservation, LedgerTxError> {
    use diesel::sql_types::{Int8, Uuid as SqlUuid};
    let Some(row) = claimed else {
        let existing = find_reservation(conn, company, &request.key)
            .await?
            .ok_or(CreditError::Repository(RepositoryError::NotFound))?;
        same_reservation(existing.amount, &existing.kind, request)?;
        return Ok(existing.into_domain(false)?);
    };
    // the domain decides the hold; this store enforces exactly it, atomically
    let billing = if row.prepaid {
        BillingMode::Prepaid
    } else {
        BillingMode::Postpaid
    };
    let hold = hold(billing, request.amount);
    if let Some(cover) = hold.must_cover {
        let debited: Option<BalanceRow> = diesel::sql_query(DEBIT_IF_COVERED)
            .bind::<SqlUuid, _>(company.0)
            .bind::<Int8, _>(hold.debit)
            .bind::<Int8, _>(cover)
            .get_result(conn)
            .await
            .optional()?;
        let after = match debited {
            Some(row) => row.balance,
            None => {
                let (_, balance) = lock_company(conn, company).await?;
                if balance < cover {
                    return Err(CreditError::InsufficientFunds {
                        needed: cover,
                        available: balance,
                    }
                    .into());
                }
                set_balance(conn, company, balance - hold.debit).await?;
                balance - hold.debit
            }
        };
        insert_entry(
            conn,
            LedgerEntry {
                company_id: company.0,
                entry_type: "reserve",
                kind: Some(request.kind.as_str()),
                delta: -hold.debit,
                credits_used: 0,
                idempotency_key: format!("reserve:{}", request.key),
                balance_after: after,
                created_at: now,
            },
        )
        .await?;
    }
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
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
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
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
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
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
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
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
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
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
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
