//! Composition root of the Sourcing API: wires the domain to Postgres and actix-web.

pub mod cache;
pub mod cli;
pub mod config;
pub mod enricher;
pub mod http;
pub mod metrics;
pub mod startup;
pub mod state;
pub mod tasks;
pub mod telemetry;
