//! Tables of an [`Evaluation`]: one row per ad, then the mean.

use std::fmt::Write as _;

use super::{AdEval, Evaluation, System};
use sourcing_domain::matching::meaning::MeaningUses;

fn steps_cell(a: &AdEval) -> String {
    if a.steps.is_empty() {
        return "-".to_owned();
    }
    a.steps
        .iter()
        .map(|s| format!("{} {}→{}", s.name, s.found, s.added))
        .collect::<Vec<_>>()
        .join(", ")
}

fn traps_cell(judged: usize, flagged: usize) -> String {
    if flagged == 0 {
        judged.to_string()
    } else {
        format!("{judged} (+{flagged})")
    }
}

/// A plain-text table: ad, field, nDCG@10 condensed and strict, traps@10, unjudged profiles in
/// the top 10, fill rate, delivered, steps (name found→added).
#[must_use]
pub fn table(eval: &Evaluation) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", eval.system.name());
    let _ = writeln!(
        out,
        "{:<19} {:<10} {:>9} {:>9} {:>8} {:>6} {:>5} {:>9}  steps",
        "ad", "field", "nDCG cond", "nDCG strc", "traps@10", "unj@10", "fill", "delivered"
    );
    for a in &eval.ads {
        let _ = writeln!(
            out,
            "{:<19} {:<10} {:>9.3} {:>9.3} {:>8} {:>6} {:>5.2} {:>9}  {}",
            a.ad_id,
            a.field,
            a.ndcg_condensed,
            a.ndcg_strict,
            traps_cell(a.judged_traps, a.flagged_unjudged),
            a.unjudged_top,
            a.fill_rate,
            format!(
                "{}{}/{}",
                if a.consistent { "" } else { "!" },
                a.delivered,
                a.limit
            ),
            if eval.system != System::Bm25 {
                steps_cell(a)
            } else {
                "-".to_owned()
            }
        );
    }
    let delivered: usize = eval.ads.iter().map(|a| a.delivered).sum();
    let asked: u32 = eval.ads.iter().map(|a| a.limit).sum();
    let _ = writeln!(
        out,
        "{:<19} {:<10} {:>9.3} {:>9.3} {:>8} {:>6} {:>5.2} {:>9}",
        "mean",
        "",
        eval.mean_ndcg_condensed(),
        eval.mean_ndcg_strict(),
        traps_cell(eval.judged_traps(), eval.flagged_unjudged()),
        eval.ads.iter().map(|a| a.unjudged_top).sum::<usize>(),
        eval.mean_fill_rate(),
        format!("{delivered}/{asked}")
    );
    let _ = writeln!(
        out,
        "nDCG cond = nDCG@10 of the whole ranking with unjudged profiles left out (Sakai 2007); \
         nDCG strc = nDCG@10 of what is delivered, unjudged = gain 0;\n\
         traps@10 = judged traps delivered in the top 10 (+ unjudged recruiters/students/interns by \
         title or headline); unj@10 = unjudged corpus profiles in the delivered top 10;\n\
         fill = delivered ÷ min(limit, judged people with grade ≥ 1); steps = name found→added \
         (! = the delivered list is not the head of the whole ranking)"
    );
    out
}

/// A Markdown table comparing the sourcing pass with the BM25 baseline, per ad and on average.
#[must_use]
pub fn markdown_comparison(sourcing: &Evaluation, bm25: &Evaluation) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| ad | field | nDCG@10 (condensed) | nDCG@10 (strict) | traps@10 | fill | BM25 nDCG@10 (condensed) | BM25 nDCG@10 (strict) | BM25 traps@10 | BM25 fill |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|---|");
    for (s, b) in sourcing.ads.iter().zip(&bm25.ads) {
        let _ = writeln!(
            out,
            "| {} | {} | {:.3} | {:.3} | {} | {:.2} | {:.3} | {:.3} | {} | {:.2} |",
            s.ad_id,
            s.field,
            s.ndcg_condensed,
            s.ndcg_strict,
            traps_cell(s.judged_traps, s.flagged_unjudged),
            s.fill_rate,
            b.ndcg_condensed,
            b.ndcg_strict,
            traps_cell(b.judged_traps, b.flagged_unjudged),
            b.fill_rate
        );
    }
    let _ = writeln!(
        out,
        "| **mean** | | **{:.3}** | **{:.3}** | **{}** | **{:.2}** | **{:.3}** | **{:.3}** | **{}** | **{:.2}** |",
        sourcing.mean_ndcg_condensed(),
        sourcing.mean_ndcg_strict(),
        traps_cell(sourcing.judged_traps(), sourcing.flagged_unjudged()),
        sourcing.mean_fill_rate(),
        bm25.mean_ndcg_condensed(),
        bm25.mean_ndcg_strict(),
        traps_cell(bm25.judged_traps(), bm25.flagged_unjudged()),
        bm25.mean_fill_rate()
    );
    out
}

/// One line per sourcing variant, one column per part: mean condensed nDCG@10 / traps / fill,
/// so what each use of meaning adds can be read off against "as served" and "words alone".
#[must_use]
pub fn meaning_summary(parts: &[(&str, Vec<Evaluation>)]) -> String {
    let mut out = String::from(
        "What each use of meaning adds (mean condensed nDCG@10 / traps@10 / fill)\n\n",
    );
    let _ = write!(out, "| variant |");
    for (name, _) in parts {
        let _ = write!(out, " {name} |");
    }
    let _ = writeln!(out, "\n|---|{}", "---|".repeat(parts.len()));
    let rows = parts.first().map_or(0, |(_, v)| v.len());
    for i in 0..rows {
        let label = match parts[0].1[i].system {
            System::Sourcing(u) if u == MeaningUses::default() => "as served (all on)".to_owned(),
            System::Sourcing(u) if u == MeaningUses::none() => "words alone (all off)".to_owned(),
            s => s
                .name()
                .replace("sourcing pass, meaning off for: ", "off: "),
        };
        let _ = write!(out, "| {label} |");
        for (_, evals) in parts {
            let e = &evals[i];
            let _ = write!(
                out,
                " {:.3} / {} / {:.2} |",
                e.mean_ndcg_condensed(),
                e.judged_traps(),
                e.mean_fill_rate()
            );
        }
        out.push('\n');
    }
    out
}

/// Judged fits (grade ≥ 1) a variant delivers that `without` does not, per ad: the ads whose
/// right people are found only thanks to what `with` adds (ids and counts only, so the
/// held-out parts show no person).
#[must_use]
pub fn found_only_with(with: &Evaluation, without: &Evaluation) -> Vec<(String, usize)> {
    let fits = |a: &AdEval| -> std::collections::HashSet<String> {
        a.delivered()
            .iter()
            .filter(|e| e.grade.is_some_and(|g| g >= 1))
            .map(|e| e.profile_id.clone())
            .collect()
    };
    with.ads
        .iter()
        .zip(&without.ads)
        .filter_map(|(a, b)| {
            let only = fits(a).difference(&fits(b)).count();
            (only > 0).then(|| (a.ad_id.clone(), only))
        })
        .collect()
}
