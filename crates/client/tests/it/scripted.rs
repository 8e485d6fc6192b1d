//! Waiting against a scripted server (no database): a 429 is waited out for its `Retry-After`,
//! a 503 is retried, and the rate-limit headers and an answer without the contract's body are
//! surfaced as they are.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sourcing_client::{ApiErrorCode, Client, RunStatus, WaitOptions};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Serves `replies` in order (one per connection, then closes it); records when each request
/// arrived and its request line.
async fn scripted(replies: Vec<String>) -> (String, Arc<Mutex<Vec<(Instant, String)>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        for reply in replies {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut request = Vec::new();
            let mut buf = [0u8; 4096];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                let n = socket.read(&mut buf).await.unwrap();
                if n == 0 {
                    break;
                }
                request.extend_from_slice(&buf[..n]);
            }
            let text = String::from_utf8_lossy(&request);
            let line = text.lines().next().unwrap_or_default().to_owned();
            log.lock().unwrap().push((Instant::now(), line));
            socket.write_all(reply.as_bytes()).await.unwrap();
            socket.shutdown().await.ok();
        }
    });
    (base, seen)
}

fn reply(status: &str, headers: &[(&str, &str)], body: &str) -> String {
    let mut out = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\nx-request-id: req-test\r\n",
        body.len()
    );
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(body);
    out
}

const PROCESSING: &str = r#"{"success":true,"requestId":"req_1","status":"processing","createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z","candidatesSourcedCount":0,"message":"poll again","webhookId":null}"#;
const COMPLETED: &str = r#"{"success":true,"requestId":"req_1","status":"completed","createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:01.000Z","completedAt":"2026-01-01T00:00:01.000Z","candidatesSourcedCount":1,"foundCount":3,"scoredCount":3,"candidates":[{"profileId":"syn-1","name":"Ada","matchScore":91,"somethingNew":true}],"futureField":{"x":1},"webhookId":null}"#;
const LIMITED: &str = r#"{"success":false,"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Rate limit exceeded; retry in 1 seconds."},"timestamp":"2026-01-01T00:00:00.000Z","retryAfter":1}"#;
const UNAVAILABLE: &str = r#"{"success":false,"error":{"code":"SERVICE_UNAVAILABLE","message":"retry shortly"},"timestamp":"2026-01-01T00:00:00.000Z"}"#;

#[tokio::test]
async fn waiting_honours_retry_after_retries_503_and_tolerates_new_fields() {
    let rate = [
        ("x-ratelimit-limit-minute", "120"),
        ("x-ratelimit-remaining-minute", "7"),
        ("x-ratelimit-reset-minute", "1767225600"),
    ];
    let (base, seen) = scripted(vec![
        reply("202 Accepted", &rate, PROCESSING),
        reply("429 Too Many Requests", &[("retry-after", "1")], LIMITED),
        reply("503 Service Unavailable", &[], UNAVAILABLE),
        reply("200 OK", &rate, COMPLETED),
    ])
    .await;
    let client = Client::new(format!("{base}/"), "sk_test_x").unwrap();
    let options = WaitOptions {
        initial_delay: Duration::from_millis(10),
        ..WaitOptions::default()
    }
    .deadline(Duration::from_secs(20));
    let done = client.wait_for_run("req_1", options).await.unwrap();
    assert_eq!(done.status, 200);
    assert_eq!(done.data.status, RunStatus::Completed);
    assert_eq!(done.data.candidates[0].name, "Ada");
    assert_eq!(done.data.candidates[0].match_score, 91);
    assert!(
        done.data.candidates[0].skills.is_empty(),
        "missing fields default"
    );
    assert_eq!(done.request_id.as_deref(), Some("req-test"));
    let limit = done.rate_limit.unwrap();
    assert_eq!(
        (limit.limit, limit.remaining, limit.reset),
        (120, 7, 1_767_225_600)
    );

    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 4);
    assert!(
        seen.iter()
            .all(|(_, line)| line == "GET /sourcing/req_1/results HTTP/1.1"),
        "{seen:?}"
    );
    // the poll after the 429 came no sooner than its Retry-After
    assert!(seen[2].0 - seen[1].0 >= Duration::from_millis(950));
}

#[tokio::test]
async fn an_answer_without_the_contract_body_keeps_its_status() {
    let (base, _) = scripted(vec![
        "HTTP/1.1 502 Bad Gateway\r\ncontent-length: 8\r\nconnection: close\r\n\r\nupstream"
            .to_owned(),
        reply(
            "400 Bad Request",
            &[],
            r#"{"success":false,"error":{"code":"BRAND_NEW_CODE","message":"m"}}"#,
        ),
    ])
    .await;
    let client = Client::new(&base, "sk_test_x").unwrap();
    let err = client.healthz().await.unwrap_err();
    assert_eq!(err.status(), Some(502));
    assert_eq!(err.code(), Some(&ApiErrorCode::Other("HTTP 502".into())));
    assert!(err.to_string().contains("upstream"), "{err}");
    let err = client.readyz().await.unwrap_err();
    assert_eq!(
        err.code(),
        Some(&ApiErrorCode::Other("BRAND_NEW_CODE".into()))
    );
    assert_eq!(err.request_id(), Some("req-test"));
}

#[test]
fn a_base_url_that_is_not_a_url_is_a_config_error() {
    assert!(matches!(
        Client::new("not a url", "sk"),
        Err(sourcing_client::ClientError::Config(_))
    ));
    assert!(matches!(
        Client::new("mailto:a@b.c", "sk"),
        Err(sourcing_client::ClientError::Config(_))
    ));
}
