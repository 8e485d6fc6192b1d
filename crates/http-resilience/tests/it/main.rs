//! The resilience policy against a real HTTP server on 127.0.0.1: retries, `Retry-After`,
//! giving up, final answers, deadlines and the circuit breaker.

// Helpers outside #[test] fns are still test code; clippy.toml's allowances only see the fns.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod breaker;
mod retry;
mod server;
