//! `LocalPeopleSearch`: the default, in-process people index over the JSON Lines corpus.

mod eval;
mod formats;
mod index;
mod load;
mod tokenize;

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use sourcing_domain::matching::ProfileAnalysis;
use sourcing_domain::ports::{PeopleSearch, SearchError, SearchHit, SearchRequest, SearchResults};
use sourcing_domain::profile::{Profile, normalize};
use sourcing_domain::taxonomy::Taxonomy;

pub use formats::Format;
pub use load::{LoadError, LoadReport};

use index::InvertedIndex;

/// In-process people index: loaded once, searched with BM25 ranking and exact `bool` semantics.
///
/// Cheap to clone (the index is shared), so one load serves every worker.
#[derive(Debug, Clone)]
pub struct LocalPeopleSearch {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    profiles: Vec<Profile>,
    /// Per profile, what scoring reads from it whatever the ad, worked out at load (with the
    /// bundled taxonomy, the one the service scores with) and handed out with every hit.
    analyses: Vec<Arc<ProfileAnalysis<'static>>>,
    by_id: HashMap<String, u32>,
    index: InvertedIndex,
    report: LoadReport,
}

impl LocalPeopleSearch {
    /// Loads a JSON Lines corpus (one profile per line, blank lines ignored) whose lines may mix
    /// our profile shape, People Data Labs person records and JSON Resume documents; a line that
    /// cannot be read or repeats an id is skipped, counted and logged (the first few with their
    /// line number and reason). Only an unreadable file fails.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self, LoadError> {
        let path = path.as_ref();
        let (profiles, report) = load::read_jsonl(path)?;
        if report.skipped() > 0 {
            tracing::warn!(
                corpus = %path.display(),
                unreadable = report.unreadable,
                duplicates = report.duplicates,
                first = ?report.problems,
                "people corpus: lines skipped"
            );
        }
        let mut index = Self::index(profiles);
        if let Some(inner) = Arc::get_mut(&mut index.inner) {
            inner.report = report;
        }
        Ok(index)
    }

    /// What the load found (formats read, lines skipped and why); empty for
    /// [`LocalPeopleSearch::from_profiles`].
    pub fn load_report(&self) -> &LoadReport {
        &self.inner.report
    }

    /// Indexes profiles already in memory (tests, fixtures); a duplicate id keeps the first one.
    pub fn from_profiles(profiles: Vec<Profile>) -> Self {
        let mut seen = HashSet::new();
        let unique: Vec<Profile> = profiles
            .into_iter()
            .filter(|p| seen.insert(p.profile_id.trim().to_owned()))
            .collect();
        Self::index(unique)
    }

    /// Builds the index over the domain's normal form of each profile; ids must already be
    /// unique.
    fn index(mut profiles: Vec<Profile>) -> Self {
        let taxonomy = Taxonomy::bundled();
        for p in &mut profiles {
            normalize(p, taxonomy);
        }
        let by_id = profiles
            .iter()
            .enumerate()
            .map(|(doc, p)| (p.profile_id.clone(), doc as u32))
            .collect();
        let index = InvertedIndex::build(&profiles);
        let analyses = profiles
            .iter()
            .map(|p| Arc::new(ProfileAnalysis::of(p, taxonomy)))
            .collect();
        Self {
            inner: Arc::new(Inner {
                profiles,
                analyses,
                by_id,
                index,
                report: LoadReport::default(),
            }),
        }
    }

    /// Looks a profile up by id, for enrichment and cards after a search.
    pub fn get(&self, profile_id: &str) -> Option<&Profile> {
        let doc = *self.inner.by_id.get(profile_id)?;
        self.inner.profiles.get(doc as usize)
    }

    /// Number of profiles in the index, for startup logs and health checks.
    pub fn len(&self) -> usize {
        self.inner.profiles.len()
    }

    /// Whether the corpus was empty, which usually means a wrong path in config.
    pub fn is_empty(&self) -> bool {
        self.inner.profiles.is_empty()
    }

    /// Runs a search synchronously (the port's async `search` just wraps this; it takes
    /// milliseconds, so it does not need a blocking thread).
    pub fn search_now(&self, request: &SearchRequest) -> SearchResults {
        let inner = &*self.inner;
        let mut matches = if request.query.is_empty() {
            eval::all_docs(&inner.index)
        } else {
            eval::evaluate(&inner.index, &request.query)
        };
        if !request.exclude_ids.is_empty() {
            let excluded: HashSet<u32> = request
                .exclude_ids
                .iter()
                .filter_map(|id| inner.by_id.get(id).copied())
                .collect();
            matches.retain(|(doc, _)| !excluded.contains(doc));
        }
        let total = matches.len() as u64;
        let by_rank = |a: &(u32, f32), b: &(u32, f32)| -> Ordering {
            b.1.total_cmp(&a.1).then_with(|| {
                inner.profiles[a.0 as usize]
                    .profile_id
                    .cmp(&inner.profiles[b.0 as usize].profile_id)
            })
        };
        let size = request.size.min(matches.len());
        if size > 0 && size < matches.len() {
            matches.select_nth_unstable_by(size - 1, by_rank);
        }
        matches.truncate(size);
        matches.sort_unstable_by(by_rank);
        SearchResults {
            total,
            hits: matches
                .into_iter()
                .map(|(doc, relevance)| SearchHit {
                    profile: inner.profiles[doc as usize].clone(),
                    relevance,
                    analysis: Some(Arc::clone(&inner.analyses[doc as usize])),
                })
                .collect(),
        }
    }
}

impl PeopleSearch for LocalPeopleSearch {
    async fn search(&self, request: SearchRequest) -> Result<SearchResults, SearchError> {
        Ok(self.search_now(&request))
    }

    fn is_available(&self) -> bool {
        true
    }
}
