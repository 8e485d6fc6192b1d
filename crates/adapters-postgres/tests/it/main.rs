//! Postgres adapter tests: each test gets its own database cloned from the migrated template.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod api_keys;
mod clock;
mod contracts;
mod credit_ledger;
mod migrations;
mod operations_stats;
mod pool;
mod schema;
mod statements;
mod stored_candidate;
mod stored_item;
mod stored_run;
mod support;
