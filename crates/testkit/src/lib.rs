//! Test-only support shared by the adapter and app crates: object_store-style contract suites,
//! one per port, that every implementation (in-memory fake and real adapter) must pass.
//!
//! Use it as a dev-dependency only; nothing here belongs in a production binary.

pub mod fake_search_server;
pub mod people_search;
