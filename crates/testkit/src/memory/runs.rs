//! In-memory `RunRepository`: runs, sessions and idempotency keys in the fakes' shared store,
//! reserving and settling through the in-memory ledger under the same lock.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, Utc};
use sourcing_domain::credits::{CreditError, ReserveRequest};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::{CompanyId, RunId};
use sourcing_domain::ports::{CreateOutcome, IdempotencyClaim, RunRepository, RunStoreError};
use sourcing_domain::profile::Profile;
use sourcing_domain::sourcing::{
    NewRun, PassOutcome, Run, RunPatch, RunStatus, SourcingCandidate, Undeliverable,
};

use super::credit_ledger::{reserve_in, settle_in};
use super::{InMemoryCompanyRepository, Shared, Store, now};
use crate::run_repository::{RunEffects, RunEvent};

/// How long an idempotency key is remembered (as in Postgres).
const IDEMPOTENCY_WINDOW_HOURS: i64 = 24;

/// An idempotency key as stored: the body's hash and the run it accepted.
#[derive(Debug, Clone)]
struct Claimed {
    request_hash: [u8; 32],
    run: RunId,
    at: DateTime<Utc>,
}

/// The runs' part of the shared store.
#[derive(Debug, Default)]
pub(super) struct RunTables {
    runs: HashMap<RunId, Run>,
    /// Each run's session, by profile id (so a profile is in it at most once).
    sessions: HashMap<RunId, BTreeMap<String, (SourcingCandidate, Profile)>>,
    idempotency: HashMap<(CompanyId, String), Claimed>,
    /// Passes queued, in order.
    queued: Vec<(RunId, i32)>,
    /// Outbox events, in order.
    events: Vec<RunEvent>,
}

impl RunTables {
    /// Every run's status (for the operators' counts).
    pub(super) fn statuses(&self) -> impl Iterator<Item = RunStatus> + '_ {
        self.runs.values().map(|run| run.status)
    }
}

/// In-memory `RunRepository` over the companies and credits of an
/// [`InMemoryCompanyRepository`]: every method reads, checks and writes under the one lock.
#[derive(Debug, Clone)]
pub struct InMemoryRunRepository {
    store: Shared,
}

impl InMemoryRunRepository {
    /// The runs of these companies (shares their store, so reservations move their balances).
    pub fn new(companies: &InMemoryCompanyRepository) -> Self {
        Self {
            store: companies.store.clone(),
        }
    }
}

impl RunEffects for InMemoryRunRepository {
    async fn queued_passes(&self) -> Vec<(RunId, i32)> {
        self.store.lock().runs.queued.clone()
    }

    async fn events(&self) -> Vec<RunEvent> {
        self.store.lock().runs.events.clone()
    }
}

fn credit_error(err: CreditError) -> RunStoreError {
    match err {
        CreditError::InsufficientFunds { needed, available } => {
            RunStoreError::InsufficientFunds { needed, available }
        }
        CreditError::Repository(e) => RunStoreError::Repository(e),
        other => RunStoreError::Repository(RepositoryError::Conflict(other.to_string())),
    }
}

fn reserve(
    store: &mut Store,
    company: CompanyId,
    hold: ReserveRequest,
) -> Result<(), RunStoreError> {
    reserve_in(store, company, hold).map_err(credit_error)?;
    Ok(())
}

/// The company's run; another company's looks missing.
fn owned(tables: &RunTables, company: CompanyId, id: RunId) -> Result<&Run, RunStoreError> {
    tables
        .runs
        .get(&id)
        .filter(|run| run.company_id == company)
        .ok_or(RunStoreError::NotFound)
}

/// The company's run's session; empty for an unknown or another company's run (as Postgres).
fn session(
    tables: &RunTables,
    company: CompanyId,
    id: RunId,
) -> impl Iterator<Item = &(SourcingCandidate, Profile)> {
    owned(tables, company, id)
        .ok()
        .and_then(|_| tables.sessions.get(&id))
        .into_iter()
        .flat_map(BTreeMap::values)
}

/// The first run accepted under this key within the window, checked against the body's hash.
fn replayed(
    tables: &RunTables,
    company: CompanyId,
    claim: &IdempotencyClaim,
    now: DateTime<Utc>,
) -> Result<Option<Run>, RunStoreError> {
    let Some(first) = tables
        .idempotency
        .get(&(company, claim.key.clone()))
        .filter(|c| c.at >= now - Duration::hours(IDEMPOTENCY_WINDOW_HOURS))
    else {
        return Ok(None);
    };
    if first.request_hash != claim.request_hash {
        return Err(RunStoreError::IdempotencyKeyReused);
    }
    Ok(Some(owned(tables, company, first.run)?.clone()))
}

impl RunRepository for InMemoryRunRepository {
    async fn create(
        &self,
        company: CompanyId,
        run: NewRun,
        idempotency: Option<IdempotencyClaim>,
    ) -> Result<CreateOutcome, RunStoreError> {
        let mut store = self.store.lock();
        let store = &mut *store;
        let now = now();
        if let Some(claim) = &idempotency
            && let Some(first) = replayed(&store.runs, company, claim, now)?
        {
            return Ok(CreateOutcome::Replayed(first));
        }
        let id = RunId::new_random();
        let (created, hold) = run.accept(id, company, now);
        // Reserve first: when it is refused, nothing has been written.
        reserve(store, company, hold)?;
        let tables = &mut store.runs;
        if let Some(claim) = idempotency {
            let stored = Claimed {
                request_hash: claim.request_hash,
                run: id,
                at: now,
            };
            tables.idempotency.insert((company, claim.key), stored);
        }
        tables.runs.insert(id, created.clone());
        tables.queued.push((id, 1));
        Ok(CreateOutcome::Created(created))
    }

    async fn replay(
        &self,
        company: CompanyId,
        idempotency: IdempotencyClaim,
    ) -> Result<Option<Run>, RunStoreError> {
        replayed(&self.store.lock().runs, company, &idempotency, now())
    }

    async fn get(&self, company: CompanyId, id: RunId) -> Result<Run, RunStoreError> {
        owned(&self.store.lock().runs, company, id).cloned()
    }

    async fn candidates(
        &self,
        company: CompanyId,
        id: RunId,
    ) -> Result<Vec<SourcingCandidate>, RunStoreError> {
        let store = self.store.lock();
        Ok(session(&store.runs, company, id)
            .map(|(c, _)| c.clone())
            .collect())
    }

    async fn session_profiles(
        &self,
        company: CompanyId,
        id: RunId,
    ) -> Result<Vec<Profile>, RunStoreError> {
        let store = self.store.lock();
        Ok(session(&store.runs, company, id)
            .map(|(_, p)| p.clone())
            .collect())
    }

    async fn company_candidates(
        &self,
        company: CompanyId,
        profile_ids: Vec<String>,
        runs_since: chrono::DateTime<chrono::Utc>,
    ) -> Result<Vec<(SourcingCandidate, Profile)>, RunStoreError> {
        let store = self.store.lock();
        let tables = &store.runs;
        // the most recently updated run holding the id wins, as in Postgres
        let mut found: BTreeMap<
            String,
            (chrono::DateTime<chrono::Utc>, SourcingCandidate, Profile),
        > = BTreeMap::new();
        for (run_id, session) in &tables.sessions {
            let Some(run) = tables
                .runs
                .get(run_id)
                .filter(|r| r.company_id == company && r.created_at >= runs_since)
            else {
                continue;
            };
            for id in &profile_ids {
                if let Some((candidate, profile)) = session.get(id) {
                    let newer = found.get(id).is_none_or(|(at, _, _)| run.updated_at > *at);
                    if newer {
                        found.insert(
                            id.clone(),
                            (run.updated_at, candidate.clone(), profile.clone()),
                        );
                    }
                }
            }
        }
        Ok(found.into_values().map(|(_, c, p)| (c, p)).collect())
    }

    async fn start_pass(
        &self,
        company: CompanyId,
        id: RunId,
        patch: RunPatch,
    ) -> Result<Run, RunStoreError> {
        let mut store = self.store.lock();
        let store = &mut *store;
        let start = owned(&store.runs, company, id)?.start_pass(patch, now())?;
        reserve(store, company, start.hold)?;
        let tables = &mut store.runs;
        tables.runs.insert(id, start.run.clone());
        tables.queued.push((id, start.run.pass));
        Ok(start.run)
    }

    async fn finish_pass(
        &self,
        company: CompanyId,
        id: RunId,
        pass: i32,
        outcome: PassOutcome,
    ) -> Result<Option<Run>, RunStoreError> {
        let mut store = self.store.lock();
        let store = &mut *store;
        let Some(finish) = owned(&store.runs, company, id)?.finish_pass(pass, outcome, now())?
        else {
            return Ok(None);
        };
        // Every new candidate is delivered and billed exactly as decided; one already in the
        // session (or twice in the pass) makes the pass undeliverable, nothing changes.
        let mut fresh = BTreeMap::new();
        let known = store.runs.sessions.get(&id);
        for (candidate, profile) in finish.delivered {
            let seen = known.is_some_and(|s| s.contains_key(&candidate.profile_id));
            if seen || fresh.contains_key(&candidate.profile_id) {
                return Err(Undeliverable::AlreadyInSession.into());
            }
            fresh.insert(candidate.profile_id.clone(), (candidate, profile));
        }
        settle_in(store, company, finish.reservation_key, finish.charge).map_err(credit_error)?;
        let tables = &mut store.runs;
        let session = tables.sessions.entry(id).or_default();
        session.extend(fresh);
        for candidate in finish.rescored {
            if let Some(entry) = session.get_mut(&candidate.profile_id) {
                entry.0 = candidate;
            }
        }
        tables.runs.insert(id, finish.run.clone());
        tables
            .events
            .push(RunEvent::new(id, pass, finish.event.as_str()));
        Ok(Some(finish.run))
    }
}
