//! `RunRepository` on Postgres: runs, candidates and outbox events, each change atomic with its
//! credit movement and its follow-up task. Every time written or compared (row stamps, the
//! idempotency window) is the repository's `Clock`'s now, read once per operation.

use std::future::Future;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sourcing_domain::credits::{CreditError, check_amount};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::icp::Icp;
use sourcing_domain::ids::{CompanyId, RunId};
use sourcing_domain::ports::{
    Clock, CreateOutcome, IdempotencyClaim, RunRepository, RunStoreError, SystemClock,
};
use sourcing_domain::profile::Profile;
use sourcing_domain::sourcing::{
    NewRun, PassFinish, PassOutcome, Run, RunPatch, RunResults, RunStatus, SourcingCandidate,
    Undeliverable,
};
use uuid::Uuid;

use crate::errors::{map_diesel, map_pool};
use crate::pool::PgPool;
use crate::repos::credit_ledger::{
    LedgerTxError, claim_reservation, complete_reservation, lock_company, reserve_in, settle_in,
};
use crate::repos::stored_candidate::{StoredCandidate, candidate_from_json};
use crate::repos::stored_icp::{StoredIcp, StoredJobAd};
use crate::repos::stored_profile::{StoredProfile, profile_from_json};
use crate::schema::{idempotency_records, outbox_events, run_candidates, sourcing_runs};

/// Queues the background work a store's transaction starts (a run's pass, an enrichment, an
/// event's delivery) on the caller's connection, inside that transaction; the app implements
/// it with its task queue.
pub trait PassScheduler: Send + Sync + 'static {
    /// Enqueues pass `pass` of run `run`.
    fn schedule(
        &self,
        conn: &mut AsyncPgConnection,
        company: CompanyId,
        run: RunId,
        pass: i32,
    ) -> impl Future<Output = Result<(), anyhow::Error>> + Send;

    /// Enqueues enrichment run `enrichment` (written in the same transaction).
    fn schedule_enrichment(
        &self,
        conn: &mut AsyncPgConnection,
        company: CompanyId,
        enrichment: Uuid,
    ) -> impl Future<Output = Result<(), anyhow::Error>> + Send;

    /// Enqueues the delivery of outbox event `event` of a run that names a webhook (the event
    /// row is written in the same transaction).
    fn schedule_event(
        &self,
        conn: &mut AsyncPgConnection,
        company: CompanyId,
        event: Uuid,
    ) -> impl Future<Output = Result<(), anyhow::Error>> + Send;
}

/// Route name under which `POST /sourcing` idempotency keys are stored.
const CREATE_ROUTE: &str = "POST /sourcing";

/// How long an idempotency key is remembered.
const IDEMPOTENCY_WINDOW_HOURS: i64 = 24;

/// Row of `sourcing_runs` (also the run's part of an event snapshot in the outbox).
#[derive(Debug, Clone, Queryable, Selectable, Insertable, Serialize, Deserialize)]
// `None` binds NULL (not DEFAULT), so the insert is one fixed statement Postgres prepares once
#[diesel(table_name = sourcing_runs, treat_none_as_default_value = false)]
pub struct RunRow {
    /// Primary key.
    pub id: Uuid,
    /// Owner.
    pub company_id: Uuid,
    /// Life-cycle state.
    pub status: String,
    /// The job ad.
    pub job_ad: Value,
    /// Current pass limit.
    pub run_limit: i32,
    /// Webhook.
    pub webhook_id: Option<Uuid>,
    /// Context patches.
    pub patches: Value,
    /// Pass number.
    pub pass: i32,
    /// Last ICP.
    pub icp: Option<Value>,
    /// Index matches.
    pub found_count: i64,
    /// Profiles scored.
    pub scored_count: i64,
    /// Failure code.
    pub error_code: Option<String>,
    /// Failure message.
    pub error_message: Option<String>,
    /// Acceptance.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
    /// End of last pass.
    pub completed_at: Option<DateTime<Utc>>,
}

/// The outbox payload of a run event: the run and its candidates when the pass finished.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunSnapshot {
    /// The run row after the pass.
    pub run: RunRow,
    /// The session's candidates after the pass (any order).
    pub candidates: Vec<StoredCandidate>,
}

impl TryFrom<RunSnapshot> for RunResults {
    type Error = RepositoryError;
    fn try_from(snapshot: RunSnapshot) -> Result<Self, Self::Error> {
        Ok(RunResults::new(
            Run::try_from(snapshot.run)?,
            snapshot.candidates.into_iter().map(Into::into).collect(),
        ))
    }
}

pub(crate) fn corrupt(what: &str, err: impl std::fmt::Display) -> RepositoryError {
    RepositoryError::Other(anyhow::anyhow!("corrupt {what}: {err}"))
}

impl TryFrom<RunRow> for Run {
    type Error = RepositoryError;
    fn try_from(row: RunRow) -> Result<Self, Self::Error> {
        let status =
            RunStatus::parse(&row.status).ok_or_else(|| corrupt("run status", &row.status))?;
        let patches: Vec<String> =
            serde_json::from_value(row.patches).map_err(|e| corrupt("run patches", e))?;
        let icp: Option<Icp> = row
            .icp
            .map(serde_json::from_value::<StoredIcp>)
            .transpose()
            .map_err(|e| corrupt("run icp", e))?
            .map(Icp::from);
        Ok(Run {
            id: RunId(row.id),
            company_id: CompanyId(row.company_id),
            status,
            ad: serde_json::from_value::<StoredJobAd>(row.job_ad)
                .map_err(|e| corrupt("job ad", e))?
                .into(),
            limit: u32::try_from(row.run_limit).map_err(|e| corrupt("run limit", e))?,
            webhook_id: row.webhook_id,
            patches,
            pass: row.pass,
            icp,
            found_count: row.found_count,
            scored_count: row.scored_count,
            error_code: row.error_code,
            error_message: row.error_message,
            created_at: row.created_at,
            updated_at: row.updated_at,
            completed_at: row.completed_at,
        })
    }
}

/// Errors inside a run transaction.
#[derive(Debug, thiserror::Error)]
pub(crate) enum TxError {
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
    #[error(transparent)]
    Store(#[from] RunStoreError),
    #[error("scheduling the pass failed")]
    Schedule(#[source] anyhow::Error),
}

/// The `run_limit` column of a validated limit (1–100); anything else is refused, never clamped.
fn limit_column(limit: u32) -> Result<i32, TxError> {
    i32::try_from(limit).map_err(|_| TxError::Store(Undeliverable::LimitOutOfRange.into()))
}

/// The columns a pass changes, written from the run the domain decided (NULL for `None`).
#[derive(AsChangeset)]
#[diesel(table_name = sourcing_runs, treat_none_as_null = true)]
struct RunChanges {
    status: &'static str,
    run_limit: i32,
    patches: Value,
    pass: i32,
    icp: Option<Value>,
    found_count: i64,
    scored_count: i64,
    error_code: Option<String>,
    error_message: Option<String>,
    updated_at: DateTime<Utc>,
    completed_at: Option<DateTime<Utc>>,
}

impl RunChanges {
    /// The changes that store `run` as decided.
    fn of(run: &Run) -> Result<Self, TxError> {
        Ok(Self {
            status: run.status.as_str(),
            run_limit: limit_column(run.limit)?,
            patches: to_json(&run.patches)?,
            pass: run.pass,
            icp: run
                .icp
                .as_ref()
                .map(|icp| to_json(&StoredIcp::from(icp)))
                .transpose()?,
            found_count: run.found_count,
            scored_count: run.scored_count,
            error_code: run.error_code.clone(),
            error_message: run.error_message.clone(),
            updated_at: run.updated_at,
            completed_at: run.completed_at,
        })
    }
}

/// The row of a new run, as the domain accepted it.
fn new_row(run: &Run) -> Result<RunRow, TxError> {
    let changes = RunChanges::of(run)?;
    Ok(RunRow {
        id: run.id.0,
        company_id: run.company_id.0,
        status: changes.status.to_owned(),
        job_ad: to_json(&StoredJobAd::from(&run.ad))?,
        run_limit: changes.run_limit,
        webhook_id: run.webhook_id,
        patches: changes.patches,
        pass: changes.pass,
        icp: changes.icp,
        found_count: changes.found_count,
        scored_count: changes.scored_count,
        error_code: changes.error_code,
        error_message: changes.error_message,
        created_at: run.created_at,
        updated_at: changes.updated_at,
        completed_at: changes.completed_at,
    })
}

impl From<LedgerTxError> for TxError {
    fn from(err: LedgerTxError) -> Self {
        match err {
            LedgerTxError::Db(e) => TxError::Db(e),
            LedgerTxError::Credit(CreditError::InsufficientFunds { needed, available }) => {
                TxError::Store(RunStoreError::InsufficientFunds { needed, available })
            }
            LedgerTxError::Credit(CreditError::Repository(e)) => TxError::Store(e.into()),
            LedgerTxError::Credit(other) => {
                TxError::Store(RepositoryError::Other(anyhow::Error::new(other)).into())
            }
        }
    }
}

impl From<TxError> for RunStoreError {
    fn from(err: TxError) -> Self {
        match err {
            TxError::Db(e) => map_diesel(e).into(),
            TxError::Store(e) => e,
            TxError::Schedule(e) => RepositoryError::Other(e).into(),
        }
    }
}

/// Runs stored in Postgres.
pub struct PgRunRepository<S> {
    pool: PgPool,
    scheduler: S,
    clock: Arc<dyn Clock>,
}

impl<S: PassScheduler> PgRunRepository<S> {
    /// A repository over a shared pool, queueing passes with `scheduler`, timed by the system
    /// clock.
    pub fn new(pool: PgPool, scheduler: S) -> Self {
        Self {
            pool,
            scheduler,
            clock: Arc::new(SystemClock),
        }
    }

    /// The same repository timed by `clock` (row stamps and the idempotency window).
    #[must_use]
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }
}

async fn load_run(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    id: RunId,
    lock: bool,
) -> Result<Run, TxError> {
    let query = sourcing_runs::table
        .filter(sourcing_runs::id.eq(id.0))
        .filter(sourcing_runs::company_id.eq(company.0))
        .select(RunRow::as_select());
    let row = if lock {
        query.for_update().first(conn).await.optional()?
    } else {
        query.first(conn).await.optional()?
    };
    let row = row.ok_or(RunStoreError::NotFound)?;
    Ok(Run::try_from(row).map_err(RunStoreError::from)?)
}

async fn load_candidates(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    id: RunId,
) -> Result<Vec<SourcingCandidate>, TxError> {
    let bodies: Vec<Value> = run_candidates::table
        .filter(run_candidates::run_id.eq(id.0))
        .filter(run_candidates::company_id.eq(company.0))
        .select(run_candidates::candidate)
        .load(conn)
        .await?;
    bodies
        .into_iter()
        .map(|b| candidate_from_json(b).map_err(|e| TxError::Store(corrupt("candidate", e).into())))
        .collect()
}

pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> Result<Value, TxError> {
    serde_json::to_value(value)
        .map_err(|e| TxError::Store(RepositoryError::Other(anyhow::Error::new(e)).into()))
}

impl<S: PassScheduler> RunRepository for PgRunRepository<S> {
    async fn create(
        &self,
        company: CompanyId,
        run: NewRun,
        idempotency: Option<IdempotencyClaim>,
    ) -> Result<CreateOutcome, RunStoreError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let scheduler = &self.scheduler;
        let outcome = conn
            .transaction(async |conn| {
                let id = RunId::new_random();
                if let Some(claim) = &idempotency
                    && let Some(first) = claim_key(conn, company, claim, id, now).await?
                {
                    return Ok::<_, TxError>(CreateOutcome::Replayed(first));
                }
                let (created, request) = run.accept(id, company, now);
                check_amount(request.amount).map_err(LedgerTxError::from)?;
                let row = new_row(&created)?;
                // The run's insert and the reservation's claim are pipelined (one round trip
                // for both); sent and answered in order, so an error of the first is the one
                // reported and the transaction rolls back either way.
                let shared: &AsyncPgConnection = conn;
                let (row, claimed) = tokio::try_join!(
                    async {
                        let mut shared = shared;
                        diesel::insert_into(sourcing_runs::table)
                            .values(&row)
                            .returning(RunRow::as_returning())
                            .get_result::<RunRow>(&mut shared)
                            .await
                            .map_err(TxError::Db)
                    },
                    async {
                        claim_reservation(shared, company, &request, now)
                            .await
                            .map_err(TxError::Db)
                    },
                )?;
                complete_reservation(conn, company, &request, claimed, now).await?;
                scheduler
                    .schedule(conn, company, id, 1)
                    .await
                    .map_err(TxError::Schedule)?;
                Ok(CreateOutcome::Created(
                    Run::try_from(row).map_err(RunStoreError::from)?,
                ))
            })
            .await?;
        Ok(outcome)
    }

    async fn replay(
        &self,
        company: CompanyId,
        claim: IdempotencyClaim,
    ) -> Result<Option<Run>, RunStoreError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let record: Option<(Vec<u8>, Value)> = idempotency_records::table
            .filter(idempotency_records::company_id.eq(company.0))
            .filter(idempotency_records::route.eq(CREATE_ROUTE))
            .filter(idempotency_records::key.eq(&claim.key))
            .filter(
                idempotency_records::created_at.ge(now - Duration::hours(IDEMPOTENCY_WINDOW_HOURS)),
            )
            .select((
                idempotency_records::request_hash,
                idempotency_records::response_body,
            ))
            .first(&mut conn)
            .await
            .optional()
            .map_err(map_diesel)?;
        let Some((hash, body)) = record else {
            return Ok(None);
        };
        if hash != claim.request_hash {
            return Err(RunStoreError::IdempotencyKeyReused);
        }
        let first: Uuid = serde_json::from_value(body["runId"].clone())
            .map_err(|e| corrupt("idempotency record", e))?;
        Ok(Some(
            load_run(&mut conn, company, RunId(first), false).await?,
        ))
    }

    async fn get(&self, company: CompanyId, id: RunId) -> Result<Run, RunStoreError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        Ok(load_run(&mut conn, company, id, false).await?)
    }

    async fn candidates(
        &self,
        company: CompanyId,
        id: RunId,
    ) -> Result<Vec<SourcingCandidate>, RunStoreError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        Ok(load_candidates(&mut conn, company, id).await?)
    }

    async fn session_profiles(
        &self,
        company: CompanyId,
        id: RunId,
    ) -> Result<Vec<Profile>, RunStoreError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let bodies: Vec<Value> = run_candidates::table
            .filter(run_candidates::run_id.eq(id.0))
            .filter(run_candidates::company_id.eq(company.0))
            .order(run_candidates::profile_id)
            .select(run_candidates::profile)
            .load(&mut conn)
            .await
            .map_err(map_diesel)?;
        bodies
            .into_iter()
            .map(|b| profile_from_json(b).map_err(|e| corrupt("profile", e).into()))
            .collect()
    }

    async fn company_candidates(
        &self,
        company: CompanyId,
        profile_ids: Vec<String>,
        runs_since: DateTime<Utc>,
    ) -> Result<Vec<(SourcingCandidate, Profile)>, RunStoreError> {
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let rows: Vec<(Value, Value)> = run_candidates::table
            .inner_join(sourcing_runs::table)
            .filter(sourcing_runs::created_at.ge(runs_since))
            .filter(run_candidates::company_id.eq(company.0))
            .filter(run_candidates::profile_id.eq_any(&profile_ids))
            .distinct_on(run_candidates::profile_id)
            .order((
                run_candidates::profile_id,
                run_candidates::updated_at.desc(),
            ))
            .select((run_candidates::candidate, run_candidates::profile))
            .load(&mut conn)
            .await
            .map_err(map_diesel)?;
        rows.into_iter()
            .map(|(candidate, profile)| {
                let candidate = candidate_from_json(candidate)
                    .map_err(|e| RunStoreError::from(corrupt("candidate", e)))?;
                let profile = profile_from_json(profile)
                    .map_err(|e| RunStoreError::from(corrupt("profile", e)))?;
                Ok((candidate, profile))
            })
            .collect()
    }

    async fn start_pass(
        &self,
        company: CompanyId,
        id: RunId,
        patch: RunPatch,
    ) -> Result<Run, RunStoreError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let scheduler = &self.scheduler;
        let run = conn
            .transaction(async |conn| {
                lock_company(conn, company).await?;
                let start = load_run(conn, company, id, true)
                    .await?
                    .start_pass(patch, now)?;
                reserve_in(conn, company, &start.hold, now).await?;
                let pass = start.run.pass;
                let row: RunRow = diesel::update(sourcing_runs::table.find(id.0))
                    .set(&RunChanges::of(&start.run)?)
                    .returning(RunRow::as_returning())
                    .get_result(conn)
                    .await?;
                scheduler
                    .schedule(conn, company, id, pass)
                    .await
                    .map_err(TxError::Schedule)?;
                Ok::<_, TxError>(Run::try_from(row).map_err(RunStoreError::from)?)
            })
            .await?;
        Ok(run)
    }

    async fn finish_pass(
        &self,
        company: CompanyId,
        id: RunId,
        pass: i32,
        outcome: PassOutcome,
    ) -> Result<Option<Run>, RunStoreError> {
        let now = self.clock.now();
        let mut conn = crate::pool::checkout(&self.pool).await.map_err(map_pool)?;
        let finished = conn
            .transaction(async |conn| {
                lock_company(conn, company).await?;
                let decided = load_run(conn, company, id, true)
                    .await?
                    .finish_pass(pass, outcome, now)?;
                let Some(finish) = decided else {
                    return Ok(None);
                };
                let event = finish.event.as_str();
                let row = store_pass(conn, company, id, pass, finish, now).await?;
                let candidates = load_candidates(conn, company, id).await?;
                // the run and its session as this pass left them, stored data (not a wire
                // shape): whoever delivers the event renders it
                let payload = to_json(&RunSnapshot {
                    run: row.clone(),
                    candidates: candidates.iter().map(StoredCandidate::from).collect(),
                })?;
                let run = Run::try_from(row).map_err(RunStoreError::from)?;
                let event_id = Uuid::new_v4();
                let written = diesel::insert_into(outbox_events::table)
                    .values((
                        outbox_events::id.eq(event_id),
                        outbox_events::company_id.eq(company.0),
                        outbox_events::event_type.eq(event),
                        outbox_events::resource_id.eq(id.to_string()),
                        outbox_events::webhook_id.eq(run.webhook_id),
                        outbox_events::payload.eq(payload),
                        outbox_events::dedup_key.eq(format!("{id}:pass:{pass}")),
                        outbox_events::created_at.eq(now),
                    ))
                    .on_conflict_do_nothing()
                    .execute(conn)
                    .await?;
                if written == 1 && run.webhook_id.is_some() {
                    self.scheduler
                        .schedule_event(conn, company, event_id)
                        .await
                        .map_err(TxError::Schedule)?;
                }
                Ok::<_, TxError>(Some(run))
            })
            .await?;
        Ok(finished)
    }
}

/// Writes a finished pass as decided: its new candidates (refused when one is already in the
/// session, so nothing is billed for it), the re-scored ones, the settlement and the run.
async fn store_pass(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    id: RunId,
    pass: i32,
    finish: PassFinish,
    now: DateTime<Utc>,
) -> Result<RunRow, TxError> {
    // one statement for the whole pass (was a round trip per candidate)
    let rows = finish
        .delivered
        .iter()
        .map(|(candidate, profile)| {
            Ok((
                run_candidates::run_id.eq(id.0),
                run_candidates::company_id.eq(company.0),
                run_candidates::profile_id.eq(&candidate.profile_id),
                run_candidates::pass.eq(pass),
                run_candidates::match_score.eq(i16::from(candidate.match_score)),
                run_candidates::candidate.eq(to_json(&StoredCandidate::from(candidate))?),
                run_candidates::profile.eq(to_json(&StoredProfile::from(profile))?),
                run_candidates::created_at.eq(now),
                run_candidates::updated_at.eq(now),
            ))
        })
        .collect::<Result<Vec<_>, TxError>>()?;
    let inserted = if rows.is_empty() {
        0
    } else {
        diesel::insert_into(run_candidates::table)
            .values(&rows)
            .on_conflict_do_nothing()
            .execute(conn)
            .await?
    };
    // a new candidate already in the session (or twice in the pass) would be billed for
    // nothing: refuse the pass, the transaction rolls back
    if inserted != finish.delivered.len() {
        return Err(TxError::Store(Undeliverable::AlreadyInSession.into()));
    }
    for candidate in &finish.rescored {
        diesel::update(run_candidates::table.find((id.0, &candidate.profile_id)))
            .set((
                run_candidates::match_score.eq(i16::from(candidate.match_score)),
                run_candidates::candidate.eq(to_json(&StoredCandidate::from(candidate))?),
                run_candidates::updated_at.eq(now),
            ))
            .execute(conn)
            .await?;
    }
    settle_in(conn, company, &finish.reservation_key, finish.charge, now).await?;
    Ok(diesel::update(sourcing_runs::table.find(id.0))
        .set(&RunChanges::of(&finish.run)?)
        .returning(RunRow::as_returning())
        .get_result(conn)
        .await?)
}

/// Claims an `Idempotency-Key` for the run `id` about to be created; the first run when the
/// key was already used with the same body (within the window), refused with another body.
async fn claim_key(
    conn: &mut AsyncPgConnection,
    company: CompanyId,
    claim: &IdempotencyClaim,
    id: RunId,
    now: DateTime<Utc>,
) -> Result<Option<Run>, TxError> {
    diesel::delete(
        idempotency_records::table
            .filter(idempotency_records::company_id.eq(company.0))
            .filter(idempotency_records::route.eq(CREATE_ROUTE))
            .filter(idempotency_records::key.eq(&claim.key))
            .filter(
                idempotency_records::created_at.lt(now - Duration::hours(IDEMPOTENCY_WINDOW_HOURS)),
            ),
    )
    .execute(conn)
    .await?;
    let inserted = diesel::insert_into(idempotency_records::table)
        .values((
            idempotency_records::company_id.eq(company.0),
            idempotency_records::route.eq(CREATE_ROUTE),
            idempotency_records::key.eq(&claim.key),
            idempotency_records::request_hash.eq(claim.request_hash.to_vec()),
            idempotency_records::response_status.eq(202i16),
            idempotency_records::response_body.eq(json!({ "runId": id.0 })),
            idempotency_records::created_at.eq(now),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    if inserted == 0 {
        let (hash, body): (Vec<u8>, Value) = idempotency_records::table
            .find((company.0, CREATE_ROUTE, &claim.key))
            .select((
                idempotency_records::request_hash,
                idempotency_records::response_body,
            ))
            .first(conn)
            .await?;
        if hash != claim.request_hash {
            return Err(TxError::Store(RunStoreError::IdempotencyKeyReused));
        }
        let first: Uuid = serde_json::from_value(body["runId"].clone())
            .map_err(|e| TxError::Store(corrupt("idempotency record", e).into()))?;
        let first = load_run(conn, company, RunId(first), false).await?;
        return Ok(Some(first));
    }
    Ok(None)
}
