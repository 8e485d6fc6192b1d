//! The labeled evaluation (`data/eval/set.json`, `make eval`): the set is well formed, and one
//! sourcing pass per ad meets the quality bar — mean nDCG@10 (condensed) ≥ 0.95, no judged trap
//! in any top 10, mean fill rate ≥ 0.9.

use std::collections::HashSet;

use sourcing_e2e::eval::diagnose::diagnose;
use sourcing_e2e::eval::{self, TrapKind, report};

const MIN_MEAN_NDCG: f64 = 0.95;
const MIN_MEAN_FILL: f64 = 0.9;

#[test]
fn the_set_is_well_formed() {
    let set = eval::load_set(&eval::default_set_path()).unwrap();
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

#[tokio::test]
async fn sourcing_meets_the_quality_bar() {
    let loaded = eval::load().unwrap();
    let result = eval::evaluate_sourcing(&loaded).await.unwrap();
    let ndcg = result.mean_ndcg_condensed();
    let traps = result.judged_traps();
    let fill = result.mean_fill_rate();
    if ndcg >= MIN_MEAN_NDCG && traps == 0 && fill >= MIN_MEAN_FILL {
        return;
    }
    let mut findings = String::new();
    for (ad, a) in loaded.set.ads.iter().zip(&result.ads) {
        let lines = diagnose(&loaded, ad, a);
        if !lines.is_empty() {
            findings.push_str(&format!("\n{}:\n{}\n", ad.id, lines.join("\n")));
        }
    }
    panic!(
        "quality bar missed: mean nDCG@10 (condensed) {ndcg:.3} (want ≥ {MIN_MEAN_NDCG}), \
         judged traps in top 10s {traps} (want 0), mean fill rate {fill:.2} (want ≥ {MIN_MEAN_FILL})\n\n{}\n{findings}",
        report::table(&result)
    );
}
