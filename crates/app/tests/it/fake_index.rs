//! A local Elasticsearch-compatible `_search` server whose behaviour tests switch at will:
//! healthy (evaluates the query over a corpus sample), slow, failing with a status, or hanging.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use actix_web::dev::ServerHandle;
use actix_web::{App, HttpResponse, HttpServer, web};
use serde_json::{Value, json};
use sourcing_adapters_search::LocalPeopleSearch;
use sourcing_adapters_search::http::es_dsl;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::SearchRequest;
use tokio::sync::Notify;

/// What the next requests get.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Healthy,
    /// Answers after this delay.
    Slow(Duration),
    /// Answers with this status.
    Status(u16),
    /// Never answers (until the mode changes).
    Hang,
}

struct State {
    index: LocalPeopleSearch,
    mode: std::sync::Mutex<Mode>,
    requests: AtomicUsize,
    arrived: Notify,
    changed: Notify,
}

pub struct FakeIndex {
    pub url: String,
    state: Arc<State>,
    _handle: ServerHandle,
}

impl FakeIndex {
    pub async fn start(index: LocalPeopleSearch) -> FakeIndex {
        let state = Arc::new(State {
            index,
            mode: std::sync::Mutex::new(Mode::Healthy),
            requests: AtomicUsize::new(0),
            arrived: Notify::new(),
            changed: Notify::new(),
        });
        let data = web::Data::from(state.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(web::JsonConfig::default().limit(4 << 20))
                .route("/_search", web::post().to(search))
        })
        .workers(1)
        .bind(("127.0.0.1", 0))
        .unwrap();
        let addr = server.addrs()[0];
        let server = server.run();
        let handle = server.handle();
        tokio::spawn(server);
        FakeIndex {
            url: format!("http://{addr}"),
            state,
            _handle: handle,
        }
    }

    pub fn set(&self, mode: Mode) {
        *self.state.mode.lock().unwrap() = mode;
        self.state.changed.notify_waiters();
    }

    pub fn requests(&self) -> usize {
        self.state.requests.load(Ordering::SeqCst)
    }

    /// Resolves once at least `n` requests have arrived (bounded by the caller's timeout).
    pub async fn wait_for_requests(&self, n: usize) {
        loop {
            let arrived = self.state.arrived.notified();
            if self.requests() >= n {
                return;
            }
            arrived.await;
        }
    }
}

async fn search(state: web::Data<State>, body: web::Json<Value>) -> HttpResponse {
    // The mode is read before the request is counted, so a test reacting to the count cannot
    // change what this request gets.
    let mut mode = *state.mode.lock().unwrap();
    state.requests.fetch_add(1, Ordering::SeqCst);
    state.arrived.notify_waiters();
    loop {
        let changed = state.changed.notified();
        match mode {
            Mode::Healthy => break,
            Mode::Slow(delay) => {
                tokio::time::sleep(delay).await;
                break;
            }
            Mode::Status(code) => {
                return HttpResponse::build(actix_web::http::StatusCode::from_u16(code).unwrap())
                    .json(json!({ "error": "injected" }));
            }
            Mode::Hang => {
                changed.await;
                mode = *state.mode.lock().unwrap();
            }
        }
    }
    let (query, exclude) = match es_dsl::parse_query(&body["query"]) {
        Ok(parsed) => parsed,
        Err(why) => return HttpResponse::BadRequest().json(json!({ "error": why })),
    };
    let request = SearchRequest {
        company: CompanyId::new_random(),
        query,
        exclude_ids: exclude,
        size: body["size"].as_u64().unwrap_or(10) as usize,
    };
    let results = state.index.search_now(&request);
    let hits: Vec<Value> = results
        .hits
        .iter()
        .map(
            |h| json!({ "_id": h.profile.profile_id, "_score": h.relevance, "_source": h.profile }),
        )
        .collect();
    HttpResponse::Ok()
        .json(json!({ "hits": { "total": { "value": results.total }, "hits": hits } }))
}
