//! The enrichment use cases: accept a batch (funds first), run it with every profile isolated,
//! and read its results.

use futures_util::future::join_all;

use crate::company::BillingMode;
use crate::enrichment::{
    Enrichment, EnrichmentId, EnrichmentOutcome, EnrichmentStatus, ItemOutcome, ItemResult,
    NewEnrichment, PROFILE_NOT_FOUND,
};
use crate::ids::CompanyId;
use crate::ports::{
    CompanyRepository, EnrichmentRepository, ProfileEnricher, RunRepository, RunStoreError,
};
use crate::sourcing::Retention;

/// What running one enrichment did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnrichmentReport {
    /// Finished: this many profiles enriched, this many failed.
    Completed {
        /// Enriched (billed) profiles.
        enriched: usize,
        /// Failed (free) profiles.
        failed: usize,
    },
    /// Already finished (a retry after a crash).
    Stale,
}

/// The enrichment use cases over their ports.
pub struct EnrichmentService<E, R, C, P> {
    enrichments: E,
    runs: R,
    companies: C,
    enricher: P,
    retention: Retention,
}

impl<E: EnrichmentRepository, R: RunRepository, C: CompanyRepository, P: ProfileEnricher>
    EnrichmentService<E, R, C, P>
{
    /// Assembles the service; `retention` decides which runs' candidates may still be enriched.
    pub fn new(enrichments: E, runs: R, companies: C, enricher: P, retention: Retention) -> Self {
        Self {
            enrichments,
            runs,
            companies,
            enricher,
            retention,
        }
    }

    /// Accepts a batch: a prepaid balance must cover every id (402), then the run, its
    /// reservation and its task are stored atomically.
    pub async fn accept(
        &self,
        company: CompanyId,
        new: NewEnrichment,
    ) -> Result<Enrichment, RunStoreError> {
        let found = self.companies.get(company).await?;
        let needed = new.reservation();
        if found.billing == BillingMode::Prepaid && found.balance < needed {
            return Err(RunStoreError::InsufficientFunds {
                needed,
                available: found.balance,
            });
        }
        self.enrichments.create(company, new).await
    }

    /// The run; another company's is `NotFound`.
    pub async fn results(
        &self,
        company: CompanyId,
        id: EnrichmentId,
    ) -> Result<Enrichment, RunStoreError> {
        self.enrichments.get(company, id).await
    }

    /// Runs a batch: ids the company never received fail with `PROFILE_NOT_FOUND`, the others
    /// are enriched concurrently, each failure kept to its profile (the enricher given to the
    /// service enforces the per-profile time budget). Idempotent: a finished run is `Stale`.
    pub async fn execute(
        &self,
        company: CompanyId,
        id: EnrichmentId,
    ) -> Result<EnrichmentReport, RunStoreError> {
        let run = self.enrichments.get(company, id).await?;
        if run.status != EnrichmentStatus::Processing {
            return Ok(EnrichmentReport::Stale);
        }
        let found = self
            .runs
            .company_candidates(company, run.profile_ids.clone(), self.retention.since())
            .await?;
        let items = join_all(run.profile_ids.iter().map(|profile_id| {
            let hit = found.iter().find(|(c, _)| &c.profile_id == profile_id);
            async move {
                let outcome = match hit {
                    None => ItemOutcome::Failed {
                        code: PROFILE_NOT_FOUND.to_owned(),
                        message: "No run of this company delivered this profile.".to_owned(),
                    },
                    Some((candidate, profile)) => match self.enricher.enrich(profile).await {
                        Ok(enrichment) if !enrichment.emails.is_empty() => {
                            let mut candidate = candidate.clone();
                            candidate.emails = enrichment
                                .emails
                                .iter()
                                .map(|e| e.address.clone())
                                .collect();
                            ItemOutcome::Enriched {
                                candidate: Box::new(candidate),
                                emails: enrichment.emails,
                            }
                        }
                        // an enricher that "succeeds" with nothing found has found nothing
                        Ok(_) => ItemOutcome::Failed {
                            code: "ENRICHMENT_NO_MATCH".to_owned(),
                            message: "No email address was found for this profile.".to_owned(),
                        },
                        Err(e) => ItemOutcome::Failed {
                            code: e.code().to_owned(),
                            message: e.message().to_owned(),
                        },
                    },
                };
                ItemResult {
                    profile_id: profile_id.clone(),
                    outcome,
                }
            }
        }))
        .await;
        let enriched = items.iter().filter(|i| i.is_enriched()).count();
        let failed = items.len() - enriched;
        match self
            .enrichments
            .finish(company, id, EnrichmentOutcome::Completed { items })
            .await?
        {
            Some(_) => Ok(EnrichmentReport::Completed { enriched, failed }),
            None => Ok(EnrichmentReport::Stale),
        }
    }

    /// Records a run whose task died on every attempt as failed (nothing charged).
    pub async fn fail_dead(
        &self,
        company: CompanyId,
        id: EnrichmentId,
    ) -> Result<(), RunStoreError> {
        self.enrichments
            .finish(company, id, EnrichmentOutcome::Failed)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use chrono::Utc;

    use super::*;
    use crate::company::Company;
    use crate::ports::{
        DiscoveredEmail, EnrichError, Enrichment as Found, MockCompanyRepository,
        MockEnrichmentRepository, MockProfileEnricher, MockRunRepository,
    };
    use crate::profile::Profile;
    use crate::sourcing::SourcingCandidate;

    const ACME: CompanyId = CompanyId(uuid::Uuid::from_u128(1));

    fn stored(ids: &[&str], status: EnrichmentStatus) -> Enrichment {
        Enrichment {
            id: EnrichmentId(uuid::Uuid::from_u128(2)),
            company_id: ACME,
            status,
            profile_ids: ids.iter().map(|s| (*s).to_owned()).collect(),
            webhook_id: None,
            items: vec![],
            credits_consumed: 0,
            created_at: Utc::now(),
            updated_at: Utc::now(),
            completed_at: None,
        }
    }

    fn delivered(id: &str) -> (SourcingCandidate, Profile) {
        (
            SourcingCandidate {
                profile_id: id.into(),
                match_score: 77,
                ..SourcingCandidate::default()
            },
            Profile {
                profile_id: id.into(),
                name: Some(format!("Person {id}")),
                ..Profile::default()
            },
        )
    }

    fn fixed_now() -> chrono::DateTime<Utc> {
        chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default()
    }

    struct FixedClock;

    impl crate::ports::Clock for FixedClock {
        fn now(&self) -> chrono::DateTime<Utc> {
            fixed_now()
        }
    }

    fn retention() -> Retention {
        Retention::new(30, Arc::new(FixedClock))
    }

    fn company(billing: BillingMode, balance: i64) -> MockCompanyRepository {
        let mut companies = MockCompanyRepository::new();
        companies.expect_get().returning(move |_| {
            Box::pin(async move {
                Ok(Company {
                    id: ACME,
                    name: "Acme".into(),
                    billing,
                    balance,
                    created_at: Utc::now(),
                })
            })
        });
        companies
    }

    #[tokio::test]
    async fn every_profile_fails_alone_and_the_rest_are_enriched_in_order() {
        let mut enrichments = MockEnrichmentRepository::new();
        enrichments.expect_get().returning(|_, _| {
            Box::pin(async { Ok(stored(&["a", "b", "c", "d"], EnrichmentStatus::Processing)) })
        });
        let finished: Arc<Mutex<Vec<EnrichmentOutcome>>> = Arc::default();
        let seen = finished.clone();
        enrichments
            .expect_finish()
            .times(1)
            .returning(move |_, _, outcome| {
                seen.lock().unwrap().push(outcome);
                Box::pin(async { Ok(Some(stored(&[], EnrichmentStatus::Completed))) })
            });
        let mut runs = MockRunRepository::new();
        runs.expect_company_candidates()
            .withf(|company, ids, since| {
                *company == ACME
                    && ids == &["a", "b", "c", "d"]
                    && *since == crate::sourcing::retained_since(fixed_now(), 30)
            })
            .returning(|_, _, _| {
                Box::pin(async { Ok(vec![delivered("a"), delivered("c"), delivered("d")]) })
            });
        let mut enricher = MockProfileEnricher::new();
        enricher.expect_enrich().times(3).returning(|profile| {
            let id = profile.profile_id.clone();
            Box::pin(async move {
                match id.as_str() {
                    "a" => Ok(Found {
                        emails: vec![DiscoveredEmail {
                            address: "person.a@acme.example".into(),
                            confidence: 95,
                            pattern: "{first}.{last}".into(),
                        }],
                    }),
                    "c" => Err(EnrichError::NoCompanyDomain),
                    _ => Ok(Found::default()),
                }
            })
        });
        let service = EnrichmentService::new(
            enrichments,
            runs,
            company(BillingMode::Prepaid, 10),
            enricher,
            retention(),
        );
        let report = service
            .execute(ACME, EnrichmentId(uuid::Uuid::from_u128(2)))
            .await
            .unwrap();
        assert_eq!(
            report,
            EnrichmentReport::Completed {
                enriched: 1,
                failed: 3
            }
        );
        let outcome = finished.lock().unwrap().pop().unwrap();
        assert_eq!(outcome.charge(), 1);
        let EnrichmentOutcome::Completed { items } = outcome else {
            panic!("completed");
        };
        let ids: Vec<&str> = items.iter().map(|i| i.profile_id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c", "d"]);
        match &items[0].outcome {
            ItemOutcome::Enriched { candidate, emails } => {
                assert_eq!(candidate.emails, vec!["person.a@acme.example"]);
                assert_eq!(candidate.match_score, 77, "the run's scoring is kept");
                assert_eq!(emails[0].confidence, 95);
            }
            other => panic!("{other:?}"),
        }
        let codes: Vec<&str> = items[1..]
            .iter()
            .map(|i| match &i.outcome {
                ItemOutcome::Failed { code, .. } => code.as_str(),
                ItemOutcome::Enriched { .. } => "enriched",
            })
            .collect();
        assert_eq!(
            codes,
            [
                PROFILE_NOT_FOUND,
                "ENRICHMENT_NO_COMPANY_DOMAIN",
                "ENRICHMENT_NO_MATCH"
            ]
        );
    }

    #[tokio::test]
    async fn a_finished_batch_is_not_run_again() {
        let mut enrichments = MockEnrichmentRepository::new();
        enrichments
            .expect_get()
            .returning(|_, _| Box::pin(async { Ok(stored(&["a"], EnrichmentStatus::Completed)) }));
        enrichments.expect_finish().never();
        let mut enricher = MockProfileEnricher::new();
        enricher.expect_enrich().never();
        let service = EnrichmentService::new(
            enrichments,
            MockRunRepository::new(),
            company(BillingMode::Prepaid, 10),
            enricher,
            retention(),
        );
        let report = service
            .execute(ACME, EnrichmentId(uuid::Uuid::from_u128(2)))
            .await
            .unwrap();
        assert_eq!(report, EnrichmentReport::Stale);
    }

    #[tokio::test]
    async fn a_prepaid_balance_must_cover_the_whole_batch_up_front() {
        let new =
            NewEnrichment::validate(Some(vec!["a".into(), "b".into(), "c".into()]), None).unwrap();
        let mut refused = MockEnrichmentRepository::new();
        refused.expect_create().never();
        let service = EnrichmentService::new(
            refused,
            MockRunRepository::new(),
            company(BillingMode::Prepaid, 2),
            MockProfileEnricher::new(),
            retention(),
        );
        let err = service.accept(ACME, new.clone()).await.unwrap_err();
        assert!(matches!(
            err,
            RunStoreError::InsufficientFunds {
                needed: 3,
                available: 2
            }
        ));

        let mut accepted = MockEnrichmentRepository::new();
        accepted.expect_create().times(1).returning(|_, _| {
            Box::pin(async { Ok(stored(&["a", "b", "c"], EnrichmentStatus::Processing)) })
        });
        let postpaid = EnrichmentService::new(
            accepted,
            MockRunRepository::new(),
            company(BillingMode::Postpaid, 0),
            MockProfileEnricher::new(),
            retention(),
        );
        assert!(
            postpaid.accept(ACME, new).await.is_ok(),
            "postpaid is billed later"
        );
    }
}
