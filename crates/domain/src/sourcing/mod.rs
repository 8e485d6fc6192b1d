//! Sourcing runs: their life cycle, candidates, results and the pipeline's rules.

pub mod candidate;
pub mod pass;
pub mod results;
pub mod retention;
pub mod retrieval;
pub mod run;

pub use candidate::SourcingCandidate;
pub use pass::{PassEvent, PassFinish, PassStart, Undeliverable, pass_hold};
pub use results::{RunResults, rank_candidates};
pub use retention::{Retention, retained_since};
pub use retrieval::{PassResult, PassSpec, SearchStep, pool_size, run_pass};
pub use run::{NewRun, PassOutcome, Run, RunFailure, RunPatch, RunStatus, ValidationErrors};
