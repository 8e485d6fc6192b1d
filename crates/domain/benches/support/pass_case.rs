//! The benchmark ad, shared by `benches/icp_scoring.rs` and `examples/scoring_pass.rs` so the
//! timed and the counted pass are the same work.

use std::sync::Arc;

use sourcing_domain::icp::JobAd;
use sourcing_domain::matching::ProfileAnalysis;
use sourcing_domain::ports::SearchHit;
use sourcing_domain::profile::Profile;
use sourcing_domain::taxonomy::Taxonomy;

/// A place-bound SRE ad with must-haves, nice-to-haves and an exclusion.
pub fn ad() -> JobAd {
    JobAd {
        title: "Senior Site Reliability Engineer".into(),
        job_description: "Requirements:\n- 5+ years in SRE roles\n- Kubernetes, Terraform, \
                          Prometheus\nNice to have: Go, Grafana.\nNo agencies."
            .into(),
        location: Some("Berlin, Germany".into()),
        query: None,
    }
}

/// The profiles as the local index hands them out: each with the analysis it made at load.
pub fn analysed(profiles: &[Profile]) -> Vec<SearchHit> {
    profiles
        .iter()
        .map(|p| {
            let mut hit = SearchHit::new(p.clone(), 0.0);
            hit.analysis = Some(Arc::new(ProfileAnalysis::of(p, Taxonomy::bundled())));
            hit
        })
        .collect()
}
