//! `make eval`: runs the labeled evaluation — its tuned part (`data/eval/set.json`) and its
//! held-out parts (`data/eval/heldout.json`, `data/eval/heldout_semantic.json`) — through one sourcing pass per ad and through a
//! plain BM25 baseline, and prints per-ad and mean nDCG@10, traps in the top 10 and fill rate for
//! each part apart, then what fails and why.
//!
//! Options: `--tables` (tables only), `--markdown` (a README-ready comparison table),
//! `--icp` (print each ad's ICP), `--ranking` (each whole ranking with its judgements); ICPs,
//! rankings and findings are shown for the tuned part only,
//! `--ad ID` (only this ad; repeatable).

#![allow(clippy::print_stdout, reason = "a report printer")]

use std::process::ExitCode;

use sourcing_e2e::eval::{self, diagnose::diagnose, report};

/// A part's heading and which ads belong to it.
type Part = (&'static str, fn(&eval::AdEval) -> bool);

/// The parts of the set, reported apart: the one we tune on, and the two we never look at.
const PARTS: [Part; 4] = [
    ("tuned part (data/eval/set.json)", |a| {
        !a.held_out && !a.ad_id.starts_with(eval::SEMANTIC_TUNED_PREFIX)
    }),
    (
        "tuned semantic part (data/eval/set_semantic_tuned.json: the right people share no title \
         word with the ad)",
        |a| a.ad_id.starts_with(eval::SEMANTIC_TUNED_PREFIX),
    ),
    (
        "held-out part (data/eval/heldout.json: frozen, never tuned on)",
        |a| a.held_out && !a.ad_id.starts_with(eval::SEMANTIC_PREFIX),
    ),
    (
        "semantic held-out part (data/eval/heldout_semantic.json: the right people share no title \
         word with the ad; frozen, never tuned on)",
        |a| a.ad_id.starts_with(eval::SEMANTIC_PREFIX),
    ),
];

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let only: Vec<&str> = args
        .windows(2)
        .filter(|w| w[0] == "--ad")
        .map(|w| w[1].as_str())
        .collect();
    let mut loaded = match eval::load() {
        Ok(l) => l,
        Err(e) => {
            eprintln!("eval: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !only.is_empty() {
        loaded.set.ads.retain(|a| only.contains(&a.id.as_str()));
    }
    println!(
        "evaluation set: {} ads, {} judgements planted into {} corpus profiles (today {})\n",
        loaded.set.ads.len(),
        loaded.planted,
        loaded.corpus_len,
        loaded.set.today
    );
    if flag("--icp") {
        for ad in loaded.set.ads.iter().filter(|a| !a.held_out) {
            let icp = ad.icp();
            println!("{}: {icp:#?}", ad.id);
        }
    }
    // the service's default (every use of meaning on), words alone, and each use switched off
    // on its own (what it adds)
    let mut variants = Vec::new();
    for uses in eval::meaning_variants() {
        match eval::evaluate_sourcing_with(&loaded, uses).await {
            Ok(e) => variants.push(e),
            Err(e) => {
                eprintln!("eval: search failed: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let sourcing = variants[0].clone();
    let words_alone = variants[1].clone();
    let bm25 = eval::evaluate_bm25(&loaded);
    for (part, keep) in PARTS {
        println!("== {part}\n");
        println!("{}", report::table(&sourcing.only(keep)));
        println!("{}", report::table(&words_alone.only(keep)));
        println!("{}", report::table(&bm25.only(keep)));
    }
    let parts: Vec<(&str, Vec<eval::Evaluation>)> = PARTS
        .iter()
        .map(|(name, keep)| {
            let short = name.split(" (").next().unwrap_or(name);
            (short, variants.iter().map(|v| v.only(keep)).collect())
        })
        .collect();
    println!("{}", report::meaning_summary(&parts));
    for v in &variants[2..] {
        let lost = report::found_only_with(v, &sourcing);
        if !lost.is_empty() {
            println!(
                "Judged fits delivered only with {}: {}",
                v.system
                    .name()
                    .replace("sourcing pass, meaning ", "meaning "),
                lost.iter()
                    .map(|(ad, n)| format!("{ad} (+{n})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    // variants[2] is as served with the rung off
    let found = report::found_only_with(&sourcing, &variants[2]);
    println!(
        "Ads whose judged fits are delivered only thanks to the `meaning` rung ({} ads): {}\n",
        found.len(),
        found
            .iter()
            .map(|(ad, n)| format!("{ad} (+{n})"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if flag("--ranking") {
        // a held-out part's planted people may turn up in a tuned ad's ranking: never shown
        let hidden: std::collections::HashSet<&str> = loaded
            .set
            .ads
            .iter()
            .filter(|a| a.held_out)
            .flat_map(|a| a.judgements.iter().map(|j| j.profile.profile_id.as_str()))
            .collect();
        for (label, e) in [("sourcing", &sourcing), ("bm25", &bm25)] {
            for a in e.ads.iter().filter(|a| !a.held_out) {
                println!("{label} {}:", a.ad_id);
                for r in &a.ranking {
                    if r.rank == a.delivered + 1 {
                        println!("      ---- not delivered (limit {}) ----", a.limit);
                    }
                    if hidden.contains(r.profile_id.as_str()) {
                        println!(
                            "  {:>2}. (a held-out part's planted profile, hidden)",
                            r.rank
                        );
                        continue;
                    }
                    let judged = match (r.grade, r.trap) {
                        (_, Some(t)) => format!("trap {}", t.name()),
                        (Some(g), None) => format!("grade {g}"),
                        (None, None) => format!(
                            "unjudged{}",
                            r.flag.map(|f| format!(" {f}")).unwrap_or_default()
                        ),
                    };
                    println!(
                        "  {:>2}. {:<28} {:>3}  {:<16} {} · {}",
                        r.rank,
                        r.profile_id,
                        r.match_score.map_or("-".to_owned(), |s| s.to_string()),
                        judged,
                        r.role,
                        r.location
                    );
                }
            }
            println!();
        }
    }
    if flag("--markdown") {
        for (part, keep) in PARTS {
            println!("{part}\n");
            println!(
                "{}",
                report::markdown_comparison(&sourcing.only(keep), &bm25.only(keep))
            );
        }
    }
    if !flag("--tables") {
        println!(
            "Findings (sourcing pass, tuned part only: the held-out part's failures are not shown, \
             so nobody tunes on them): judged fits missing or misplaced, traps in the top 10"
        );
        for (ad, a) in loaded.set.ads.iter().zip(&sourcing.ads) {
            if ad.held_out {
                continue;
            }
            let findings = diagnose(&loaded, ad, a);
            if findings.is_empty() {
                continue;
            }
            println!(
                "\n{} — nDCG@10 {:.3} (condensed), fill {:.2}, delivered {}/{}",
                ad.id, a.ndcg_condensed, a.fill_rate, a.delivered, a.limit
            );
            for f in findings {
                println!("{f}");
            }
        }
    }
    ExitCode::SUCCESS
}
