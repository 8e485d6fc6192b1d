//! The client against the real server (127.0.0.1:0, a fresh database each): the whole flow,
//! every typed error the client can meet, and waiting with backoff against a scripted server.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod errors;
mod example;
mod flow;
mod scripted;
mod support;
