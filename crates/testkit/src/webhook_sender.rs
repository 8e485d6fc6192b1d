//! Contract suite for [`WebhookSender`], run against a scripted [`Receiver`].
//!
//! MUST rules checked (from the port's doc comment and CONTRACT.md §7):
//! - one `POST` per send, to the URL's path, whose body and every header arrive byte for byte
//!   (each header once);
//! - a 2xx answer is a success with its status, the start of the body kept, no error;
//! - any other answer is a failure with its status and no transport error; the start of the
//!   body is kept, cut at `RESPONSE_BODY_LIMIT` (1024) bytes when the receiver answers 100 KB;
//! - a receiver slower than `timeout` is a failure with an error and no status, returned within
//!   about the timeout;
//! - a redirect (302, 307) is not followed: its status is reported as a failure and the target
//!   is never requested;
//! - `Retry-After: 7` is reported as 7 s (none when absent);
//! - an unreachable receiver or a malformed URL is a failure with an error, never a panic.
//!
//! The real sender runs it against [`Receiver::start`] (HTTP on 127.0.0.1); the recording fake
//! against [`Receiver::simulated`], which it delivers to in process (see
//! [`RecordingWebhookSender`]). The SSRF guard (`UrlPolicy`) is the real sender's alone and is
//! tested in its crate.
//!
//! [`RecordingWebhookSender`]: crate::memory::RecordingWebhookSender
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a contract suite fails loudly on purpose"
)]

use std::time::{Duration, Instant};

use sourcing_domain::ports::{OutgoingWebhook, WebhookSender};
use sourcing_domain::webhooks::SendResult;
use sourcing_domain::webhooks::delivery::RESPONSE_BODY_LIMIT;
use uuid::Uuid;

use crate::webhook_receiver::{Receiver, Reply};

/// Runs every check of the `WebhookSender` contract with `sender` against `receiver` (each
/// check on its own paths, so a receiver can be shared).
pub async fn webhook_sender_contract<S: WebhookSender>(sender: S, receiver: &Receiver) {
    let at = Paths(format!("/contract-{}", Uuid::new_v4().simple()));
    body_and_headers_arrive_byte_for_byte(&sender, receiver, &at).await;
    a_2xx_is_a_success_with_its_status(&sender, receiver, &at).await;
    other_statuses_fail_and_keep_the_start_of_the_body(&sender, receiver, &at).await;
    a_slow_receiver_times_out(&sender, receiver, &at).await;
    redirects_are_not_followed(&sender, receiver, &at).await;
    retry_after_is_reported_in_seconds(&sender, receiver, &at).await;
    unreachable_receivers_and_bad_urls_are_failures(&sender, receiver, &at).await;
}

/// This run's paths on the receiver.
struct Paths(String);

impl Paths {
    fn path(&self, name: &str) -> String {
        format!("{}/{name}", self.0)
    }
}

/// The headers the service sends, and custom ones with awkward (legal) values.
fn headers() -> Vec<(String, String)> {
    [
        ("content-type", "application/json"),
        ("user-agent", "SourcingAPI-Webhooks/1"),
        ("webhook-id", "6f1c1a52-94a5-4c43-9d0e-5e2d3c9d6b1e"),
        ("webhook-timestamp", "1614265330"),
        (
            "webhook-signature",
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        ),
        ("X-Api-Key", "s3cret value, with spaces; and \"quotes\""),
        ("Authorization", "Bearer a+b/c=d\tafter-tab"),
    ]
    .into_iter()
    .map(|(n, v)| (n.to_owned(), v.to_owned()))
    .collect()
}

fn post(url: String, timeout: Duration) -> OutgoingWebhook {
    OutgoingWebhook {
        url,
        headers: headers(),
        body: br#"{"event":"ping","data":{}}"#.to_vec(),
        timeout,
    }
}

async fn send_to<S: WebhookSender>(
    sender: &S,
    receiver: &Receiver,
    path: &str,
    reply: Reply,
) -> SendResult {
    receiver.reply(path, reply);
    let result = sender
        .send(post(receiver.url(path), Duration::from_secs(10)))
        .await;
    assert_eq!(
        receiver.requests_to(path).len(),
        1,
        "one request per send to {path} (retries are the caller's)"
    );
    result
}

async fn body_and_headers_arrive_byte_for_byte<S: WebhookSender>(
    sender: &S,
    receiver: &Receiver,
    at: &Paths,
) {
    let path = at.path("exact");
    receiver.reply(&path, Reply::status(204));
    // odd spacing, key order, escapes, non-ASCII and a trailing newline: nothing may be
    // re-encoded, or the signature over these bytes breaks
    let body = "{\"event\":\"sourcing.completed\",  \"timestamp\":\"2026-11-29T10:00:00.000Z\",\
                \"data\":{\"name\":\"Zo\u{eb} \u{1F600}\",\"n\":1.50,\"s\":\"a\\u00e9\\n\"}}\n"
        .as_bytes()
        .to_vec();
    let request = OutgoingWebhook {
        url: receiver.url(&path),
        headers: headers(),
        body: body.clone(),
        timeout: Duration::from_secs(10),
    };
    let result = sender.send(request).await;
    assert!(result.is_success(), "204 is a success: {result:?}");
    let got = receiver.requests_to(&path);
    assert_eq!(got.len(), 1, "one request");
    let got = &got[0];
    assert_eq!(got.method, "POST");
    assert_eq!(got.path, path);
    assert_eq!(got.body, body, "the body byte for byte");
    for (name, value) in headers() {
        assert_eq!(
            got.header_values(&name),
            [value.as_bytes()],
            "header {name} arrives once, byte for byte"
        );
    }
}

async fn a_2xx_is_a_success_with_its_status<S: WebhookSender>(
    sender: &S,
    receiver: &Receiver,
    at: &Paths,
) {
    let ok = send_to(
        sender,
        receiver,
        &at.path("ok"),
        Reply::status(200).body("accepted"),
    )
    .await;
    assert_eq!(
        ok,
        SendResult {
            duration_ms: ok.duration_ms,
            status_code: Some(200),
            error: None,
            response_body: Some("accepted".into()),
            retry_after: None,
        }
    );
    assert!(ok.is_success());
    for status in [201, 202, 204] {
        let result = send_to(
            sender,
            receiver,
            &at.path(&format!("ok-{status}")),
            Reply::status(status),
        )
        .await;
        assert_eq!(result.status_code, Some(status));
        assert_eq!(result.error, None);
        assert!(result.is_success(), "{status} is a success");
    }
    // slow but in time: still a success, and the wait is measured
    let slow = send_to(
        sender,
        receiver,
        &at.path("ok-slow"),
        Reply::status(200).after(Duration::from_millis(300)),
    )
    .await;
    assert!(slow.is_success(), "an answer within the timeout: {slow:?}");
    assert!(
        slow.duration_ms >= 300,
        "duration covers the wait: {} ms",
        slow.duration_ms
    );
}

async fn other_statuses_fail_and_keep_the_start_of_the_body<S: WebhookSender>(
    sender: &S,
    receiver: &Receiver,
    at: &Paths,
) {
    let huge: Vec<u8> = (0..100 * 1024)
        .map(|i| b"0123456789abcdef"[i % 16])
        .collect();
    let result = send_to(
        sender,
        receiver,
        &at.path("error-huge"),
        Reply::status(500).body(huge.clone()),
    )
    .await;
    assert_eq!(result.status_code, Some(500));
    assert!(!result.is_success(), "500 is a failure");
    assert_eq!(
        result.error, None,
        "an answer is not a transport failure: {:?}",
        result.error
    );
    let kept = result
        .response_body
        .as_deref()
        .expect("the start of the body");
    assert_eq!(kept.len(), RESPONSE_BODY_LIMIT, "cut at the limit");
    assert_eq!(kept.as_bytes(), &huge[..RESPONSE_BODY_LIMIT], "its start");
    assert_eq!(
        result.failure().as_deref(),
        Some("receiver answered 500"),
        "what the attempt records"
    );

    for (status, body) in [(503, "down for maintenance"), (404, "no such hook")] {
        let result = send_to(
            sender,
            receiver,
            &at.path(&format!("error-{status}")),
            Reply::status(status).body(body),
        )
        .await;
        assert_eq!(result.status_code, Some(status));
        assert!(!result.is_success(), "{status} is a failure");
        assert_eq!(
            result.response_body.as_deref(),
            Some(body),
            "small bodies whole"
        );
    }
}

async fn a_slow_receiver_times_out<S: WebhookSender>(sender: &S, receiver: &Receiver, at: &Paths) {
    let path = at.path("slow");
    let timeout = Duration::from_millis(400);
    receiver.reply(
        &path,
        Reply::status(200)
            .body("too late")
            .after(Duration::from_secs(20)),
    );
    let started = Instant::now();
    let result = sender.send(post(receiver.url(&path), timeout)).await;
    let took = started.elapsed();
    assert_eq!(result.status_code, None, "no status: {result:?}");
    assert!(
        result.error.as_deref().is_some_and(|e| !e.is_empty()),
        "an error says why: {result:?}"
    );
    assert!(!result.is_success());
    assert_eq!(result.response_body, None);
    assert!(
        took < timeout + Duration::from_secs(3),
        "returned about the timeout, not the receiver's 20 s: {took:?}"
    );
    assert!(
        result.duration_ms >= 350,
        "the attempt lasted the timeout: {} ms",
        result.duration_ms
    );
    assert_eq!(receiver.requests_to(&path).len(), 1, "sent once");
}

async fn redirects_are_not_followed<S: WebhookSender>(sender: &S, receiver: &Receiver, at: &Paths) {
    for status in [302, 307] {
        let target = at.path(&format!("redirect-target-{status}"));
        let moved = at.path(&format!("moved-{status}"));
        let result = send_to(
            sender,
            receiver,
            &moved,
            Reply::redirect(&receiver.url(&target))
                .body("moved")
                .with_status(status),
        )
        .await;
        assert_eq!(
            result.status_code,
            Some(status),
            "the redirect is the answer"
        );
        assert!(!result.is_success(), "{status} is a failure");
        assert!(
            receiver.requests_to(&target).is_empty(),
            "the {status} target is never requested"
        );
    }
}

async fn retry_after_is_reported_in_seconds<S: WebhookSender>(
    sender: &S,
    receiver: &Receiver,
    at: &Paths,
) {
    let busy = send_to(
        sender,
        receiver,
        &at.path("busy"),
        Reply::status(503).header("Retry-After", "7"),
    )
    .await;
    assert_eq!(busy.status_code, Some(503));
    assert_eq!(busy.retry_after, Some(Duration::from_secs(7)));
    let throttled = send_to(
        sender,
        receiver,
        &at.path("throttled"),
        Reply::status(429).header("Retry-After", "120"),
    )
    .await;
    assert_eq!(throttled.retry_after, Some(Duration::from_secs(120)));
    let plain = send_to(sender, receiver, &at.path("plain"), Reply::status(500)).await;
    assert_eq!(plain.retry_after, None, "none when not sent");
}

async fn unreachable_receivers_and_bad_urls_are_failures<S: WebhookSender>(
    sender: &S,
    receiver: &Receiver,
    _at: &Paths,
) {
    let before = receiver.requests().len();
    let started = Instant::now();
    let result = sender
        .send(post(receiver.unreachable_url(), Duration::from_secs(5)))
        .await;
    assert_eq!(result.status_code, None, "nobody answered: {result:?}");
    assert!(
        result.error.as_deref().is_some_and(|e| !e.is_empty()),
        "an error says why: {result:?}"
    );
    assert!(!result.is_success());
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "a refused connection fails at once"
    );
    for url in ["not a url", "", "ftp://127.0.0.1/hook"] {
        let result = sender
            .send(post(url.to_owned(), Duration::from_secs(5)))
            .await;
        assert_eq!(result.status_code, None, "{url:?}: {result:?}");
        assert!(result.error.is_some(), "{url:?} is an error: {result:?}");
    }
    assert_eq!(
        receiver.requests().len(),
        before,
        "nothing reached the receiver"
    );
}
