//! Integration tests of the task queue against a real Postgres, one database per test.

mod helpers;
mod queue;
mod runners;
mod tasks;
