//! The static embedder over the committed model: the port's contract (and the in-memory fake's),
//! and meaning on a fixed list of pairs.

// Helpers outside #[test] fns are still test code; clippy.toml's allowances only see the fns.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::sync::OnceLock;

use sourcing_adapters_embed::StaticEmbedder;
use sourcing_domain::ports::TextEmbedder;
use sourcing_testkit::memory::HashedWordsEmbedder;
use sourcing_testkit::text_embedder_contract;

fn model_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/model/minilm-static-256.bin")
}

fn model() -> &'static StaticEmbedder {
    static MODEL: OnceLock<StaticEmbedder> = OnceLock::new();
    MODEL.get_or_init(|| StaticEmbedder::from_path(model_path()).unwrap())
}

#[test]
fn the_static_model_keeps_the_contract() {
    text_embedder_contract(model());
    assert_eq!(model().dimension(), 256);
    assert!(model().model_id().starts_with("minilm-static-256-"));
}

#[test]
fn the_in_memory_fake_keeps_the_contract() {
    text_embedder_contract(&HashedWordsEmbedder);
}

#[test]
fn a_malformed_or_missing_file_is_an_error_not_a_panic() {
    let bytes = std::fs::read(model_path()).unwrap();
    for cut in [0, 7, 15, 100, bytes.len() / 2, bytes.len() - 10] {
        assert!(
            StaticEmbedder::from_bytes(&bytes[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    let mut wrong = bytes.clone();
    wrong[0] = b'X';
    assert!(StaticEmbedder::from_bytes(&wrong).is_err());
    assert!(StaticEmbedder::from_path("/nonexistent/model.bin").is_err());
}

/// `(a, near, far)`: `a` is closer in meaning to `near` than to `far`.
const PAIRS: &[(&str, &str, &str)] = &[
    (
        "Site Reliability Engineer",
        "Production Engineer",
        "Truck Driver",
    ),
    (
        "Site Reliability Engineer",
        "DevOps Engineer",
        "Registered Nurse",
    ),
    ("Truck Driver", "HGV Driver", "Backend Developer"),
    ("Registered Nurse", "ICU Nurse", "Electrician"),
    (
        "Account Manager",
        "Customer Success Manager",
        "Truck Driver",
    ),
    ("Data Analyst", "Quality Control Analyst", "Chef de cuisine"),
    // homonyms: the words shared, the job not
    (
        "Site Reliability Engineer: Kubernetes, Prometheus, on-call for our cloud platform",
        "Platform engineer running Kubernetes clusters and incident response",
        "Reliability engineer: vibration analysis, FMEA and preventive maintenance of pumps",
    ),
    (
        "Physics teacher for secondary school: mechanics, optics, laboratory experiments",
        "Science teacher teaching physics and chemistry to teenagers",
        "Physical education teacher: sports, football, gymnastics",
    ),
];

#[test]
fn similar_jobs_are_closer_than_unrelated_ones_and_homonyms() {
    let m = model();
    let mut failures = Vec::new();
    for (a, near, far) in PAIRS {
        let (va, vn, vf) = (m.embed(a), m.embed(near), m.embed(far));
        let (n, f) = (va.cosine(&vn), va.cosine(&vf));
        if n <= f {
            failures.push(format!("{a:?}: {near:?} {n:.3} <= {far:?} {f:.3}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
