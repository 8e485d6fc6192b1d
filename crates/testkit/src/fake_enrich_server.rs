//! The one fake People-Data-Labs-style enrichment provider: `GET /v5/person/enrich` on
//! `127.0.0.1:0`, answering from a [`LocalEnricher`] seeded with the same companies data as
//! the local adapter, so the HTTP adapter runs the same contract suite.
//!
//! A match is `200 {"status": 200, "likelihood", "data": {"full_name", "work_email",
//! "emails": [{address, type}], "job_company_website"}}` (plus a personal address at
//! `personal.example`, which a work-email enricher must drop); anything the local enricher
//! cannot answer is `404`; a wrong `X-Api-Key` is `401`. Tests switch the behaviour at will
//! ([`Reply`]): one-shot replies queued with [`FakeEnrichServer::script`], then the standing
//! [`FakeEnrichServer::set`] mode.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use actix_web::dev::ServerHandle;
use actix_web::http::StatusCode;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use serde_json::json;
use sourcing_adapters_enrich::LocalEnricher;
use sourcing_domain::profile::Profile;
use tokio::sync::Notify;

/// The key the fake accepts unless told otherwise.
pub const FAKE_API_KEY: &str = "test-enrich-key";

/// What a request gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    /// Answers from the companies data: 200 with the addresses, or 404.
    Healthy,
    /// Answers healthily after this delay.
    Slow(Duration),
    /// This status with a small PDL-style error body.
    Status(u16),
    /// 429 with `Retry-After: secs`.
    Throttle(u64),
    /// 200 whose body is not JSON.
    Malformed,
    /// 404, whoever is asked for.
    NotFound,
    /// Never answers (until the mode changes).
    Hang,
}

/// One request as received.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// When it arrived.
    pub at: Instant,
    /// Its query parameters (`name`, `company`, `profile` …).
    pub params: HashMap<String, String>,
    /// Its `X-Api-Key` header.
    pub api_key: Option<String>,
}

struct State {
    enricher: LocalEnricher,
    api_key: String,
    script: Mutex<VecDeque<Reply>>,
    mode: Mutex<Reply>,
    requests: Mutex<Vec<Recorded>>,
    count: AtomicUsize,
    changed: Notify,
}

/// A running fake provider. The server keeps serving after this value is dropped, until the
/// test's runtime ends.
pub struct FakeEnrichServer {
    /// Base URL (`http://127.0.0.1:PORT`); the adapter calls `{url}/v5/person/enrich`.
    pub url: String,
    state: Arc<State>,
    _handle: ServerHandle,
}

impl std::fmt::Debug for FakeEnrichServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeEnrichServer")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

impl FakeEnrichServer {
    /// Serves `enricher`'s answers (healthy) on a free port of 127.0.0.1, accepting
    /// [`FAKE_API_KEY`], from a Tokio or actix runtime.
    pub async fn start(enricher: LocalEnricher) -> FakeEnrichServer {
        Self::start_with_key(enricher, FAKE_API_KEY).await
    }

    /// The same, accepting `api_key`.
    ///
    /// # Panics
    /// If no port can be bound.
    #[expect(
        clippy::expect_used,
        reason = "test support: a failed bind ends the test"
    )]
    pub async fn start_with_key(enricher: LocalEnricher, api_key: &str) -> FakeEnrichServer {
        let state = Arc::new(State {
            enricher,
            api_key: api_key.to_owned(),
            script: Mutex::new(VecDeque::new()),
            mode: Mutex::new(Reply::Healthy),
            requests: Mutex::new(Vec::new()),
            count: AtomicUsize::new(0),
            changed: Notify::new(),
        });
        let data = web::Data::from(state.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .route("/v5/person/enrich", web::get().to(enrich))
        })
        .workers(1)
        .bind(("127.0.0.1", 0))
        .expect("bind the fake enrichment server");
        let addr = server.addrs()[0];
        let server = server.run();
        let handle = server.handle();
        tokio::spawn(server);
        FakeEnrichServer {
            url: format!("http://{addr}"),
            state,
            _handle: handle,
        }
    }

    /// Switches what requests get once the script is used up (and releases hanging ones).
    pub fn set(&self, mode: Reply) {
        *lock(&self.state.mode) = mode;
        self.state.changed.notify_waiters();
    }

    /// Queues one-shot replies, answered in order before the standing mode.
    pub fn script(&self, replies: impl IntoIterator<Item = Reply>) {
        lock(&self.state.script).extend(replies);
    }

    /// Every request received so far, in order of arrival.
    pub fn requests(&self) -> Vec<Recorded> {
        lock(&self.state.requests).clone()
    }

    /// Requests received so far (counted on arrival, whatever they were answered).
    pub fn count(&self) -> usize {
        self.state.count.load(Ordering::SeqCst)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

async fn enrich(
    state: web::Data<State>,
    request: HttpRequest,
    params: web::Query<HashMap<String, String>>,
) -> HttpResponse {
    let api_key = request
        .headers()
        .get("x-api-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    // The reply is chosen before the request is counted, so a test reacting to the count
    // cannot change what this request gets.
    let mut reply = lock(&state.script)
        .pop_front()
        .unwrap_or_else(|| *lock(&state.mode));
    lock(&state.requests).push(Recorded {
        at: Instant::now(),
        params: params.0.clone(),
        api_key: api_key.clone(),
    });
    state.count.fetch_add(1, Ordering::SeqCst);
    loop {
        let changed = state.changed.notified();
        match reply {
            Reply::Healthy => break,
            Reply::Slow(delay) => {
                tokio::time::sleep(delay).await;
                break;
            }
            Reply::Status(code) => {
                return error(
                    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                );
            }
            Reply::Throttle(secs) => {
                return HttpResponse::TooManyRequests()
                    .insert_header(("Retry-After", secs.to_string()))
                    .json(json!({"status": 429, "error": {"type": "rate_limit_error"}}));
            }
            Reply::Malformed => {
                return HttpResponse::Ok()
                    .content_type("application/json")
                    .body("<html>oops");
            }
            Reply::NotFound => return error(StatusCode::NOT_FOUND),
            Reply::Hang => {
                changed.await;
                reply = *lock(&state.mode);
            }
        }
    }
    if api_key.as_deref() != Some(state.api_key.as_str()) {
        return error(StatusCode::UNAUTHORIZED);
    }
    answer(&state.enricher, &params)
}

/// What a healthy provider answers, from the local enricher's discovery.
fn answer(enricher: &LocalEnricher, params: &HashMap<String, String>) -> HttpResponse {
    let (Some(name), Some(company)) = (params.get("name"), params.get("company")) else {
        return error(StatusCode::BAD_REQUEST);
    };
    let profile = Profile {
        profile_id: "fake".to_owned(),
        name: Some(name.clone()),
        company_domain: Some(company.clone()),
        ..Profile::default()
    };
    let Ok(found) = enricher.enrich_now(&profile) else {
        return error(StatusCode::NOT_FOUND);
    };
    let Some(best) = found.emails.first() else {
        return error(StatusCode::NOT_FOUND);
    };
    // Confidence c ≈ 10·likelihood − 5, as the adapter reads it back.
    let likelihood = ((u32::from(best.confidence) + 5) / 10).clamp(1, 10);
    let mut emails: Vec<_> = found
        .emails
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let kind = if i == 0 {
                "current_professional"
            } else {
                "professional"
            };
            json!({"address": e.address, "type": kind})
        })
        .collect();
    let local = best.address.split('@').next().unwrap_or_default();
    emails.push(json!({"address": format!("{local}@personal.example"), "type": "personal"}));
    HttpResponse::Ok().json(json!({
        "status": 200,
        "likelihood": likelihood,
        "data": {
            "full_name": name.to_lowercase(),
            "work_email": best.address,
            "emails": emails,
            "job_company_website": company,
        }
    }))
}

fn error(status: StatusCode) -> HttpResponse {
    let kind = match status.as_u16() {
        400 => "invalid_request_error",
        401 => "authentication_error",
        404 => "not_found",
        _ => "injected",
    };
    HttpResponse::build(status)
        .json(json!({"status": status.as_u16(), "error": {"type": kind, "message": kind}}))
}
