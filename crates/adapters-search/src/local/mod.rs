//! `LocalPeopleSearch`: the default, in-process people index over the JSON Lines corpus.

mod eval;
mod formats;
mod index;
mod load;
mod store;
mod tokenize;

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use sourcing_domain::matching::{ProfileAnalysis, meaning};
use sourcing_domain::ports::{
    NearestRequest, PeopleSearch, SearchError, SearchHit, SearchRequest, SearchResults,
    TextEmbedder,
};
use sourcing_domain::profile::{Profile, normalize};
use sourcing_domain::search::Query;
use sourcing_domain::taxonomy::Taxonomy;

pub use formats::Format;
pub use index::IndexError;
pub use load::{LoadError, LoadReport};
pub use store::IndexOrigin;

use index::{Matches, PeopleIndex};

/// In-process people index: loaded once into a tantivy index, searched with BM25 ranking and
/// exact `bool` semantics.
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
    index: PeopleIndex,
    report: LoadReport,
    /// Where the index lives (memory, or a folder built now or reused).
    origin: IndexOrigin,
    /// Per profile, its meaning ([`meaning::profile_text`] embedded) as int8, when a model
    /// was given ([`LocalPeopleSearch::with_meaning`]).
    vectors: Option<Vectors>,
}

/// Profile vectors of one model: `dims` int8 components a profile (the unit vector × 127).
#[derive(Debug)]
struct Vectors {
    model_id: String,
    dims: usize,
    values: Vec<i8>,
}

impl LocalPeopleSearch {
    /// Loads a JSON Lines corpus (one profile per line, blank lines ignored) whose lines may mix
    /// our profile shape, People Data Labs person records and JSON Resume documents; a line that
    /// cannot be read or repeats an id is skipped, counted and logged (the first few with their
    /// line number and reason). Only an unreadable file, or an index that cannot be built, fails.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self, LoadError> {
        let (profiles, report) = Self::read(path.as_ref())?;
        Self::with_report(Self::index(profiles, in_memory)?, report)
    }

    /// Loads a corpus as [`LocalPeopleSearch::from_path`] does, its index kept on disk in a
    /// folder under `index_dir`: reused when it was built from the same corpus bytes, taxonomy
    /// and index format, built there first otherwise (atomically, one process at a time).
    pub fn from_path_with_index_dir(
        path: impl AsRef<Path>,
        index_dir: impl AsRef<Path>,
    ) -> Result<Self, LoadError> {
        let path = path.as_ref();
        let digest = store::digest(path)?;
        let (profiles, report) = Self::read(path)?;
        let index = Self::index(profiles, |profiles| {
            store::open_or_build(index_dir.as_ref(), &digest, profiles)
        })?;
        tracing::info!(origin = ?index.inner.origin, "people index opened");
        Self::with_report(index, report)
    }

    /// Where the index lives: memory, or a folder built at this load or reused.
    pub fn index_origin(&self) -> &IndexOrigin {
        &self.inner.origin
    }

    /// Reads the corpus, logging the lines skipped.
    fn read(path: &Path) -> Result<(Vec<Profile>, LoadReport), LoadError> {
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
        Ok((profiles, report))
    }

    fn with_report(mut index: Self, report: LoadReport) -> Result<Self, LoadError> {
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
    ///
    /// # Panics
    /// If tantivy fails to build an index in RAM, which no profile can cause (there is no I/O);
    /// [`LocalPeopleSearch::try_from_profiles`] returns that error instead.
    #[expect(
        clippy::expect_used,
        reason = "an index in RAM does no I/O; no profile can make it fail"
    )]
    pub fn from_profiles(profiles: Vec<Profile>) -> Self {
        Self::try_from_profiles(profiles).expect("an in-RAM people index builds")
    }

    /// Indexes profiles already in memory; a duplicate id keeps the first one.
    pub fn try_from_profiles(profiles: Vec<Profile>) -> Result<Self, IndexError> {
        let mut seen = HashSet::new();
        let unique: Vec<Profile> = profiles
            .into_iter()
            .filter(|p| seen.insert(p.profile_id.trim().to_owned()))
            .collect();
        Self::index(unique, in_memory)
    }

    /// Builds the index over the domain's normal form of each profile; ids must already be
    /// unique.
    fn index(
        mut profiles: Vec<Profile>,
        build: impl FnOnce(&[Profile]) -> Result<(PeopleIndex, IndexOrigin), IndexError>,
    ) -> Result<Self, IndexError> {
        let taxonomy = Taxonomy::bundled();
        for p in &mut profiles {
            normalize(p, taxonomy);
        }
        let by_id = profiles
            .iter()
            .enumerate()
            .map(|(doc, p)| (p.profile_id.clone(), doc as u32))
            .collect();
        let (index, origin) = build(&profiles)?;
        let analyses = profiles
            .iter()
            .map(|p| Arc::new(ProfileAnalysis::of(p, taxonomy)))
            .collect();
        Ok(Self {
            inner: Arc::new(Inner {
                profiles,
                analyses,
                by_id,
                index,
                report: LoadReport::default(),
                origin,
                vectors: None,
            }),
        })
    }

    /// Embeds every profile with `model` (what the `meaning` rung searches); 256 bytes a
    /// profile for a 256-dimension model, tens of thousands of profiles a second.
    #[must_use]
    pub fn with_meaning(mut self, model: &dyn TextEmbedder) -> Self {
        let dims = model.dimension();
        let mut values = Vec::with_capacity(self.inner.profiles.len() * dims);
        for p in &self.inner.profiles {
            let v = model.embed(&meaning::profile_text(p));
            // unit components fit i8 at ×127; a zero vector stays zero (never near anything)
            values.extend(
                v.values()
                    .iter()
                    .map(|x| (x * 127.0).round().clamp(-127.0, 127.0) as i8),
            );
        }
        let vectors = Vectors {
            model_id: model.model_id().to_owned(),
            dims,
            values,
        };
        match Arc::get_mut(&mut self.inner) {
            Some(inner) => inner.vectors = Some(vectors),
            None => {
                tracing::warn!("people index already shared: profile vectors not added");
            }
        }
        self
    }

    /// Up to `n` profiles spread evenly over the index (every k-th, so the same each start): the
    /// background a profile's closeness in meaning to an ad is judged against.
    #[must_use]
    pub fn sample(&self, n: usize) -> Vec<&Profile> {
        let all = &self.inner.profiles;
        let step = all.len().div_ceil(n.max(1)).max(1);
        all.iter().step_by(step).take(n).collect()
    }

    /// The model whose vectors the index holds, if any.
    pub fn meaning_model(&self) -> Option<&str> {
        self.inner.vectors.as_ref().map(|v| v.model_id.as_str())
    }

    /// Runs a search by meaning synchronously (see [`PeopleSearch::nearest`]); an index error
    /// is logged and finds nothing.
    pub fn nearest_now(&self, request: &NearestRequest) -> SearchResults {
        self.try_nearest(request).unwrap_or_else(|e| {
            tracing::error!(error = %e, "people index: search by meaning failed");
            SearchResults::default()
        })
    }

    fn try_nearest(&self, request: &NearestRequest) -> Result<SearchResults, IndexError> {
        let inner = &*self.inner;
        let Some(vectors) = inner
            .vectors
            .as_ref()
            .filter(|v| v.model_id == request.model_id && v.dims == request.vector.values().len())
        else {
            return Ok(SearchResults::default());
        };
        let docs = inner.matching(&request.filter, &request.exclude_ids)?;
        let q = request.vector.values();
        let scored: Vec<(u32, f32)> = docs
            .into_iter()
            .filter_map(|(d, _)| {
                let row = vectors
                    .values
                    .get(d as usize * vectors.dims..(d as usize + 1) * vectors.dims)?;
                let dot: f32 = row.iter().zip(q).map(|(a, b)| f32::from(*a) * b).sum();
                Some((d, dot / 127.0))
            })
            .filter(|(_, sim)| *sim > 0.0)
            .collect();
        let hits = inner.best(scored, request.size);
        Ok(SearchResults {
            total: hits.len() as u64,
            hits,
        })
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

    /// Runs a search synchronously (it takes milliseconds, so it does not need a blocking
    /// thread); an index error is logged and finds nothing.
    pub fn search_now(&self, request: &SearchRequest) -> SearchResults {
        self.try_search(request).unwrap_or_else(|e| {
            tracing::error!(error = %e, "people index: search failed");
            SearchResults::default()
        })
    }

    /// Runs a search synchronously, the index's error returned (the port's `search` wraps this).
    pub fn try_search(&self, request: &SearchRequest) -> Result<SearchResults, IndexError> {
        let inner = &*self.inner;
        let matches = inner.matching(&request.query, &request.exclude_ids)?;
        let total = matches.len() as u64;
        Ok(SearchResults {
            total,
            hits: inner.best(matches, request.size),
        })
    }
}

/// Builds the index in RAM.
fn in_memory(profiles: &[Profile]) -> Result<(PeopleIndex, IndexOrigin), IndexError> {
    Ok((PeopleIndex::build(profiles)?, IndexOrigin::Memory))
}

impl Inner {
    /// The documents `query` matches (all for an empty one) with their BM25 scores, the
    /// excluded ids left out.
    fn matching(&self, query: &Query, exclude_ids: &[String]) -> Result<Matches, IndexError> {
        let mut matches = if query.is_empty() {
            (0..self.index.doc_count()).map(|d| (d, 0.0)).collect()
        } else {
            self.index.search(query)?
        };
        if !exclude_ids.is_empty() {
            let excluded: HashSet<u32> = exclude_ids
                .iter()
                .filter_map(|id| self.by_id.get(id).copied())
                .collect();
            matches.retain(|(doc, _)| !excluded.contains(doc));
        }
        Ok(matches)
    }

    /// The `size` best of `scored` as hits, best first (ties by profile id, so results are
    /// stable), each with its analysis.
    fn best(&self, mut scored: Vec<(u32, f32)>, size: usize) -> Vec<SearchHit> {
        let by_rank = |a: &(u32, f32), b: &(u32, f32)| -> Ordering {
            b.1.total_cmp(&a.1).then_with(|| {
                self.profiles[a.0 as usize]
                    .profile_id
                    .cmp(&self.profiles[b.0 as usize].profile_id)
            })
        };
        let size = size.min(scored.len());
        if size > 0 && size < scored.len() {
            scored.select_nth_unstable_by(size - 1, by_rank);
        }
        scored.truncate(size);
        scored.sort_unstable_by(by_rank);
        scored
            .into_iter()
            .map(|(doc, relevance)| SearchHit {
                profile: self.profiles[doc as usize].clone(),
                relevance,
                analysis: Some(Arc::clone(&self.analyses[doc as usize])),
            })
            .collect()
    }
}

impl PeopleSearch for LocalPeopleSearch {
    async fn search(&self, request: SearchRequest) -> Result<SearchResults, SearchError> {
        self.try_search(&request)
            .map_err(|e| SearchError::Other(e.to_string()))
    }

    async fn nearest(&self, request: NearestRequest) -> Result<SearchResults, SearchError> {
        self.try_nearest(&request)
            .map_err(|e| SearchError::Other(e.to_string()))
    }

    fn is_available(&self) -> bool {
        true
    }
}
