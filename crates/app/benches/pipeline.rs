//! `make bench-pipeline`: how many runs one worker process completes per minute when every
//! index call takes a fixed latency L, at worker concurrency C, against the bound C × 60 / L
//! (each task slot waits on the index, so C slots finish at most C runs per L when a run makes
//! one index call).
//!
//! For each C, one `sourcing serve` process (the release binary named by `SOURCING_BIN`,
//! default `target/bench/release/sourcing`) serves the API and runs the workers
//! (`worker.concurrency` = C) over a fresh database; the index is the testkit's fake
//! Elasticsearch-compatible server over the whole shipped corpus, in this process, answering
//! after L (`Mode::Slow`). The bench posts a backlog of runs through the API, waits until the
//! last one completes, and counts the completions after the backlog was in (so accepting does
//! not count against the workers).
//! Environment: `BENCH_LATENCY_MS` (default 200), `BENCH_CONCURRENCY` (default `2,4,8`),
//! `BENCH_RUNS_PER_SLOT` (backlog per task slot, default 30).

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::print_stdout,
    reason = "a benchmark binary: a failed setup ends it, and its table goes to stdout"
)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use diesel::sql_types::{BigInt, Nullable, Timestamptz};
use diesel_async::RunQueryDsl;
use rand::RngCore;
use serde_json::{Value, json};
use sourcing_adapters_postgres::{PgApiKeyRepository, PgCompanyRepository, PgPool, build_pool};
use sourcing_adapters_search::LocalPeopleSearch;
use sourcing_app::config::Config;
use sourcing_domain::api_key::{KeyEnvironment, KeyHasher, NewApiKey, PresentedKey, Scope};
use sourcing_domain::company::{BillingMode, NewCompany};
use sourcing_domain::ports::{ApiKeyRepository, CompanyRepository};
use sourcing_test_db::TestDb;
use sourcing_testkit::fake_search_server::{FakeSearchServer, Mode};

/// A run whose strict query alone fills the pool (limit 5 × multiplier 4 = 20 profiles), so a
/// run makes one index call; the table shows the calls actually made.
fn ad() -> Value {
    json!({
        "title": "Software Engineer",
        "jobDescription": "Python.",
        "location": "United States",
        "limit": 5
    })
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

/// What one concurrency level achieved.
struct Outcome {
    concurrency: usize,
    runs: i64,
    failed: i64,
    calls_per_run: f64,
    per_minute: f64,
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let latency = Duration::from_millis(env_or("BENCH_LATENCY_MS", 200));
    let per_slot: usize = env_or("BENCH_RUNS_PER_SLOT", 30);
    let levels: Vec<usize> = std::env::var("BENCH_CONCURRENCY")
        .unwrap_or_else(|_| "2,4,8".to_owned())
        .split(',')
        .filter_map(|c| c.trim().parse().ok())
        .collect();

    let corpus = repo_path("data/corpus/people.jsonl");
    let index = FakeSearchServer::start(LocalPeopleSearch::from_path(&corpus).unwrap()).await;
    index.set(Mode::Slow(latency));

    let mut outcomes = Vec::new();
    for &c in &levels {
        outcomes.push(measure(&index, &corpus, latency, c, c * per_slot).await);
    }

    let l = latency.as_secs_f64();
    println!(
        "\nOne `sourcing serve` per row (API + workers), fake index answering after L = {} ms, \
         whole corpus",
        latency.as_millis()
    );
    println!(
        "\n| concurrency C | runs | failed | index calls per run | runs/min | bound C x 60 / L | of the bound | time per run beyond L |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for o in &outcomes {
        let bound = o.concurrency as f64 * 60.0 / l;
        // each slot spends C x 60 / rate seconds per run
        let slot_ms = o.concurrency as f64 * 60_000.0 / o.per_minute;
        println!(
            "| {} | {} | {} | {:.2} | {:.0} | {:.0} | {:.2} | {:.0} ms |",
            o.concurrency,
            o.runs,
            o.failed,
            o.calls_per_run,
            o.per_minute,
            bound,
            o.per_minute / bound,
            slot_ms - o.calls_per_run * l * 1000.0
        );
    }
}

/// Posts `runs` runs to a fresh process with `concurrency` task slots and times the workers.
async fn measure(
    index: &FakeSearchServer,
    corpus: &Path,
    latency: Duration,
    concurrency: usize,
    runs: usize,
) -> Outcome {
    let db = TestDb::new().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let bin = std::env::var_os("SOURCING_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_path("target/bench/release/sourcing"));
    let mut serve = std::process::Command::new(&bin)
        .arg("serve")
        .env("DATABASE_URL", db.url())
        .env("RUST_LOG", "error")
        .env("SOURCING__SERVER__BIND", format!("127.0.0.1:{port}"))
        .env(
            "SOURCING__DATABASE__POOL_SIZE",
            (concurrency + 8).to_string(),
        )
        .env("SOURCING__SEARCH__BACKEND", "http")
        .env("SOURCING__SEARCH__URL", &index.url)
        .env("SOURCING__SEARCH__CORPUS", corpus)
        .env("SOURCING__SEARCH__TIMEOUT_MS", "60000")
        .env("SOURCING__SEARCH__MAX_RETRIES", "0")
        .env("SOURCING__RATE_LIMITS__CREATE_RUN", "100000000")
        .env("SOURCING__WORKER__CONCURRENCY", concurrency.to_string())
        .env(
            "SOURCING__ENRICHMENT__COMPANIES",
            repo_path("data/corpus/companies.jsonl"),
        )
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot start {} (make bench-pipeline builds it): {e}",
                bin.display()
            )
        });
    let client = reqwest::Client::new();
    let ready = Instant::now() + Duration::from_secs(30);
    while client
        .get(format!("{base}/readyz"))
        .send()
        .await
        .is_err_and(|_| Instant::now() < ready)
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let pool = build_pool(db.url(), 4, Duration::from_secs(5)).unwrap();
    let key = issue_key(&pool).await;

    let calls_before = index.requests();
    let posts = (0..runs).map(|_| {
        let client = client.clone();
        let (base, key) = (base.clone(), key.clone());
        async move {
            let response = client
                .post(format!("{base}/sourcing"))
                .bearer_auth(key)
                .json(&ad())
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 202, "{}", response.text().await.unwrap());
        }
    });
    // at most 8 requests in flight, as an ATS posting a burst would
    let mut posts = posts.collect::<Vec<_>>();
    while !posts.is_empty() {
        let batch: Vec<_> = posts.drain(..posts.len().min(8)).collect();
        futures_util::future::join_all(batch).await;
    }
    let backlog_in: DateTime<Utc> = Utc::now();

    let deadline =
        Instant::now() + latency * u32::try_from(runs).unwrap() * 4 + Duration::from_secs(60);
    loop {
        if count(
            &pool,
            "SELECT count(*) AS n FROM sourcing_runs WHERE status <> 'processing'",
        )
        .await
            == runs as i64
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the backlog did not drain in time"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let done_before = count(
        &pool,
        &format!(
            "SELECT count(*) AS n FROM sourcing_runs WHERE completed_at <= '{}'",
            backlog_in.to_rfc3339()
        ),
    )
    .await;
    let last: DateTime<Utc> = last_completion(&pool).await;
    let failed = count(
        &pool,
        "SELECT count(*) AS n FROM sourcing_runs WHERE status = 'failed'",
    )
    .await;
    let seconds = (last - backlog_in).num_milliseconds() as f64 / 1000.0;
    let calls = index.requests() - calls_before;
    let _ = serve.kill();
    let _ = serve.wait();
    Outcome {
        concurrency,
        runs: runs as i64,
        failed,
        calls_per_run: calls as f64 / runs as f64,
        per_minute: (runs as i64 - done_before) as f64 / seconds * 60.0,
    }
}

/// A postpaid company and a key with every scope, straight into the store (hashed with the
/// default pepper, which `serve` uses too).
async fn issue_key(pool: &PgPool) -> String {
    let config = Config::load_with(&[]).unwrap();
    let company = PgCompanyRepository::new(pool.clone())
        .create(NewCompany::new("Bench Co", BillingMode::Postpaid, 0).unwrap())
        .await
        .unwrap();
    let mut random = [0u8; 32];
    rand::rng().fill_bytes(&mut random);
    let secret = PresentedKey::generate(KeyEnvironment::Live, random);
    let hasher = KeyHasher::new(config.security.key_pepper.expose().as_bytes());
    PgApiKeyRepository::new(pool.clone())
        .create(NewApiKey {
            company_id: company.id,
            name: "bench".into(),
            scopes: Scope::ALL.to_vec(),
            expires_at: None,
            hash: hasher.hash(&secret),
        })
        .await
        .unwrap();
    secret.reveal().to_owned()
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

async fn count(pool: &PgPool, sql: &str) -> i64 {
    let mut conn = pool.get().await.unwrap();
    diesel::sql_query(sql)
        .get_result::<Count>(&mut conn)
        .await
        .unwrap()
        .n
}

#[derive(diesel::QueryableByName)]
struct Last {
    #[diesel(sql_type = Nullable<Timestamptz>)]
    at: Option<DateTime<Utc>>,
}

async fn last_completion(pool: &PgPool) -> DateTime<Utc> {
    let mut conn = pool.get().await.unwrap();
    diesel::sql_query("SELECT max(completed_at) AS at FROM sourcing_runs")
        .get_result::<Last>(&mut conn)
        .await
        .unwrap()
        .at
        .unwrap()
}
