//! `GET /metrics`: the service's Prometheus metrics (OpenMetrics text).
//!
//! Two kinds of family: those counted in process as things happen (HTTP requests by route
//! pattern and status, search and enrichment provider latency), and those read at scrape time
//! (runs, enrichments and webhook deliveries by status, the task queue, credits, the search
//! breaker and retries) through the `OperationsStats` port (Postgres: `PgOperationsStats`) or
//! from the adapter, so they agree across processes sharing one database and survive restarts.
//! Every status, credit kind and task state is exported, at zero until counted.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::{AUTHORIZATION, CONTENT_TYPE};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};
use prometheus_client::encoding::text::{encode_eof, encode_registry};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::{Metric, Registry};
use sha2::{Digest, Sha256};
use sourcing_adapters_search::AnyPeopleSearch;
use sourcing_domain::credits::UsageKind;
use sourcing_domain::enrichment::EnrichmentStatus;
use sourcing_domain::ports::{
    CreditTotals, NearestRequest, OperationsStats, OpsSnapshot, PeopleSearch, SearchError,
    SearchRequest, SearchResults,
};
use sourcing_domain::sourcing::RunStatus;
use sourcing_domain::webhooks::DeliveryStatus;
use sourcing_worker::{Task, TaskState};

use crate::http::errors::{ApiError, chain};
use crate::state::AppState;
use crate::tasks::{DeliverWebhookEvent, ExecuteEnrichment, ExecuteRunPass};

/// Label pairs of one series.
type Labels = Vec<(&'static str, String)>;
/// A histogram family with the service's latency buckets.
type Histograms = Family<Labels, Histogram, fn() -> Histogram>;

/// Prefix of every family name.
const PREFIX: &str = "sourcing";
/// The OpenMetrics text type Prometheus negotiates.
const CONTENT_TYPE_OPENMETRICS: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// 5 ms to about 10 s, doubling.
fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.005, 2.0, 12))
}

fn histograms() -> Histograms {
    Family::new_with_constructor(latency_histogram)
}

/// The in-process families and the sources read at scrape time; one per process, shared by the
/// HTTP layer and the decorated adapters.
pub struct Metrics {
    registry: Registry,
    http_requests: Family<Labels, Counter>,
    http_duration: Histograms,
    search_duration: Histograms,
    enrichment_duration: Histograms,
    search: OnceLock<Arc<AnyPeopleSearch>>,
    /// The last snapshot the database gave and when, served (marked stale) while it is down.
    last_snapshot: std::sync::Mutex<Option<(std::time::Instant, OpsSnapshot)>>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics").finish_non_exhaustive()
    }
}

impl Metrics {
    /// Registers the in-process families (empty until something happens).
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix(PREFIX);
        let http_requests = Family::<Labels, Counter>::default();
        let http_duration = histograms();
        let search_duration = histograms();
        let enrichment_duration = histograms();
        registry.register(
            "http_requests",
            "HTTP requests by method, matched route pattern and status",
            http_requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "HTTP request latency by method, matched route pattern and status",
            http_duration.clone(),
        );
        registry.register(
            "search_duration_seconds",
            "People-index search latency (retries included) by outcome",
            search_duration.clone(),
        );
        registry.register(
            "enrichment_provider_duration_seconds",
            "Email-discovery latency of one profile (time budget included) by outcome",
            enrichment_duration.clone(),
        );
        // Zero series, so the families are listed before the first search or enrichment.
        search_duration.get_or_create_owned(&vec![("outcome", "ok".to_owned())]);
        enrichment_duration.get_or_create_owned(&vec![("outcome", "found".to_owned())]);
        Metrics {
            registry,
            http_requests,
            http_duration,
            search_duration,
            enrichment_duration,
            search: OnceLock::new(),
            last_snapshot: std::sync::Mutex::new(None),
        }
    }

    /// Reports the breaker state and retries of this people index at scrape time.
    pub fn watch_search(&self, search: Arc<AnyPeopleSearch>) {
        let _ = self.search.set(search);
    }

    /// Records one HTTP request.
    pub fn observe_request(&self, method: &Method, route: String, status: u16, took: Duration) {
        let labels = vec![
            ("method", method_label(method).to_owned()),
            ("route", route),
            ("status", status.to_string()),
        ];
        self.http_requests.get_or_create(&labels).inc();
        self.http_duration
            .get_or_create(&labels)
            .observe(took.as_secs_f64());
    }

    /// Records one people-index search.
    pub fn observe_search(&self, outcome: &'static str, took: Duration) {
        self.search_duration
            .get_or_create(&vec![("outcome", outcome.to_owned())])
            .observe(took.as_secs_f64());
    }

    /// Records one profile's email discovery.
    pub fn observe_enrichment(&self, outcome: &'static str, took: Duration) {
        self.enrichment_duration
            .get_or_create(&vec![("outcome", outcome.to_owned())])
            .observe(took.as_secs_f64());
    }

    /// The exposition: the in-process families, then the database's (`snapshot`).
    fn render(&self, snapshot: &Freshness) -> Result<String, std::fmt::Error> {
        let mut scraped = Registry::with_prefix(PREFIX);
        snapshot.register(&mut scraped);
        let (open, retries) = match self.search.get() {
            Some(search) => (!search.is_available(), search.retries()),
            None => (false, 0),
        };
        let breaker = Gauge::<i64>::default();
        breaker.set(i64::from(open));
        scraped.register(
            "search_breaker_open",
            "1 while the people-index circuit breaker refuses calls",
            breaker,
        );
        let retried = Counter::<u64>::default();
        retried.inc_by(retries);
        scraped.register(
            "search_retries",
            "People-index attempts retried by this process",
            retried,
        );
        let mut text = String::new();
        encode_registry(&mut text, &self.registry)?;
        encode_registry(&mut text, &scraped)?;
        encode_eof(&mut text)?;
        Ok(text)
    }
}

/// Methods as labels: the standard ones, anything else `OTHER` (bounded cardinality).
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PATCH => "PATCH",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "OTHER",
    }
}

/// Middleware: counts and times every request under its matched route pattern (`/sourcing/{id}`,
/// never the raw path); requests no route matched count as `unmatched`.
pub async fn track_requests(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let metrics = req
        .app_data::<web::Data<AppState>>()
        .map(|state| state.metrics.clone());
    let method = req.method().clone();
    let started = Instant::now();
    let result = next.call(req).await;
    if let Some(metrics) = metrics {
        let (route, status) = match &result {
            Ok(response) => (
                response.request().match_pattern(),
                response.status().as_u16(),
            ),
            Err(error) => (None, error.as_response_error().status_code().as_u16()),
        };
        let route = route.unwrap_or_else(|| "unmatched".to_owned());
        metrics.observe_request(&method, route, status, started.elapsed());
    }
    result
}

/// Families read from the store at scrape time.
struct Snapshot(OpsSnapshot);

/// The database-derived part of a scrape.
enum Freshness {
    /// Read now.
    Fresh(Snapshot),
    /// The database did not answer: the last snapshot and its age, if there was one.
    Stale(Option<(Duration, Snapshot)>),
}

impl Freshness {
    /// Registers the database's families and `database_up` / `database_snapshot_age_seconds`.
    fn register(&self, registry: &mut Registry) {
        let (up, age, snapshot) = match self {
            Freshness::Fresh(snapshot) => (1, 0.0, Some(snapshot)),
            Freshness::Stale(Some((age, snapshot))) => (0, age.as_secs_f64(), Some(snapshot)),
            Freshness::Stale(None) => (0, 0.0, None),
        };
        if let Some(snapshot) = snapshot {
            snapshot.register(registry);
        }
        let database_up = Gauge::<i64>::default();
        database_up.set(up);
        registry.register(
            "database_up",
            "1 when this scrape read the database; 0 when it did not answer (the database's families are then the last ones read, or absent)",
            database_up,
        );
        let snapshot_age = Gauge::<f64, std::sync::atomic::AtomicU64>::default();
        snapshot_age.set(age);
        registry.register(
            "database_snapshot_age_seconds",
            "Age of the database's families in this scrape (0 when read now)",
            snapshot_age,
        );
    }
}

/// One series per `known` label (zero until a count says otherwise), each count `put`.
fn series_by<K: Copy, M: Metric + Default + Clone>(
    key: &'static str,
    known: &[K],
    counts: impl Iterator<Item = (K, i64)>,
    label: impl Fn(K) -> &'static str,
    put: impl Fn(&M, i64),
) -> Family<Labels, M> {
    let series = Family::<Labels, M>::default();
    for k in known {
        series.get_or_create_owned(&vec![(key, label(*k).to_owned())]);
    }
    for (k, value) in counts {
        put(
            &series.get_or_create_owned(&vec![(key, label(k).to_owned())]),
            value,
        );
    }
    series
}

/// Gauges per status.
fn gauges_by<K: Copy>(
    known: &[K],
    counts: &[(K, i64)],
    label: impl Fn(K) -> &'static str,
) -> Family<Labels, Gauge> {
    series_by(
        "status",
        known,
        counts.iter().copied(),
        label,
        |gauge: &Gauge, v| {
            gauge.set(v);
        },
    )
}

/// Counters per credit kind, of the totals' field `pick`.
fn credits_by(credits: &[CreditTotals], pick: fn(&CreditTotals) -> i64) -> Family<Labels, Counter> {
    series_by(
        "kind",
        &UsageKind::ALL,
        credits.iter().map(|c| (c.kind, pick(c))),
        UsageKind::as_str,
        |counter: &Counter, v| {
            counter.inc_by(u64::try_from(v).unwrap_or(0));
        },
    )
}

impl Snapshot {
    /// The database's counts now; while it does not answer, the last ones it gave with their
    /// age (none before a first answer). Process-local families are served either way.
    async fn load(state: &AppState) -> Freshness {
        match state.ops.snapshot().await {
            Ok(snapshot) => {
                if let Ok(mut last) = state.metrics.last_snapshot.lock() {
                    *last = Some((std::time::Instant::now(), snapshot.clone()));
                }
                Freshness::Fresh(Snapshot(snapshot))
            }
            Err(e) => {
                tracing::warn!(error.cause_chain = %chain(&e), "metrics scrape: the database did not answer");
                let last = state
                    .metrics
                    .last_snapshot
                    .lock()
                    .ok()
                    .and_then(|l| l.clone());
                Freshness::Stale(last.map(|(at, snapshot)| (at.elapsed(), Snapshot(snapshot))))
            }
        }
    }

    fn register(&self, registry: &mut Registry) {
        let s = &self.0;
        registry.register(
            "runs",
            "Sourcing runs by status",
            gauges_by(&RunStatus::ALL, &s.runs, RunStatus::as_str),
        );
        registry.register(
            "enrichments",
            "Enrichment runs by status",
            gauges_by(
                &EnrichmentStatus::ALL,
                &s.enrichments,
                EnrichmentStatus::as_str,
            ),
        );
        registry.register(
            "webhook_deliveries",
            "Webhook deliveries (events and tests) by outcome",
            gauges_by(&DeliveryStatus::ALL, &s.deliveries, DeliveryStatus::as_str),
        );
        registry.register(
            "credits_reserved",
            "Credits ever held for runs and enrichments, by kind",
            credits_by(&s.credits, |c| c.reserved),
        );
        registry.register(
            "credits_charged",
            "Credits charged for delivered candidates and emails, by kind",
            credits_by(&s.credits, |c| c.charged),
        );
        registry.register(
            "credits_released",
            "Held credits given back unused, by kind",
            credits_by(&s.credits, |c| c.released),
        );
        self.register_tasks(registry);
    }

    /// The queue's families: every task of ours in every state, zero until counted.
    fn register_tasks(&self, registry: &mut Registry) {
        let tasks = [
            ExecuteRunPass::NAME,
            ExecuteEnrichment::NAME,
            DeliverWebhookEvent::NAME,
        ];
        let depth = Family::<Labels, Gauge>::default();
        let oldest = Family::<Labels, Gauge<f64, std::sync::atomic::AtomicU64>>::default();
        for task in tasks {
            for state in TaskState::ALL {
                depth.get_or_create_owned(&vec![
                    ("task", task.to_owned()),
                    ("state", state.as_str().to_owned()),
                ]);
            }
            oldest.get_or_create_owned(&vec![("task", task.to_owned())]);
        }
        for count in &self.0.tasks {
            depth
                .get_or_create(&vec![
                    ("task", count.task.clone()),
                    ("state", count.state.clone()),
                ])
                .set(count.count);
        }
        for due in &self.0.oldest_due {
            oldest
                .get_or_create(&vec![("task", due.task.clone())])
                .set(due.age.as_secs_f64());
        }
        registry.register(
            "task_queue_depth",
            "Background tasks by type and state (due: waiting for a worker)",
            depth,
        );
        registry.register(
            "task_queue_oldest_age_seconds",
            "Age of the oldest due task no worker holds, by type (0 when none)",
            oldest,
        );
    }
}

/// True when the request may scrape: no token configured, or `Authorization: Bearer <token>`.
fn authorized(req: &HttpRequest, token: &str) -> bool {
    if token.is_empty() {
        return true;
    }
    let presented = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    // Compare digests, so the comparison time says nothing about the token.
    Sha256::digest(presented.as_bytes()) == Sha256::digest(token.as_bytes())
}

/// `GET /metrics`: the exposition; 401 without the configured bearer token.
#[utoipa::path(
    get,
    path = "/metrics",
    tag = "Operations",
    operation_id = "metrics",
    description = "Prometheus metrics (OpenMetrics text). Open unless `metrics.token` is set; \
        then `Authorization: Bearer <metrics.token>` (not an API key) is required.",
    responses(
        (status = 200, description = "The exposition.", content_type = "application/openmetrics-text; version=1.0.0; charset=utf-8", body = String),
        (status = 401, description = "UNAUTHORIZED: `metrics.token` is set and was not presented.", body = crate::http::openapi::ErrorBody),
    ),
    extensions(("x-auth" = json!("Bearer metrics.token, when configured"))),
)]
pub async fn metrics(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if !authorized(&req, state.config.metrics.token.expose()) {
        return Err(ApiError::unauthorized());
    }
    let snapshot = Snapshot::load(&state).await;
    let text = state
        .metrics
        .render(&snapshot)
        .map_err(|e| ApiError::internal(&e))?;
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, CONTENT_TYPE_OPENMETRICS))
        .body(text))
}

/// A people index that times every search for the metrics (the adapter stays unaware).
pub struct ObservedSearch {
    inner: Arc<AnyPeopleSearch>,
    metrics: Arc<Metrics>,
}

impl ObservedSearch {
    /// Times `inner`'s searches into `metrics`, which also reports its breaker and retries.
    pub fn new(inner: AnyPeopleSearch, metrics: Arc<Metrics>) -> Self {
        let inner = Arc::new(inner);
        metrics.watch_search(inner.clone());
        ObservedSearch { inner, metrics }
    }
}

impl ObservedSearch {
    /// The local index, when configured (its profiles are the background of matching by
    /// meaning).
    pub fn local(&self) -> Option<&sourcing_adapters_search::LocalPeopleSearch> {
        self.inner.as_local()
    }
}

impl From<AnyPeopleSearch> for ObservedSearch {
    /// Observed into metrics of its own (for callers that never scrape).
    fn from(inner: AnyPeopleSearch) -> Self {
        ObservedSearch::new(inner, Arc::new(Metrics::new()))
    }
}

impl PeopleSearch for ObservedSearch {
    async fn search(&self, request: SearchRequest) -> Result<SearchResults, SearchError> {
        let started = Instant::now();
        let result = self.inner.search(request).await;
        let outcome = match &result {
            Ok(_) => "ok",
            Err(SearchError::Unavailable(_)) => "unavailable",
            Err(SearchError::RateLimited { .. }) => "rate_limited",
            Err(SearchError::BadQuery(_)) => "bad_query",
            Err(SearchError::Other(_)) => "error",
        };
        self.metrics.observe_search(outcome, started.elapsed());
        result
    }

    async fn nearest(&self, request: NearestRequest) -> Result<SearchResults, SearchError> {
        self.inner.nearest(request).await
    }

    fn is_available(&self) -> bool {
        self.inner.is_available()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exposition(freshness: &Freshness) -> String {
        let mut registry = Registry::with_prefix(PREFIX);
        freshness.register(&mut registry);
        let mut text = String::new();
        encode_registry(&mut text, &registry).unwrap_or_default();
        text
    }

    #[test]
    fn a_stale_scrape_serves_the_last_counts_with_their_age() {
        let mut counts = OpsSnapshot::default();
        counts.runs.push((RunStatus::Completed, 7));
        let fresh = exposition(&Freshness::Fresh(Snapshot(counts.clone())));
        assert!(fresh.contains("sourcing_database_up 1"), "{fresh}");
        assert!(
            fresh.contains("sourcing_runs{status=\"completed\"} 7"),
            "{fresh}"
        );
        let stale = exposition(&Freshness::Stale(Some((
            Duration::from_secs(42),
            Snapshot(counts),
        ))));
        assert!(stale.contains("sourcing_database_up 0"), "{stale}");
        assert!(
            stale.contains("sourcing_database_snapshot_age_seconds 42"),
            "{stale}"
        );
        assert!(
            stale.contains("sourcing_runs{status=\"completed\"} 7"),
            "{stale}"
        );
        let never = exposition(&Freshness::Stale(None));
        assert!(never.contains("sourcing_database_up 0"), "{never}");
        assert!(!never.contains("sourcing_runs"), "{never}");
    }
}
