//! The sourcing use cases: accept a run, read its results, extend it, and run a pass.

use std::collections::HashSet;

use chrono::Duration;

use crate::company::BillingMode;
use crate::icp::{Icp, apply_patch, build_icp, compile};
use crate::ids::{CompanyId, RunId};
use crate::matching::score_profile;
use crate::ports::{
    Clock, CompanyRepository, CreateOutcome, IdempotencyClaim, PeopleSearch, RunRepository,
    RunStoreError, SearchError, SearchRequest,
};
use crate::profile::Profile;
use crate::sourcing::results::rank_candidates;
use crate::sourcing::{
    NewRun, PassOutcome, Run, RunPatch, RunResultsView, RunStatus, SourcingCandidate,
};
use crate::taxonomy::Taxonomy;

/// Tunables of the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PipelineSettings {
    /// Candidates scoring below this are not delivered (and not billed).
    pub min_match_score: u8,
    /// Profiles fetched from the index per requested candidate (more gives scoring more choice).
    pub search_multiplier: u32,
    /// Runs older than this answer 404.
    pub retention_days: i64,
}

impl Default for PipelineSettings {
    fn default() -> Self {
        Self {
            min_match_score: 30,
            search_multiplier: 4,
            retention_days: 30,
        }
    }
}

/// Failures of the sourcing use cases, each with its own HTTP answer.
#[derive(Debug, thiserror::Error)]
pub enum SourcingError {
    /// Storage outcome (not found, in progress, funds, idempotency, store failure).
    #[error(transparent)]
    Store(#[from] RunStoreError),
    /// The people index's breaker is open: a new pass would fail at once.
    #[error("people index unavailable")]
    ProviderUnavailable,
}

/// What happened to one pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassReport {
    /// Delivered this many new candidates.
    Completed {
        /// New candidates.
        delivered: usize,
    },
    /// The pass failed and was recorded as failed.
    Failed,
    /// Nothing to do: the pass was already finished or superseded (a retry after a crash).
    Stale,
}

/// The sourcing use cases over their ports.
pub struct SourcingService<R, C, S, K> {
    runs: R,
    companies: C,
    search: S,
    clock: K,
    taxonomy: &'static Taxonomy,
    settings: PipelineSettings,
}

impl<R: RunRepository, C: CompanyRepository, S: PeopleSearch, K: Clock>
    SourcingService<R, C, S, K>
{
    /// Assembles the service.
    pub fn new(
        runs: R,
        companies: C,
        search: S,
        clock: K,
        taxonomy: &'static Taxonomy,
        settings: PipelineSettings,
    ) -> Self {
        Self {
            runs,
            companies,
            search,
            clock,
            taxonomy,
            settings,
        }
    }

    /// The people index (the app checks its breaker for readiness).
    pub fn search(&self) -> &S {
        &self.search
    }

    /// Refuses work a prepaid balance cannot cover (402), then work the index cannot do (503).
    async fn preflight(&self, company: CompanyId, credits: i64) -> Result<(), SourcingError> {
        let company = self
            .companies
            .get(company)
            .await
            .map_err(RunStoreError::from)?;
        if company.billing == BillingMode::Prepaid && company.balance < credits {
            return Err(RunStoreError::InsufficientFunds {
                needed: credits,
                available: company.balance,
            }
            .into());
        }
        if !self.search.is_available() {
            return Err(SourcingError::ProviderUnavailable);
        }
        Ok(())
    }

    /// Accepts a run: funds (402), breaker (503), then run + reservation + task atomically.
    pub async fn accept(
        &self,
        company: CompanyId,
        run: NewRun,
        idempotency: Option<IdempotencyClaim>,
    ) -> Result<CreateOutcome, SourcingError> {
        self.preflight(company, i64::from(run.limit)).await?;
        Ok(self.runs.create(company, run, idempotency).await?)
    }

    async fn visible_run(&self, company: CompanyId, id: RunId) -> Result<Run, RunStoreError> {
        let run = self.runs.get(company, id).await?;
        if run.created_at < self.clock.now() - Duration::days(self.settings.retention_days) {
            return Err(RunStoreError::NotFound);
        }
        Ok(run)
    }

    /// The results view; expired and other companies' runs are `NotFound`.
    pub async fn results(
        &self,
        company: CompanyId,
        id: RunId,
    ) -> Result<RunResultsView, SourcingError> {
        let run = self.visible_run(company, id).await?;
        let candidates = self.runs.candidates(company, id).await?;
        Ok(RunResultsView::build(&run, candidates))
    }

    /// Starts another pass: 404, 409 while processing, 402, 503, then atomically queued.
    pub async fn patch(
        &self,
        company: CompanyId,
        id: RunId,
        patch: RunPatch,
    ) -> Result<Run, SourcingError> {
        let run = self.visible_run(company, id).await?;
        if run.status == RunStatus::Processing {
            return Err(RunStoreError::InProgress.into());
        }
        self.preflight(company, i64::from(patch.limit)).await?;
        Ok(self.runs.start_pass(company, id, patch).await?)
    }

    /// The ICP of a run: the ad, then every context patch in order.
    pub fn icp_for(&self, run: &Run) -> Icp {
        let mut icp = build_icp(&run.ad, self.taxonomy);
        for patch in &run.patches {
            apply_patch(&mut icp, patch, self.taxonomy);
        }
        icp
    }

    /// Runs pass `pass` of a run. Idempotent: a retried or resumed pass recomputes the same
    /// outcome and the store records it once. `Err` means a transient store failure (retry).
    pub async fn execute_pass(
        &self,
        company: CompanyId,
        id: RunId,
        pass: i32,
    ) -> Result<PassReport, RunStoreError> {
        let run = self.runs.get(company, id).await?;
        if run.status != RunStatus::Processing || run.pass != pass {
            return Ok(PassReport::Stale);
        }
        let icp = self.icp_for(&run);
        let session = self.runs.session_profiles(company, id).await?;
        let exclude: Vec<String> = session.iter().map(|p| p.profile_id.clone()).collect();
        let size =
            (run.limit.saturating_mul(self.settings.search_multiplier)).clamp(20, 100) as usize;
        let request = SearchRequest {
            company,
            query: compile(&icp),
            exclude_ids: exclude.clone(),
            size,
        };
        let outcome = match self.search.search(request).await {
            Ok(results) => self.score_pass(
                &run,
                icp,
                results.total,
                results.hits.into_iter().map(|h| h.profile),
                session,
            ),
            Err(err) => {
                let (code, message) = match &err {
                    SearchError::Unavailable(_) | SearchError::RateLimited { .. } => (
                        "PROVIDER_TEMPORARILY_UNAVAILABLE",
                        "The people index is temporarily unavailable; no credits were charged.",
                    ),
                    SearchError::BadQuery(_) | SearchError::Other(_) => (
                        "AGENT_ERROR",
                        "The sourcing agent could not complete the search; no credits were charged.",
                    ),
                };
                tracing_free_log(&err);
                PassOutcome::Failed {
                    code: code.to_owned(),
                    message: message.to_owned(),
                }
            }
        };
        let report = match &outcome {
            PassOutcome::Completed { new_candidates, .. } => PassReport::Completed {
                delivered: new_candidates.len(),
            },
            PassOutcome::Failed { .. } => PassReport::Failed,
        };
        match self.runs.finish_pass(company, id, pass, outcome).await? {
            Some(_) => Ok(report),
            None => Ok(PassReport::Stale),
        }
    }

    fn score_pass(
        &self,
        run: &Run,
        icp: Icp,
        total: u64,
        hits: impl Iterator<Item = Profile>,
        session: Vec<Profile>,
    ) -> PassOutcome {
        let today = self.clock.now().date_naive();
        let mut seen: HashSet<String> = session.iter().map(|p| p.profile_id.clone()).collect();
        let mut scored = 0i64;
        let mut fresh: Vec<(SourcingCandidate, Profile)> = Vec::new();
        for profile in hits {
            // Isolation: a profile without identity cannot be delivered or billed; skip it.
            if profile.profile_id.trim().is_empty()
                || profile.name.as_deref().is_none_or(|n| n.trim().is_empty())
            {
                continue;
            }
            if !seen.insert(profile.profile_id.clone()) {
                continue;
            }
            let result = score_profile(&icp, &profile, today);
            scored += 1;
            if result.score >= self.settings.min_match_score {
                fresh.push((SourcingCandidate::from_match(&profile, &result), profile));
            }
        }
        fresh.sort_by(|a, b| {
            b.0.match_score
                .cmp(&a.0.match_score)
                .then_with(|| a.0.profile_id.cmp(&b.0.profile_id))
        });
        fresh.truncate(run.limit as usize);
        let (mut new_candidates, profiles): (Vec<_>, Vec<_>) = fresh.into_iter().unzip();
        rank_candidates(&mut new_candidates);
        let rescored = session
            .iter()
            .map(|p| SourcingCandidate::from_match(p, &score_profile(&icp, p, today)))
            .collect();
        PassOutcome::Completed {
            icp: Box::new(icp),
            found: i64::try_from(total).unwrap_or(i64::MAX),
            scored,
            new_candidates,
            rescored,
            profiles,
        }
    }

    /// Records a pass whose task went dead as failed with `AGENT_ERROR` (idempotent).
    pub async fn fail_dead_pass(
        &self,
        company: CompanyId,
        id: RunId,
        pass: i32,
    ) -> Result<(), RunStoreError> {
        self.runs
            .finish_pass(
                company,
                id,
                pass,
                PassOutcome::Failed {
                    code: "AGENT_ERROR".to_owned(),
                    message: "The sourcing agent failed repeatedly; no credits were charged."
                        .to_owned(),
                },
            )
            .await
            .map(|_| ())
    }
}

/// The domain has no logger; search failures are reported through the stored outcome.
fn tracing_free_log(_err: &SearchError) {}
