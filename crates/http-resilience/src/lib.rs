//! The one resilience policy for outbound HTTP calls, shared by the search and enrichment
//! adapters: retries with jittered exponential backoff, `Retry-After` within a cap, a timeout per
//! attempt and an optional deadline for the whole call, and a circuit breaker around it.
//!
//! The crate knows nothing of the domain: a caller classifies the answers it does not retry
//! ([`AttemptError::Final`]) and maps a [`RetryError`] or [`BreakerError`] to its port's error.
//! Modelled on object_store's `client/retry.rs`.

mod backoff;
mod breaker;
mod client;
mod retry;
mod retry_after;

pub use backoff::Backoff;
pub use breaker::{Breaker, BreakerConfig, BreakerError};
pub use client::ResilientClient;
pub use retry::{AttemptError, RetryError, RetryPolicy, Retryable};
pub use retry_after::retry_after;
