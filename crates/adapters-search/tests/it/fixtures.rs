//! The testkit's ranking fixture (a dozen hand-written profiles, each there to make one ranking
//! or matching rule observable) and helpers for the local index's own tests.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use sourcing_adapters_search::LocalPeopleSearch;
pub use sourcing_testkit::people_search::{ids, profile, request, sorted_ids};

pub fn profiles() -> Vec<sourcing_domain::profile::Profile> {
    sourcing_testkit::people_search::ranking_profiles()
}

pub fn local() -> LocalPeopleSearch {
    LocalPeopleSearch::from_profiles(profiles())
}

/// A unique path under the system temp dir (no tempfile crate needed for a few small files).
pub fn temp_file(name: &str, contents: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let path =
        std::env::temp_dir().join(format!("adapters-search-{}-{n}-{name}", std::process::id()));
    std::fs::write(&path, contents).unwrap();
    path
}
