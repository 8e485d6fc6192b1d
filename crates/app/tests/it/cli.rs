//! The admin CLI through the real binary: one JSON object on stdout, exit codes.

use std::process::{Command, Output};

use serde_json::Value;
use sourcing_test_db::TestDb;

fn sourcing(db: &TestDb, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sourcing"))
        .args(args)
        .env("DATABASE_URL", db.url())
        .env_remove("SOURCING_CONFIG")
        .output()
        .unwrap()
}

fn json_ok(output: Output) -> Value {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "one JSON object: {stdout}");
    serde_json::from_str(&stdout).unwrap()
}

fn failed(output: Output, needle: &str) {
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(needle),
        "stderr {stderr:?} should mention {needle:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn admin_commands_print_json_and_fail_cleanly() {
    let db = TestDb::new().await;
    let company = json_ok(sourcing(
        &db,
        &[
            "admin",
            "company",
            "create",
            "--name",
            "Acme",
            "--billing",
            "prepaid",
            "--credits",
            "25",
        ],
    ));
    let id = company["id"].as_str().unwrap().to_owned();
    assert_eq!(company["name"], "Acme");
    assert_eq!(company["billing"], "prepaid");
    assert_eq!(company["balance"], 25);

    let added = json_ok(sourcing(
        &db,
        &[
            "admin",
            "credits",
            "add",
            "--company",
            &id,
            "--amount",
            "10",
        ],
    ));
    assert_eq!(added["companyId"], id.as_str());
    assert_eq!(added["balance"], 35);

    let shown = json_ok(sourcing(&db, &["admin", "company", "show", "--id", &id]));
    assert_eq!(shown["balance"], 35);

    let key = json_ok(sourcing(
        &db,
        &[
            "admin",
            "key",
            "create",
            "--company",
            &id,
            "--scopes",
            "sourcing:read,read:billing",
            "--name",
            "ci",
            "--expires-at",
            "2099-01-01T00:00:00Z",
        ],
    ));
    assert!(key["key"].as_str().unwrap().starts_with("sk_live_"));
    assert_eq!(
        key["scopes"],
        serde_json::json!(["sourcing:read", "read:billing"])
    );
    let key_id = key["id"].as_str().unwrap().to_owned();
    let revoked = json_ok(sourcing(&db, &["admin", "key", "revoke", "--id", &key_id]));
    assert_eq!(revoked["id"], key_id.as_str());
    assert!(revoked["revokedAt"].is_string());

    failed(
        sourcing(
            &db,
            &[
                "admin",
                "company",
                "create",
                "--name",
                "X",
                "--billing",
                "monthly",
            ],
        ),
        "billing",
    );
    failed(
        sourcing(&db, &["admin", "company", "show", "--id", "not-a-uuid"]),
        "UUID",
    );
    failed(
        sourcing(
            &db,
            &[
                "admin",
                "company",
                "show",
                "--id",
                &uuid::Uuid::new_v4().to_string(),
            ],
        ),
        "not found",
    );
    failed(
        sourcing(
            &db,
            &["admin", "credits", "add", "--company", &id, "--amount", "0"],
        ),
        "positive",
    );
    failed(
        sourcing(
            &db,
            &[
                "admin",
                "key",
                "create",
                "--company",
                &id,
                "--scopes",
                "sourcing:*",
            ],
        ),
        "scope",
    );
    failed(
        sourcing(
            &db,
            &[
                "admin",
                "key",
                "create",
                "--company",
                &id,
                "--scopes",
                "read:billing",
                "--expires-at",
                "tomorrow",
            ],
        ),
        "RFC 3339",
    );
    failed(
        sourcing(
            &db,
            &[
                "admin",
                "key",
                "revoke",
                "--id",
                &uuid::Uuid::new_v4().to_string(),
            ],
        ),
        "not found",
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn invalid_config_fails_at_start_naming_the_key() {
    let db = TestDb::new().await;
    let output = Command::new(env!("CARGO_BIN_EXE_sourcing"))
        .args(["admin", "company", "show", "--id", "x"])
        .env("DATABASE_URL", db.url())
        .env("SOURCING__SERVER__BODY_LIMIT_BYTES", "lots")
        .output()
        .unwrap();
    failed(output, "server.body_limit_bytes");
}

#[tokio::test(flavor = "multi_thread")]
async fn logs_to_a_pipe_are_plain_text_and_the_last_line_is_written_before_exit() {
    let db = TestDb::new().await;
    let output = Command::new(env!("CARGO_BIN_EXE_sourcing"))
        .args(["--log-format", "pretty", "migrate"])
        .env("DATABASE_URL", db.url())
        .env("RUST_LOG", "info")
        .env_remove("SOURCING_CONFIG")
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.trim_end().ends_with("count=0 versions=[]"),
        "the line logged just before exit is written: {stderr:?}"
    );
    assert!(stderr.contains("migrations applied"), "{stderr:?}");
    assert!(
        !stderr.contains('\u{1b}'),
        "no colour codes in a pipe: {stderr:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn demo_seeding_is_idempotent() {
    let db = TestDb::new().await;
    let dir = std::env::temp_dir().join(format!("sourcing-demo-{}", uuid::Uuid::new_v4()));
    let file = dir.join("demo.json");
    let file = file.to_str().unwrap();
    let first = json_ok(sourcing(&db, &["admin", "demo", "--state-file", file]));
    assert_eq!(first["created"], true);
    let second = json_ok(sourcing(&db, &["admin", "demo", "--state-file", file]));
    assert_eq!(second["created"], false);
    assert_eq!(first["key"], second["key"]);
    // Against a fresh database the saved key is useless, so a new one is made.
    let other = TestDb::new().await;
    let third = json_ok(sourcing(&other, &["admin", "demo", "--state-file", file]));
    assert_eq!(third["created"], true);
    assert_ne!(third["key"], first["key"]);
    let _ = std::fs::remove_dir_all(dir);
}

/// A prepaid company with 10 credits and a key with `scopes`, made with the admin CLI; the key.
pub(crate) fn admin_key(db: &TestDb, scopes: &str) -> String {
    let company = json_ok(sourcing(
        db,
        &[
            "admin",
            "company",
            "create",
            "--name",
            "Acme",
            "--billing",
            "prepaid",
            "--credits",
            "10",
        ],
    ));
    let id = company["id"].as_str().unwrap();
    let args = [
        "admin",
        "key",
        "create",
        "--company",
        id,
        "--scopes",
        scopes,
    ];
    json_ok(sourcing(db, &args))["key"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A `sourcing` subcommand running in the background, its stderr lines arriving on a channel.
pub(crate) struct Background {
    child: std::process::Child,
    pub(crate) lines: std::sync::mpsc::Receiver<String>,
}

impl Background {
    pub(crate) fn spawn(db: &TestDb, args: &[&str], envs: &[(&str, &str)]) -> Background {
        use std::io::BufRead;
        use std::process::Stdio;
        let mut command = Command::new(env!("CARGO_BIN_EXE_sourcing"));
        command
            .args(args)
            .args(["--log-format", "json"])
            .env("DATABASE_URL", db.url())
            .env("SOURCING__SEARCH__CORPUS", crate::support::corpus_sample())
            .env(
                "SOURCING__SEARCH__MODEL",
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../../data/model/minilm-static-256.bin"),
            )
            .env(
                "SOURCING__ENRICHMENT__COMPANIES",
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../../data/corpus/companies.jsonl"),
            )
            .env_remove("RUST_LOG")
            .env_remove("SOURCING_CONFIG")
            .stderr(Stdio::piped())
            .stdout(Stdio::null());
        for (k, v) in envs {
            command.env(k, v);
        }
        let mut child = command.spawn().unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = std::sync::mpsc::channel::<String>();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
            {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Background { child, lines }
    }

    /// `sourcing serve` on a free port without workers, `envs` added; returns it and the port.
    pub(crate) fn serve(db: &TestDb, envs: &[(&str, &str)]) -> (Background, u16) {
        let mut all = vec![
            ("SOURCING__SERVER__BIND", "127.0.0.1:0"),
            ("SOURCING__WORKER__RUN_IN_SERVE", "false"),
        ];
        all.extend_from_slice(envs);
        let server = Background::spawn(db, &["serve"], &all);
        let port = server.wait_for("serving the Sourcing API", None)["port"]
            .as_u64()
            .and_then(|port| u16::try_from(port).ok())
            .unwrap();
        (server, port)
    }

    /// Reads JSON log lines until one has this message; returns it.
    pub(crate) fn wait_for(&self, message: &str, forbidden: Option<&str>) -> Value {
        loop {
            let line = self
                .lines
                .recv_timeout(std::time::Duration::from_secs(60))
                .unwrap_or_else(|_| panic!("no log line {message:?}"));
            if let Some(forbidden) = forbidden {
                assert!(
                    !line.contains(forbidden),
                    "forbidden text in the logs: {line}"
                );
            }
            let parsed: Value =
                serde_json::from_str(&line).unwrap_or_else(|_| panic!("not JSON: {line}"));
            if parsed["message"] == message {
                return parsed;
            }
        }
    }
}

impl Background {
    /// Sends SIGTERM, as a service manager does (through `kill`, no extra crate).
    pub(crate) fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits at most `limit` for the process to exit; its status.
    pub(crate) fn wait_exit(&mut self, limit: std::time::Duration) -> std::process::ExitStatus {
        let deadline = std::time::Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if std::time::Instant::now() >= deadline {
                let logs: Vec<String> = self.lines.try_iter().collect();
                panic!("still running {limit:?} after the signal; logs: {logs:#?}");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn serve_logs_json_lines_with_the_request_id_and_never_the_key() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let db = TestDb::new().await;
    let (server, port) = Background::serve(&db, &[]);
    let secret = format!("sk_live_{}", "d".repeat(64));
    let response = reqwest::Client::new()
        .get(format!("http://127.0.0.1:{port}/billing/usage"))
        .bearer_auth(&secret)
        .header("x-request-id", "log-test-1")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    let completed = server.wait_for("request completed", Some(&secret[8..]));
    assert_eq!(completed["span"]["request_id"], "log-test-1", "{completed}");
    assert_eq!(completed["status"], 401);
}

#[tokio::test(flavor = "multi_thread")]
async fn api_and_a_separate_worker_process_complete_a_run_together() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let db = TestDb::new().await;
    let key = admin_key(&db, "sourcing:write,sourcing:read");
    let (_api, port) = Background::serve(&db, &[]);
    let client = reqwest::Client::new();
    let accepted: Value = client
        .post(format!("http://127.0.0.1:{port}/sourcing"))
        .bearer_auth(&key)
        .json(&serde_json::json!({ "title": "Backend Engineer", "jobDescription": "Python and PostgreSQL.", "limit": 3 }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let run = accepted["requestId"].as_str().unwrap().to_owned();
    let results = format!("http://127.0.0.1:{port}/sourcing/{run}/results");
    // Without a worker the run waits in the queue.
    let waiting = client.get(&results).bearer_auth(&key).send().await.unwrap();
    assert_eq!(waiting.status(), 202);

    let worker = Background::spawn(
        &db,
        &["worker"],
        &[("SOURCING__WORKER__POLL_INTERVAL_MS", "100")],
    );
    let finished = worker.wait_for("run pass completed", None);
    assert_eq!(finished["run.id"], run.as_str(), "{finished}");
    let done: Value = client
        .get(&results)
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(done["status"], "completed");
    assert!(!done["candidates"].as_array().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn index_build_builds_once_per_corpus_and_reuses_it() {
    let db = TestDb::new().await;
    let dir = std::env::temp_dir().join(format!("sourcing-index-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let corpus = dir.join("people.jsonl");
    std::fs::copy(crate::support::corpus_sample(), &corpus).unwrap();
    let build = || {
        Command::new(env!("CARGO_BIN_EXE_sourcing"))
            .args(["index", "build"])
            .env("DATABASE_URL", db.url())
            .env_remove("SOURCING_CONFIG")
            .env("SOURCING__SEARCH__CORPUS", &corpus)
            .env("SOURCING__SEARCH__INDEX_DIR", dir.join("index"))
            .output()
            .unwrap()
    };
    let first = json_ok(build());
    assert_eq!(first["index"], "built", "{first}");
    assert!(first["profiles"].as_u64().unwrap() > 100, "{first}");
    let again = json_ok(build());
    assert_eq!(again["index"], "reused", "{again}");
    assert_eq!(again["dir"], first["dir"]);
    // other corpus bytes (a bad line too, counted and skipped): another index beside it
    let mut text = std::fs::read_to_string(&corpus).unwrap();
    text.push_str("not json\n");
    std::fs::write(&corpus, text).unwrap();
    let changed = json_ok(build());
    assert_eq!(changed["index"], "built", "{changed}");
    assert_ne!(changed["dir"], first["dir"]);
    assert_eq!(changed["skippedLines"], 1);
    assert_eq!(changed["profiles"], first["profiles"]);
    // with no folder configured there is nothing to build
    let output = Command::new(env!("CARGO_BIN_EXE_sourcing"))
        .args(["index", "build"])
        .env("DATABASE_URL", db.url())
        .env_remove("SOURCING_CONFIG")
        .env("SOURCING__SEARCH__INDEX_DIR", "")
        .output()
        .unwrap();
    failed(output, "search.index_dir");
    let _ = std::fs::remove_dir_all(&dir);
}
