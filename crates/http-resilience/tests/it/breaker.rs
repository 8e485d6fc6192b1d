//! The circuit breaker: opens after the configured failed calls, refuses calls without sending
//! them, lets a probe through after its cool-down, and ignores final answers.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use sourcing_http_resilience::{
    BreakerConfig, BreakerError, ResilientClient, RetryError, RetryPolicy,
};

use crate::retry::{client, get, policy};
use crate::server::{Reply, Server};

fn once() -> RetryPolicy {
    RetryPolicy {
        max_retries: 0,
        ..policy()
    }
}

fn exhausted(error: &RetryError<StatusCode>) -> bool {
    matches!(error, RetryError::Exhausted { .. })
}

async fn guarded_get(
    client: &ResilientClient,
    url: &str,
) -> Result<String, BreakerError<RetryError<StatusCode>>> {
    client.breaker().call(exhausted, get(client, url)).await
}

fn opens_after(failure_threshold: u32, cool_down: Duration) -> BreakerConfig {
    BreakerConfig {
        failure_threshold,
        cool_down,
    }
}

/// Polls until the breaker permits calls again, or fails after a 5 s deadline.
async fn wait_until_available(client: &ResilientClient) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !client.is_available() {
        assert!(Instant::now() < deadline, "breaker never half-opened");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn the_breaker_opens_after_its_failures_and_probes_after_its_cool_down() {
    let script = vec![Reply::Status(503), Reply::Status(503)];
    let server = Server::start(script, Reply::Ok).await;
    let client = client(&server, once(), opens_after(2, Duration::from_millis(300)));
    for _ in 0..2 {
        let err = guarded_get(&client, &server.base_url).await.unwrap_err();
        assert!(
            matches!(err, BreakerError::Inner(RetryError::Exhausted { .. })),
            "{err:?}"
        );
    }
    assert!(!client.is_available());
    let err = guarded_get(&client, &server.base_url).await.unwrap_err();
    assert!(matches!(err, BreakerError::Open), "{err:?}");
    assert_eq!(server.count(), 2, "an open breaker sends nothing");

    wait_until_available(&client).await;
    assert_eq!(guarded_get(&client, &server.base_url).await.unwrap(), "ok");
    assert_eq!(server.count(), 3, "the probe was sent");
    assert!(client.is_available());
}

#[tokio::test]
async fn a_failed_probe_opens_the_breaker_again() {
    let server = Server::start(vec![], Reply::Status(503)).await;
    let client = client(&server, once(), opens_after(1, Duration::from_millis(200)));
    guarded_get(&client, &server.base_url).await.unwrap_err();
    assert!(!client.is_available());
    wait_until_available(&client).await;
    let err = guarded_get(&client, &server.base_url).await.unwrap_err();
    assert!(matches!(err, BreakerError::Inner(_)), "{err:?}");
    assert_eq!(server.count(), 2);
    assert!(!client.is_available(), "a failed probe reopens the breaker");
}

#[tokio::test]
async fn final_answers_never_open_the_breaker() {
    let server = Server::start(vec![], Reply::Status(400)).await;
    let client = client(&server, once(), opens_after(1, Duration::from_secs(30)));
    for expected in 1..=3 {
        let err = guarded_get(&client, &server.base_url).await.unwrap_err();
        assert!(
            matches!(err, BreakerError::Inner(RetryError::Final(_))),
            "{err:?}"
        );
        assert_eq!(server.count(), expected);
        assert!(client.is_available());
    }
}
