//! Sourcing runs: `POST /sourcing`, `GET /sourcing/{id}/results`, `PATCH /sourcing/{id}`.

pub use sourcing_api_types::runs::{
    Candidate, ExperienceEntry, Icp, RationaleEntry, RunAccepted, RunResults, RunStatus,
    ScoreBreakdown, SearchStep, SkillRequirement,
};

/// Body of `POST /sourcing` (`CreateRun::new(title, ad).location(…).limit(…)`).
pub type CreateRun = sourcing_api_types::runs::CreateRunBody;

/// Body of `PATCH /sourcing/{id}` (`PatchRun::query(…).limit(…)`).
pub type PatchRun = sourcing_api_types::runs::PatchRunBody;
