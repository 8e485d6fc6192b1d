//! Ranking metrics over graded judgements.

/// How many ranks the cut-off metrics look at.
pub const CUTOFF: usize = 10;

/// Discounted cumulative gain of `gains` in rank order (linear gain, log2 discount).
#[must_use]
pub fn dcg(gains: &[f64]) -> f64 {
    gains
        .iter()
        .enumerate()
        .fold(0.0, |acc, (i, g)| acc + g / ((i + 2) as f64).log2())
}

/// nDCG@`k` of a ranking whose entries carry the judged grade (`None` = unjudged), against
/// every grade judged for the query.
///
/// `condensed`: unjudged entries are removed before the cut (Sakai 2007, the usual treatment of
/// incomplete judgements); otherwise they stay in place with gain 0 (`strict`).
#[must_use]
pub fn ndcg(ranking: &[Option<u8>], judged: &[u8], k: usize, condensed: bool) -> f64 {
    let gains: Vec<f64> = ranking
        .iter()
        .filter(|g| !condensed || g.is_some())
        .take(k)
        .map(|g| f64::from(g.unwrap_or(0)))
        .collect();
    let mut ideal: Vec<f64> = judged.iter().map(|g| f64::from(*g)).collect();
    ideal.sort_by(|a, b| b.total_cmp(a));
    ideal.truncate(k);
    let best = dcg(&ideal);
    if best <= 0.0 { 1.0 } else { dcg(&gains) / best }
}

/// Delivered ÷ min(limit, fitting people), at most 1 (1 when nobody fits).
#[must_use]
pub fn fill_rate(delivered: usize, limit: u32, fitting: usize) -> f64 {
    let wanted = (limit as usize).min(fitting);
    if wanted == 0 {
        1.0
    } else {
        (delivered as f64 / wanted as f64).min(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_reversed_rankings() {
        let judged = [2, 1, 0];
        assert!((ndcg(&[Some(2), Some(1), Some(0)], &judged, 10, true) - 1.0).abs() < 1e-9);
        let reversed = ndcg(&[Some(0), Some(1), Some(2)], &judged, 10, true);
        assert!(reversed < 0.8, "{reversed}");
    }

    #[test]
    fn condensed_skips_unjudged_strict_does_not() {
        let judged = [2, 2];
        let ranking = [None, Some(2), None, Some(2)];
        assert!((ndcg(&ranking, &judged, 10, true) - 1.0).abs() < 1e-9);
        assert!(ndcg(&ranking, &judged, 10, false) < 0.7);
    }

    #[test]
    fn fill_rate_caps_at_fitting_people() {
        assert!((fill_rate(4, 10, 4) - 1.0).abs() < 1e-9);
        assert!((fill_rate(4, 10, 8) - 0.5).abs() < 1e-9);
        assert!((fill_rate(12, 10, 20) - 1.0).abs() < 1e-9);
        assert!((fill_rate(0, 10, 0) - 1.0).abs() < 1e-9);
    }
}
