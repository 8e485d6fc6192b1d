//! Sourcing runs: their life cycle, candidates, result views and the pipeline's rules.

pub mod candidate;
pub mod results;
pub mod run;

pub use candidate::SourcingCandidate;
pub use results::RunResultsView;
pub use run::{NewRun, PassOutcome, Run, RunPatch, RunStatus, ValidationErrors};
