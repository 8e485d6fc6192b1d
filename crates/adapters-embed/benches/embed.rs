//! The embedder's budgets (issue 22): an ad embedded ≤ 5 ms; the shipped corpus's 24,200
//! profiles ≤ 30 s on one core (here: 1,000 of them, the figure × 24.2).

// `criterion_group!` generates an undocumented fn.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use sourcing_adapters_embed::StaticEmbedder;
use sourcing_domain::ports::TextEmbedder;

const AD: &str = "Senior Site Reliability Engineer (m/w/d)\nWe run Kubernetes on AWS for 40 teams. \
You keep our platform reliable: SLOs, incident response and on-call, capacity planning, \
observability with Prometheus and Grafana, infrastructure as code with Terraform. You must have \
strong Kubernetes, Terraform and Go or Python experience; Prometheus is a plus. 5+ years of \
experience. We offer a hybrid role in Berlin, 30 days of holiday and a learning budget. No agencies.";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The text of a profile a pass would embed: title, headline, skills and highlights.
fn profile_texts(n: usize) -> Vec<String> {
    let corpus =
        std::fs::read_to_string(root().join("data/corpus/people.jsonl")).unwrap_or_default();
    corpus
        .lines()
        .take(n)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|p| {
            let mut t = String::new();
            for key in ["currentRole", "headline"] {
                if let Some(s) = p[key].as_str() {
                    t.push_str(s);
                    t.push('\n');
                }
            }
            for s in p["skills"].as_array().into_iter().flatten() {
                t.push_str(s.as_str().unwrap_or(""));
                t.push_str(", ");
            }
            for e in p["experience"].as_array().into_iter().flatten() {
                t.push_str(e["role"].as_str().unwrap_or(""));
                t.push('\n');
                for h in e["highlights"].as_array().into_iter().flatten() {
                    t.push_str(h.as_str().unwrap_or(""));
                    t.push('\n');
                }
            }
            t
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let Ok(model) = StaticEmbedder::from_path(root().join("data/model/minilm-static-256.bin"))
    else {
        eprintln!("no model file; skipping");
        return;
    };
    c.bench_function("embed/ad", |b| b.iter(|| model.embed(black_box(AD))));
    let texts = profile_texts(1000);
    c.bench_function("embed/1000_profiles", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(model.embed(t));
            }
        })
    });
    c.bench_function("load/model", |b| {
        b.iter(|| StaticEmbedder::from_path(root().join("data/model/minilm-static-256.bin")))
    });
}

criterion_group! {
    name = group;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(group);
