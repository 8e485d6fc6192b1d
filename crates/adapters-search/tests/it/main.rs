//! Integration tests of the people-search adapters: one binary, one module per concern.

// Helpers outside #[test] fns are still test code; clippy.toml's allowances only see the fns.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod contract;
mod fixtures;
mod http_faults;
mod index_dir;
mod local_index;
mod meaning;
mod scripted_server;
