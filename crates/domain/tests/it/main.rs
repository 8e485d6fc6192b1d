//! Integration tests of the domain crate.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

mod ads;
mod corpus;
mod icp;
mod icp_table;
mod places;
mod scoring;
mod taxonomy;
