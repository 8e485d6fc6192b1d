//! One pass of retrieval and ranking: recall first, ranking by the scorer.
//!
//! A pass runs the retrieval ladder of [`crate::icp::retrieval_steps`] from the strict query
//! outwards until it holds enough new profiles (its `limit` × `search_multiplier`) or the
//! ladder ends. Every profile retrieved by any step is scored by the same scorer; what a widened
//! profile lacks costs points and is explained. The steps that ran are reported with the query
//! they ran (rendered from the very tree sent to the index) and what each found.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::icp::{Icp, meaning_filter, retrieval_steps};
use crate::ids::CompanyId;
use crate::matching::Scorer;
use crate::matching::meaning::{AdMeaning, Meaning};
use crate::ports::{NearestRequest, PeopleSearch, SearchError, SearchHit, SearchRequest};
use crate::profile::{Profile, normalize};
use crate::search::boolean_string;
use crate::sourcing::SourcingCandidate;
use crate::taxonomy::Taxonomy;

/// The most profiles one pass retrieves and scores (the index port's page limit).
pub const MAX_POOL: usize = 100;
/// The fewest profiles a pass asks for, so scoring has a choice even for `limit` 1.
pub const MIN_POOL: usize = 20;

/// One retrieval step that ran, as the results show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchStep {
    /// Step name (`strict`, `any_must_skill`, `title_family`, `nearby`, `country`).
    pub name: String,
    /// The query the step sent, rendered faithfully (minimum-should-match as `N OF (…)`).
    pub query: String,
    /// Profiles the index matched for this step, leaving out the session and earlier steps'.
    pub found: u64,
    /// Profiles this step added to the pass's pool (then scored).
    pub added: usize,
}

/// What one pass retrieved and how it ranked.
#[derive(Debug, Clone, PartialEq)]
pub struct PassResult {
    /// Steps that ran, strict first.
    pub steps: Vec<SearchStep>,
    /// Profiles the widest step's query matches outside the session.
    pub found: u64,
    /// Profiles scored.
    pub scored: usize,
    /// New candidates at or above the minimum score, best first, at most `limit`.
    pub ranked: Vec<(SourcingCandidate, Profile)>,
}

/// How many profiles a pass retrieves for `limit` candidates.
#[must_use]
pub fn pool_size(limit: u32, multiplier: u32) -> usize {
    (limit.saturating_mul(multiplier) as usize).clamp(MIN_POOL, MAX_POOL)
}

/// What a pass needs besides the index.
#[derive(Debug, Clone, Copy)]
pub struct PassSpec<'a> {
    /// The caller (the index is shared; this is for its logs and quotas).
    pub company: CompanyId,
    /// The ICP of this pass.
    pub icp: &'a Icp,
    /// Profiles already in the session (never retrieved again).
    pub session: &'a [Profile],
    /// New candidates to deliver at most.
    pub limit: u32,
    /// Profiles to retrieve before scoring ([`pool_size`]).
    pub pool: usize,
    /// Candidates below this are not delivered.
    pub min_match_score: u8,
    /// "Today" for tenure facts.
    pub today: NaiveDate,
    /// Taxonomies for the ladder and the scorer.
    pub taxonomy: &'a Taxonomy,
    /// The text model and its uses (the `meaning` rung after the ladder's words, titles,
    /// score and guard by meaning); `None` matches by words alone.
    pub meaning: Option<&'a Meaning>,
}

/// Runs one pass: the retrieval ladder, then scoring and ranking of everything retrieved.
pub async fn run_pass<S: PeopleSearch + ?Sized>(
    search: &S,
    spec: PassSpec<'_>,
) -> Result<PassResult, SearchError> {
    let session_ids: Vec<String> = spec.session.iter().map(|p| p.profile_id.clone()).collect();
    let mut seen: HashSet<String> = session_ids.iter().cloned().collect();
    let mut pool: Vec<SearchHit> = Vec::new();
    let mut steps = Vec::new();
    let mut found = 0u64;
    for step in retrieval_steps(spec.icp, spec.taxonomy) {
        if pool.len() >= spec.pool {
            break;
        }
        let mut exclude = session_ids.clone();
        exclude.extend(pool.iter().map(|h| h.profile.profile_id.clone()));
        let request = SearchRequest {
            company: spec.company,
            query: step.query.clone(),
            exclude_ids: exclude,
            size: spec.pool - pool.len(),
        };
        let results = search.search(request).await?;
        let before = pool.len();
        absorb(&spec, &mut pool, &mut seen, results.hits);
        // The steps widen monotonically: the widest one's matches include every earlier pool.
        found = results.total + before as u64;
        steps.push(SearchStep {
            name: step.name.to_owned(),
            query: boolean_string::render(&step.query),
            found: results.total,
            added: pool.len() - before,
        });
    }
    let ad = spec.meaning.map(|m| m.for_ad(spec.icp));
    if let Some(ad) = ad.as_ref().filter(|a| a.uses().rung)
        && let Some(model) = spec.meaning.map(Meaning::model)
        && pool.len() < spec.pool
    {
        let filter = meaning_filter(spec.icp, spec.taxonomy);
        let mut exclude = session_ids.clone();
        exclude.extend(pool.iter().map(|h| h.profile.profile_id.clone()));
        let request = NearestRequest {
            company: spec.company,
            model_id: model.model_id().to_owned(),
            vector: ad.whole().clone(),
            filter: filter.clone(),
            exclude_ids: exclude,
            size: spec.pool - pool.len(),
        };
        let results = search.nearest(request).await?;
        let before = pool.len();
        absorb(&spec, &mut pool, &mut seen, results.hits);
        // not a superset of the ladder's matches: what it adds is what it found
        found += (pool.len() - before) as u64;
        steps.push(SearchStep {
            name: "meaning".to_owned(),
            query: format!(
                "nearest in meaning to the ad within {}",
                boolean_string::render(&filter)
            ),
            found: results.total,
            added: pool.len() - before,
        });
    }
    let (scored, ranked) = rank_pool(&spec, ad.as_ref(), pool);
    Ok(PassResult {
        steps,
        found,
        scored,
        ranked,
    })
}

/// Adds hits to the pool up to its size, each profile once, in the domain's spelling whatever
/// index sent it.
fn absorb(
    spec: &PassSpec<'_>,
    pool: &mut Vec<SearchHit>,
    seen: &mut HashSet<String>,
    hits: Vec<SearchHit>,
) {
    for mut hit in hits {
        if pool.len() >= spec.pool {
            break;
        }
        normalize(&mut hit.profile, spec.taxonomy);
        if seen.insert(hit.profile.profile_id.clone()) {
            pool.push(hit);
        }
    }
}

/// Scores every usable profile (with the index's analysis when it sent one), keeps those at or
/// above the minimum, best first, `limit` of them; only those are explained.
fn rank_pool(
    spec: &PassSpec<'_>,
    ad: Option<&AdMeaning<'_>>,
    pool: Vec<SearchHit>,
) -> (usize, Vec<(SourcingCandidate, Profile)>) {
    // Isolation: a profile without identity cannot be delivered or billed; skip it.
    let usable: Vec<SearchHit> = pool
        .into_iter()
        .filter(|h| {
            !h.profile.profile_id.trim().is_empty()
                && h.profile
                    .name
                    .as_deref()
                    .is_some_and(|n| !n.trim().is_empty())
        })
        .collect();
    let scorer = Scorer::new(spec.icp, spec.today, spec.taxonomy).with_meaning(ad);
    let ranked = scorer
        .shortlist(&usable, spec.limit as usize, |profile, scored| {
            if scored.homonym {
                tracing::debug!(
                    profile_id = %profile.profile_id,
                    "not delivered: a homonym of the ad's specialty"
                );
            }
            if scored.other_field {
                tracing::debug!(
                    profile_id = %profile.profile_id,
                    "not delivered: the title is another field's by meaning"
                );
            }
            scored.score >= spec.min_match_score
                && !scored.off_role
                && !scored.homonym
                && !scored.other_field
                && !scored.outside_allowed_countries
        })
        .into_iter()
        .map(|(i, m)| {
            let profile = &usable[i].profile;
            (SourcingCandidate::from_match(profile, &m), profile.clone())
        })
        .collect();
    (usable.len(), ranked)
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;
    use crate::icp::{JobAd, build_icp};
    use crate::matching::meaning::MeaningUses;
    use crate::ports::{MockPeopleSearch, SearchHit, SearchResults};

    fn icp() -> Icp {
        build_icp(
            &JobAd {
                title: "Senior Site Reliability Engineer".into(),
                job_description: "Kubernetes, Terraform and Go on AWS. Prometheus is a plus."
                    .into(),
                location: Some("Berlin, Germany".into()),
                query: None,
            },
            Taxonomy::bundled(),
        )
    }

    fn person(id: usize) -> Profile {
        Profile {
            profile_id: format!("p{id:04}"),
            name: Some(format!("Person {id}")),
            current_role: Some("Site Reliability Engineer".into()),
            location: Some("Berlin, Germany".into()),
            country: Some("DE".into()),
            skills: vec!["Kubernetes".into(), "Terraform".into(), "Go".into()],
            years_experience: Some(6.0),
            ..Profile::default()
        }
    }

    /// An index that answers each call with `per_call` people never returned before, and
    /// records every request.
    fn index(per_call: usize, seen: Arc<Mutex<Vec<SearchRequest>>>) -> MockPeopleSearch {
        let next = Arc::new(Mutex::new(0usize));
        let mut search = MockPeopleSearch::new();
        search.expect_search().returning(move |request| {
            let mut n = next.lock().unwrap();
            let hits: Vec<SearchHit> = (0..per_call.min(request.size))
                .map(|i| SearchHit {
                    profile: person(*n + i),
                    relevance: 1.0,
                    analysis: None,
                })
                .collect();
            *n += hits.len();
            seen.lock().unwrap().push(request);
            Box::pin(async move {
                Ok(SearchResults {
                    total: hits.len() as u64,
                    hits,
                })
            })
        });
        search
    }

    fn spec<'a>(icp: &'a Icp, session: &'a [Profile]) -> PassSpec<'a> {
        PassSpec {
            company: CompanyId::new_random(),
            icp,
            session,
            limit: 5,
            pool: pool_size(5, 4),
            min_match_score: 30,
            today: chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
            taxonomy: Taxonomy::bundled(),
            meaning: None,
        }
    }

    #[tokio::test]
    async fn a_full_strict_rung_ends_the_pass_there() {
        let icp = icp();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let pass = run_pass(&index(100, seen.clone()), spec(&icp, &[]))
            .await
            .unwrap();
        assert_eq!(seen.lock().unwrap().len(), 1);
        assert_eq!(pass.steps.len(), 1);
        assert_eq!(pass.steps[0].name, "strict");
        assert_eq!(pass.steps[0].query, icp.boolean_query);
        assert_eq!(pass.steps[0].added, 20);
        assert_eq!(pass.scored, 20);
        assert_eq!(pass.ranked.len(), 5);
    }

    #[tokio::test]
    async fn a_thin_index_is_widened_rung_by_rung_leaving_out_what_it_has() {
        let icp = icp();
        let session = vec![person(9999)];
        let seen = Arc::new(Mutex::new(Vec::new()));
        let pass = run_pass(&index(1, seen.clone()), spec(&icp, &session))
            .await
            .unwrap();
        let ladder = crate::icp::retrieval_steps(&icp, Taxonomy::bundled());
        let names: Vec<&str> = pass.steps.iter().map(|s| s.name.as_str()).collect();
        let expected: Vec<&str> = ladder.iter().map(|s| s.name).collect();
        assert_eq!(names, expected, "every rung ran, in order");
        let requests = seen.lock().unwrap();
        for (i, request) in requests.iter().enumerate() {
            assert_eq!(request.query, ladder[i].query, "rung {i} ran its own query");
            assert!(
                request.exclude_ids.contains(&"p9999".to_owned()),
                "session left out"
            );
            for earlier in 0..i {
                assert!(
                    request.exclude_ids.contains(&format!("p{earlier:04}")),
                    "rung {i} leaves out p{earlier:04}, found by an earlier rung"
                );
            }
            assert_eq!(
                request.size,
                20 - i,
                "asks only for what the pool still needs"
            );
        }
        assert_eq!(pass.scored, ladder.len());
        assert_eq!(pass.ranked.len(), 5);
    }

    #[tokio::test]
    async fn the_meaning_rung_adds_the_nearest_after_the_ladder_within_its_filter() {
        let icp = icp();
        let session = vec![person(9999)];
        let mut model = crate::ports::MockTextEmbedder::new();
        model.expect_model_id().return_const("model-x".to_owned());
        model
            .expect_embed()
            .returning(|_| crate::ports::Embedding::normalised(vec![1.0, 0.0]));
        let asked = Arc::new(Mutex::new(Vec::new()));
        let mut search = index(1, Arc::new(Mutex::new(Vec::new())));
        let record = asked.clone();
        search.expect_nearest().times(1).returning(move |request| {
            record.lock().unwrap().push(request.clone());
            let hit = SearchHit {
                profile: Profile {
                    current_role: Some("Production Engineer".into()),
                    ..person(5000)
                },
                relevance: 0.8,
                analysis: None,
            };
            Box::pin(async move {
                Ok(SearchResults {
                    total: 1,
                    hits: vec![hit],
                })
            })
        });
        let meaning = Meaning::new(Arc::new(model), Taxonomy::bundled(), MeaningUses::default());
        let spec = PassSpec {
            meaning: Some(&meaning),
            ..spec(&icp, &session)
        };
        let pass = run_pass(&search, spec).await.unwrap();
        let last = pass.steps.last().unwrap();
        assert_eq!(last.name, "meaning");
        assert_eq!(last.added, 1);
        let ladder = crate::icp::retrieval_steps(&icp, Taxonomy::bundled()).len();
        assert_eq!(
            pass.steps.len(),
            ladder + 1,
            "after every rung of the ladder"
        );
        let asked = asked.lock().unwrap();
        let request = &asked[0];
        assert_eq!(request.model_id, "model-x");
        assert_eq!(request.filter, meaning_filter(&icp, Taxonomy::bundled()));
        assert!(
            request.exclude_ids.contains(&"p9999".to_owned()),
            "session left out"
        );
        assert!(
            request.exclude_ids.contains(&"p0000".to_owned()),
            "the ladder's finds left out"
        );
        assert_eq!(
            request.size,
            20 - (ladder),
            "only what the pool still needs"
        );
        assert_eq!(pass.scored, ladder + 1, "the meaning rung's find is scored");
        assert_eq!(pass.found, ladder as u64 + 1);
    }

    #[tokio::test]
    async fn with_the_rung_switched_off_nothing_is_asked_by_meaning() {
        let icp = icp();
        let mut model = crate::ports::MockTextEmbedder::new();
        model.expect_model_id().return_const("model-x".to_owned());
        model
            .expect_embed()
            .returning(|_| crate::ports::Embedding::normalised(vec![1.0, 0.0]));
        let mut search = index(1, Arc::new(Mutex::new(Vec::new())));
        search.expect_nearest().times(0);
        let uses = MeaningUses {
            rung: false,
            ..MeaningUses::default()
        };
        let meaning = Meaning::new(Arc::new(model), Taxonomy::bundled(), uses);
        let session = vec![];
        let spec = PassSpec {
            meaning: Some(&meaning),
            ..spec(&icp, &session)
        };
        let pass = run_pass(&search, spec).await.unwrap();
        assert!(pass.steps.iter().all(|s| s.name != "meaning"));
    }

    #[tokio::test]
    async fn a_failing_rung_fails_the_whole_pass() {
        let icp = icp();
        let calls = Arc::new(Mutex::new(0));
        let mut search = MockPeopleSearch::new();
        search.expect_search().returning(move |_| {
            let mut n = calls.lock().unwrap();
            *n += 1;
            let first = *n == 1;
            Box::pin(async move {
                if first {
                    Ok(SearchResults {
                        total: 1,
                        hits: vec![SearchHit {
                            profile: person(1),
                            relevance: 1.0,
                            analysis: None,
                        }],
                    })
                } else {
                    Err(SearchError::Unavailable("down".into()))
                }
            })
        });
        let err = run_pass(&search, spec(&icp, &[])).await.unwrap_err();
        assert!(matches!(err, SearchError::Unavailable(_)));
    }

    /// The local index sends each profile with the analysis it made at load: the pass scores
    /// with that analysis (here, deliberately, one made of the person before a change of title,
    /// so using it or not shows in the title points).
    #[tokio::test]
    async fn a_pass_scores_a_hit_with_the_analysis_the_index_sent() {
        use crate::matching::ProfileAnalysis;
        let icp = icp();
        let mut now = person(1);
        now.current_role = Some("Zookeeper".into());
        let before = ProfileAnalysis::of(&person(1), Taxonomy::bundled());
        let mut search = MockPeopleSearch::new();
        let hit = SearchHit {
            profile: now.clone(),
            relevance: 1.0,
            analysis: Some(Arc::new(before)),
        };
        search.expect_search().returning(move |_| {
            let hits = vec![hit.clone()];
            Box::pin(async move { Ok(SearchResults { total: 1, hits }) })
        });
        let pass = run_pass(&search, spec(&icp, &[])).await.unwrap();
        let delivered = &pass.ranked[0].0;
        assert_eq!(delivered.score_breakdown.title, 25, "{delivered:?}");
        // read on the spot, the zookeeper's title earns nothing
        let scorer = Scorer::new(&icp, spec(&icp, &[]).today, Taxonomy::bundled());
        assert_eq!(scorer.score(&now).breakdown.title, 0);
    }

    #[tokio::test]
    async fn people_in_another_country_are_scored_but_never_delivered() {
        let icp = icp();
        let mut search = MockPeopleSearch::new();
        search.expect_search().returning(|_| {
            let mut abroad = person(1);
            abroad.location = Some("Berlin, New Hampshire, United States".into());
            abroad.country = Some("US".into());
            let hits = vec![
                SearchHit {
                    profile: abroad,
                    relevance: 2.0,
                    analysis: None,
                },
                SearchHit {
                    profile: person(2),
                    relevance: 1.0,
                    analysis: None,
                },
            ];
            Box::pin(async move { Ok(SearchResults { total: 2, hits }) })
        });
        let pass = run_pass(&search, spec(&icp, &[])).await.unwrap();
        assert_eq!(pass.scored, 2);
        let ids: Vec<&str> = pass
            .ranked
            .iter()
            .map(|(c, _)| c.profile_id.as_str())
            .collect();
        assert_eq!(ids, ["p0002"]);
    }

    #[tokio::test]
    async fn hits_from_any_index_are_read_in_the_domains_spelling() {
        // an index that stores countries as names ("Deutschland", "germany") and dates as days
        let icp = icp();
        let mut search = MockPeopleSearch::new();
        search.expect_search().returning(|_| {
            let hits = [("Deutschland", 1), ("germany", 2), ("United States", 3)]
                .into_iter()
                .map(|(country, id)| {
                    let mut p = person(id);
                    p.country = Some(country.into());
                    p.location = None;
                    p.experience = vec![crate::profile::Position {
                        role: Some("Site Reliability Engineer".into()),
                        start_date: Some("2019-03-15".into()),
                        end_date: Some("present".into()),
                        ..crate::profile::Position::default()
                    }];
                    SearchHit::new(p, 1.0)
                })
                .collect();
            Box::pin(async move { Ok(SearchResults { total: 3, hits }) })
        });
        let pass = run_pass(&search, spec(&icp, &[])).await.unwrap();
        let delivered: Vec<(&str, Option<&str>, Option<&str>)> = pass
            .ranked
            .iter()
            .map(|(c, p)| {
                (
                    c.profile_id.as_str(),
                    p.country.as_deref(),
                    p.experience[0].start_date.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            delivered,
            [
                ("p0001", Some("DE"), Some("2019-03")),
                ("p0002", Some("DE"), Some("2019-03"))
            ],
            "both German spellings delivered, the US one filtered by the place rule"
        );
    }
}
