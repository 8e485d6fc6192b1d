//! Tests of the webhook sender against receivers on 127.0.0.1.
//!
//! The `WebhookSender` contract (from `sourcing-testkit`) with the guard off, and the SSRF
//! guard with it on: refused destinations fail with a clear error and no connection is made
//! (listeners that count every accepted TCP connection stay at zero).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use sourcing_adapters_webhooks::HttpWebhookSender;
use sourcing_domain::ports::{OutgoingWebhook, WebhookSender};
use sourcing_domain::webhooks::{SendResult, UrlPolicy};
use sourcing_testkit::{Receiver, webhook_sender_contract};
use tokio::net::TcpListener;

fn insecure() -> HttpWebhookSender {
    HttpWebhookSender::new(UrlPolicy {
        allow_insecure: true,
    })
    .unwrap()
}

fn guarded() -> HttpWebhookSender {
    HttpWebhookSender::new(UrlPolicy::default()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_sender_honours_the_contract() {
    let receiver = Receiver::start().await;
    webhook_sender_contract(insecure(), &receiver).await;
}

/// A port that counts the TCP connections made to it and answers none.
struct Counter {
    addr: SocketAddr,
    accepted: Arc<AtomicUsize>,
}

impl Counter {
    async fn on(ip: IpAddr) -> Counter {
        let listener = TcpListener::bind((ip, 0)).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let accepted = Arc::new(AtomicUsize::new(0));
        let count = accepted.clone();
        tokio::spawn(async move {
            let mut open = Vec::new();
            while let Ok((stream, _)) = listener.accept().await {
                count.fetch_add(1, Ordering::SeqCst);
                open.push(stream);
            }
        });
        Counter { addr, accepted }
    }

    fn port(&self) -> u16 {
        self.addr.port()
    }

    fn connections(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }
}

fn post(url: &str) -> OutgoingWebhook {
    OutgoingWebhook {
        url: url.to_owned(),
        headers: vec![("content-type".into(), "application/json".into())],
        body: b"{}".to_vec(),
        timeout: Duration::from_secs(2),
    }
}

/// Asserts a refused send: no answer, an error naming the reason.
/// A refusal tells the tenant only that the destination was refused: not why, and never an
/// address (the reason is in the server's log).
fn assert_refused(url: &str, result: &SendResult) {
    assert_eq!(result.status_code, None);
    assert!(!result.is_success(), "{url}");
    assert_eq!(
        result.error.as_deref(),
        Some(sourcing_adapters_webhooks::REFUSED),
        "{url}"
    );
}

#[tokio::test]
async fn the_guard_refuses_plain_http_without_connecting() {
    let counter = Counter::on(IpAddr::from([127, 0, 0, 1])).await;
    let sender = guarded();
    for url in [
        format!("http://127.0.0.1:{}/hook", counter.port()),
        "http://hooks.example.com/hook".to_owned(),
    ] {
        let result = sender.send(post(&url)).await;
        assert_refused(&url, &result);
    }
    assert_eq!(counter.connections(), 0, "no connection made");
}

#[tokio::test]
async fn the_guard_refuses_private_addresses_without_connecting() {
    let v4 = Counter::on(IpAddr::from([127, 0, 0, 1])).await;
    let v6 = Counter::on("::1".parse().unwrap()).await;
    let sender = guarded();
    for url in [
        format!("https://127.0.0.1:{}/hook", v4.port()),
        format!("https://[::1]:{}/hook", v6.port()),
        format!("https://[::ffff:127.0.0.1]:{}/hook", v4.port()),
        format!("https://0.0.0.0:{}/hook", v4.port()),
        "https://10.0.0.1/hook".to_owned(),
        "https://192.168.1.10/hook".to_owned(),
        "https://169.254.169.254/latest/meta-data".to_owned(),
        "https://100.64.0.1/hook".to_owned(),
        "https://[fd00::1]/hook".to_owned(),
        "https://[::ffff:a9fe:a9fe]/latest/meta-data".to_owned(),
        // other spellings of 127.0.0.1 that URL parsers accept
        format!("https://2130706433:{}/hook", v4.port()),
        format!("https://0x7f.1:{}/hook", v4.port()),
    ] {
        let result = sender.send(post(&url)).await;
        assert_refused(&url, &result);
    }
    let url = format!("https://localhost:{}/hook", v4.port());
    assert_refused(&url, &sender.send(post(&url)).await);
    assert_eq!(
        (v4.connections(), v6.connections()),
        (0, 0),
        "no connection made"
    );
}

/// A name from `/etc/hosts` that the URL text check lets through (not `localhost` …) but that
/// resolves only to addresses the guard forbids, with one of them.
async fn private_host_name() -> (String, IpAddr) {
    let hosts = std::fs::read_to_string("/etc/hosts").unwrap_or_default();
    let names = hosts
        .lines()
        .map(|line| line.split('#').next().unwrap_or_default())
        .flat_map(|line| line.split_whitespace().skip(1))
        .map(str::to_owned)
        .collect::<Vec<_>>();
    for name in names {
        if UrlPolicy::default()
            .check_url(&format!("https://{name}/"))
            .is_err()
        {
            continue;
        }
        let Ok(found) = tokio::net::lookup_host((name.as_str(), 0)).await else {
            continue;
        };
        let addrs: Vec<IpAddr> = found.map(|a| a.ip()).collect();
        if let Some(ip) = addrs.first()
            && addrs.iter().all(|ip| !UrlPolicy::default().allows_ip(*ip))
        {
            return (name, *ip);
        }
    }
    panic!(
        "no name in /etc/hosts other than localhost resolves to a private address; add one \
         (e.g. `127.0.0.1 webhook-guard.test`) to run this test"
    );
}

#[tokio::test]
async fn the_guard_refuses_names_that_resolve_to_private_addresses() {
    let (name, ip) = private_host_name().await;
    let counter = Counter::on(ip).await;
    let url = format!("https://{name}:{}/hook", counter.port());
    let result = guarded().send(post(&url)).await;
    assert_refused(&url, &result);
    assert_eq!(counter.connections(), 0, "no connection made to {name}");

    // the same name does reach the listener when the guard is off, so the refusal above is
    // the guard's doing
    let open = format!("http://{name}:{}/hook", counter.port());
    let result = insecure()
        .send(OutgoingWebhook {
            timeout: Duration::from_millis(300),
            ..post(&open)
        })
        .await;
    assert!(!result.is_success(), "the listener never answers");
    assert_eq!(counter.connections(), 1, "{name} resolves to {ip}");
}
