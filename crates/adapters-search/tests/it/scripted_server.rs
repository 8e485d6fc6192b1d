//! A `_search` endpoint on 127.0.0.1:0 that answers from a script (slow, 5xx, 429, 400,
//! garbage, ok) and records every request it receives, with its arrival time.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::dev::ServerHandle;
use actix_web::{App, HttpResponse, HttpServer, web};
use serde_json::{Value, json};

#[derive(Debug, Clone)]
pub enum Reply {
    /// A valid response with one hit.
    Ok,
    /// This status with a small error body.
    Status(u16),
    /// 429 with `Retry-After: secs`.
    Throttle(u64),
    /// Waits this long, then answers Ok.
    Slow(Duration),
    /// 200 with a body that is not JSON.
    Garbage,
}

#[derive(Debug, Clone)]
pub struct Recorded {
    pub at: Instant,
    pub body: Value,
}

#[derive(Default)]
struct State {
    script: Mutex<VecDeque<Reply>>,
    fallback: Mutex<Option<Reply>>,
    requests: Mutex<Vec<Recorded>>,
}

pub struct ScriptedServer {
    pub base_url: String,
    state: Arc<State>,
    _handle: ServerHandle,
}

impl ScriptedServer {
    /// Answers `script` in order, then `fallback` forever.
    pub async fn start(script: Vec<Reply>, fallback: Reply) -> Self {
        let state = Arc::new(State::default());
        *state.script.lock().unwrap() = script.into();
        *state.fallback.lock().unwrap() = Some(fallback);
        let data = web::Data::from(state.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .route("/_search", web::post().to(handle))
        })
        .workers(1)
        .bind(("127.0.0.1", 0))
        .unwrap();
        let addr = server.addrs()[0];
        let server = server.run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        Self {
            base_url: format!("http://{addr}"),
            state,
            _handle: handle,
        }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.requests.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.state.requests.lock().unwrap().len()
    }

    /// Polls until at least `n` requests arrived (or a 5 s deadline), then returns the count.
    pub async fn wait_for_count(&self, n: usize) -> usize {
        let deadline = Instant::now() + Duration::from_secs(5);
        while self.count() < n && Instant::now() < deadline {
            actix_web::rt::time::sleep(Duration::from_millis(10)).await;
        }
        self.count()
    }
}

async fn handle(state: web::Data<State>, body: web::Bytes) -> HttpResponse {
    let body = serde_json::from_slice(&body).unwrap_or(Value::Null);
    state.requests.lock().unwrap().push(Recorded {
        at: Instant::now(),
        body,
    });
    let reply = {
        let next = state.script.lock().unwrap().pop_front();
        next.unwrap_or_else(|| state.fallback.lock().unwrap().clone().unwrap_or(Reply::Ok))
    };
    match reply {
        Reply::Ok => ok(),
        Reply::Status(code) => {
            HttpResponse::build(actix_web::http::StatusCode::from_u16(code).unwrap())
                .json(json!({ "error": { "type": "scripted", "status": code } }))
        }
        Reply::Throttle(secs) => HttpResponse::TooManyRequests()
            .insert_header(("Retry-After", secs.to_string()))
            .finish(),
        Reply::Slow(delay) => {
            actix_web::rt::time::sleep(delay).await;
            ok()
        }
        Reply::Garbage => HttpResponse::Ok()
            .content_type("application/json")
            .body("<html>oops"),
    }
}

fn ok() -> HttpResponse {
    HttpResponse::Ok().json(json!({
        "hits": { "total": 1, "hits": [
            { "_id": "p1", "_score": 2.0, "_source": { "profileId": "p1", "currentRole": "Data Engineer" } }
        ]}
    }))
}
