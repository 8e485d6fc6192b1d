//! The labeled evaluation (`make eval`): both parts are well formed, the held-out part is the
//! one committed before any matching change of issue 21 (its digest), and one sourcing pass per
//! ad meets the quality bar: the thirteen tuned ads written before issue 21 keep mean
//! nDCG@10 (condensed) ≥ 0.95, no judged trap in any top 10 and mean fill ≥ 0.9, and so does the
//! whole tuned part (with issue 21's five hard ads). The
//! held-out part has no bar here: `make eval` reports what it scores, and nothing is tuned on it.

use std::collections::HashSet;

use sourcing_domain::matching::meaning::MeaningUses;
use sourcing_e2e::eval::diagnose::diagnose;
use sourcing_e2e::eval::{self, TrapKind, report};

const MIN_MEAN_NDCG: f64 = 0.95;
const MIN_MEAN_FILL: f64 = 0.9;

/// SHA-256 of `data/eval/heldout.json` as committed in f144130, before any matching change of
/// issue 21. The held-out part is frozen: never edit it, and never tune on its failures.
const HELDOUT_SHA256: &str = "6f927230f6279126051de49814c8d8a550720e67115b9c9a558047250544238a";

/// SHA-256 of `data/eval/heldout_semantic.json` as committed before any matching change of the
/// semantic-matching issue (ads whose right people share no title word with the ad). Frozen too.
const SEMANTIC_SHA256: &str = "2e806538c8963996f49f0f2e2194804105b3d27df893362a0d0e300c3a1266e1";

#[test]
fn the_semantic_held_out_part_is_the_frozen_one() {
    let bytes = std::fs::read(eval::semantic_set_path()).unwrap();
    assert_eq!(
        sha256_hex(&bytes),
        SEMANTIC_SHA256,
        "data/eval/heldout_semantic.json changed"
    );
    let set = eval::load_set(&eval::semantic_set_path()).unwrap();
    assert!(set.ads.len() >= 8, "{} semantic ads", set.ads.len());
    assert!(
        set.ads
            .iter()
            .all(|a| a.id.starts_with(eval::SEMANTIC_PREFIX)),
        "every semantic ad id starts with {}",
        eval::SEMANTIC_PREFIX
    );
}

#[test]
fn the_held_out_part_is_the_frozen_one() {
    let bytes = std::fs::read(eval::heldout_set_path()).unwrap();
    assert_eq!(
        sha256_hex(&bytes),
        HELDOUT_SHA256,
        "data/eval/heldout.json changed"
    );
}

fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(data))
}

#[test]
fn the_whole_set_spans_languages_and_sectors() {
    let loaded = eval::load().unwrap();
    let ads = &loaded.set.ads;
    let held_out = ads.iter().filter(|a| a.held_out).count();
    let languages: HashSet<&str> = ads.iter().map(|a| a.language.as_str()).collect();
    let fields: HashSet<&str> = ads.iter().map(|a| a.field.as_str()).collect();
    assert!(ads.len() >= 30, "{} ads", ads.len());
    assert!(held_out >= 12, "{held_out} held-out ads");
    assert!(languages.len() >= 8, "languages {languages:?}");
    assert!(fields.len() >= 15, "fields {fields:?}");
    for ad in ads {
        assert!(
            ad.judgements
                .iter()
                .any(|j| j.trap == Some(TrapKind::Homonym)),
            "{}: no homonym trap",
            ad.id
        );
    }
}

#[test]
fn both_parts_are_well_formed() {
    well_formed(&eval::load_set(&eval::default_set_path()).unwrap());
    well_formed(&eval::load_set(&eval::heldout_set_path()).unwrap());
}

fn well_formed(set: &eval::EvalSet) {
    assert_eq!(set.version, 1);
    assert!(set.ads.len() >= 12, "only {} ads", set.ads.len());
    assert!(
        set.ads.iter().any(|a| a.language != "en"),
        "no ad in a language other than English"
    );
    let mut ad_ids = HashSet::new();
    let mut profile_ids = HashSet::new();
    let mut kinds = HashSet::new();
    for ad in &set.ads {
        assert!(ad_ids.insert(ad.id.as_str()), "ad id {} repeats", ad.id);
        assert!(
            ad.judgements.len() >= 15,
            "{}: {} judgements",
            ad.id,
            ad.judgements.len()
        );
        assert!(ad.limit >= 1, "{}: limit {}", ad.id, ad.limit);
        let count = |g: u8| ad.judgements.iter().filter(|j| j.grade == g).count();
        assert!(
            count(2) >= 3 && count(1) >= 3,
            "{}: {} strong and {} partial fits",
            ad.id,
            count(2),
            count(1)
        );
        let ad_kinds: HashSet<TrapKind> = ad.judgements.iter().filter_map(|j| j.trap).collect();
        assert!(
            ad_kinds.len() >= 4,
            "{}: only trap kinds {ad_kinds:?}",
            ad.id
        );
        kinds.extend(ad_kinds);
        for j in &ad.judgements {
            let id = j.profile.profile_id.as_str();
            assert!(profile_ids.insert(id), "profile id {id} repeats");
            assert!(
                id.starts_with(&format!("eval-{}-", ad.id)),
                "{id} is not named after its ad"
            );
            assert!(j.grade <= 2, "{id}: grade {}", j.grade);
            assert_eq!(
                j.grade == 0,
                j.trap.is_some(),
                "{id}: grade 0 must name its trap kind, and only grade 0 may"
            );
            assert!(!j.why.trim().is_empty(), "{id}: no reason given");
            assert!(
                j.profile.name.is_some() && j.profile.current_role.is_some(),
                "{id}: not a full profile"
            );
        }
    }
    for kind in TrapKind::ALL {
        assert!(kinds.contains(&kind), "no {} trap in the set", kind.name());
    }
}

#[test]
fn planted_profiles_never_collide_with_the_corpus() {
    let loaded = eval::load().unwrap();
    let judged: usize = loaded.set.ads.iter().map(|a| a.judgements.len()).sum();
    assert_eq!(loaded.planted, judged);
    assert_eq!(loaded.index.len(), loaded.corpus_len + loaded.planted);
}

/// The ads of the tuned part written before issue 21: they keep the bar they met.
const FIRST_THIRTEEN: [&str; 13] = [
    "backend-us",
    "accountant-toronto",
    "designer-london",
    "sre-berlin",
    "data-eng-amsterdam",
    "ae-chicago",
    "nurse-hamburg",
    "nurse-houston",
    "pm-sf",
    "growth-sydney",
    "hrbp-dublin",
    "java-munich",
    "data-analyst-madrid",
];

/// The whole tuned part (18 ads, with issue 21's five hard ones) meets issue 21's bar too (it
/// measures 0.954, no trap, fill 1.00).
const TUNED_FLOOR_NDCG: f64 = MIN_MEAN_NDCG;
const TUNED_MAX_TRAPS: usize = 0;

#[tokio::test]
async fn sourcing_meets_the_quality_bar() {
    let loaded = eval::load().unwrap();
    let tuned = eval::evaluate_sourcing(&loaded).await.unwrap().part(false);
    let first = eval::Evaluation {
        system: tuned.system,
        ads: tuned
            .ads
            .iter()
            .filter(|a| FIRST_THIRTEEN.contains(&a.ad_id.as_str()))
            .cloned()
            .collect(),
    };
    assert_eq!(first.ads.len(), FIRST_THIRTEEN.len());
    check(&loaded, &first, MIN_MEAN_NDCG, 0, MIN_MEAN_FILL);
    check(
        &loaded,
        &tuned,
        TUNED_FLOOR_NDCG,
        TUNED_MAX_TRAPS,
        MIN_MEAN_FILL,
    );
}

fn check(
    loaded: &eval::Loaded,
    result: &eval::Evaluation,
    min_ndcg: f64,
    max_traps: usize,
    min_fill: f64,
) {
    let ndcg = result.mean_ndcg_condensed();
    let traps = result.judged_traps();
    let fill = result.mean_fill_rate();
    if ndcg >= min_ndcg && traps <= max_traps && fill >= min_fill {
        return;
    }
    let mut findings = String::new();
    for a in &result.ads {
        let Some(ad) = loaded.set.ads.iter().find(|ad| ad.id == a.ad_id) else {
            continue;
        };
        let lines = diagnose(loaded, ad, a);
        if !lines.is_empty() {
            findings.push_str(&format!("\n{}:\n{}\n", ad.id, lines.join("\n")));
        }
    }
    panic!(
        "quality bar missed: mean nDCG@10 (condensed) {ndcg:.3} (want ≥ {min_ndcg}), \
         judged traps in top 10s {traps} (want ≤ {max_traps}), mean fill rate {fill:.2} (want ≥ {min_fill})\n\n{}\n{findings}",
        report::table(result)
    );
}

/// Matching by meaning holds or improves both tuned parts against words alone (the semantic
/// issue's rule; a use that costs more than this is not shipped on by default).
const MEANING_TOLERANCE: f64 = 0.005;

#[tokio::test]
async fn meaning_holds_or_improves_both_tuned_parts() {
    let loaded = eval::load().unwrap();
    let served = eval::evaluate_sourcing(&loaded).await.unwrap();
    let words = eval::evaluate_sourcing_with(&loaded, MeaningUses::none())
        .await
        .unwrap();
    let semantic = |a: &eval::AdEval| a.ad_id.starts_with(eval::SEMANTIC_TUNED_PREFIX);
    assert!(
        served.ads.iter().any(semantic),
        "the tuned semantic part is loaded"
    );
    // the model reads English best: no tuned ad in another language loses a judged fit that
    // words alone deliver
    let other_languages: HashSet<&str> = loaded
        .set
        .ads
        .iter()
        .filter(|a| !a.held_out && a.language != "en")
        .map(|a| a.id.as_str())
        .collect();
    let lost: Vec<(String, usize)> = report::found_only_with(&words, &served)
        .into_iter()
        .filter(|(ad, _)| other_languages.contains(ad.as_str()))
        .collect();
    assert!(
        lost.is_empty(),
        "judged fits words alone deliver and meaning loses: {lost:?}"
    );
    for (name, s, w) in [
        ("tuned", served.part(false), words.part(false)),
        (
            "tuned semantic",
            served.only(semantic),
            words.only(semantic),
        ),
    ] {
        assert!(
            s.mean_ndcg_condensed() + MEANING_TOLERANCE >= w.mean_ndcg_condensed(),
            "{name}: as served {:.3}, words alone {:.3}",
            s.mean_ndcg_condensed(),
            w.mean_ndcg_condensed()
        );
        assert!(s.judged_traps() <= w.judged_traps(), "{name}: more traps");
        assert!(
            s.mean_fill_rate() + 1e-9 >= w.mean_fill_rate(),
            "{name}: fill {:.2} < {:.2}",
            s.mean_fill_rate(),
            w.mean_fill_rate()
        );
    }
}
