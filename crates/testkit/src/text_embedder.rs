//! The `TextEmbedder` contract: the port's MUST rules, checked against any implementation.
//!
//! ```ignore
//! text_embedder_contract(&StaticEmbedder::from_path("data/model/minilm-static-256.bin")?);
//! ```
//!
//! The rules: a non-empty model id and a positive dimension; every vector has that dimension
//! and is unit length, or all zeros when nothing in the text is known (an empty or blank text
//! always); the same text always gives the same vector; letter case does not change the meaning;
//! a huge text is handled; a vector is closest to itself.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use sourcing_domain::ports::TextEmbedder;

/// Texts every implementation embeds, in several languages and scripts.
const TEXTS: &[&str] = &[
    "Site Reliability Engineer",
    "Chauffeur poids lourd (H/F) – permis C/CE",
    "Profesora de Física y Química",
    "Pflegefachkraft (m/w/d) Intensivstation",
    "Kubernetes, Terraform, Prometheus; on-call",
    "東京のソフトウェアエンジニア",
    "!!! ??? ---",
];

/// Runs the whole contract.
pub fn text_embedder_contract(embedder: &impl TextEmbedder) {
    identity(embedder);
    shapes_and_lengths(embedder);
    deterministic(embedder);
    case_does_not_matter(embedder);
    blank_and_huge_texts(embedder);
}

fn identity(e: &impl TextEmbedder) {
    assert!(!e.model_id().trim().is_empty(), "a model id");
    assert!(e.dimension() > 0, "a dimension");
}

fn shapes_and_lengths(e: &impl TextEmbedder) {
    for t in TEXTS {
        let v = e.embed(t);
        assert_eq!(v.values().len(), e.dimension(), "{t}");
        let norm: f32 = v.values().iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!(
            v.is_zero() || (norm - 1.0).abs() < 1e-3,
            "{t}: unit length or zeros, got {norm}"
        );
        assert!(v.values().iter().all(|x| x.is_finite()), "{t}");
    }
    let first = e.embed(TEXTS[0]);
    assert!(!first.is_zero(), "an English job title means something");
    assert!(
        (first.cosine(&first) - 1.0).abs() < 1e-3,
        "closest to itself"
    );
    for t in &TEXTS[1..4] {
        assert!(first.cosine(&e.embed(t)) < 0.999, "{t} is another text");
    }
}

fn deterministic(e: &impl TextEmbedder) {
    for t in TEXTS {
        assert_eq!(e.embed(t), e.embed(t), "{t}");
    }
}

fn case_does_not_matter(e: &impl TextEmbedder) {
    let lower = e.embed("site reliability engineer");
    let upper = e.embed("SITE RELIABILITY ENGINEER");
    assert!(lower.cosine(&upper) > 0.99);
}

fn blank_and_huge_texts(e: &impl TextEmbedder) {
    for blank in ["", "   ", "\n\t"] {
        let v = e.embed(blank);
        assert!(v.is_zero(), "{blank:?} means nothing");
        assert_eq!(v.values().len(), e.dimension());
    }
    let huge = "Site Reliability Engineer with Kubernetes and Terraform. ".repeat(20_000);
    let v = e.embed(&huge);
    assert_eq!(v.values().len(), e.dimension());
    assert!(
        v.cosine(&e.embed(TEXTS[0])) > 0.3,
        "a repeated text keeps its meaning"
    );
    let one_word = "a".repeat(1_000_000);
    assert_eq!(e.embed(&one_word).values().len(), e.dimension());
}
