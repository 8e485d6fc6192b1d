//! `GET /metrics`: the service's Prometheus metrics (OpenMetrics text).
//!
//! Two kinds of family: those counted in process as things happen (HTTP requests by route
//! pattern and status, search and enrichment provider latency), and those read at scrape time
//! (runs, enrichments and webhook deliveries by status, the task queue, credits, the search
//! breaker and retries) from the database or the adapter, so they agree across processes
//! sharing one database and survive restarts.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::{AUTHORIZATION, CONTENT_TYPE};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};
use diesel::QueryableByName;
use diesel::sql_types::{Double, Text};
use diesel_async::RunQueryDsl;
use prometheus_client::encoding::text::{encode_eof, encode_registry};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::{Metric, Registry};
use sha2::{Digest, Sha256};
use sourcing_adapters_search::AnyPeopleSearch;
use sourcing_domain::ports::{
    NearestRequest, PeopleSearch, SearchError, SearchRequest, SearchResults,
};
use sourcing_worker::Task;

use crate::http::errors::ApiError;
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

/// Statuses of runs and enrichment runs (the tables' CHECK constraints), always exported.
const RUN_STATUSES: [&str; 3] = ["processing", "completed", "failed"];
/// Statuses of webhook deliveries (the table's CHECK constraint), always exported.
const DELIVERY_STATUSES: [&str; 5] = ["pending", "succeeded", "failed", "cancelled", "skipped"];
/// Kinds of credit use (the tables' CHECK constraints), always exported.
const CREDIT_KINDS: [&str; 2] = ["sourcing", "enrichment"];
/// States a queued task can be in.
const TASK_STATES: [&str; 4] = ["due", "scheduled", "running", "dead"];

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

    /// The exposition: the in-process families, then those read from `snapshot` now.
    fn render(&self, snapshot: &Snapshot) -> Result<String, std::fmt::Error> {
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

/// A row of the scrape-time aggregate query.
#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = Text)]
    family: String,
    #[diesel(sql_type = Text)]
    label: String,
    #[diesel(sql_type = Text)]
    state: String,
    #[diesel(sql_type = Double)]
    value: f64,
}

/// One cheap aggregate over the tables (grouped counts and sums, no row scan in Rust).
const SNAPSHOT_SQL: &str = concat!(
    "\
SELECT 'runs' AS family, status AS label, '' AS state, count(*)::float8 AS value \
  FROM sourcing_runs GROUP BY status \
UNION ALL SELECT 'enrichments', status, '', count(*)::float8 FROM enrichment_runs GROUP BY status \
UNION ALL SELECT 'deliveries', status, '', count(*)::float8 FROM webhook_deliveries GROUP BY status \
UNION ALL SELECT 'reserved', kind, '', sum(amount)::float8 FROM credit_reservations GROUP BY kind \
UNION ALL SELECT 'charged', kind, '', COALESCE(sum(used), 0)::float8 FROM credit_reservations \
  GROUP BY kind \
UNION ALL SELECT 'released', kind, '', COALESCE(sum(amount - used), 0)::float8 \
  FROM credit_reservations GROUP BY kind \
UNION ALL SELECT 'tasks', task_name, CASE \
    WHEN failed_at IS NOT NULL THEN 'dead' \
    WHEN ",
    sourcing_worker::due_sql!(),
    " THEN 'due' \
    WHEN locked_until >= now() THEN 'running' ELSE 'scheduled' END, count(*)::float8 \
  FROM background_tasks GROUP BY 2, 3 \
UNION ALL SELECT 'oldest', task_name, '', \
    EXTRACT(EPOCH FROM now() - min(run_at))::float8 \
  FROM background_tasks \
  WHERE ",
    sourcing_worker::due_sql!(),
    " GROUP BY task_name"
);

/// Families read from the database at scrape time.
struct Snapshot {
    rows: Vec<Row>,
}

impl Snapshot {
    async fn load(state: &AppState) -> Result<Snapshot, ApiError> {
        let mut conn = state.pool.get().await.map_err(|e| {
            tracing::warn!("metrics scrape: no database connection: {e}");
            ApiError::unavailable()
        })?;
        let rows = diesel::sql_query(SNAPSHOT_SQL)
            .load::<Row>(&mut conn)
            .await
            .map_err(|e| {
                tracing::warn!("metrics scrape: query failed: {e}");
                ApiError::unavailable()
            })?;
        Ok(Snapshot { rows })
    }

    fn values<'a>(&'a self, family: &'a str) -> impl Iterator<Item = &'a Row> + 'a {
        self.rows.iter().filter(move |r| r.family == family)
    }

    /// One series per `known` label (zero until a row says otherwise), each row's value `put`.
    fn by<M: Metric + Default + Clone>(
        &self,
        family: &str,
        key: &'static str,
        known: &[&str],
        put: impl Fn(&M, f64),
    ) -> Family<Labels, M> {
        let series = Family::<Labels, M>::default();
        for label in known {
            series.get_or_create_owned(&vec![(key, (*label).to_owned())]);
        }
        for row in self.values(family) {
            put(
                &series.get_or_create_owned(&vec![(key, row.label.clone())]),
                row.value,
            );
        }
        series
    }

    fn gauge_by(&self, family: &str, key: &'static str, known: &[&str]) -> Family<Labels, Gauge> {
        self.by(family, key, known, |gauge: &Gauge, v| {
            gauge.set(as_i64(v));
        })
    }

    fn counter_by(
        &self,
        family: &str,
        key: &'static str,
        known: &[&str],
    ) -> Family<Labels, Counter> {
        self.by(family, key, known, |counter: &Counter, v| {
            counter.inc_by(as_u64(v));
        })
    }

    fn register(&self, registry: &mut Registry) {
        registry.register(
            "runs",
            "Sourcing runs by status",
            self.gauge_by("runs", "status", &RUN_STATUSES),
        );
        registry.register(
            "enrichments",
            "Enrichment runs by status",
            self.gauge_by("enrichments", "status", &RUN_STATUSES),
        );
        registry.register(
            "webhook_deliveries",
            "Webhook deliveries (events and tests) by outcome",
            self.gauge_by("deliveries", "status", &DELIVERY_STATUSES),
        );
        registry.register(
            "credits_reserved",
            "Credits ever held for runs and enrichments, by kind",
            self.counter_by("reserved", "kind", &CREDIT_KINDS),
        );
        registry.register(
            "credits_charged",
            "Credits charged for delivered candidates and emails, by kind",
            self.counter_by("charged", "kind", &CREDIT_KINDS),
        );
        registry.register(
            "credits_released",
            "Held credits given back unused, by kind",
            self.counter_by("released", "kind", &CREDIT_KINDS),
        );

        let tasks = [
            ExecuteRunPass::NAME,
            ExecuteEnrichment::NAME,
            DeliverWebhookEvent::NAME,
        ];
        let depth = Family::<Labels, Gauge>::default();
        let oldest = Family::<Labels, Gauge<f64, std::sync::atomic::AtomicU64>>::default();
        for task in tasks {
            for state in TASK_STATES {
                depth.get_or_create_owned(&vec![
                    ("task", task.to_owned()),
                    ("state", state.to_owned()),
                ]);
            }
            oldest.get_or_create_owned(&vec![("task", task.to_owned())]);
        }
        for row in self.values("tasks") {
            depth
                .get_or_create(&vec![
                    ("task", row.label.clone()),
                    ("state", row.state.clone()),
                ])
                .set(as_i64(row.value));
        }
        for row in self.values("oldest") {
            oldest
                .get_or_create(&vec![("task", row.label.clone())])
                .set(row.value.max(0.0));
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

#[expect(
    clippy::cast_possible_truncation,
    reason = "counts and credit sums are integers well inside i64"
)]
fn as_i64(value: f64) -> i64 {
    value.round() as i64
}

#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "non-negative integer sums well inside u64"
)]
fn as_u64(value: f64) -> u64 {
    value.max(0.0).round() as u64
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
    let snapshot = Snapshot::load(&state).await?;
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
