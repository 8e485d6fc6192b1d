//! End-to-end tests live in `it/`; the labeled evaluation of sourcing quality (`make eval`) is
//! the [`eval`] module, shared by the `eval` binary and the `it` tests.

pub mod eval;
