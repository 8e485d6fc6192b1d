//! A run's life cycle decided once: accepting a run, starting a pass, finishing one. Every
//! `RunRepository` asks these functions what to store and persists exactly the answer, so the
//! Postgres store and its in-memory fake cannot drift apart.

use chrono::{DateTime, Utc};

use crate::credits::{ReserveRequest, UsageKind};
use crate::ids::{CompanyId, RunId};
use crate::ports::RunStoreError;
use crate::profile::Profile;
use crate::sourcing::SourcingCandidate;
use crate::sourcing::run::{NewRun, PassOutcome, Run, RunPatch, RunStatus};

/// The outbox event a finished pass emits; the only place its name is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassEvent {
    /// The pass delivered its candidates.
    Completed,
    /// The pass failed; nothing was charged.
    Failed,
}

impl PassEvent {
    /// The event's name on the wire and in the outbox.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            PassEvent::Completed => "sourcing.completed",
            PassEvent::Failed => "sourcing.failed",
        }
    }
}

/// Why a store refuses to record a pass as the domain decided it (the transaction rolls back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undeliverable {
    /// More new candidates than the pass reserved credits for.
    OverLimit,
    /// The new candidates and their profiles differ in number.
    ProfilesMissing,
    /// A new candidate is already in the session (or twice in the pass): it would be billed twice.
    AlreadyInSession,
    /// The pass's limit does not fit the store's column.
    LimitOutOfRange,
}

impl Undeliverable {
    fn why(self) -> &'static str {
        match self {
            Undeliverable::OverLimit => "more new candidates than the pass's limit",
            Undeliverable::ProfilesMissing => "new candidates and their profiles differ in number",
            Undeliverable::AlreadyInSession => "a new candidate is already in the run's session",
            Undeliverable::LimitOutOfRange => "limit out of range",
        }
    }
}

impl From<Undeliverable> for RunStoreError {
    fn from(reason: Undeliverable) -> Self {
        RunStoreError::Repository(crate::errors::RepositoryError::Conflict(format!(
            "the pass cannot be delivered as decided: {}",
            reason.why()
        )))
    }
}

/// The credit hold of one pass: its idempotency key and amount, the same in every store.
#[must_use]
pub fn pass_hold(id: RunId, pass: i32, amount: i64) -> ReserveRequest {
    ReserveRequest {
        key: Run::reservation_key(id, pass),
        amount,
        kind: UsageKind::Sourcing,
    }
}

impl NewRun {
    /// The run as accepted, processing its first pass, and the hold that pass takes.
    #[must_use]
    pub fn accept(
        self,
        id: RunId,
        company: CompanyId,
        now: DateTime<Utc>,
    ) -> (Run, ReserveRequest) {
        let hold = pass_hold(id, 1, self.reservation());
        let run = Run {
            id,
            company_id: company,
            status: RunStatus::Processing,
            ad: self.ad,
            limit: self.limit,
            webhook_id: self.webhook_id,
            patches: Vec::new(),
            pass: 1,
            icp: None,
            found_count: 0,
            scored_count: 0,
            error_code: None,
            error_message: None,
            created_at: now,
            updated_at: now,
            completed_at: None,
        };
        (run, hold)
    }
}

/// A pass the domain allows to start: the run as it becomes and the hold the store takes.
#[derive(Debug, Clone, PartialEq)]
pub struct PassStart {
    /// The run, processing the new pass, its patches extended and last outcome cleared.
    pub run: Run,
    /// Credits the pass reserves.
    pub hold: ReserveRequest,
}

/// A pass the domain allows to finish: what the store writes, settles and emits.
#[derive(Debug, Clone, PartialEq)]
pub struct PassFinish {
    /// The run as the pass leaves it.
    pub run: Run,
    /// The reservation this pass settles.
    pub reservation_key: String,
    /// Credits charged (released: the rest of the hold).
    pub charge: i64,
    /// The event to emit.
    pub event: PassEvent,
    /// New candidates with their profiles, in order (billed); empty for a failed pass.
    pub delivered: Vec<(SourcingCandidate, Profile)>,
    /// Earlier candidates re-scored under this pass's ICP (not billed again).
    pub rescored: Vec<SourcingCandidate>,
}

impl Run {
    /// Decides a PATCH pass: refused while a pass is processing; otherwise the next pass.
    pub fn start_pass(
        &self,
        patch: RunPatch,
        now: DateTime<Utc>,
    ) -> Result<PassStart, RunStoreError> {
        if self.status == RunStatus::Processing {
            return Err(RunStoreError::InProgress);
        }
        let pass = self.pass + 1;
        let hold = pass_hold(self.id, pass, patch.reservation());
        let mut run = self.clone();
        run.status = RunStatus::Processing;
        run.pass = pass;
        run.limit = patch.limit;
        run.patches.extend(patch.query);
        run.error_code = None;
        run.error_message = None;
        run.completed_at = None;
        run.updated_at = now;
        Ok(PassStart { run, hold })
    }

    /// Decides what finishing `pass` does: `None` for a stale pass (not the one processing),
    /// a refusal for an outcome that cannot be delivered in full, else the run it leaves.
    pub fn finish_pass(
        &self,
        pass: i32,
        outcome: PassOutcome,
        now: DateTime<Utc>,
    ) -> Result<Option<PassFinish>, RunStoreError> {
        if self.status != RunStatus::Processing || self.pass != pass {
            return Ok(None);
        }
        if outcome.charge() > i64::from(self.limit) {
            return Err(Undeliverable::OverLimit.into());
        }
        let charge = outcome.charge();
        let mut run = self.clone();
        run.completed_at = Some(now);
        run.updated_at = now;
        let (event, delivered, rescored) = match outcome {
            PassOutcome::Completed {
                icp,
                found,
                scored,
                new_candidates,
                rescored,
                profiles,
            } => {
                if new_candidates.len() != profiles.len() {
                    return Err(Undeliverable::ProfilesMissing.into());
                }
                run.status = RunStatus::Completed;
                run.icp = Some(*icp);
                run.found_count = found;
                run.scored_count = scored;
                let delivered = new_candidates.into_iter().zip(profiles).collect();
                (PassEvent::Completed, delivered, rescored)
            }
            PassOutcome::Failed { failure } => {
                run.status = RunStatus::Failed;
                run.error_code = Some(failure.code().to_owned());
                run.error_message = Some(failure.message().to_owned());
                (PassEvent::Failed, Vec::new(), Vec::new())
            }
        };
        Ok(Some(PassFinish {
            run,
            reservation_key: Run::reservation_key(self.id, pass),
            charge,
            event,
            delivered,
            rescored,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::icp::{JobAd, build_icp};
    use crate::sourcing::RunFailure;
    use crate::taxonomy::Taxonomy;

    fn accepted(limit: u32) -> Run {
        let new = NewRun {
            ad: JobAd {
                title: "Site Reliability Engineer".into(),
                job_description: "Kubernetes and Go.".into(),
                location: None,
                query: None,
            },
            limit,
            webhook_id: None,
        };
        new.accept(
            RunId::new_random(),
            CompanyId(uuid::Uuid::new_v4()),
            Utc::now(),
        )
        .0
    }

    fn completed(run: &Run, new: usize) -> PassOutcome {
        let candidate = |i: usize| SourcingCandidate {
            profile_id: format!("p{i}"),
            ..SourcingCandidate::default()
        };
        PassOutcome::Completed {
            icp: Box::new(build_icp(&run.ad, Taxonomy::bundled())),
            found: 40,
            scored: 12,
            new_candidates: (0..new).map(candidate).collect(),
            rescored: vec![candidate(99)],
            profiles: (0..new).map(|_| Profile::default()).collect(),
        }
    }

    #[test]
    fn an_accepted_run_processes_pass_one_and_holds_its_whole_limit() {
        let run = accepted(20);
        assert_eq!(
            (run.status, run.pass, run.limit),
            (RunStatus::Processing, 1, 20)
        );
        let (_, hold) = NewRun {
            ad: run.ad.clone(),
            limit: 7,
            webhook_id: None,
        }
        .accept(run.id, run.company_id, run.created_at);
        assert_eq!(
            (hold.key, hold.amount),
            (Run::reservation_key(run.id, 1), 7)
        );
    }

    #[test]
    fn a_pass_cannot_start_while_one_processes_and_a_finished_run_starts_the_next() {
        let run = accepted(20);
        let patch = RunPatch {
            query: Some("remote only".into()),
            limit: 5,
        };
        assert!(matches!(
            run.start_pass(patch.clone(), Utc::now()),
            Err(RunStoreError::InProgress)
        ));
        let done = run
            .finish_pass(1, completed(&run, 2), Utc::now())
            .expect("deliverable")
            .expect("current pass");
        let start = done.run.start_pass(patch, Utc::now()).expect("may start");
        assert_eq!(start.run.pass, 2);
        assert_eq!(start.run.limit, 5);
        assert_eq!(start.run.status, RunStatus::Processing);
        assert_eq!(start.run.patches, vec!["remote only".to_owned()]);
        assert_eq!(start.run.completed_at, None);
        assert_eq!(
            (start.hold.key, start.hold.amount),
            (Run::reservation_key(run.id, 2), 5)
        );
    }

    #[test]
    fn finishing_charges_the_new_candidates_and_emits_completed() {
        let run = accepted(20);
        let finish = run
            .finish_pass(1, completed(&run, 3), Utc::now())
            .expect("deliverable")
            .expect("current pass");
        assert_eq!(finish.charge, 3);
        assert_eq!(finish.event.as_str(), "sourcing.completed");
        assert_eq!(finish.delivered.len(), 3);
        assert_eq!(finish.rescored.len(), 1);
        assert_eq!(finish.run.status, RunStatus::Completed);
        assert_eq!((finish.run.found_count, finish.run.scored_count), (40, 12));
        assert!(finish.run.icp.is_some() && finish.run.completed_at.is_some());
    }

    #[test]
    fn a_failed_pass_charges_nothing_records_why_and_emits_failed() {
        let run = accepted(20);
        let failure = RunFailure::ProviderUnavailable;
        let finish = run
            .finish_pass(1, PassOutcome::Failed { failure }, Utc::now())
            .expect("deliverable")
            .expect("current pass");
        assert_eq!((finish.charge, finish.event), (0, PassEvent::Failed));
        assert_eq!(finish.run.status, RunStatus::Failed);
        assert_eq!(finish.run.error_code.as_deref(), Some(failure.code()));
        assert!(finish.delivered.is_empty());
    }

    #[test]
    fn a_stale_pass_changes_nothing_and_an_undeliverable_one_is_refused() {
        let run = accepted(2);
        let stale = run.finish_pass(2, completed(&run, 1), Utc::now());
        assert!(matches!(stale, Ok(None)));
        let over = run.finish_pass(1, completed(&run, 3), Utc::now());
        assert!(matches!(over, Err(RunStoreError::Repository(_))));
        let mut uneven = completed(&run, 2);
        if let PassOutcome::Completed { profiles, .. } = &mut uneven {
            profiles.pop();
        }
        assert!(matches!(
            run.finish_pass(1, uneven, Utc::now()),
            Err(RunStoreError::Repository(_))
        ));
    }
}
