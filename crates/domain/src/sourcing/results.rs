//! What reading a run returns: the run and its candidates, ranked (data, not a wire shape).

use crate::sourcing::candidate::SourcingCandidate;
use crate::sourcing::run::Run;

/// A run and its session's candidates, best first; the HTTP layer and webhooks shape it.
#[derive(Debug, Clone, PartialEq)]
pub struct RunResults {
    /// The run as stored.
    pub run: Run,
    /// Every candidate of the session, ranked by [`rank_candidates`].
    pub candidates: Vec<SourcingCandidate>,
}

impl RunResults {
    /// Ranks the candidates so every reader shows the same order.
    #[must_use]
    pub fn new(run: Run, mut candidates: Vec<SourcingCandidate>) -> Self {
        rank_candidates(&mut candidates);
        Self { run, candidates }
    }
}

/// Orders candidates as the contract requires: best `matchScore` first, then by id.
pub fn rank_candidates(candidates: &mut [SourcingCandidate]) {
    candidates.sort_by(|a, b| {
        b.match_score
            .cmp(&a.match_score)
            .then_with(|| a.profile_id.cmp(&b.profile_id))
    });
}
