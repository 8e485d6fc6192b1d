//! testkit's own tests: each contract suite against its in-memory implementation.

mod memory;
