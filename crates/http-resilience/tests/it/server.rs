//! An HTTP/1.1 server on 127.0.0.1:0 that answers from a script (status, 429 with a
//! `Retry-After`, slow, ok) and records when each request arrived.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Clone)]
pub enum Reply {
    /// 200 with the body `ok`.
    Ok,
    /// This status with an empty body.
    Status(u16),
    /// 429 with this `Retry-After` value.
    Throttle(String),
    /// Waits this long, then answers Ok.
    Slow(Duration),
}

struct State {
    script: VecDeque<Reply>,
    fallback: Reply,
    arrivals: Vec<Instant>,
}

pub struct Server {
    pub base_url: String,
    state: Arc<Mutex<State>>,
}

impl Server {
    /// Answers `script` in order, then `fallback` forever.
    pub async fn start(script: Vec<Reply>, fallback: Reply) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State {
            script: script.into(),
            fallback,
            arrivals: Vec::new(),
        }));
        let shared = state.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(answer(stream, shared.clone()));
            }
        });
        Self { base_url, state }
    }

    /// When each request arrived, in order.
    pub fn arrivals(&self) -> Vec<Instant> {
        self.state.lock().unwrap().arrivals.clone()
    }

    pub fn count(&self) -> usize {
        self.state.lock().unwrap().arrivals.len()
    }
}

async fn answer(mut stream: TcpStream, state: Arc<Mutex<State>>) {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let reply = {
        let mut state = state.lock().unwrap();
        state.arrivals.push(Instant::now());
        let next = state.script.pop_front();
        next.unwrap_or_else(|| state.fallback.clone())
    };
    let (status, extra) = match reply {
        Reply::Ok => (200, String::new()),
        Reply::Status(code) => (code, String::new()),
        Reply::Throttle(value) => (429, format!("Retry-After: {value}\r\n")),
        Reply::Slow(delay) => {
            tokio::time::sleep(delay).await;
            (200, String::new())
        }
    };
    let body = if status == 200 { "ok" } else { "" };
    let response = format!(
        "HTTP/1.1 {status} Scripted\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
    let _ = stream.shutdown().await;
}
