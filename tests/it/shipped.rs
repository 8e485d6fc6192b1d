//! One pass over the shipped corpus, as a worker runs it, for the recall and understanding tests.

use std::sync::OnceLock;

use chrono::NaiveDate;
use sourcing_adapters_search::LocalPeopleSearch;
use sourcing_domain::icp::{Icp, JobAd, build_icp};
use sourcing_domain::ids::CompanyId;
use sourcing_domain::profile::Profile;
use sourcing_domain::sourcing::{PassResult, PassSpec, pool_size, run_pass};
use sourcing_domain::taxonomy::Taxonomy;

/// The shipped corpus, loaded once per test process.
pub fn corpus() -> &'static LocalPeopleSearch {
    static INDEX: OnceLock<LocalPeopleSearch> = OnceLock::new();
    INDEX.get_or_init(|| {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/corpus/people.jsonl");
        LocalPeopleSearch::from_path(path).unwrap()
    })
}

/// The ICP of an ad with a title, a description and a location.
pub fn icp(title: &str, description: &str, location: &str) -> Icp {
    build_icp(
        &JobAd {
            title: title.into(),
            job_description: description.into(),
            location: Some(location.into()),
            query: None,
        },
        Taxonomy::bundled(),
    )
}

/// One pass with the service's defaults (multiplier 4, minimum score 30), on the corpus's date.
pub async fn pass(icp: &Icp, session: &[Profile], limit: u32) -> PassResult {
    run_pass(
        corpus(),
        PassSpec {
            company: CompanyId::new_random(),
            icp,
            session,
            limit,
            pool: pool_size(limit, 4),
            min_match_score: 30,
            today: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
            taxonomy: Taxonomy::bundled(),
            meaning: None,
        },
    )
    .await
    .unwrap()
}
