//! What a sourcing pass asks of the scorer, repeated: build the ICP of the benchmark ad,
//! compile its query, score the first 1,000 corpus profiles and explain the 20 delivered (the
//! `icp + compile + score 1000, explain 20` case of `benches/icp_scoring.rs`).
//!
//! `cargo run --release -p sourcing-domain --example scoring_pass -- N [raw]` runs N passes over
//! the profiles as the local index hands them out (each with the analysis it made at load), or
//! with `raw` as a remote index does (read on the spot), and prints the wall time of one; `make bench-instructions` runs it under callgrind, which counts the
//! instructions of the passes alone (the `passes` function) — a figure that does not move
//! with the machine's load, unlike the criterion timings.

#![allow(clippy::print_stdout, clippy::expect_used, reason = "a measuring tool")]

use std::hint::black_box;
use std::time::Instant;

#[path = "../benches/support/pass_case.rs"]
mod pass_case;

use chrono::NaiveDate;
use sourcing_adapters_search::ProfileRecord;
use sourcing_domain::icp::{JobAd, build_icp, compile};
use sourcing_domain::matching::{Scorer, ToScore};
use sourcing_domain::profile::Profile;
use sourcing_domain::taxonomy::Taxonomy;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/corpus/people.jsonl"
);

fn main() {
    let passes_wanted: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10);
    let raw = std::env::args().nth(2).as_deref() == Some("raw");
    let text = std::fs::read_to_string(CORPUS).expect("data/corpus/people.jsonl is committed");
    let profiles: Vec<Profile> = text
        .lines()
        .take(1_000)
        .filter_map(|l| {
            serde_json::from_str::<ProfileRecord>(l)
                .ok()
                .map(Profile::from)
        })
        .collect();
    let ad = pass_case::ad();
    let today = NaiveDate::from_ymd_opt(2025, 6, 1).expect("a valid date");
    let taxonomy = Taxonomy::bundled();
    // the process-wide indexes are built before any pass is measured
    let icp = build_icp(&ad, taxonomy);
    black_box(Scorer::new(&icp, today, taxonomy).score(&profiles[0]));
    // what the local index hands out: each profile with the analysis it made at load
    let hits = pass_case::analysed(&profiles);
    let started = Instant::now();
    if raw {
        passes(passes_wanted, &ad, &profiles, today, taxonomy);
    } else {
        passes(passes_wanted, &ad, &hits, today, taxonomy);
    }
    println!(
        "{} profiles{}, {passes_wanted} passes, {:?} a pass",
        profiles.len(),
        if raw { " (not analysed)" } else { "" },
        started.elapsed() / passes_wanted.max(1)
    );
}

/// The measured work (callgrind collects inside this function only).
#[inline(never)]
fn passes<P: ToScore>(n: u32, ad: &JobAd, profiles: &[P], today: NaiveDate, taxonomy: &Taxonomy) {
    for _ in 0..n {
        let icp = build_icp(black_box(ad), taxonomy);
        black_box(compile(&icp));
        let scorer = Scorer::new(&icp, today, taxonomy);
        black_box(scorer.shortlist(profiles, 20, |_, s| {
            s.score >= 30 && !s.off_role && !s.outside_allowed_countries
        }));
    }
}
