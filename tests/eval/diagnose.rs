//! Why an ad misses its marks: for each judged profile that is missing, misplaced or a trap in
//! the top 10, what the scorer gives it and which retrieval steps would find it.

use std::collections::HashMap;

use sourcing_domain::icp::retrieval_steps;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::matching::score_with;
use sourcing_domain::ports::SearchRequest;
use sourcing_domain::profile::Profile;
use sourcing_domain::sourcing::pool_size;
use sourcing_domain::taxonomy::Taxonomy;

use super::metrics::CUTOFF;
use super::{AdEval, EvalAd, Judgement, Loaded, MIN_MATCH_SCORE, SEARCH_MULTIPLIER};

/// Where each retrieval step of the ad's ladder ranks every profile it matches.
struct StepRanks {
    name: String,
    total: usize,
    rank: HashMap<String, usize>,
}

fn step_ranks(loaded: &Loaded, ad: &EvalAd) -> Vec<StepRanks> {
    let icp = ad.icp();
    retrieval_steps(&icp, Taxonomy::bundled())
        .into_iter()
        .map(|step| {
            let results = loaded.index.search_now(&SearchRequest {
                company: CompanyId::new_random(),
                query: step.query,
                exclude_ids: Vec::new(),
                size: loaded.index.len(),
            });
            StepRanks {
                name: step.name.to_owned(),
                total: results.hits.len(),
                rank: results
                    .hits
                    .into_iter()
                    .enumerate()
                    .map(|(i, h)| (h.profile.profile_id, i + 1))
                    .collect(),
            }
        })
        .collect()
}

fn short(p: &Profile) -> String {
    format!(
        "{} \"{}\" · {}",
        p.profile_id,
        p.current_role.as_deref().unwrap_or("-"),
        p.location.as_deref().unwrap_or("-")
    )
}

fn scorer_line(loaded: &Loaded, ad: &EvalAd, p: &Profile) -> String {
    let icp = ad.icp();
    // as the index holds it (normalised), the way a pass scores it
    let p = loaded.index.get(&p.profile_id).unwrap_or(p);
    let m = score_with(&icp, p, loaded.set.today, Taxonomy::bundled());
    let b = m.breakdown;
    let mut line = format!(
        "scorer {} = skills {} + title {} + seniority {} + location {} + negatives {}",
        m.score, b.skills, b.title, b.seniority, b.location, b.negatives
    );
    if !m.missing_skills.is_empty() {
        line.push_str(&format!("; missing {}", m.missing_skills.join(", ")));
    }
    if !m.red_flags.is_empty() {
        line.push_str(&format!("; flags: {}", m.red_flags.join(" / ")));
    }
    line
}

fn retrieval_line(ad: &EvalAd, steps: &[StepRanks], id: &str) -> String {
    let parts: Vec<String> = steps
        .iter()
        .map(|s| match s.rank.get(id) {
            Some(r) => format!("{} #{} of {}", s.name, r, s.total),
            None => format!("{} — (of {})", s.name, s.total),
        })
        .collect();
    format!(
        "retrieval (pool {}; rank by index relevance among the step's matches): {}",
        pool_size(ad.limit, SEARCH_MULTIPLIER),
        parts.join(", ")
    )
}

fn explain(
    loaded: &Loaded,
    ad: &EvalAd,
    steps: &[StepRanks],
    j: &Judgement,
    headline: String,
) -> String {
    format!(
        "  {headline}\n      why judged so: {}\n      {}\n      {}",
        j.why,
        scorer_line(loaded, ad, &j.profile),
        retrieval_line(ad, steps, &j.profile.profile_id)
    )
}

fn label(j: &Judgement) -> String {
    match j.trap {
        Some(t) => format!("trap {}", t.name()),
        None => format!("grade {}", j.grade),
    }
}

/// Human-readable findings for one ad (empty when the ad's judgements are all in order).
#[must_use]
pub fn diagnose(loaded: &Loaded, ad: &EvalAd, eval: &AdEval) -> Vec<String> {
    let steps = step_ranks(loaded, ad);
    let mut out = Vec::new();
    let icp = ad.icp();
    let ranked: HashMap<&str, usize> = eval
        .ranking
        .iter()
        .map(|e| (e.profile_id.as_str(), e.rank))
        .collect();
    let condensed: Vec<&super::Entry> = eval.ranking.iter().filter(|e| e.grade.is_some()).collect();
    let condensed_pos: HashMap<&str, usize> = condensed
        .iter()
        .enumerate()
        .map(|(i, e)| (e.profile_id.as_str(), i + 1))
        .collect();

    // judged fits that did not make it
    let mut fits: Vec<&Judgement> = ad.judgements.iter().filter(|j| j.grade >= 1).collect();
    fits.sort_by_key(|j| std::cmp::Reverse(j.grade));
    let top_judged: Vec<u8> = condensed
        .iter()
        .take(CUTOFF)
        .filter_map(|e| e.grade)
        .collect();
    let costs = |grade: u8| {
        let wanted = ad.judgements.iter().filter(|j| j.grade >= grade).count();
        let got = top_judged.iter().filter(|g| **g >= grade).count();
        got < wanted.min(CUTOFF)
    };
    for j in &fits {
        let id = j.profile.profile_id.as_str();
        let status = match (ranked.get(id), condensed_pos.get(id)) {
            (None, _) => {
                let held = loaded.index.get(id).unwrap_or(&j.profile);
                let m = score_with(&icp, held, loaded.set.today, Taxonomy::bundled());
                if m.score < MIN_MATCH_SCORE {
                    format!("not delivered: scored {} (< {MIN_MATCH_SCORE})", m.score)
                } else {
                    "not delivered: never retrieved into the pass's pool".to_owned()
                }
            }
            (Some(r), Some(c)) if *c > CUTOFF => format!(
                "ranked {r}{}, {c}th among judged: outside the top {CUTOFF}",
                if *r > eval.delivered {
                    " (not delivered)"
                } else {
                    ""
                }
            ),
            _ => continue,
        };
        out.push(explain(
            loaded,
            ad,
            &steps,
            j,
            format!(
                "✗ {} {} — {status} [{}]",
                label(j),
                short(&j.profile),
                if costs(j.grade) {
                    "costs nDCG"
                } else {
                    "no nDCG cost: better judged profiles fill the top 10"
                }
            ),
        ));
    }

    // order: a lower grade above a higher one in the condensed top 10
    let top: Vec<&&super::Entry> = condensed.iter().take(CUTOFF).collect();
    for (i, hi) in top.iter().enumerate() {
        let Some(hi_grade) = hi.grade else { continue };
        let above: Vec<&&&super::Entry> = top[..i]
            .iter()
            .filter(|lo| lo.grade.is_some_and(|g| g < hi_grade) && lo.trap.is_none())
            .collect();
        if above.is_empty() {
            continue;
        }
        let Some(j) = ad.judgement(&hi.profile_id) else {
            continue;
        };
        let names: Vec<String> = above
            .iter()
            .map(|lo| {
                format!(
                    "{} (grade {}, score {})",
                    lo.profile_id,
                    lo.grade.unwrap_or(0),
                    lo.match_score.map_or("-".to_owned(), |s| s.to_string())
                )
            })
            .collect();
        let mut line = explain(
            loaded,
            ad,
            &steps,
            j,
            format!(
                "↓ {} {} at rank {} (score {}) below {}",
                label(j),
                short(&j.profile),
                hi.rank,
                hi.match_score.map_or("-".to_owned(), |s| s.to_string()),
                names.join(", ")
            ),
        );
        for lo in &above {
            if let Some(lj) = ad.judgement(&lo.profile_id) {
                line.push_str(&format!(
                    "\n      above it: {} (grade {}: {}) {}",
                    lo.profile_id,
                    lj.grade,
                    lj.why,
                    scorer_line(loaded, ad, &lj.profile)
                ));
            }
        }
        out.push(line);
    }

    // traps in the delivered top 10
    for e in eval.delivered().iter().take(CUTOFF) {
        if e.trap.is_none() {
            continue;
        }
        let Some(j) = ad.judgement(&e.profile_id) else {
            continue;
        };
        out.push(explain(
            loaded,
            ad,
            &steps,
            j,
            format!(
                "⚠ {} {} in the top {CUTOFF} at rank {} (score {})",
                label(j),
                short(&j.profile),
                e.rank,
                e.match_score.map_or("-".to_owned(), |s| s.to_string())
            ),
        ));
    }
    for e in eval.delivered().iter().take(CUTOFF) {
        if let Some(flag) = e.flag {
            out.push(format!(
                "  ⚠ unjudged {flag} {} \"{}\" · {} at rank {}",
                e.profile_id, e.role, e.location, e.rank
            ));
        }
    }
    out
}
