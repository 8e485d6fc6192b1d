//! `RecordingWebhookSender`: a `WebhookSender` fake that records every request and answers
//! scripted results, for use-case and app tests that must not open sockets.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use sourcing_domain::ports::{OutgoingWebhook, WebhookSender};
use sourcing_domain::webhooks::SendResult;
use sourcing_domain::webhooks::delivery::RESPONSE_BODY_LIMIT;

use crate::webhook_receiver::{Received, Receiver};

#[derive(Debug, Default)]
struct Inner {
    sent: Vec<OutgoingWebhook>,
    scripted: VecDeque<SendResult>,
    receiver: Option<Receiver>,
}

/// Records every request; answers the next scripted result ([`RecordingWebhookSender::push`]),
/// else delivers to its connected [`Receiver`] in process, else answers `200`.
///
/// How it honours `webhook_sender_contract`: connected to [`Receiver::simulated`], it hands the
/// request to the receiver (which records the exact bytes) and applies the same rules the
/// real sender does — one request per send, a 2xx is a success, other statuses fail with the
/// body cut at `RESPONSE_BODY_LIMIT`, a reply slower than the timeout is a "timed out" error
/// after the timeout, redirects are reported and not followed, `Retry-After` seconds are
/// reported, any URL outside the receiver is "could not connect". What it cannot show:
/// anything of the network (sockets, TLS, DNS, HTTP framing) and the SSRF guard; those are
/// the HTTP sender's own tests. Scripted results are returned as pushed, unchecked.
#[derive(Debug, Clone, Default)]
pub struct RecordingWebhookSender {
    inner: Arc<Mutex<Inner>>,
}

impl RecordingWebhookSender {
    /// A sender answering `200` to every request it is not scripted for.
    pub fn new() -> Self {
        Self::default()
    }

    /// A sender delivering (in process) to `receiver` when not scripted.
    pub fn connected_to(receiver: &Receiver) -> Self {
        let sender = Self::default();
        sender.lock().receiver = Some(receiver.clone());
        sender
    }

    /// Queues the result of the next unscripted send (results are used in push order).
    pub fn push(&self, result: SendResult) {
        self.lock().scripted.push_back(result);
    }

    /// Every request sent so far, oldest first.
    pub fn sent(&self) -> Vec<OutgoingWebhook> {
        self.lock().sent.clone()
    }

    /// A receiver's answer with `status` (and `body`), as the real sender reports it.
    pub fn answered(status: u16, body: Option<&str>) -> SendResult {
        SendResult {
            status_code: Some(status),
            duration_ms: 1,
            error: None,
            response_body: body.map(str::to_owned),
            retry_after: None,
        }
    }

    /// A transport failure (timeout, refused connection or address) with its reason.
    pub fn transport_failure(error: &str) -> SendResult {
        SendResult {
            status_code: None,
            duration_ms: 1,
            error: Some(error.to_owned()),
            response_body: None,
            retry_after: None,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl WebhookSender for RecordingWebhookSender {
    async fn send(&self, request: OutgoingWebhook) -> SendResult {
        let (scripted, receiver) = {
            let mut inner = self.lock();
            inner.sent.push(request.clone());
            (inner.scripted.pop_front(), inner.receiver.clone())
        };
        match (scripted, receiver) {
            (Some(result), _) => result,
            (None, Some(receiver)) => deliver(&receiver, request).await,
            (None, None) => Self::answered(200, None),
        }
    }
}

fn millis(since: Instant) -> u64 {
    u64::try_from(since.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// One simulated `POST` to `receiver`, reported as the HTTP sender reports it.
async fn deliver(receiver: &Receiver, request: OutgoingWebhook) -> SendResult {
    let started = Instant::now();
    let path = request
        .url
        .strip_prefix(receiver.base_url())
        .filter(|rest| rest.starts_with('/'))
        .map(|rest| rest.split(['?', '#']).next().unwrap_or(rest).to_owned());
    let Some(path) = path else {
        return RecordingWebhookSender::transport_failure(&format!(
            "could not connect: nothing listens at `{}`",
            request.url
        ));
    };
    let reply = receiver.receive(Received {
        method: "POST".to_owned(),
        path,
        headers: request
            .headers
            .iter()
            .map(|(n, v)| (n.to_ascii_lowercase(), v.as_bytes().to_vec()))
            .collect(),
        body: request.body,
    });
    if reply.delay > request.timeout {
        tokio::time::sleep(request.timeout).await;
        return SendResult {
            duration_ms: millis(started),
            ..RecordingWebhookSender::transport_failure("timed out")
        };
    }
    tokio::time::sleep(reply.delay).await;
    let mut body = reply.body.clone();
    body.truncate(RESPONSE_BODY_LIMIT);
    let text = String::from_utf8_lossy(&body).into_owned();
    SendResult {
        status_code: Some(reply.status),
        duration_ms: millis(started),
        error: None,
        response_body: (!text.is_empty()).then_some(text),
        retry_after: reply
            .header_value("retry-after")
            .and_then(|v| v.trim().parse().ok())
            .map(Duration::from_secs),
    }
}
