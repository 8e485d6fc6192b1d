//! Integration tests of the domain crate.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

mod ads;
mod corpus;
mod icp;
mod scoring;
mod taxonomy;
