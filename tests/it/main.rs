//! End-to-end tests across crates.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

#[path = "../../crates/domain/tests/it/ads.rs"]
mod ads;
mod eval;
mod faithful;
mod generalise;
mod ranking;
mod recall;
mod shipped;
mod spellings;
mod understanding;
