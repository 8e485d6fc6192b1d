//! Backend selection: one type the app can hold whichever backend config names.

use sourcing_domain::ports::{
    NearestRequest, PeopleSearch, SearchError, SearchRequest, SearchResults,
};

use crate::http::HttpPeopleSearch;
use crate::local::LocalPeopleSearch;

/// The configured people index (`backend = "local" | "http"`), so the app stays non-generic
/// over the backend.
#[derive(Debug, Clone)]
pub enum AnyPeopleSearch {
    /// The in-process index over the corpus file.
    Local(LocalPeopleSearch),
    /// A remote Elasticsearch-compatible index.
    Http(HttpPeopleSearch),
}

impl AnyPeopleSearch {
    /// The local index, when configured, so profile lookups by id can skip the network.
    pub fn as_local(&self) -> Option<&LocalPeopleSearch> {
        match self {
            AnyPeopleSearch::Local(local) => Some(local),
            AnyPeopleSearch::Http(_) => None,
        }
    }

    /// Retries made so far against the remote index (always 0 for the local one), for metrics.
    pub fn retries(&self) -> u64 {
        match self {
            AnyPeopleSearch::Local(_) => 0,
            AnyPeopleSearch::Http(http) => http.retries(),
        }
    }
}

impl From<LocalPeopleSearch> for AnyPeopleSearch {
    fn from(local: LocalPeopleSearch) -> Self {
        AnyPeopleSearch::Local(local)
    }
}

impl From<HttpPeopleSearch> for AnyPeopleSearch {
    fn from(http: HttpPeopleSearch) -> Self {
        AnyPeopleSearch::Http(http)
    }
}

impl PeopleSearch for AnyPeopleSearch {
    async fn search(&self, request: SearchRequest) -> Result<SearchResults, SearchError> {
        match self {
            AnyPeopleSearch::Local(local) => local.search(request).await,
            AnyPeopleSearch::Http(http) => http.search(request).await,
        }
    }

    async fn nearest(&self, request: NearestRequest) -> Result<SearchResults, SearchError> {
        match self {
            AnyPeopleSearch::Local(local) => local.nearest(request).await,
            AnyPeopleSearch::Http(http) => http.nearest(request).await,
        }
    }

    fn is_available(&self) -> bool {
        match self {
            AnyPeopleSearch::Local(local) => local.is_available(),
            AnyPeopleSearch::Http(http) => http.is_available(),
        }
    }
}
