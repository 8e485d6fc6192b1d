//! The people index.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use crate::ids::CompanyId;
use crate::matching::ProfileAnalysis;
use crate::ports::Embedding;
use crate::profile::Profile;
use crate::search::Query;

/// One search against the people index.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRequest {
    /// The caller, for logs and per-tenant quotas (the index itself is shared).
    pub company: CompanyId,
    /// What to find.
    pub query: Query,
    /// Profiles to leave out (already in the session).
    pub exclude_ids: Vec<String>,
    /// Maximum number of hits (1–100).
    pub size: usize,
}

/// One search by meaning: the profiles nearest to an ad's vector within a filter.
#[derive(Debug, Clone, PartialEq)]
pub struct NearestRequest {
    /// The caller, for logs and per-tenant quotas.
    pub company: CompanyId,
    /// The model the vector comes from ([`crate::ports::TextEmbedder::model_id`]): an index holding vectors
    /// of another model, or none, finds nobody.
    pub model_id: String,
    /// The ad's vector ([`crate::matching::meaning::ad_text`] embedded).
    pub vector: Embedding,
    /// What every profile found must match (place, exclusions); no ranking from it.
    pub filter: Query,
    /// Profiles to leave out (already in the session or the pool).
    pub exclude_ids: Vec<String>,
    /// Maximum number of hits (1–100).
    pub size: usize,
}

/// One profile found, with the index's own relevance score.
#[derive(Debug, Clone)]
pub struct SearchHit {
    /// The profile as the index holds it.
    pub profile: Profile,
    /// Index relevance (higher is better; scale is index-specific).
    pub relevance: f32,
    /// The profile's analysis, when the index made one as it loaded the profile
    /// ([`ProfileAnalysis::of`] with the bundled taxonomy): scoring then skips reading its
    /// texts again. `None` is always correct, only slower.
    pub analysis: Option<Arc<ProfileAnalysis<'static>>>,
}

impl SearchHit {
    /// A hit without an analysis (what a remote index returns).
    #[must_use]
    pub fn new(profile: Profile, relevance: f32) -> Self {
        SearchHit {
            profile,
            relevance,
            analysis: None,
        }
    }
}

impl PartialEq for SearchHit {
    /// The same profile at the same relevance (an analysis is derived from the profile).
    fn eq(&self, other: &Self) -> bool {
        self.profile == other.profile && self.relevance == other.relevance
    }
}

/// What a search returns.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResults {
    /// Matching profiles in the whole index (may exceed `hits.len()`).
    pub total: u64,
    /// Best hits first.
    pub hits: Vec<SearchHit>,
}

/// Failure of a people search, classified by what the caller can do.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The index is down, timed out after retries, or its breaker is open: fail the run with
    /// `PROVIDER_TEMPORARILY_UNAVAILABLE`.
    #[error("people index unavailable: {0}")]
    Unavailable(String),
    /// The index refused the query as invalid (a bug on our side): not retried.
    #[error("people index rejected the query: {0}")]
    BadQuery(String),
    /// The index throttled us and retries ran out.
    #[error("people index rate limited; retry after {retry_after:?}")]
    RateLimited {
        /// How long the index asked us to wait.
        retry_after: Option<Duration>,
    },
    /// Anything else (malformed response, …).
    #[error("people index error: {0}")]
    Other(String),
}

/// Finds people matching a query tree.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait PeopleSearch: Send + Sync + 'static {
    /// Runs one search; MUST never return a profile listed in `request.exclude_ids`, MUST
    /// return hits ordered by relevance, best first, and a hit's analysis, if any, MUST be
    /// [`ProfileAnalysis::of`] its profile with the bundled taxonomy.
    fn search(
        &self,
        request: SearchRequest,
    ) -> impl Future<Output = Result<SearchResults, SearchError>> + Send;

    /// The profiles nearest in meaning to `request.vector` among those matching its filter, the
    /// nearest first, `relevance` their cosine; MUST never return an excluded profile, and MUST
    /// return nobody when it holds no vectors of `request.model_id` (the default: an index
    /// without vectors, such as an engine that stores none).
    fn nearest(
        &self,
        request: NearestRequest,
    ) -> impl Future<Output = Result<SearchResults, SearchError>> + Send {
        let _ = request;
        std::future::ready(Ok(SearchResults::default()))
    }

    /// False while a circuit breaker refuses calls, so new runs can be refused at once (503).
    fn is_available(&self) -> bool;
}
