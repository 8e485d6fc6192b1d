//! App tests: the real server on 127.0.0.1:0, a fresh database each, requests over the socket.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod auth;
mod billing;
mod caches;
mod cards;
mod cli;
mod enrich;
mod errors;
mod fake_index;
mod faults;
mod generalise;
mod hardening;
mod hardening2;
mod metrics;
mod shutdown;
mod sourcing;
mod support;
mod webhooks;
