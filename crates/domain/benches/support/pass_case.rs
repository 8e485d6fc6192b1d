//! The benchmark ad, shared by `benches/icp_scoring.rs` and `examples/scoring_pass.rs` so the
//! timed and the counted pass are the same work.

use sourcing_domain::icp::JobAd;

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
