//! Task types whose bodies record what happened, for the tests to assert on.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use sourcing_worker::{Task, TaskError};

/// What the task bodies did.
#[derive(Default)]
pub struct Recorder {
    runs: Mutex<HashMap<u32, u32>>,
    completed: Mutex<Vec<u32>>,
    dead: Mutex<Vec<(u32, String)>>,
}

impl Recorder {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Counts a run of task `n` and returns how many runs it has had.
    fn run(&self, n: u32) -> u32 {
        let mut runs = self.runs.lock().unwrap();
        let count = runs.entry(n).or_insert(0);
        *count += 1;
        *count
    }

    fn complete(&self, n: u32) {
        self.completed.lock().unwrap().push(n);
    }

    pub fn runs_of(&self, n: u32) -> u32 {
        self.runs.lock().unwrap().get(&n).copied().unwrap_or(0)
    }

    pub fn all_runs(&self) -> HashMap<u32, u32> {
        self.runs.lock().unwrap().clone()
    }

    pub fn total_runs(&self) -> u32 {
        self.runs.lock().unwrap().values().sum()
    }

    pub fn completed(&self) -> Vec<u32> {
        self.completed.lock().unwrap().clone()
    }

    pub fn dead(&self) -> Vec<(u32, String)> {
        self.dead.lock().unwrap().clone()
    }
}

/// Always succeeds.
#[derive(Serialize, Deserialize)]
pub struct Echo {
    pub n: u32,
}

impl Task for Echo {
    const NAME: &'static str = "test.echo";
    type Context = Arc<Recorder>;

    async fn run(&self, ctx: &Self::Context) -> Result<(), TaskError> {
        ctx.run(self.n);
        ctx.complete(self.n);
        Ok(())
    }
}

/// Fails with a retryable error `fail_times` times, then succeeds.
#[derive(Serialize, Deserialize)]
pub struct Flaky {
    pub n: u32,
    pub fail_times: u32,
}

impl Task for Flaky {
    const NAME: &'static str = "test.flaky";
    type Context = Arc<Recorder>;

    async fn run(&self, ctx: &Self::Context) -> Result<(), TaskError> {
        let run = ctx.run(self.n);
        if run <= self.fail_times {
            return Err(TaskError::retryable(format!("boom {run}")));
        }
        ctx.complete(self.n);
        Ok(())
    }
}

/// Never succeeds; records `on_dead`.
#[derive(Serialize, Deserialize)]
pub struct Doomed {
    pub n: u32,
    pub permanent: bool,
}

impl Task for Doomed {
    const NAME: &'static str = "test.doomed";
    const MAX_ATTEMPTS: i32 = 3;
    type Context = Arc<Recorder>;

    async fn run(&self, ctx: &Self::Context) -> Result<(), TaskError> {
        let run = ctx.run(self.n);
        if self.permanent {
            Err(TaskError::permanent(format!(
                "permanently broken (run {run})"
            )))
        } else {
            Err(TaskError::retryable(format!("always fails (run {run})")))
        }
    }

    async fn on_dead(&self, ctx: &Self::Context, error: &str) {
        ctx.dead.lock().unwrap().push((self.n, error.to_owned()));
    }
}

/// Fails once asking to be retried after `wait_ms`, then succeeds.
#[derive(Serialize, Deserialize)]
pub struct Patient {
    pub n: u32,
    pub wait_ms: u64,
}

impl Task for Patient {
    const NAME: &'static str = "test.patient";
    type Context = Arc<Recorder>;

    async fn run(&self, ctx: &Self::Context) -> Result<(), TaskError> {
        if ctx.run(self.n) == 1 {
            return Err(TaskError::retry_after(
                std::time::Duration::from_millis(self.wait_ms),
                "receiver busy",
            ));
        }
        ctx.complete(self.n);
        Ok(())
    }
}

/// Panics.
#[derive(Serialize, Deserialize)]
pub struct Panics {
    pub n: u32,
}

impl Task for Panics {
    const NAME: &'static str = "test.panics";
    type Context = Arc<Recorder>;

    async fn run(&self, ctx: &Self::Context) -> Result<(), TaskError> {
        ctx.run(self.n);
        panic!("kaboom");
    }
}

/// Runs for `ms` milliseconds.
#[derive(Serialize, Deserialize)]
pub struct Slow {
    pub n: u32,
    pub ms: u64,
}

impl Task for Slow {
    const NAME: &'static str = "test.slow";
    type Context = Arc<Recorder>;

    async fn run(&self, ctx: &Self::Context) -> Result<(), TaskError> {
        ctx.run(self.n);
        tokio::time::sleep(Duration::from_millis(self.ms)).await;
        ctx.complete(self.n);
        Ok(())
    }
}

/// Context of [`Stuck`]: whether this runner's task bodies hang forever.
#[derive(Clone)]
pub struct StuckCtx {
    pub rec: Arc<Recorder>,
    pub hang: bool,
}

/// Hangs forever when the context says so (a worker that will be killed mid-task).
#[derive(Serialize, Deserialize)]
pub struct Stuck {
    pub n: u32,
}

impl Task for Stuck {
    const NAME: &'static str = "test.stuck";
    type Context = StuckCtx;

    async fn run(&self, ctx: &Self::Context) -> Result<(), TaskError> {
        ctx.rec.run(self.n);
        if ctx.hang {
            std::future::pending::<()>().await;
        }
        ctx.rec.complete(self.n);
        Ok(())
    }
}
