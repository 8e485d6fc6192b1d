//! `LISTEN background_tasks` on a dedicated connection, waking idle workers on each `NOTIFY`.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use futures_util::StreamExt;
use tokio::sync::{Notify, watch};

use crate::error::QueueError;

/// The channel the insert trigger of `background_tasks` notifies, with the task name as payload.
pub const CHANNEL: &str = "background_tasks";

const INITIAL_RECONNECT_DELAY: Duration = Duration::from_secs(1);
const MAX_RECONNECT_DELAY: Duration = Duration::from_secs(60);

pub(crate) struct Listener {
    pub(crate) database_url: String,
    pub(crate) names: HashSet<String>,
    pub(crate) wake: Arc<Notify>,
    pub(crate) listening: watch::Sender<bool>,
}

impl Listener {
    /// Listens until the task is aborted, reconnecting with exponential backoff (1 s to 60 s).
    /// While disconnected, the workers' polling keeps the queue moving.
    pub(crate) async fn run(self) {
        let mut delay = INITIAL_RECONNECT_DELAY;
        let mut reconnecting = false;
        loop {
            let result = self.listen(&mut delay, reconnecting).await;
            reconnecting = true;
            self.listening.send_replace(false);
            match result {
                Ok(()) => {
                    tracing::warn!("Task listener connection closed, reconnecting in {delay:?}")
                }
                Err(e) => tracing::warn!("Task listener failed, reconnecting in {delay:?}: {e}"),
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(MAX_RECONNECT_DELAY);
        }
    }

    async fn listen(&self, delay: &mut Duration, reconnecting: bool) -> Result<(), QueueError> {
        // Not from the pool: a LISTENing connection must never serve other queries.
        let mut conn = AsyncPgConnection::establish(&self.database_url).await?;
        conn.batch_execute(&format!("LISTEN {CHANNEL}")).await?;
        *delay = INITIAL_RECONNECT_DELAY;
        if reconnecting {
            // Tasks may have been enqueued while we were not listening: let the workers look.
            // (At start-up the workers' own first claim covers that.)
            self.wake.notify_waiters();
        }
        self.listening.send_replace(true);
        tracing::debug!("Listening for new tasks on channel {CHANNEL}");

        let mut stream = std::pin::pin!(conn.notifications_stream());
        while let Some(notification) = stream.next().await {
            let notification = notification?;
            if self.names.contains(&notification.payload) {
                self.wake.notify_waiters();
            }
        }
        Ok(())
    }
}
