//! Graceful shutdown of the real binary on SIGTERM: no new connections, in-flight requests
//! finish, and a task cut short gives its lease back at once instead of after expiry.

use std::time::{Duration, Instant};

use serde_json::json;
use sourcing_adapters_postgres::build_pool;
use sourcing_test_db::TestDb;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::cli::{Background, admin_key};
use crate::fake_index::{FakeIndex, Mode};
use crate::support::sample_index;

/// Shutdown deadline the processes under test are configured with.
const DEADLINE_SECS: u64 = 5;

/// Reads one HTTP/1.1 response (headers and a `Content-Length` body) from `stream`.
async fn read_response(stream: &mut TcpStream) -> String {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let text = String::from_utf8_lossy(&buf).into_owned();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.eq_ignore_ascii_case("content-length")
                        .then(|| v.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            if buf.len() >= end + 4 + length {
                return text;
            }
        }
        let n = tokio::time::timeout(Duration::from_secs(30), stream.read(&mut chunk))
            .await
            .expect("a response in time")
            .unwrap();
        assert!(n > 0, "connection closed early: {text:?}");
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// One bigint from the test database.
async fn count(db: &TestDb, sql: &str) -> i64 {
    use diesel_async::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let pool = build_pool(db.url(), 1, Duration::from_secs(5)).unwrap();
    let mut conn = pool.get().await.unwrap();
    diesel::sql_query(sql)
        .get_result::<Count>(&mut conn)
        .await
        .unwrap()
        .n
}

/// The settings both tests share: a hanging external index, a long lease, a short deadline.
fn settings(index: &FakeIndex) -> Vec<(&'static str, String)> {
    vec![
        ("SOURCING__SEARCH__BACKEND", "http".into()),
        ("SOURCING__SEARCH__URL", index.url.clone()),
        ("SOURCING__SEARCH__TIMEOUT_MS", "600000".into()),
        ("SOURCING__SEARCH__MAX_RETRIES", "0".into()),
        ("SOURCING__WORKER__LEASE_SECS", "600".into()),
        ("SOURCING__WORKER__POLL_INTERVAL_MS", "100".into()),
        (
            "SOURCING__SERVER__SHUTDOWN_TIMEOUT_SECS",
            DEADLINE_SECS.to_string(),
        ),
    ]
}

/// Run-pass tasks whose lease is still held, and those claimable right now.
async fn leases(db: &TestDb) -> (i64, i64) {
    let held = count(
        db,
        "SELECT count(*) AS n FROM background_tasks WHERE locked_by IS NOT NULL \
         OR locked_until IS NOT NULL",
    )
    .await;
    let claimable = count(
        db,
        "SELECT count(*) AS n FROM background_tasks WHERE failed_at IS NULL AND run_at <= now() \
         AND locked_until IS NULL AND attempts = 0",
    )
    .await;
    (held, claimable)
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_finishes_in_flight_requests_and_gives_leases_back() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let db = TestDb::new().await;
    let key = admin_key(&db, "sourcing:write,sourcing:read");
    let index = FakeIndex::start(sample_index()).await;
    index.set(Mode::Hang);
    let mut envs = settings(&index);
    envs.push(("SOURCING__WORKER__RUN_IN_SERVE", "true".into()));
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (mut server, port) = Background::serve(&db, &envs);

    // A run whose pass is in flight in the in-process workers (the index hangs).
    let run = json!({ "title": "Backend Engineer", "jobDescription": "Python and PostgreSQL.", "limit": 3 })
        .to_string();
    let accepted = reqwest::Client::new()
        .post(format!("http://127.0.0.1:{port}/sourcing"))
        .bearer_auth(&key)
        .header("content-type", "application/json")
        .body(run.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), 202);
    tokio::time::timeout(Duration::from_secs(30), index.wait_for_requests(1))
        .await
        .expect("the pass reached the index");

    // A request in flight: the connection is served (one request already answered on it) and
    // the second request's body is only half sent when the signal arrives.
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        .await
        .unwrap();
    assert!(read_response(&mut stream).await.starts_with("HTTP/1.1 200"));
    let head = format!(
        "POST /sourcing HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        run.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&run.as_bytes()[..10]).await.unwrap();

    let signalled = Instant::now();
    server.terminate();
    server.wait_for("SIGTERM received: shutting down", None);

    // The in-flight request still completes.
    stream
        .write_all(&run.as_bytes()[10..])
        .await
        .unwrap_or_else(|e| panic!("{e} {:?} after the signal", signalled.elapsed()));
    let response = read_response(&mut stream).await;
    assert!(response.starts_with("HTTP/1.1 202"), "{response}");

    // A connection made while draining is never served (at most the kernel's backlog takes it).
    let mut late = TcpStream::connect(("127.0.0.1", port)).await.ok();
    if let Some(late) = late.as_mut() {
        let _ = late
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
            .await;
    }

    let status = server.wait_exit(Duration::from_secs(DEADLINE_SECS + 10));
    assert!(status.success(), "{status:?}");
    assert!(signalled.elapsed() < Duration::from_secs(DEADLINE_SECS + 10));
    server.wait_for("stopped", None);
    if let Some(mut late) = late {
        let mut answer = Vec::new();
        let _ = late.read_to_end(&mut answer).await;
        assert!(answer.is_empty(), "served after SIGTERM: {answer:?}");
    }

    let (held, claimable) = leases(&db).await;
    assert_eq!(
        held, 0,
        "every lease given back at shutdown, none left to expire"
    );
    assert!(
        claimable >= 1,
        "the interrupted pass is claimable again at once"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_stops_a_worker_process_and_gives_its_lease_back() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let db = TestDb::new().await;
    let key = admin_key(&db, "sourcing:write,sourcing:read");
    let index = FakeIndex::start(sample_index()).await;
    index.set(Mode::Hang);
    let envs = settings(&index);
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_api, port) = Background::serve(&db, &envs);
    let accepted = reqwest::Client::new()
        .post(format!("http://127.0.0.1:{port}/sourcing"))
        .bearer_auth(&key)
        .json(&json!({ "title": "Backend Engineer", "jobDescription": "Python and PostgreSQL.", "limit": 3 }))
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), 202);

    let mut worker = Background::spawn(&db, &["worker"], &envs);
    tokio::time::timeout(Duration::from_secs(30), index.wait_for_requests(1))
        .await
        .expect("the worker's pass reached the index");
    assert_eq!(leases(&db).await.0, 1, "the worker holds the pass");

    worker.terminate();
    let status = worker.wait_exit(Duration::from_secs(DEADLINE_SECS + 10));
    assert!(status.success(), "{status:?}");
    let (held, claimable) = leases(&db).await;
    assert_eq!(held, 0, "the lease was given back, not left to expire");
    assert_eq!(claimable, 1);
}
