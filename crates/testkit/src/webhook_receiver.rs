//! A webhook receiver for tests: records every request (method, path, raw headers, body) and
//! answers what the test scripted for its path (status, delay, headers such as `Retry-After`
//! or `Location`, body of any size).
//!
//! [`Receiver::start`] serves it over HTTP on `127.0.0.1:0` (for the real sender and the app);
//! [`Receiver::simulated`] keeps it in process, for the [`RecordingWebhookSender`] fake to
//! deliver to (see [`crate::webhook_sender`]).
//!
//! [`RecordingWebhookSender`]: crate::memory::RecordingWebhookSender

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use actix_web::dev::ServerHandle;
use actix_web::http::StatusCode;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};

/// What the receiver answers at one path (unscripted paths get `200` with no body).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// Status code.
    pub status: u16,
    /// Wait before answering (a slow receiver).
    pub delay: Duration,
    /// Response headers, in order.
    pub headers: Vec<(String, String)>,
    /// Response body.
    pub body: Vec<u8>,
}

impl Reply {
    /// An answer with this status, at once, without headers or body.
    pub fn status(status: u16) -> Self {
        Self {
            status,
            delay: Duration::ZERO,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// A `302 Found` pointing at `location`.
    pub fn redirect(location: &str) -> Self {
        Self::status(302).header("Location", location)
    }

    /// The same answer with another status (a 307 redirect, …).
    #[must_use]
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = status;
        self
    }

    /// The same answer with this body.
    #[must_use]
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self
    }

    /// The same answer with one more header.
    #[must_use]
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// The same answer, given only after `delay`.
    #[must_use]
    pub fn after(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// The value of the first header named `name` (case-insensitive).
    pub fn header_value(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A request as it arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    /// `POST`, …
    pub method: String,
    /// The URL's path (without the query).
    pub path: String,
    /// Every header as received: lowercase name, raw value bytes, in arrival order.
    pub headers: Vec<(String, Vec<u8>)>,
    /// The body, byte for byte.
    pub body: Vec<u8>,
}

impl Received {
    /// Every value of the header `name` (case-insensitive), in order.
    pub fn header_values(&self, name: &str) -> Vec<&[u8]> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_slice())
            .collect()
    }
}

#[derive(Debug, Default)]
struct State {
    replies: Mutex<HashMap<String, Reply>>,
    /// Replies used once each, in order, before `replies` (per path).
    queued: Mutex<HashMap<String, VecDeque<Reply>>>,
    received: Mutex<Vec<Received>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A scripted webhook receiver; clones share the script and the recorded requests. An HTTP
/// receiver keeps serving until the test's runtime ends.
#[derive(Debug, Clone)]
pub struct Receiver {
    base: String,
    served: bool,
    state: Arc<State>,
    _handle: Option<ServerHandle>,
}

/// Base URL of a simulated receiver (nothing listens there).
const SIMULATED_BASE: &str = "http://receiver.test";

impl Receiver {
    /// Serves the receiver over HTTP/1.1 on a free port of 127.0.0.1, from a Tokio runtime.
    ///
    /// # Panics
    /// If no port can be bound.
    #[expect(
        clippy::expect_used,
        reason = "test support: a failed bind ends the test"
    )]
    pub async fn start() -> Receiver {
        let state = Arc::new(State::default());
        let data = web::Data::from(state.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(web::PayloadConfig::new(16 << 20))
                .default_service(web::to(receive))
        })
        .workers(1)
        .bind(("127.0.0.1", 0))
        .expect("bind the webhook receiver");
        let addr = server.addrs()[0];
        let server = server.run();
        let handle = server.handle();
        tokio::spawn(server);
        Receiver {
            base: format!("http://{addr}"),
            served: true,
            state,
            _handle: Some(handle),
        }
    }

    /// A receiver in process only, at `http://receiver.test`, for the recording fake sender.
    pub fn simulated() -> Receiver {
        Receiver {
            base: SIMULATED_BASE.to_owned(),
            served: false,
            state: Arc::new(State::default()),
            _handle: None,
        }
    }

    /// `http://127.0.0.1:PORT` (or the simulated base), without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// The URL of `path` (which starts with `/`) on this receiver.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A URL where nothing answers: a port of 127.0.0.1 just bound and closed again, or for
    /// a simulated receiver another host.
    pub fn unreachable_url(&self) -> String {
        if !self.served {
            return "http://unreachable.receiver.test/hook".to_owned();
        }
        let port = std::net::TcpListener::bind(("127.0.0.1", 0))
            .and_then(|listener| listener.local_addr())
            .map_or(9, |addr| addr.port());
        format!("http://127.0.0.1:{port}/hook")
    }

    /// Answers `reply` to every later request to `path`.
    pub fn reply(&self, path: &str, reply: Reply) {
        lock(&self.state.replies).insert(path.to_owned(), reply);
    }

    /// Answers the next requests to `path` with `replies`, one each in order, then falls back
    /// to [`Receiver::reply`]'s answer (200 by default): retry schedules in tests.
    pub fn script(&self, path: &str, replies: impl IntoIterator<Item = Reply>) {
        lock(&self.state.queued)
            .entry(path.to_owned())
            .or_default()
            .extend(replies);
    }

    /// Every request received so far, oldest first.
    pub fn requests(&self) -> Vec<Received> {
        lock(&self.state.received).clone()
    }

    /// The requests received at `path`, oldest first.
    pub fn requests_to(&self, path: &str) -> Vec<Received> {
        lock(&self.state.received)
            .iter()
            .filter(|r| r.path == path)
            .cloned()
            .collect()
    }

    /// Records a request and returns what the script says to answer (the caller waits the
    /// delay): the HTTP server and the simulated deliveries both go through here.
    pub fn receive(&self, request: Received) -> Reply {
        self.state.receive(request)
    }
}

impl State {
    fn receive(&self, request: Received) -> Reply {
        let queued = lock(&self.queued)
            .get_mut(&request.path)
            .and_then(VecDeque::pop_front);
        let reply = queued.unwrap_or_else(|| {
            lock(&self.replies)
                .get(&request.path)
                .cloned()
                .unwrap_or_else(|| Reply::status(200))
        });
        lock(&self.received).push(request);
        reply
    }
}

async fn receive(state: web::Data<State>, req: HttpRequest, body: web::Bytes) -> HttpResponse {
    let request = Received {
        method: req.method().as_str().to_owned(),
        path: req.path().to_owned(),
        headers: req
            .headers()
            .iter()
            .map(|(name, value)| (name.as_str().to_owned(), value.as_bytes().to_vec()))
            .collect(),
        body: body.to_vec(),
    };
    let reply = state.receive(request);
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = HttpResponse::build(status);
    for (name, value) in &reply.headers {
        response.append_header((name.as_str(), value.as_str()));
    }
    response.body(reply.body)
}
