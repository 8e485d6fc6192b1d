//! Type erasure: one handler per task name, deserialising the payload into the concrete task.

use std::marker::PhantomData;

use futures_util::future::BoxFuture;

use crate::task::{Task, TaskError};

pub(crate) trait Handler: Send + Sync {
    fn run(&self, payload: serde_json::Value) -> BoxFuture<'static, Result<(), TaskError>>;
    fn on_dead(&self, payload: serde_json::Value, error: String) -> BoxFuture<'static, ()>;
}

pub(crate) struct TypedHandler<T: Task> {
    ctx: T::Context,
    task: PhantomData<fn() -> T>,
}

impl<T: Task> TypedHandler<T> {
    pub(crate) fn new(ctx: T::Context) -> Self {
        TypedHandler {
            ctx,
            task: PhantomData,
        }
    }
}

impl<T: Task> Handler for TypedHandler<T> {
    fn run(&self, payload: serde_json::Value) -> BoxFuture<'static, Result<(), TaskError>> {
        let ctx = self.ctx.clone();
        Box::pin(async move {
            // A payload that no longer parses will not parse on a retry either.
            let task: T = serde_json::from_value(payload).map_err(|e| {
                TaskError::permanent(format!("payload does not parse as {}: {e}", T::NAME))
            })?;
            task.run(&ctx).await
        })
    }

    fn on_dead(&self, payload: serde_json::Value, error: String) -> BoxFuture<'static, ()> {
        let ctx = self.ctx.clone();
        Box::pin(async move {
            match serde_json::from_value::<T>(payload) {
                Ok(task) => task.on_dead(&ctx, &error).await,
                Err(e) => tracing::error!(
                    task.name = T::NAME,
                    "Dead task {} has an unparseable payload, on_dead skipped: {e}",
                    T::NAME
                ),
            }
        })
    }
}
