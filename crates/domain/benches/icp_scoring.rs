//! ICP generation, query compilation and scoring of 1,000 profiles (corpus profiles when
//! `data/corpus/people.jsonl` exists, synthetic ones otherwise). The budget is the
//! `icp + compile + score 1000, explain 20` case: what a pass does with the local index's hits
//! (each profile with the analysis the index made when it loaded it), explanations written
//! only for the candidates delivered. The `not analysed` case is the same pass over profiles
//! that arrive without an analysis (a remote index); `analyse 1000` is what the index pays
//! once per profile at load.

#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "bench"
)]

use std::hint::black_box;

#[path = "support/pass_case.rs"]
mod pass_case;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use pass_case::ad;
use sourcing_adapters_search::ProfileRecord;
use sourcing_domain::icp::{build_icp, compile};
use sourcing_domain::matching::{ProfileAnalysis, Scorer, rank, score_profile};
use sourcing_domain::profile::{Position, Profile};
use sourcing_domain::taxonomy::Taxonomy;

fn profiles() -> Vec<Profile> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/corpus/people.jsonl"
    );
    if let Ok(text) = std::fs::read_to_string(path) {
        let loaded: Vec<Profile> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(1_000)
            .filter_map(|l| {
                serde_json::from_str::<ProfileRecord>(l)
                    .ok()
                    .map(Profile::from)
            })
            .collect();
        if loaded.len() == 1_000 {
            return loaded;
        }
    }
    let roles = [
        "Senior SRE",
        "Backend Engineer",
        "Technical Recruiter",
        "Student",
        "Data Analyst",
    ];
    let skills = [
        "Kubernetes",
        "Terraform",
        "Go",
        "Java",
        "JavaScript",
        "Python",
        "Excel",
    ];
    (0..1_000)
        .map(|i| Profile {
            profile_id: format!("p-{i:04}"),
            name: Some(format!("Person {i}")),
            headline: Some(format!("{} | {}", roles[i % 5], skills[i % 7])),
            location: Some(
                if i % 3 == 0 {
                    "Berlin, Germany"
                } else {
                    "Lagos, Nigeria"
                }
                .into(),
            ),
            current_role: Some(roles[i % 5].into()),
            skills: (0..4).map(|k| skills[(i + k) % 7].to_owned()).collect(),
            years_experience: Some((i % 15) as f32),
            experience: vec![Position {
                role: Some(roles[i % 5].into()),
                company: Some("Acme".into()),
                start_date: Some("2020-01".into()),
                end_date: None,
                highlights: vec![format!("Ran {} in production", skills[i % 7])],
            }],
            ..Profile::default()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let taxonomy = Taxonomy::bundled();
    let ad = ad();
    let profiles = profiles();
    let today = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    // what the local index hands out: each profile with the analysis it made at load
    let hits = pass_case::analysed(&profiles);
    c.bench_function("analyse 1000 (index load)", |b| {
        b.iter(|| {
            for p in &profiles {
                black_box(ProfileAnalysis::of(p, taxonomy));
            }
        });
    });
    c.bench_function("build_icp + compile", |b| {
        b.iter(|| {
            let icp = build_icp(black_box(&ad), taxonomy);
            black_box(compile(&icp))
        });
    });
    let icp = build_icp(&ad, taxonomy);
    c.bench_function("score_profile x1000", |b| {
        b.iter(|| {
            for p in &profiles {
                black_box(score_profile(&icp, p, today));
            }
        });
    });
    c.bench_function("score 1000 (no explanations)", |b| {
        b.iter(|| {
            let scorer = Scorer::new(&icp, today, taxonomy);
            for h in &hits {
                black_box(scorer.score_analyzed(&h.profile, h.analysis.as_deref().unwrap()));
            }
        });
    });
    c.bench_function("icp + compile + score 1000, explain 20", |b| {
        b.iter(|| {
            let icp = build_icp(black_box(&ad), taxonomy);
            black_box(compile(&icp));
            let scorer = Scorer::new(&icp, today, taxonomy);
            black_box(scorer.shortlist(&hits, 20, |_, s| {
                s.score >= 30 && !s.off_role && !s.outside_allowed_countries
            }))
        });
    });
    c.bench_function("icp + compile + score 1000 not analysed, explain 20", |b| {
        b.iter(|| {
            let icp = build_icp(black_box(&ad), taxonomy);
            black_box(compile(&icp));
            let scorer = Scorer::new(&icp, today, taxonomy);
            black_box(scorer.shortlist(&profiles, 20, |_, s| {
                s.score >= 30 && !s.off_role && !s.outside_allowed_countries
            }))
        });
    });
    c.bench_function("icp + compile + rank 1000 (all explained)", |b| {
        b.iter(|| {
            let icp = build_icp(&ad, taxonomy);
            black_box(compile(&icp));
            black_box(rank(&icp, profiles.clone(), today))
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
