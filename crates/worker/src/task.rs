//! The `Task` trait implemented by every kind of background work, and its error type.

use std::future::Future;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Any error a task body can report; kept boxed so the queue stays independent of callers' errors.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// A kind of background work. The value itself is the payload, stored as `jsonb`.
///
/// Task bodies MUST be idempotent: a task runs at least once, and may run again after a crash,
/// a lost lease or a failed finalisation.
pub trait Task: Serialize + DeserializeOwned + Send + Sync + 'static {
    /// Stored in every row and used to find the handler: never rename a task that has shipped.
    const NAME: &'static str;
    /// Attempts before the task goes dead, unless `EnqueueOptions::max_attempts` overrides it.
    const MAX_ATTEMPTS: i32 = 5;
    /// What the task body needs (clients, pools, config), given once at `Runner::register`.
    type Context: Clone + Send + Sync + 'static;

    /// Does the work. `Err(TaskError::Retryable)` retries with backoff,
    /// `Err(TaskError::Permanent)` makes the task dead at once.
    fn run(&self, ctx: &Self::Context) -> impl Future<Output = Result<(), TaskError>> + Send;

    /// Called when the task goes dead (last attempt failed, or a permanent error), before the row
    /// is marked dead, so a crash in between calls it again: it MUST be idempotent.
    fn on_dead(&self, _ctx: &Self::Context, _error: &str) -> impl Future<Output = ()> + Send {
        async {}
    }
}

/// How a task body failed, which decides whether the queue tries again.
#[derive(Debug, thiserror::Error)]
pub enum TaskError {
    /// A transient failure (timeout, 5xx, lock conflict): retried with exponential backoff.
    #[error(transparent)]
    Retryable(BoxError),
    /// A failure that another attempt cannot fix (bad payload, 4xx): the task goes dead at once.
    #[error(transparent)]
    Permanent(BoxError),
    /// A transient failure whose next attempt the task schedules itself (a receiver's own retry
    /// schedule, `Retry-After`): retried after exactly this delay instead of the queue's backoff.
    #[error("{1} (retry in {0:?})")]
    RetryAfter(std::time::Duration, BoxError),
}

impl TaskError {
    /// Wraps a transient error, so callers can write `TaskError::retryable("timeout")`.
    pub fn retryable(error: impl Into<BoxError>) -> Self {
        TaskError::Retryable(error.into())
    }

    /// Wraps a permanent error, so callers can write `TaskError::permanent(err)`.
    pub fn permanent(error: impl Into<BoxError>) -> Self {
        TaskError::Permanent(error.into())
    }

    /// Wraps a transient error to be retried after `delay`, so callers can write
    /// `TaskError::retry_after(delay, "receiver answered 503")`.
    pub fn retry_after(delay: std::time::Duration, error: impl Into<BoxError>) -> Self {
        TaskError::RetryAfter(delay, error.into())
    }

    /// The error with its chain of sources, as stored in `last_error`.
    pub(crate) fn describe(&self) -> String {
        let inner: &(dyn std::error::Error + 'static) = match self {
            TaskError::Retryable(e) | TaskError::Permanent(e) | TaskError::RetryAfter(_, e) => {
                e.as_ref()
            }
        };
        describe_chain(inner)
    }
}

/// `outer: cause: root cause`, cut to a size that is fine to store and log.
pub(crate) fn describe_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut out = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        out.push_str(": ");
        out.push_str(&cause.to_string());
        source = cause.source();
    }
    truncate(out)
}

const MAX_ERROR_CHARS: usize = 2000;

pub(crate) fn truncate(mut text: String) -> String {
    if let Some((cut, _)) = text.char_indices().nth(MAX_ERROR_CHARS) {
        text.truncate(cut);
        text.push('…');
    }
    text
}
