//! The sourcing use cases: accept a run, read its results, extend it, and run a pass.

use crate::company::BillingMode;
use crate::icp::{Icp, apply_patch, build_icp};
use crate::ids::{CompanyId, RunId};
use crate::matching::Scorer;
use crate::matching::meaning::{Meaning, MeaningUses};
use crate::ports::{
    Clock, CompanyRepository, CreateOutcome, IdempotencyClaim, PeopleSearch, RunRepository,
    RunStoreError, SearchError, TextEmbedder,
};
use crate::profile::normalize;
use crate::sourcing::{
    NewRun, PassOutcome, PassSpec, Run, RunFailure, RunPatch, RunResults, RunStatus,
    SourcingCandidate, pool_size, retained_since, run_pass,
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
    /// Radius around the ad's city that counts as nearby, in km.
    pub nearby_radius_km: u32,
}

impl Default for PipelineSettings {
    fn default() -> Self {
        Self {
            min_match_score: 30,
            search_multiplier: 4,
            retention_days: 30,
            nearby_radius_km: crate::icp::DEFAULT_NEARBY_RADIUS_KM,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PassReport {
    /// Delivered this many new candidates.
    Completed {
        /// New candidates.
        delivered: usize,
    },
    /// The pass failed and was recorded as failed.
    Failed {
        /// The internal cause, for the operator's log (never shown to clients).
        cause: String,
    },
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
    meaning: Option<std::sync::Arc<Meaning>>,
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
            meaning: None,
        }
    }

    /// Adds matching by meaning with this model, for the `uses` switched on: the `meaning`
    /// rung (the index must hold vectors of the model), titles, score and guard. Embeds the
    /// taxonomy's title names and the `background` sample of the index's profiles once, here.
    #[must_use]
    pub fn with_meaning(
        mut self,
        model: std::sync::Arc<dyn TextEmbedder>,
        uses: MeaningUses,
        background: &[crate::profile::Profile],
    ) -> Self {
        self.meaning = Some(std::sync::Arc::new(
            Meaning::new(model, self.taxonomy, uses).with_background(background),
        ));
        self
    }

    /// The people index (the app checks its breaker for readiness).
    pub fn search(&self) -> &S {
        &self.search
    }

    /// Refuses work the index cannot do (503), but funds first (402), as the contract orders.
    ///
    /// With the index up nothing is read here: the store's reservation refuses a prepaid
    /// balance that cannot cover `credits` (402) atomically, in the same transaction that
    /// accepts the work, so a separate read would only cost a round trip and could be stale.
    /// With the index down the balance is read to tell 402 from 503.
    async fn preflight(&self, company: CompanyId, credits: i64) -> Result<(), SourcingError> {
        if self.search.is_available() {
            return Ok(());
        }
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
        Err(SourcingError::ProviderUnavailable)
    }

    /// Accepts a run: a replay of an idempotency key answers first (whatever the balance or
    /// the breaker say now), then funds (402), breaker (503), then run + reservation + task
    /// atomically (where the store refuses what a prepaid balance cannot cover).
    pub async fn accept(
        &self,
        company: CompanyId,
        run: NewRun,
        idempotency: Option<IdempotencyClaim>,
    ) -> Result<CreateOutcome, SourcingError> {
        if let Some(claim) = &idempotency
            && let Some(first) = self.runs.replay(company, claim.clone()).await?
        {
            return Ok(CreateOutcome::Replayed(first));
        }
        self.preflight(company, run.reservation()).await?;
        Ok(self.runs.create(company, run, idempotency).await?)
    }

    async fn visible_run(&self, company: CompanyId, id: RunId) -> Result<Run, RunStoreError> {
        let run = self.runs.get(company, id).await?;
        if run.created_at < retained_since(self.clock.now(), self.settings.retention_days) {
            return Err(RunStoreError::NotFound);
        }
        Ok(run)
    }

    /// The run and its ranked candidates; expired and other companies' runs are `NotFound`.
    pub async fn results(
        &self,
        company: CompanyId,
        id: RunId,
    ) -> Result<RunResults, SourcingError> {
        let run = self.visible_run(company, id).await?;
        let candidates = self.runs.candidates(company, id).await?;
        Ok(RunResults::new(run, candidates))
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
        self.preflight(company, patch.reservation()).await?;
        Ok(self.runs.start_pass(company, id, patch).await?)
    }

    /// The ICP of a run: the ad, then every context patch in order.
    pub fn icp_for(&self, run: &Run) -> Icp {
        let mut icp = build_icp(&run.ad, self.taxonomy);
        for patch in &run.patches {
            apply_patch(&mut icp, patch, self.taxonomy);
        }
        if let Some(loc) = icp.location.as_mut() {
            loc.radius_km = self.settings.nearby_radius_km;
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
        let mut icp = self.icp_for(&run);
        let mut session = self.runs.session_profiles(company, id).await?;
        for p in &mut session {
            normalize(p, self.taxonomy);
        }
        let today = self.clock.now().date_naive();
        let spec = PassSpec {
            company,
            icp: &icp,
            session: &session,
            limit: run.limit,
            pool: pool_size(run.limit, self.settings.search_multiplier),
            min_match_score: self.settings.min_match_score,
            today,
            taxonomy: self.taxonomy,
            meaning: self.meaning.as_deref(),
        };
        let mut failure_cause = None;
        let outcome = match run_pass(&self.search, spec).await {
            Ok(pass) => {
                icp.search_steps = pass.steps;
                // one prepared ICP for the whole session (was prepared again per profile)
                let rescored = {
                    let ad = self.meaning.as_deref().map(|m| m.for_ad(&icp));
                    let scorer = Scorer::new(&icp, today, self.taxonomy).with_meaning(ad.as_ref());
                    session
                        .iter()
                        .map(|p| {
                            SourcingCandidate::from_match(p, &scorer.explain(p, &scorer.score(p)))
                        })
                        .collect()
                };
                let (new_candidates, profiles) = pass.ranked.into_iter().unzip();
                PassOutcome::Completed {
                    icp: Box::new(icp),
                    found: i64::try_from(pass.found).unwrap_or(i64::MAX),
                    scored: i64::try_from(pass.scored).unwrap_or(i64::MAX),
                    new_candidates,
                    rescored,
                    profiles,
                }
            }
            Err(err) => {
                let failure = match &err {
                    SearchError::Unavailable(_) | SearchError::RateLimited { .. } => {
                        RunFailure::ProviderUnavailable
                    }
                    SearchError::BadQuery(_) | SearchError::Other(_) => RunFailure::AgentError,
                };
                failure_cause = Some(err.to_string());
                PassOutcome::Failed { failure }
            }
        };
        let report = match &outcome {
            PassOutcome::Completed { new_candidates, .. } => PassReport::Completed {
                delivered: new_candidates.len(),
            },
            PassOutcome::Failed { .. } => PassReport::Failed {
                cause: failure_cause.unwrap_or_default(),
            },
        };
        match self.runs.finish_pass(company, id, pass, outcome).await? {
            Some(_) => Ok(report),
            None => Ok(PassReport::Stale),
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
                    failure: RunFailure::AgentRetriesExhausted,
                },
            )
            .await
            .map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::company::Company;
    use crate::errors::RepositoryError;
    use crate::icp::JobAd;
    use crate::matching::score_with;
    use crate::ports::{
        MockClock, MockCompanyRepository, MockPeopleSearch, MockRunRepository, SearchHit,
        SearchResults,
    };
    use crate::profile::Profile;
    use crate::sourcing::SourcingCandidate;

    fn company(billing: BillingMode, balance: i64) -> Company {
        Company {
            id: CompanyId::new_random(),
            name: "Acme".into(),
            billing,
            balance,
            created_at: Utc::now(),
        }
    }

    fn run(company: CompanyId, status: RunStatus, pass: i32) -> Run {
        let new = NewRun {
            ad: JobAd {
                title: "Senior Backend Engineer".into(),
                job_description: "Must have Go and PostgreSQL. Kubernetes is a plus.".into(),
                location: Some("Berlin".into()),
                query: None,
            },
            limit: 3,
            webhook_id: None,
        };
        let (mut run, _) = new.accept(RunId::new_random(), company, Utc::now());
        run.status = status;
        run.pass = pass;
        run
    }

    /// A store holding one run with an empty session.
    fn serving(stored: Run) -> MockRunRepository {
        let mut runs = MockRunRepository::new();
        runs.expect_get().returning(move |_, _| {
            let r = stored.clone();
            Box::pin(async move { Ok(r) })
        });
        runs.expect_session_profiles()
            .returning(|_, _| Box::pin(async { Ok(vec![]) }));
        runs
    }

    fn clock() -> MockClock {
        let mut clock = MockClock::new();
        clock.expect_now().returning(Utc::now);
        clock
    }

    fn new_run() -> NewRun {
        NewRun::validate(Some("SRE"), Some("Kubernetes"), None, None, Some(5), None).unwrap()
    }

    fn service(
        runs: MockRunRepository,
        companies: MockCompanyRepository,
        search: MockPeopleSearch,
    ) -> SourcingService<MockRunRepository, MockCompanyRepository, MockPeopleSearch, MockClock>
    {
        SourcingService::new(
            runs,
            companies,
            search,
            clock(),
            Taxonomy::bundled(),
            PipelineSettings::default(),
        )
    }

    /// Accepting a run of limit 5 answers 402 with 4 credits available.
    async fn assert_five_needed_four_available(
        service: SourcingService<
            MockRunRepository,
            MockCompanyRepository,
            MockPeopleSearch,
            MockClock,
        >,
        company: CompanyId,
    ) {
        let err = service.accept(company, new_run(), None).await.unwrap_err();
        assert!(matches!(
            err,
            SourcingError::Store(RunStoreError::InsufficientFunds {
                needed: 5,
                available: 4
            })
        ));
    }

    #[tokio::test]
    async fn funds_are_checked_before_the_breaker_and_nothing_is_created() {
        let poor = company(BillingMode::Prepaid, 4);
        let id = poor.id;
        let mut companies = MockCompanyRepository::new();
        companies.expect_get().returning(move |_| {
            let c = poor.clone();
            Box::pin(async move { Ok(c) })
        });
        let mut search = MockPeopleSearch::new();
        search.expect_is_available().return_const(false);
        let mut runs = MockRunRepository::new();
        runs.expect_create().times(0);
        assert_five_needed_four_available(service(runs, companies, search), id).await;
    }

    #[tokio::test]
    async fn with_the_index_up_the_store_alone_decides_funds_without_a_separate_read() {
        let id = CompanyId::new_random();
        let mut companies = MockCompanyRepository::new();
        companies.expect_get().times(0);
        let mut search = MockPeopleSearch::new();
        search.expect_is_available().return_const(true);
        let mut runs = MockRunRepository::new();
        runs.expect_create()
            .withf(|_, run, _| run.reservation() == 5)
            .times(1)
            .returning(|_, _, _| {
                Box::pin(async {
                    Err(RunStoreError::InsufficientFunds {
                        needed: 5,
                        available: 4,
                    })
                })
            });
        assert_five_needed_four_available(service(runs, companies, search), id).await;
    }

    #[tokio::test]
    async fn an_open_breaker_refuses_before_anything_is_reserved() {
        let rich = company(BillingMode::Postpaid, 0);
        let id = rich.id;
        let mut companies = MockCompanyRepository::new();
        companies.expect_get().returning(move |_| {
            let c = rich.clone();
            Box::pin(async move { Ok(c) })
        });
        let mut search = MockPeopleSearch::new();
        search.expect_is_available().return_const(false);
        let mut runs = MockRunRepository::new();
        runs.expect_create().times(0);
        let err = service(runs, companies, search)
            .accept(id, new_run(), None)
            .await
            .unwrap_err();
        assert!(matches!(err, SourcingError::ProviderUnavailable));
    }

    #[tokio::test]
    async fn a_finished_or_superseded_pass_is_not_run_again() {
        let owner = CompanyId::new_random();
        let done = run(owner, RunStatus::Completed, 2);
        let run_id = done.id;
        let mut runs = serving(done);
        runs.expect_finish_pass().times(0);
        let mut search = MockPeopleSearch::new();
        search.expect_search().times(0);
        let report = service(runs, MockCompanyRepository::new(), search)
            .execute_pass(owner, run_id, 2)
            .await
            .unwrap();
        assert_eq!(report, PassReport::Stale);
    }

    #[tokio::test]
    async fn an_unavailable_index_fails_the_pass_with_the_provider_code() {
        let owner = CompanyId::new_random();
        let processing = run(owner, RunStatus::Processing, 1);
        let run_id = processing.id;
        let mut runs = serving(processing);
        runs.expect_finish_pass()
            .withf(|_, _, pass, outcome| {
                *pass == 1
                    && matches!(
                        outcome,
                        PassOutcome::Failed {
                            failure: RunFailure::ProviderUnavailable
                        }
                    )
            })
            .times(1)
            .returning(|_, _, _, _| Box::pin(async { Ok(None) }));
        let mut search = MockPeopleSearch::new();
        search
            .expect_search()
            .times(1)
            .returning(|_| Box::pin(async { Err(SearchError::Unavailable("down".into())) }));
        let report = service(runs, MockCompanyRepository::new(), search)
            .execute_pass(owner, run_id, 1)
            .await
            .unwrap();
        // finish_pass said the pass was already recorded: reported as stale, never twice.
        assert_eq!(report, PassReport::Stale);
    }

    #[tokio::test]
    async fn a_pass_delivers_at_most_limit_new_people_and_skips_unusable_profiles() {
        let owner = CompanyId::new_random();
        let processing = run(owner, RunStatus::Processing, 1);
        let run_id = processing.id;
        let mut runs = serving(processing);
        runs.expect_finish_pass()
            .withf(|_, _, _, outcome| match outcome {
                PassOutcome::Completed {
                    new_candidates,
                    profiles,
                    scored,
                    ..
                } => {
                    new_candidates.len() == 3
                        && profiles.len() == 3
                        && *scored == 6
                        && new_candidates.iter().all(|c| c.profile_id != "nameless")
                        && new_candidates
                            .windows(2)
                            .all(|w| w[0].match_score >= w[1].match_score)
                }
                PassOutcome::Failed { .. } => false,
            })
            .times(1)
            .returning(|_, _, _, _| {
                Box::pin(async { Ok(Some(run(CompanyId::new_random(), RunStatus::Completed, 1))) })
            });
        let mut search = MockPeopleSearch::new();
        // every rung of the ladder answers with the same people: each is pooled and scored once
        search.expect_search().returning(|request| {
            assert!(request.size >= 1 && request.size <= 100);
            let mut hits: Vec<SearchHit> = (0..6)
                .map(|i| SearchHit {
                    profile: Profile {
                        profile_id: format!("p{i}"),
                        name: Some(format!("Person {i}")),
                        current_role: Some("Senior Backend Engineer".into()),
                        location: Some("Berlin, Germany".into()),
                        country: Some("DE".into()),
                        skills: vec!["Go".into(), "PostgreSQL".into()],
                        years_experience: Some(8.0),
                        ..Profile::default()
                    },
                    relevance: 1.0,
                    analysis: None,
                })
                .collect();
            hits.push(SearchHit {
                profile: Profile {
                    profile_id: "nameless".into(),
                    skills: vec!["Go".into()],
                    ..Profile::default()
                },
                relevance: 2.0,
                analysis: None,
            });
            Box::pin(async move { Ok(SearchResults { total: 7, hits }) })
        });
        let report = service(runs, MockCompanyRepository::new(), search)
            .execute_pass(owner, run_id, 1)
            .await
            .unwrap();
        assert_eq!(report, PassReport::Completed { delivered: 3 });
    }

    #[tokio::test]
    async fn the_session_is_rescored_against_the_passs_icp_exactly_as_score_with_would() {
        let owner = CompanyId::new_random();
        let processing = run(owner, RunStatus::Processing, 2);
        let run_id = processing.id;
        let session: Vec<Profile> = ["Go", "Rust"]
            .iter()
            .enumerate()
            .map(|(i, skill)| Profile {
                profile_id: format!("s{i}"),
                name: Some(format!("Session {i}")),
                current_role: Some("Backend Engineer".into()),
                location: Some("Berlin, Germany".into()),
                country: Some("DE".into()),
                skills: vec![(*skill).into(), "PostgreSQL".into()],
                years_experience: Some(6.0),
                ..Profile::default()
            })
            .collect();
        let mut runs = MockRunRepository::new();
        runs.expect_get().returning(move |_, _| {
            let r = processing.clone();
            Box::pin(async move { Ok(r) })
        });
        let stored = session.clone();
        runs.expect_session_profiles().returning(move |_, _| {
            let s = stored.clone();
            Box::pin(async move { Ok(s) })
        });
        runs.expect_finish_pass()
            .withf(move |_, _, _, outcome| match outcome {
                PassOutcome::Completed { icp, rescored, .. } => {
                    let today = Utc::now().date_naive();
                    let expected: Vec<SourcingCandidate> = session
                        .iter()
                        .map(|p| {
                            let found = score_with(icp, p, today, Taxonomy::bundled());
                            SourcingCandidate::from_match(p, &found)
                        })
                        .collect();
                    *rescored == expected && rescored.len() == 2
                }
                PassOutcome::Failed { .. } => false,
            })
            .times(1)
            .returning(|_, _, _, _| {
                Box::pin(async { Ok(Some(run(CompanyId::new_random(), RunStatus::Completed, 2))) })
            });
        let mut search = MockPeopleSearch::new();
        search
            .expect_search()
            .returning(|_| Box::pin(async { Ok(SearchResults::default()) }));
        let report = service(runs, MockCompanyRepository::new(), search)
            .execute_pass(owner, run_id, 2)
            .await
            .unwrap();
        assert_eq!(report, PassReport::Completed { delivered: 0 });
    }

    #[tokio::test]
    async fn store_failures_surface_for_a_retry() {
        let mut runs = MockRunRepository::new();
        runs.expect_get().returning(|_, _| {
            Box::pin(async {
                Err(RunStoreError::Repository(RepositoryError::Unavailable(
                    anyhow::anyhow!("db down"),
                )))
            })
        });
        let err = service(runs, MockCompanyRepository::new(), MockPeopleSearch::new())
            .execute_pass(CompanyId::new_random(), RunId::new_random(), 1)
            .await
            .unwrap_err();
        assert!(matches!(
            err,
            RunStoreError::Repository(RepositoryError::Unavailable(_))
        ));
    }
}
