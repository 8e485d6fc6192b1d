//! Sending one signed webhook request.

use std::future::Future;
use std::time::Duration;

use crate::webhooks::SendResult;

/// One HTTP `POST` to a receiver, fully prepared (signature headers included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingWebhook {
    /// Destination.
    pub url: String,
    /// Headers to send, the service's and the client's.
    pub headers: Vec<(String, String)>,
    /// JSON body, sent byte for byte as signed.
    pub body: Vec<u8>,
    /// Time the receiver has to answer.
    pub timeout: Duration,
}

/// Sends webhook requests. Implementations MUST NOT follow redirects, MUST refuse (as an
/// error result, without connecting) a destination whose resolved addresses the server's
/// `UrlPolicy` does not allow, and MUST report every failure as a `SendResult`, never panic.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait WebhookSender: Send + Sync + 'static {
    /// Sends one request and reports what happened.
    fn send(&self, request: OutgoingWebhook) -> impl Future<Output = SendResult> + Send;
}
