//! The `Runner`: worker loops that claim, run and finalise tasks, plus the `LISTEN` wake-ups.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::deadpool::{Object, Pool};
use futures_util::FutureExt;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;
use tokio::time::{Instant, MissedTickBehavior};
use tracing::Instrument;
use uuid::Uuid;

use crate::backoff::Backoff;
use crate::error::QueueError;
use crate::listener::Listener;
use crate::registry::{Handler, TypedHandler};
use crate::storage::{self, Claimed};
use crate::task::{Task, TaskError, truncate};

/// The shortest idle wait between claims: keeps a due-but-contended queue from spinning.
const MIN_IDLE_WAIT: Duration = Duration::from_millis(20);
/// Finalisation is retried this many times before the lease is left to expire.
const FINALISE_TRIES: u32 = 3;
/// How long abandoned workers get to give their leases back after the shutdown timeout.
const RELEASE_GRACE: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Copy)]
struct Config {
    concurrency: usize,
    lease: Duration,
    poll_interval: Duration,
    backoff: Backoff,
    shutdown_timeout: Duration,
}

/// Builds and starts the workers that run registered tasks. Any number of runners, in any number
/// of processes, may share one database: claims use `FOR UPDATE SKIP LOCKED` and leases.
pub struct Runner {
    pool: Pool<AsyncPgConnection>,
    database_url: String,
    handlers: HashMap<String, Arc<dyn Handler>>,
    config: Config,
}

impl Runner {
    /// A runner with no task types yet. `pool` serves claims, heartbeats and finalisation (size
    /// it above `concurrency`); `database_url` opens the one dedicated `LISTEN` connection.
    pub fn new(pool: Pool<AsyncPgConnection>, database_url: impl Into<String>) -> Self {
        Runner {
            pool,
            database_url: database_url.into(),
            handlers: HashMap::new(),
            config: Config {
                concurrency: 2,
                lease: Duration::from_secs(60),
                poll_interval: Duration::from_secs(10),
                backoff: Backoff {
                    base: Duration::from_secs(1),
                    max: Duration::from_secs(600),
                },
                shutdown_timeout: Duration::from_secs(30),
            },
        }
    }

    /// Lets this runner claim tasks named `T::NAME`, giving each run a clone of `ctx`.
    /// Registering the same name twice keeps the last context.
    pub fn register<T: Task>(mut self, ctx: T::Context) -> Self {
        let previous = self
            .handlers
            .insert(T::NAME.to_owned(), Arc::new(TypedHandler::<T>::new(ctx)));
        if previous.is_some() {
            tracing::warn!(task.name = T::NAME, "Task {} registered twice", T::NAME);
        }
        self
    }

    /// How many tasks run at once in this runner (default 2, at least 1).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.config.concurrency = n.max(1);
        self
    }

    /// How long a claim lasts without a heartbeat (default 60 s). The heartbeat renews it every
    /// third of it; after a crash, the task is claimable again once it expires.
    pub fn lease(mut self, lease: Duration) -> Self {
        self.config.lease = lease.max(Duration::from_millis(30));
        self
    }

    /// Longest idle wait between claims when no `NOTIFY` arrives (default 10 s): the fallback
    /// for missed notifications. Idle workers also wake when the next retry or lease falls due.
    pub fn poll_interval(mut self, interval: Duration) -> Self {
        self.config.poll_interval = interval;
        self
    }

    /// Retry delay after failed attempt n: `base · 2^(n-1)` capped at `max`, ±25 % jitter
    /// (default 1 s and 10 min).
    pub fn backoff(mut self, base: Duration, max: Duration) -> Self {
        self.config.backoff = Backoff {
            base,
            max: max.max(base),
        };
        self
    }

    /// How long `RunnerHandle::shutdown` waits for running tasks before abandoning them and
    /// giving their leases back, so another runner can claim them at once (default 30 s).
    pub fn shutdown_timeout(mut self, timeout: Duration) -> Self {
        self.config.shutdown_timeout = timeout;
        self
    }

    fn core(&self) -> Core {
        let mut names: Vec<String> = self.handlers.keys().cloned().collect();
        names.sort();
        Core {
            pool: self.pool.clone(),
            handlers: Arc::new(self.handlers.clone()),
            names: names.into(),
            config: self.config,
        }
    }

    /// Runs every task that is due now, one at a time, until none is left, and returns how many
    /// claims it processed. For tests and one-off drains: deterministic, no background workers.
    /// Retries whose backoff ends while draining are run too; later ones are left queued.
    pub async fn run_until_empty(&self) -> Result<usize, QueueError> {
        let core = self.core();
        let worker = Uuid::new_v4();
        let mut processed = 0;
        while let Some(claimed) = core.claim(worker).await? {
            core.process(worker, claimed).await;
            processed += 1;
        }
        Ok(processed)
    }

    /// Spawns the worker loops and the listener on the current tokio runtime (call it inside
    /// one). Dropping the returned handle stops claiming, like `shutdown` without the wait.
    #[must_use = "dropping the handle stops the workers"]
    pub fn start(self) -> RunnerHandle {
        let core = self.core();
        let (shutdown_tx, shutdown_rx) = watch::channel(false);
        let (abandon_tx, abandon_rx) = watch::channel(false);
        let (idle_tx, idle_rx) = watch::channel(0usize);
        let (listening_tx, listening_rx) = watch::channel(false);
        let idle_tx = Arc::new(idle_tx);
        let wake = Arc::new(Notify::new());

        let listener = Listener {
            database_url: self.database_url.clone(),
            names: core.names.iter().cloned().collect::<HashSet<_>>(),
            wake: wake.clone(),
            listening: listening_tx,
        };
        let listener = tokio::spawn(listener.run());

        let workers = (0..self.config.concurrency)
            .map(|_| {
                let worker = Worker {
                    core: core.clone(),
                    id: Uuid::new_v4(),
                    wake: wake.clone(),
                    shutdown: shutdown_rx.clone(),
                    abandon: abandon_rx.clone(),
                    idle: idle_tx.clone(),
                };
                tokio::spawn(worker.run())
            })
            .collect();
        tracing::info!(
            concurrency = self.config.concurrency,
            "Task runner started for {}",
            core.names.join(", ")
        );

        RunnerHandle {
            shutdown: shutdown_tx,
            abandon: abandon_tx,
            workers,
            listener,
            idle: idle_rx,
            listening: listening_rx,
            concurrency: self.config.concurrency,
            shutdown_timeout: self.config.shutdown_timeout,
        }
    }
}

/// A started runner: shut it down gracefully with `shutdown`.
pub struct RunnerHandle {
    shutdown: watch::Sender<bool>,
    abandon: watch::Sender<bool>,
    workers: Vec<JoinHandle<()>>,
    listener: JoinHandle<()>,
    idle: watch::Receiver<usize>,
    listening: watch::Receiver<bool>,
    concurrency: usize,
    shutdown_timeout: Duration,
}

impl RunnerHandle {
    /// Stops claiming, waits up to the shutdown timeout for running tasks to finish and be
    /// finalised, then abandons the rest and gives their leases back at once (the interrupted
    /// attempt does not count), so any runner can claim them without waiting for expiry.
    pub async fn shutdown(self) {
        self.shutdown.send_replace(true);
        self.listener.abort();
        let deadline = Instant::now() + self.shutdown_timeout;
        let mut late = Vec::new();
        for mut worker in self.workers {
            if tokio::time::timeout_at(deadline, &mut worker)
                .await
                .is_err()
            {
                late.push(worker);
            }
        }
        if !late.is_empty() {
            tracing::warn!("Task workers did not finish in time; giving their leases back");
            self.abandon.send_replace(true);
            let grace = Instant::now() + RELEASE_GRACE;
            for mut worker in late {
                if tokio::time::timeout_at(grace, &mut worker).await.is_err() {
                    tracing::warn!(
                        "Task worker could not give its lease back; its task waits for lease expiry"
                    );
                    worker.abort();
                }
            }
        }
        tracing::info!("Task runner stopped");
    }

    /// Resolves once the `LISTEN` connection is up and every worker is parked waiting for work,
    /// so a test can enqueue knowing that only a wake-up (or the poll) will start the task.
    pub async fn wait_idle(&self) {
        let mut listening = self.listening.clone();
        let mut idle = self.idle.clone();
        let _ = listening.wait_for(|up| *up).await;
        let _ = idle.wait_for(|n| *n >= self.concurrency).await;
    }
}

#[derive(Clone)]
struct Core {
    pool: Pool<AsyncPgConnection>,
    handlers: Arc<HashMap<String, Arc<dyn Handler>>>,
    names: Arc<[String]>,
    config: Config,
}

enum Finish<'a> {
    Delete,
    Reschedule(Duration, &'a str),
    Dead(&'a str),
}

impl Core {
    async fn conn(&self) -> Result<Object<AsyncPgConnection>, QueueError> {
        Ok(self.pool.get().await?)
    }

    async fn claim(&self, worker: Uuid) -> Result<Option<Claimed>, QueueError> {
        if self.names.is_empty() {
            return Ok(None);
        }
        let mut conn = self.conn().await?;
        Ok(storage::claim(&mut conn, &self.names, worker, self.config.lease).await?)
    }

    /// How long an idle worker may sleep: until the next retry or lease expiry, at most the poll.
    async fn idle_wait(&self) -> Duration {
        let poll = self.config.poll_interval;
        let next = match self.conn().await {
            Ok(mut conn) => storage::next_due_in(&mut conn, &self.names)
                .await
                .ok()
                .flatten(),
            Err(_) => None,
        };
        let wait = match next {
            Some(secs) => Duration::try_from_secs_f64(secs.max(0.0))
                .unwrap_or(poll)
                .min(poll),
            None => poll,
        };
        wait.max(MIN_IDLE_WAIT.min(poll))
    }

    async fn process(&self, worker: Uuid, claimed: Claimed) {
        let span = tracing::info_span!(
            "task",
            task.name = %claimed.task_name,
            task.id = claimed.id,
            attempt = claimed.attempts,
        );
        self.process_claimed(worker, claimed).instrument(span).await;
    }

    async fn process_claimed(&self, worker: Uuid, claimed: Claimed) {
        let (name, id, attempt) = (claimed.task_name.clone(), claimed.id, claimed.attempts);
        let Some(handler) = self.handlers.get(&claimed.task_name).cloned() else {
            // Unreachable: claims only ask for registered names.
            tracing::error!("Claimed task {name} {id} has no handler");
            return;
        };
        if claimed.attempts > claimed.max_attempts {
            let error = "the lease expired during the last attempt (the worker stopped or crashed)";
            self.go_dead(worker, &claimed, handler.as_ref(), error.to_owned())
                .await;
            return;
        }

        tracing::debug!("Running task {name} {id} (attempt {attempt})");
        let started = Instant::now();
        let run = AssertUnwindSafe(handler.run(claimed.payload.clone())).catch_unwind();
        let outcome = match self.with_heartbeat(worker, &claimed, run).await {
            None => {
                tracing::warn!(
                    "Lost the lease of task {name} {id} while it ran; left it to its new owner"
                );
                return;
            }
            Some(Ok(outcome)) => outcome,
            Some(Err(panic)) => Err(TaskError::retryable(format!(
                "task panicked: {}",
                panic_message(panic.as_ref())
            ))),
        };
        let duration_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);

        match outcome {
            Ok(()) => match self.finish(worker, &claimed, Finish::Delete).await {
                Ok(true) => tracing::debug!(duration_ms, "Task {name} {id} succeeded"),
                Ok(false) => tracing::warn!(
                    duration_ms,
                    "Task {name} {id} succeeded after its lease was lost; it may run again"
                ),
                Err(e) => tracing::error!(
                    duration_ms,
                    "Task {name} {id} succeeded but could not be deleted; it will run again: {e}"
                ),
            },
            Err(e @ (TaskError::Retryable(_) | TaskError::RetryAfter(..)))
                if claimed.attempts < claimed.max_attempts =>
            {
                let error = e.describe();
                let delay = match &e {
                    TaskError::RetryAfter(delay, _) => *delay,
                    _ => self.config.backoff.delay(claimed.attempts),
                };
                let retry_in_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
                match self
                    .finish(worker, &claimed, Finish::Reschedule(delay, &error))
                    .await
                {
                    Ok(true) => tracing::warn!(
                        duration_ms,
                        retry_in_ms,
                        "Task {name} {id} failed (attempt {attempt} of {}), retrying in {delay:?}: {error}",
                        claimed.max_attempts
                    ),
                    Ok(false) => {
                        tracing::warn!("Task {name} {id} failed after its lease was lost: {error}")
                    }
                    Err(db) => tracing::error!(
                        "Task {name} {id} failed and could not be rescheduled; it will run again after its lease: {error}; {db}"
                    ),
                }
            }
            Err(e) => {
                self.go_dead(worker, &claimed, handler.as_ref(), e.describe())
                    .await;
            }
        }
    }

    /// Calls `on_dead` while this worker still holds the lease, then marks the task dead. A crash
    /// in between leaves the lease to expire, and the next claimer calls `on_dead` again.
    async fn go_dead(&self, worker: Uuid, claimed: &Claimed, handler: &dyn Handler, error: String) {
        let (name, id) = (&claimed.task_name, claimed.id);
        let holds = match self.conn().await {
            Ok(mut conn) => storage::extend_lease(&mut conn, claimed, worker, self.config.lease)
                .await
                .map_err(QueueError::from),
            Err(e) => Err(e),
        };
        match holds {
            Ok(true) => {}
            Ok(false) => {
                tracing::warn!(
                    "Lost the lease of task {name} {id} before it could be declared dead"
                );
                return;
            }
            Err(e) => {
                tracing::error!(
                    "Could not confirm the lease of failing task {name} {id}; it will be retried after the lease: {e}"
                );
                return;
            }
        }

        let hook = AssertUnwindSafe(handler.on_dead(claimed.payload.clone(), error.clone()))
            .catch_unwind();
        match self.with_heartbeat(worker, claimed, hook).await {
            None => {
                tracing::warn!("Lost the lease of task {name} {id} while on_dead ran");
                return;
            }
            Some(Err(panic)) => tracing::error!(
                "on_dead of task {name} {id} panicked: {}",
                panic_message(panic.as_ref())
            ),
            Some(Ok(())) => {}
        }

        match self.finish(worker, claimed, Finish::Dead(&error)).await {
            Ok(true) => tracing::error!(
                "Task {name} {id} is dead after {} attempt(s): {error}",
                claimed.attempts
            ),
            Ok(false) => {
                tracing::warn!("Lost the lease of task {name} {id} before marking it dead")
            }
            Err(e) => tracing::error!(
                "Task {name} {id} could not be marked dead; on_dead will run again: {e}"
            ),
        }
    }

    /// Runs `fut` while renewing the lease; `None` when the lease was lost (then `fut` is dropped,
    /// because another worker now owns the task).
    async fn with_heartbeat<F: Future>(
        &self,
        worker: Uuid,
        claimed: &Claimed,
        fut: F,
    ) -> Option<F::Output> {
        tokio::select! {
            out = fut => Some(out),
            () = self.heartbeat(worker, claimed) => None,
        }
    }

    /// Extends the lease every third of it; returns only when the lease is lost.
    async fn heartbeat(&self, worker: Uuid, claimed: &Claimed) {
        let period = self.config.lease / 3;
        let mut ticker = tokio::time::interval_at(Instant::now() + period, period);
        ticker.set_missed_tick_behavior(MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            let extended = match self.conn().await {
                Ok(mut conn) => {
                    storage::extend_lease(&mut conn, claimed, worker, self.config.lease)
                        .await
                        .map_err(QueueError::from)
                }
                Err(e) => Err(e),
            };
            match extended {
                Ok(true) => tracing::trace!("Extended the lease of task {}", claimed.id),
                Ok(false) => return,
                Err(e) => tracing::warn!("Could not extend the lease of task {}: {e}", claimed.id),
            }
        }
    }

    /// Gives an abandoned task's lease back (shutdown): claimable again at once, the interrupted
    /// attempt not counted.
    async fn release(&self, worker: Uuid, claimed: &Claimed) {
        let released = match self.conn().await {
            Ok(mut conn) => storage::release(&mut conn, claimed, worker)
                .await
                .map_err(QueueError::from),
            Err(e) => Err(e),
        };
        let (name, id) = (&claimed.task_name, claimed.id);
        match released {
            Ok(true) => tracing::info!("Gave back the lease of task {name} {id} at shutdown"),
            Ok(false) => tracing::debug!("Task {name} {id} was no longer held at shutdown"),
            Err(e) => tracing::warn!(
                "Could not give back the lease of task {name} {id}; it waits for lease expiry: {e}"
            ),
        }
    }

    /// The second short transaction: only succeeds while this worker's claim is current.
    async fn finish(
        &self,
        worker: Uuid,
        claimed: &Claimed,
        finish: Finish<'_>,
    ) -> Result<bool, QueueError> {
        let mut tries = 0;
        loop {
            tries += 1;
            let result = async {
                let mut conn = self.conn().await?;
                let done = match finish {
                    Finish::Delete => storage::delete(&mut conn, claimed, worker).await?,
                    Finish::Reschedule(delay, error) => {
                        storage::reschedule(&mut conn, claimed, worker, delay, error).await?
                    }
                    Finish::Dead(error) => {
                        storage::mark_dead(&mut conn, claimed, worker, error).await?
                    }
                };
                Ok::<bool, QueueError>(done)
            }
            .await;
            match result {
                Err(e) if tries < FINALISE_TRIES => {
                    tracing::warn!("Could not finalise task {} (try {tries}): {e}", claimed.id);
                    tokio::time::sleep(Duration::from_millis(100) * 2u32.pow(tries)).await;
                }
                other => return other,
            }
        }
    }
}

struct Worker {
    core: Core,
    id: Uuid,
    wake: Arc<Notify>,
    shutdown: watch::Receiver<bool>,
    abandon: watch::Receiver<bool>,
    idle: Arc<watch::Sender<usize>>,
}

impl Worker {
    async fn run(mut self) {
        let span = tracing::debug_span!("task_worker", worker.id = %self.id);
        async move {
            while !self.stopping() {
                // Registered before the claim, so a NOTIFY arriving during it is not lost.
                let notified = self.wake.notified();
                let mut notified = std::pin::pin!(notified);
                notified.as_mut().enable();

                match self.core.claim(self.id).await {
                    Ok(Some(claimed)) => {
                        let held = claimed.clone();
                        let mut abandon = self.abandon.clone();
                        let abandoned = tokio::select! {
                            () = self.core.process(self.id, claimed) => false,
                            _ = abandon.wait_for(|a| *a) => true,
                        };
                        if abandoned {
                            self.core.release(self.id, &held).await;
                            return;
                        }
                        continue;
                    }
                    Ok(None) => {}
                    Err(e) => tracing::warn!("Could not claim a task: {e}"),
                }

                let wait = self.core.idle_wait().await;
                self.idle.send_modify(|n| *n += 1);
                tokio::select! {
                    () = notified => {}
                    () = tokio::time::sleep(wait) => {}
                    _ = self.shutdown.changed() => {}
                }
                self.idle.send_modify(|n| *n = n.saturating_sub(1));
            }
        }
        .instrument(span)
        .await;
    }

    fn stopping(&self) -> bool {
        // A dropped handle counts as a shutdown request.
        self.shutdown.has_changed().is_err() || *self.shutdown.borrow()
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    let text = if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "non-string panic payload".to_owned()
    };
    truncate(text)
}
