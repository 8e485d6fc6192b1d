//! Retries: a 503 then success, `Retry-After` honoured and capped, giving up with the last
//! error, a 400 sent once, the deadline, a refused connection.

use std::time::{Duration, Instant, SystemTime};

use reqwest::StatusCode;
use sourcing_http_resilience::{
    AttemptError, Backoff, BreakerConfig, ResilientClient, RetryError, RetryPolicy, Retryable,
};

use crate::server::{Reply, Server};

pub fn policy() -> RetryPolicy {
    RetryPolicy {
        backoff: Backoff::new(Duration::from_millis(10)),
        ..RetryPolicy::new(Duration::from_millis(300))
    }
}

pub fn client(server: &Server, policy: RetryPolicy, breaker: BreakerConfig) -> ResilientClient {
    ResilientClient::new("test", server.base_url.clone(), policy, breaker).unwrap()
}

fn never_open() -> BreakerConfig {
    BreakerConfig {
        failure_threshold: 100,
        cool_down: Duration::from_secs(30),
    }
}

/// Accepts a 200's body; any other status reaching the classifier is final.
pub async fn classify(response: reqwest::Response) -> Result<String, AttemptError<StatusCode>> {
    let status = response.status();
    if status != StatusCode::OK {
        return Err(AttemptError::Final(status));
    }
    response
        .text()
        .await
        .map_err(|e| AttemptError::Retry(Retryable::transport(&e)))
}

pub async fn get(client: &ResilientClient, url: &str) -> Result<String, RetryError<StatusCode>> {
    client.send(|http| http.get(url), classify).await
}

#[tokio::test]
async fn a_503_is_retried_then_succeeds() {
    let server = Server::start(vec![Reply::Status(503)], Reply::Ok).await;
    let client = client(&server, policy(), never_open());
    assert_eq!(get(&client, &server.base_url).await.unwrap(), "ok");
    assert_eq!(server.count(), 2);
    assert_eq!(client.retries(), 1);
}

/// Serves `first`, then Ok; returns how long the client waited before its second request.
async fn gap_before_the_retry(first: Reply) -> Duration {
    let server = Server::start(vec![first], Reply::Ok).await;
    let client = client(&server, policy(), never_open());
    assert_eq!(get(&client, &server.base_url).await.unwrap(), "ok");
    let arrivals = server.arrivals();
    assert_eq!(arrivals.len(), 2);
    arrivals[1] - arrivals[0]
}

#[tokio::test]
async fn retry_after_seconds_are_waited_for() {
    let gap = gap_before_the_retry(Reply::Throttle("1".into())).await;
    assert!(
        gap >= Duration::from_millis(950),
        "retried after only {gap:?}"
    );
}

#[tokio::test]
async fn a_retry_after_date_is_waited_for() {
    // Whole seconds: two seconds ahead is at least one second of wait.
    let at = httpdate_in(Duration::from_secs(2));
    let gap = gap_before_the_retry(Reply::Throttle(at)).await;
    assert!(
        gap >= Duration::from_millis(900),
        "retried after only {gap:?}"
    );
}

fn httpdate_in(ahead: Duration) -> String {
    let secs = (SystemTime::now() + ahead)
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    // IMF-fixdate by hand, so the test does not share the parser's crate.
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = secs / 86_400;
    let (year, month, day) = civil_from_days(days as i64);
    format!(
        "{}, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
        DAYS[(days % 7) as usize],
        MONTHS[month as usize - 1],
        secs % 86_400 / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// Howard Hinnant's days-to-civil-date algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[tokio::test]
async fn retry_after_is_capped() {
    let server = Server::start(vec![], Reply::Throttle("30".into())).await;
    let capped = RetryPolicy {
        max_retries: 1,
        max_retry_after: Duration::from_millis(50),
        ..policy()
    };
    let client = client(&server, capped, never_open());
    let err = get(&client, &server.base_url).await.unwrap_err();
    match err {
        RetryError::Exhausted { last, attempts, .. } => {
            assert_eq!(last, Retryable::Throttled(Some(Duration::from_secs(30))));
            assert_eq!(attempts, 2);
        }
        other => panic!("expected Exhausted, got {other:?}"),
    }
    let arrivals = server.arrivals();
    assert!(
        arrivals[1] - arrivals[0] < Duration::from_secs(5),
        "Retry-After not capped"
    );
}

#[tokio::test]
async fn it_gives_up_after_its_attempts_with_the_last_error() {
    let script = vec![Reply::Status(503), Reply::Status(502)];
    let server = Server::start(script, Reply::Status(500)).await;
    let client = client(&server, policy(), never_open());
    let err = get(&client, &server.base_url).await.unwrap_err();
    match err {
        RetryError::Exhausted {
            last,
            attempts,
            out_of_time,
        } => {
            assert_eq!(last, Retryable::Status(StatusCode::INTERNAL_SERVER_ERROR));
            assert_eq!(attempts, 3);
            assert!(!out_of_time);
        }
        other => panic!("expected Exhausted, got {other:?}"),
    }
    assert_eq!(server.count(), 3);
    assert_eq!(client.retries(), 2);
}

#[tokio::test]
async fn a_400_is_sent_once_and_is_final() {
    let server = Server::start(vec![], Reply::Status(400)).await;
    let client = client(&server, policy(), never_open());
    let err = get(&client, &server.base_url).await.unwrap_err();
    assert!(
        matches!(err, RetryError::Final(StatusCode::BAD_REQUEST)),
        "{err:?}"
    );
    assert_eq!(server.count(), 1);
    assert_eq!(client.retries(), 0);
}

#[tokio::test]
async fn the_retryable_statuses_are_the_policys_choice() {
    let server = Server::start(vec![Reply::Status(409)], Reply::Ok).await;
    let conflicts = RetryPolicy {
        retry_status: |status| status == StatusCode::CONFLICT,
        ..policy()
    };
    let conflicting = client(&server, conflicts, never_open());
    assert_eq!(get(&conflicting, &server.base_url).await.unwrap(), "ok");
    assert_eq!(server.count(), 2);

    let server = Server::start(vec![], Reply::Status(503)).await;
    let unavailable = client(&server, conflicts, never_open());
    let err = get(&unavailable, &server.base_url).await.unwrap_err();
    assert!(
        matches!(err, RetryError::Final(StatusCode::SERVICE_UNAVAILABLE)),
        "{err:?}"
    );
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn the_deadline_ends_the_call_whatever_retries_remain() {
    let server = Server::start(vec![], Reply::Slow(Duration::from_secs(3))).await;
    let budgeted = RetryPolicy {
        max_retries: 50,
        timeout: Duration::from_millis(200),
        deadline: Some(Duration::from_millis(500)),
        ..policy()
    };
    let client = client(&server, budgeted, never_open());
    let started = Instant::now();
    let err = get(&client, &server.base_url).await.unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    match err {
        RetryError::Exhausted {
            last, out_of_time, ..
        } => {
            assert_eq!(last, Retryable::Transport("timeout".into()));
            assert!(out_of_time);
        }
        other => panic!("expected Exhausted, got {other:?}"),
    }
    assert!((2..=4).contains(&server.count()), "{}", server.count());
}

#[tokio::test]
async fn a_refused_connection_is_retried_as_a_transport_failure() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = ResilientClient::new("test", url.clone(), policy(), never_open()).unwrap();
    let err = get(&client, &url).await.unwrap_err();
    match err {
        RetryError::Exhausted { last, attempts, .. } => {
            assert!(
                matches!(last, Retryable::Transport(ref m) if m.starts_with("connection failed")),
                "{last:?}"
            );
            assert_eq!(attempts, 3);
        }
        other => panic!("expected Exhausted, got {other:?}"),
    }
}
