//! Integration tests of the task queue against a real Postgres, one database per test.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a failed setup step should fail the test loudly"
)]

mod counts;
mod helpers;
mod queue;
mod runners;
mod tasks;
