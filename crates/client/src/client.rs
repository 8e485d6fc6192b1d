//! The client: one async method per route, each returning the typed body with its headers.

use std::future::Future;
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use reqwest::{Method, RequestBuilder, Url};
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::error::{ClientError, api_error};
use crate::models::billing::Usage;
use crate::models::cards::{RenderHtml, RenderedCards};
use crate::models::enrichment::{Enrich, EnrichmentAccepted, EnrichmentResults};
use crate::models::health::Health;
use crate::models::runs::{CreateRun, PatchRun, RunAccepted, RunResults};
use crate::models::webhooks::{
    CreatedWebhook, Delivery, DeliveryPage, NewWebhook, Webhook, WebhookList, WebhookUpdate,
};
use crate::response::{RateLimit, Response, request_id};
use crate::wait::WaitOptions;

/// The `User-Agent` sent unless the builder sets another.
const DEFAULT_USER_AGENT: &str = concat!("sourcing-client/", env!("CARGO_PKG_VERSION"));

/// A typed client of one Sourcing API server and one API key; cheap to clone (the connection
/// pool is shared), so create it once.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
    auth: HeaderValue,
}

/// Options of a [`Client`] beyond its URL and key.
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    api_key: String,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
}

impl ClientBuilder {
    /// Per-request timeout (default 30 s); a `wait_for_*` call has its own deadline.
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Connection timeout (default 10 s).
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// `User-Agent` header (default `sourcing-client/<version>`), so operators can tell
    /// integrations apart in their logs.
    #[must_use]
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Builds the client; fails on a base URL that is not an absolute `http(s)` URL or a key
    /// that cannot be sent as a header.
    pub fn build(self) -> Result<Client, ClientError> {
        // reqwest is built without a default rustls provider (no OpenSSL, one crypto backend for
        // the whole workspace); Err only means a provider is already installed.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut base = Url::parse(self.base_url.trim())
            .map_err(|e| ClientError::Config(format!("base URL {:?}: {e}", self.base_url)))?;
        if !matches!(base.scheme(), "http" | "https") || base.cannot_be_a_base() {
            return Err(ClientError::Config(format!(
                "base URL {:?} must be an http(s) URL",
                self.base_url
            )));
        }
        base.set_query(None);
        base.set_fragment(None);
        let mut auth = HeaderValue::from_str(&format!("Bearer {}", self.api_key.trim()))
            .map_err(|_| ClientError::Config("the API key is not a valid header value".into()))?;
        auth.set_sensitive(true);
        let http = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .user_agent(self.user_agent)
            .build()?;
        Ok(Client { http, base, auth })
    }
}

impl Client {
    /// A client of the server at `base_url` (`https://sourcing.example.com`, a path prefix
    /// allowed) using `api_key` (`sk_live_…`), with default options.
    pub fn new(
        base_url: impl Into<String>,
        api_key: impl Into<String>,
    ) -> Result<Self, ClientError> {
        Self::builder(base_url, api_key).build()
    }

    /// A builder, to set timeouts or the user agent.
    pub fn builder(base_url: impl Into<String>, api_key: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            api_key: api_key.into(),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            user_agent: DEFAULT_USER_AGENT.to_owned(),
        }
    }

    /// The server's base URL.
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    // ---- sourcing runs ----

    /// `POST /sourcing`: starts a run (202). With an `idempotency_key`, a retry of the same
    /// body within 24 h returns the first answer (`replayed` set) and starts nothing.
    pub async fn create_run(
        &self,
        run: &CreateRun,
        idempotency_key: Option<&str>,
    ) -> Result<Response<RunAccepted>, ClientError> {
        let mut request = self.request(Method::POST, &["sourcing"], &[])?.json(run);
        if let Some(key) = idempotency_key {
            let value = HeaderValue::from_str(key)
                .map_err(|_| ClientError::Config("Idempotency-Key must be visible ASCII".into()))?;
            request = request.header("idempotency-key", value);
        }
        let (response, headers) = self.execute_with_headers::<RunAccepted>(request).await?;
        let replayed = headers
            .get("idempotent-replayed")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"true"));
        Ok(response.map(|mut accepted: RunAccepted| {
            accepted.replayed = replayed;
            accepted
        }))
    }

    /// `GET /sourcing/{id}/results`: progress (202) or the finished run (200).
    pub async fn run_results(&self, run_id: &str) -> Result<Response<RunResults>, ClientError> {
        let request = self.request(Method::GET, &["sourcing", run_id, "results"], &[])?;
        self.execute(request).await
    }

    /// `PATCH /sourcing/{id}`: another pass with a context patch and/or more candidates (202);
    /// `RUN_IN_PROGRESS` while a pass runs.
    pub async fn patch_run(
        &self,
        run_id: &str,
        patch: &PatchRun,
    ) -> Result<Response<RunAccepted>, ClientError> {
        let request = self
            .request(Method::PATCH, &["sourcing", run_id], &[])?
            .json(patch);
        self.execute(request).await
    }

    /// Polls the run's results until it is completed or failed, with exponential backoff,
    /// waiting out 429s (`Retry-After`) and transient failures, up to the options' deadline.
    pub async fn wait_for_run(
        &self,
        run_id: &str,
        options: WaitOptions,
    ) -> Result<Response<RunResults>, ClientError> {
        poll_until(
            options,
            || self.run_results(run_id),
            |r| r.status.is_finished(),
        )
        .await
    }

    // ---- enrichment and cards ----

    /// `POST /sourcing/enrich`: discovers emails of candidates the company's runs delivered
    /// (202; one credit per enriched profile, failures free).
    pub async fn enrich(&self, body: &Enrich) -> Result<Response<EnrichmentAccepted>, ClientError> {
        let request = self
            .request(Method::POST, &["sourcing", "enrich"], &[])?
            .json(body);
        self.execute(request).await
    }

    /// `GET /sourcing/enrich/{id}/results`: progress (202) or the finished batch (200).
    pub async fn enrichment_results(
        &self,
        enrichment_id: &str,
    ) -> Result<Response<EnrichmentResults>, ClientError> {
        let request = self.request(
            Method::GET,
            &["sourcing", "enrich", enrichment_id, "results"],
            &[],
        )?;
        self.execute(request).await
    }

    /// Polls an enrichment until it is completed or failed, as [`Client::wait_for_run`] does.
    pub async fn wait_for_enrichment(
        &self,
        enrichment_id: &str,
        options: WaitOptions,
    ) -> Result<Response<EnrichmentResults>, ClientError> {
        poll_until(
            options,
            || self.enrichment_results(enrichment_id),
            |r| r.status.is_finished(),
        )
        .await
    }

    /// `POST /sourcing/render-html`: embeddable HTML cards of the company's candidates.
    pub async fn render_html(
        &self,
        body: &RenderHtml,
    ) -> Result<Response<RenderedCards>, ClientError> {
        let request = self
            .request(Method::POST, &["sourcing", "render-html"], &[])?
            .json(body);
        self.execute(request).await
    }

    // ---- webhooks ----

    /// `POST /webhooks` (201): the webhook and its signing secret, which is never shown again.
    pub async fn create_webhook(
        &self,
        body: &NewWebhook,
    ) -> Result<Response<CreatedWebhook>, ClientError> {
        let request = self.request(Method::POST, &["webhooks"], &[])?.json(body);
        self.execute_wrapped(request).await
    }

    /// `GET /webhooks`: the company's webhooks, newest first.
    pub async fn list_webhooks(&self) -> Result<Response<WebhookList>, ClientError> {
        let request = self.request(Method::GET, &["webhooks"], &[])?;
        self.execute_wrapped(request).await
    }

    /// `GET /webhooks/{id}`.
    pub async fn get_webhook(&self, id: Uuid) -> Result<Response<Webhook>, ClientError> {
        let request = self.request(Method::GET, &["webhooks", &id.to_string()], &[])?;
        self.execute_wrapped(request).await
    }

    /// `PATCH /webhooks/{id}`: changes only the fields set.
    pub async fn update_webhook(
        &self,
        id: Uuid,
        update: &WebhookUpdate,
    ) -> Result<Response<Webhook>, ClientError> {
        let request = self
            .request(Method::PATCH, &["webhooks", &id.to_string()], &[])?
            .json(update);
        self.execute_wrapped(request).await
    }

    /// `DELETE /webhooks/{id}` (204): pending deliveries are cancelled.
    pub async fn delete_webhook(&self, id: Uuid) -> Result<Response<()>, ClientError> {
        let request = self.request(Method::DELETE, &["webhooks", &id.to_string()], &[])?;
        let (status, headers, _) = self.send(request).await?;
        Ok(Response {
            data: (),
            status,
            rate_limit: RateLimit::from_headers(&headers),
            request_id: request_id(&headers),
        })
    }

    /// `POST /webhooks/{id}/test`: sends a `ping` now and returns the delivery (`delivered`).
    pub async fn test_webhook(&self, id: Uuid) -> Result<Response<Delivery>, ClientError> {
        let request = self.request(Method::POST, &["webhooks", &id.to_string(), "test"], &[])?;
        self.execute_wrapped(request).await
    }

    /// `POST /webhooks/{id}/reset-circuit`: active again, failure count zero.
    pub async fn reset_circuit(&self, id: Uuid) -> Result<Response<Webhook>, ClientError> {
        let request = self.request(
            Method::POST,
            &["webhooks", &id.to_string(), "reset-circuit"],
            &[],
        )?;
        self.execute_wrapped(request).await
    }

    /// `GET /webhooks/{id}/deliveries?limit&offset`: newest first (limit 1–100, default 20).
    pub async fn deliveries(
        &self,
        id: Uuid,
        limit: Option<u32>,
        offset: Option<u32>,
    ) -> Result<Response<DeliveryPage>, ClientError> {
        let mut query = Vec::new();
        if let Some(limit) = limit {
            query.push(("limit", limit.to_string()));
        }
        if let Some(offset) = offset {
            query.push(("offset", offset.to_string()));
        }
        let request = self.request(
            Method::GET,
            &["webhooks", &id.to_string(), "deliveries"],
            &query,
        )?;
        self.execute_wrapped(request).await
    }

    /// `POST /webhooks/{id}/deliveries/{deliveryId}/retry`: re-sends one delivery now.
    pub async fn retry_delivery(
        &self,
        id: Uuid,
        delivery_id: Uuid,
    ) -> Result<Response<Delivery>, ClientError> {
        let request = self.request(
            Method::POST,
            &[
                "webhooks",
                &id.to_string(),
                "deliveries",
                &delivery_id.to_string(),
                "retry",
            ],
            &[],
        )?;
        self.execute_wrapped(request).await
    }

    // ---- billing and probes ----

    /// `GET /billing/usage?start&end`: credits used by kind and the balance (default period:
    /// the last 30 days).
    pub async fn billing_usage(
        &self,
        start: Option<DateTime<Utc>>,
        end: Option<DateTime<Utc>>,
    ) -> Result<Response<Usage>, ClientError> {
        let mut query = Vec::new();
        if let Some(start) = start {
            query.push(("start", start.to_rfc3339_opts(SecondsFormat::Millis, true)));
        }
        if let Some(end) = end {
            query.push(("end", end.to_rfc3339_opts(SecondsFormat::Millis, true)));
        }
        let request = self.request(Method::GET, &["billing", "usage"], &query)?;
        self.execute_wrapped(request).await
    }

    /// `GET /healthz`: the process answers (no key sent).
    pub async fn healthz(&self) -> Result<Response<Health>, ClientError> {
        let request = self.http.get(self.url(&["healthz"], &[])?);
        self.execute(request).await
    }

    /// `GET /readyz`: the server reaches its database (`SERVICE_UNAVAILABLE` otherwise).
    pub async fn readyz(&self) -> Result<Response<Health>, ClientError> {
        let request = self.http.get(self.url(&["readyz"], &[])?);
        self.execute(request).await
    }

    // ---- plumbing ----

    /// The URL of `segments` under the base URL, each percent-encoded as one path segment.
    fn url(&self, segments: &[&str], query: &[(&str, String)]) -> Result<Url, ClientError> {
        let mut url = self.base.clone();
        url.path_segments_mut()
            .map_err(|()| ClientError::Config("the base URL cannot take a path".into()))?
            .pop_if_empty()
            .extend(segments);
        if !query.is_empty() {
            url.query_pairs_mut()
                .extend_pairs(query.iter().map(|(k, v)| (*k, v.as_str())));
        }
        Ok(url)
    }

    /// An authenticated request.
    fn request(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, String)],
    ) -> Result<RequestBuilder, ClientError> {
        Ok(self
            .http
            .request(method, self.url(segments, query)?)
            .header(AUTHORIZATION, self.auth.clone()))
    }

    /// Sends; a non-2xx answer becomes [`ClientError::Api`].
    async fn send(
        &self,
        request: RequestBuilder,
    ) -> Result<(u16, HeaderMap, Vec<u8>), ClientError> {
        let response = request.send().await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await?.to_vec();
        if !(200..300).contains(&status) {
            return Err(api_error(
                status,
                &body,
                retry_after(&headers),
                request_id(&headers),
            ));
        }
        Ok((status, headers, body))
    }

    /// Sends and decodes the whole body as `T`, keeping the headers for the caller.
    async fn execute_with_headers<T: DeserializeOwned>(
        &self,
        request: RequestBuilder,
    ) -> Result<(Response<T>, HeaderMap), ClientError> {
        let (status, headers, body) = self.send(request).await?;
        let data = serde_json::from_slice(&body)
            .map_err(|source| ClientError::Decode { status, source })?;
        let response = Response {
            data,
            status,
            rate_limit: RateLimit::from_headers(&headers),
            request_id: request_id(&headers),
        };
        Ok((response, headers))
    }

    /// Sends and decodes the whole body as `T`.
    async fn execute<T: DeserializeOwned>(
        &self,
        request: RequestBuilder,
    ) -> Result<Response<T>, ClientError> {
        Ok(self.execute_with_headers(request).await?.0)
    }

    /// Sends and decodes the `data` of a `{success, data}` answer as `T`.
    async fn execute_wrapped<T: DeserializeOwned>(
        &self,
        request: RequestBuilder,
    ) -> Result<Response<T>, ClientError> {
        let response: Response<Wrapped<T>> = self.execute(request).await?;
        Ok(response.map(|wrapped| wrapped.data))
    }
}

/// A `{success, data}` answer.
#[derive(serde::Deserialize)]
struct Wrapped<T> {
    /// The payload.
    data: T,
}

/// `Retry-After` in seconds (the HTTP-date form is not used by this server).
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    headers
        .get("retry-after")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
        .map(Duration::from_secs)
}

/// Calls `poll` until `done` holds, sleeping by `options` between calls; 429s wait at least
/// their `Retry-After` and transient failures are retried until the deadline, after which the
/// last transient error (or [`ClientError::Timeout`]) is returned.
pub(crate) async fn poll_until<T, F, Fut>(
    options: WaitOptions,
    mut poll: F,
    done: impl Fn(&T) -> bool,
) -> Result<Response<T>, ClientError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Response<T>, ClientError>>,
{
    let started = tokio::time::Instant::now();
    let mut delay = options.initial_delay;
    loop {
        let (pause, last_error) = match poll().await {
            Ok(response) if done(&response.data) => return Ok(response),
            Ok(_) => (delay, None),
            Err(err) if err.is_transient() => {
                let pause = err.retry_after().map_or(delay, |wait| wait.max(delay));
                (pause, Some(err))
            }
            Err(err) => return Err(err),
        };
        let waited = started.elapsed();
        if waited >= options.deadline {
            return Err(last_error.unwrap_or(ClientError::Timeout { waited }));
        }
        tokio::time::sleep(pause.min(options.deadline - waited)).await;
        delay = options.next_delay(delay);
    }
}
