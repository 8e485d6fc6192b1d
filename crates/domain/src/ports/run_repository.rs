//! Storage of sourcing runs, their candidates and their outbox events.

use std::future::Future;

use chrono::{DateTime, Utc};

use crate::errors::RepositoryError;
use crate::ids::{CompanyId, RunId};
use crate::profile::Profile;
use crate::sourcing::{NewRun, PassOutcome, Run, RunPatch, SourcingCandidate};

/// An `Idempotency-Key` and the hash of the request body it came with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdempotencyClaim {
    /// The client's key (1–255 characters).
    pub key: String,
    /// SHA-256 of the canonical request body.
    pub request_hash: [u8; 32],
}

/// Result of accepting a run.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOutcome {
    /// A new run was stored, its credits reserved and its first task queued.
    Created(Run),
    /// The same key and body were seen within 24 h: the first run, nothing new started.
    Replayed(Run),
}

/// Failures of run storage operations that callers turn into distinct answers.
#[derive(Debug, thiserror::Error)]
pub enum RunStoreError {
    /// Unknown run, another company's, or expired.
    #[error("run not found")]
    NotFound,
    /// A pass is already processing.
    #[error("run in progress")]
    InProgress,
    /// Prepaid balance cannot cover the reservation.
    #[error("insufficient funds: needed {needed}, available {available}")]
    InsufficientFunds {
        /// Credits asked for.
        needed: i64,
        /// Balance.
        available: i64,
    },
    /// The idempotency key was used with a different body.
    #[error("idempotency key reused with a different body")]
    IdempotencyKeyReused,
    /// Store failure.
    #[error(transparent)]
    Repository(#[from] RepositoryError),
}

/// Stores runs; every method is scoped to a company.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait RunRepository: Send + Sync + 'static {
    /// Stores a new run, reserves `run.reservation()` credits (key `Run::reservation_key(id, 1)`)
    /// and queues its first pass, all in ONE transaction. With an idempotency claim already
    /// stored for this company (within 24 h) it MUST return `Replayed` with the first run as it
    /// is now when the hash matches, `IdempotencyKeyReused` otherwise, and reserve nothing. A
    /// refused create (`InsufficientFunds`, `IdempotencyKeyReused`) MUST write, reserve and
    /// queue nothing; concurrent creates MUST never overdraw a prepaid balance. Keys are per
    /// company: another company's key is unknown.
    fn create(
        &self,
        company: CompanyId,
        run: NewRun,
        idempotency: Option<IdempotencyClaim>,
    ) -> impl Future<Output = Result<CreateOutcome, RunStoreError>> + Send;

    /// The run first accepted under this idempotency key within 24 h (as it is now), if any;
    /// MUST fail with `IdempotencyKeyReused` when the key came with a different body. Read-only:
    /// lets a replay answer before funds or the breaker are checked again.
    fn replay(
        &self,
        company: CompanyId,
        idempotency: IdempotencyClaim,
    ) -> impl Future<Output = Result<Option<Run>, RunStoreError>> + Send;

    /// The run; MUST return `NotFound` for another company's run.
    fn get(
        &self,
        company: CompanyId,
        id: RunId,
    ) -> impl Future<Output = Result<Run, RunStoreError>> + Send;

    /// Every candidate of the run's session (any order); for an unknown or another company's
    /// run MUST show nothing (empty or `NotFound`).
    fn candidates(
        &self,
        company: CompanyId,
        id: RunId,
    ) -> impl Future<Output = Result<Vec<SourcingCandidate>, RunStoreError>> + Send;

    /// Full profiles of the session's candidates as first delivered, for re-ranking; for an
    /// unknown or another company's run MUST show nothing (empty or `NotFound`).
    fn session_profiles(
        &self,
        company: CompanyId,
        id: RunId,
    ) -> impl Future<Output = Result<Vec<Profile>, RunStoreError>> + Send;

    /// For each of `profile_ids` that one of the company's runs created at or after
    /// `runs_since` delivered (the retention cutoff, decided by the caller): its candidate as last
    /// scored and its profile as first delivered (the most recently updated delivery when
    /// several runs hold it), at most one entry per id. Ids the company never received, or only
    /// in expired runs, are absent, so another company's candidates look exactly like unknown
    /// ones.
    fn company_candidates(
        &self,
        company: CompanyId,
        profile_ids: Vec<String>,
        runs_since: DateTime<Utc>,
    ) -> impl Future<Output = Result<Vec<(SourcingCandidate, Profile)>, RunStoreError>> + Send;

    /// Starts another pass (PATCH) in ONE transaction: `NotFound` for another company's run,
    /// refuses with `InProgress` while processing, reserves `patch.reservation()` credits
    /// (`InsufficientFunds` changes nothing), appends the context patch, sets the run back to
    /// processing with `pass + 1` and queues the pass.
    fn start_pass(
        &self,
        company: CompanyId,
        id: RunId,
        patch: RunPatch,
    ) -> impl Future<Output = Result<Run, RunStoreError>> + Send;

    /// Finishes pass `pass` in ONE transaction: stores the outcome, settles the pass's
    /// reservation to exactly `outcome.charge()`, and writes the `sourcing.completed` /
    /// `sourcing.failed` outbox event. MUST be idempotent: when the run is no longer processing
    /// pass `pass`, it changes nothing and returns `None`. MUST refuse (a `Conflict`, nothing
    /// stored or settled) an outcome it cannot store as decided: a new candidate already in the
    /// session or twice in the pass, candidates and profiles of different lengths, more new
    /// candidates than the pass's limit. `NotFound` for another company's run.
    fn finish_pass(
        &self,
        company: CompanyId,
        id: RunId,
        pass: i32,
        outcome: PassOutcome,
    ) -> impl Future<Output = Result<Option<Run>, RunStoreError>> + Send;
}
