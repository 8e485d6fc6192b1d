//! `WebhookSender` over reqwest: one signed `POST`, no redirects, no proxy, and the server's
//! `UrlPolicy` applied to every address the destination resolves to, at every attempt.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use sourcing_domain::ports::{OutgoingWebhook, WebhookSender};
use sourcing_domain::webhooks::{SendResult, UrlPolicy, delivery::RESPONSE_BODY_LIMIT};

/// What a tenant is told when the policy refuses a destination: never which address a name
/// resolved to (that would let a tenant map the server's network); the server's log says why.
pub const REFUSED: &str = "destination refused";

/// The resolver's refusal, recognised in reqwest's error chain so the tenant sees [`REFUSED`]
/// and nothing of the name's addresses.
#[derive(Debug)]
struct Refused;

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(REFUSED)
    }
}

impl std::error::Error for Refused {}

/// Resolves names with the system resolver and refuses any name with an address the policy
/// forbids (all of them are checked, so a rebinding answer mixing public and private fails).
struct GuardedResolver {
    policy: UrlPolicy,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.policy;
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if let Some(bad) = addrs.iter().find(|a| !policy.allows_ip(a.ip())) {
                tracing::warn!(host = %host, address = %bad.ip(),
                    "webhook destination refused: the name resolves to a non-public address");
                return Err(Box::new(Refused) as Box<dyn std::error::Error + Send + Sync>);
            }
            if addrs.is_empty() {
                return Err(format!("{host} does not resolve").into());
            }
            let addrs: Addrs = Box::new(addrs.into_iter());
            Ok(addrs)
        })
    }
}

/// The HTTP webhook sender.
#[derive(Clone)]
pub struct HttpWebhookSender {
    client: reqwest::Client,
    policy: UrlPolicy,
}

impl HttpWebhookSender {
    /// Builds the client; installs the rustls ring provider first (reqwest is built without
    /// a default provider), as the search adapter does.
    pub fn new(policy: UrlPolicy) -> Result<Self, reqwest::Error> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .dns_resolver(Arc::new(GuardedResolver { policy }))
            .connect_timeout(Duration::from_secs(10))
            .build()?;
        Ok(Self { client, policy })
    }

    /// Checks the destination's text and, for an IP literal, the address itself (a literal is
    /// never resolved, so the resolver cannot check it); the reason goes to the server's log.
    fn refuse(&self, url: &str) -> Option<String> {
        let parsed = match self.policy.check_url(url) {
            Ok(parsed) => parsed,
            Err(problem) => {
                tracing::warn!(reason = %problem, "webhook destination refused: url");
                return Some(REFUSED.to_owned());
            }
        };
        let literal: Option<IpAddr> = match parsed.host() {
            Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
            _ => None,
        };
        match literal {
            Some(ip) if !self.policy.allows_ip(ip) => {
                tracing::warn!(address = %ip, "webhook destination refused: not a public address");
                Some(REFUSED.to_owned())
            }
            _ => None,
        }
    }
}

/// What the tenant is told about a failed request: the transport's own words, or only
/// [`REFUSED`] when the guard refused the name.
fn describe(err: &reqwest::Error) -> String {
    let mut chain = std::iter::successors(std::error::Error::source(err), |e| e.source());
    if chain.any(|cause| cause.is::<Refused>()) {
        return REFUSED.to_owned();
    }
    let mut text = if err.is_timeout() {
        "timed out".to_owned()
    } else if err.is_connect() {
        "could not connect".to_owned()
    } else {
        "request failed".to_owned()
    };
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

fn millis(since: Instant) -> u64 {
    u64::try_from(since.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// `Retry-After` in seconds (the HTTP-date form is ignored: receivers of webhooks send seconds).
fn retry_after(response: &reqwest::Response) -> Option<Duration> {
    let value = response.headers().get(reqwest::header::RETRY_AFTER)?;
    let secs: u64 = value.to_str().ok()?.trim().parse().ok()?;
    Some(Duration::from_secs(secs))
}

impl WebhookSender for HttpWebhookSender {
    async fn send(&self, request: OutgoingWebhook) -> SendResult {
        let started = Instant::now();
        if let Some(refused) = self.refuse(&request.url) {
            return SendResult {
                status_code: None,
                duration_ms: 0,
                error: Some(refused),
                response_body: None,
                retry_after: None,
            };
        }
        let mut builder = self
            .client
            .post(&request.url)
            .timeout(request.timeout)
            .body(request.body);
        for (name, value) in &request.headers {
            builder = builder.header(name.as_str(), value.as_str());
        }
        let mut response = match builder.send().await {
            Ok(response) => response,
            Err(err) => {
                let error = describe(&err);
                // a tenant's destination failing is never the server's error
                tracing::warn!(error = %error, "webhook attempt failed before an answer");
                return SendResult {
                    status_code: None,
                    duration_ms: millis(started),
                    error: Some(error),
                    response_body: None,
                    retry_after: None,
                };
            }
        };
        let status = response.status().as_u16();
        let wait = retry_after(&response);
        // keep the start of the answer; stop reading there (a huge body costs nothing more)
        let mut body: Vec<u8> = Vec::new();
        let mut error = None;
        while body.len() < RESPONSE_BODY_LIMIT {
            match response.chunk().await {
                Ok(Some(chunk)) => body.extend_from_slice(&chunk),
                Ok(None) => break,
                Err(err) => {
                    error = Some(describe(&err));
                    break;
                }
            }
        }
        body.truncate(RESPONSE_BODY_LIMIT);
        let text = String::from_utf8_lossy(&body).into_owned();
        SendResult {
            status_code: Some(status),
            duration_ms: millis(started),
            // a 2xx whose body then timed out still reached the receiver: it counts as success
            error: if (200..300).contains(&status) {
                None
            } else {
                error
            },
            response_body: (!text.is_empty()).then_some(text),
            retry_after: wait,
        }
    }
}
