//! Builds the application from configuration (adapters, use cases, background workers, the
//! HTTP server); tests start it on port 0.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use sourcing_adapters_cards::TeraCardRenderer;
use sourcing_adapters_embed::StaticEmbedder;
use sourcing_adapters_enrich::{HttpEnricher, HttpEnricherConfig, LocalEnricher};
use sourcing_adapters_postgres::{
    PgApiKeyRepository, PgCompanyRepository, PgCreditLedger, PgEnrichmentRepository,
    PgOperationsStats, PgPool, PgRunRepository, PgWebhookRepository, SecretBox, build_pool,
};
use sourcing_adapters_search::{
    AnyPeopleSearch, HttpPeopleSearch, HttpSearchConfig, IndexOrigin, LocalPeopleSearch,
};
use sourcing_adapters_webhooks::HttpWebhookSender;
use sourcing_domain::api_key::KeyHasher;
use sourcing_domain::matching::meaning::{BACKGROUND_SAMPLE, MeaningUses};
use sourcing_domain::ports::{EventData, SystemClock, TextEmbedder};
use sourcing_domain::profile::Profile;
use sourcing_domain::services::{
    Authenticator, BillingService, CardService, EnrichmentService, PipelineSettings, RenderData,
    SourcingService, WebhookService, WebhookSettings,
};
use sourcing_domain::sourcing::Retention;
use sourcing_domain::taxonomy::Taxonomy;
use sourcing_domain::webhooks::UrlPolicy;
use sourcing_worker::{Runner, RunnerHandle};

use crate::cache::{CachedKeys, TtlCache};
use crate::config::{Config, EnrichmentBackend, SearchBackend, SearchConfig};
use crate::enricher::{AnyEnricher, Observed, TimeBoxed};
use crate::http::rate_limit::RateLimits;
use crate::http::request_id::request_context;
use crate::http::routes::{allow, configure, not_found};
use crate::http::views::{enrichment_json, run_results_body};
use crate::metrics::{Metrics, ObservedSearch, track_requests};
use crate::state::AppState;
use crate::tasks::{DeliverWebhookEvent, ExecuteEnrichment, ExecuteRunPass, QueueScheduler};

/// The sourcing service as the app assembles it.
pub type AppSourcing = SourcingService<
    PgRunRepository<QueueScheduler>,
    PgCompanyRepository,
    ObservedSearch,
    SystemClock,
>;

/// The enrichment service as the app assembles it.
pub type AppEnrichments = EnrichmentService<
    PgEnrichmentRepository<QueueScheduler>,
    PgRunRepository<QueueScheduler>,
    PgCompanyRepository,
    Observed<TimeBoxed<AnyEnricher>>,
>;

/// The card service as the app assembles it.
pub type AppCards = CardService<PgRunRepository<QueueScheduler>, TeraCardRenderer>;

/// The webhook service as the app assembles it.
pub type AppWebhooks = WebhookService<PgWebhookRepository, HttpWebhookSender, SystemClock>;

/// A built, bound, not yet running server.
pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
}

/// Builds the database pool described by the configuration.
pub fn pool_from(config: &Config) -> anyhow::Result<PgPool> {
    build_pool(
        config.database.url.expose(),
        config.database.pool_size,
        Duration::from_millis(config.database.connect_timeout_ms),
    )
    .context("building the database pool")
}

/// Builds the shared state: adapters, authenticator, limiters, the sourcing service.
pub fn build_state(config: Config, pool: PgPool) -> anyhow::Result<AppState> {
    let hasher = KeyHasher::new(config.security.key_pepper.expose().as_bytes());
    let metrics = Arc::new(Metrics::new());
    let search = ObservedSearch::new(build_search(&config)?, metrics.clone());
    let sourcing = Arc::new(build_sourcing(&config, pool.clone(), search));
    let webhooks = Arc::new(build_webhooks(&config, pool.clone())?);
    let enrichments = Arc::new(build_enrichments(&config, pool.clone(), metrics.clone())?);
    let cache_ttl = Duration::from_millis(config.cache.ttl_ms);
    let cache_size = config.cache.capacity;
    Ok(AppState {
        enrichments,
        sourcing,
        webhooks,
        cards: CardService::new(
            PgRunRepository::new(pool.clone(), QueueScheduler),
            TeraCardRenderer::new()
                .map_err(|e| anyhow::anyhow!("loading the card templates: {e}"))?,
            retention(&config),
        ),
        auth: Authenticator::new(
            CachedKeys::new(PgApiKeyRepository::new(pool.clone()), cache_ttl, cache_size),
            SystemClock,
            hasher,
        ),
        results_cache: TtlCache::new(cache_ttl, cache_size),
        billing: BillingService::new(
            PgCompanyRepository::new(pool.clone()),
            PgCreditLedger::new(pool.clone()),
            SystemClock,
        ),
        rate_limits: RateLimits::new(&config.rate_limits),
        metrics,
        ops: PgOperationsStats::new(pool.clone()),
        pool,
        config,
    })
}

/// The local index of `search.corpus`: in memory when `search.index_dir` is empty, otherwise
/// opened from (or first built into) its folder there, which the log says.
pub fn open_local_index(search: &SearchConfig) -> anyhow::Result<LocalPeopleSearch> {
    let context = || format!("loading search.corpus = {}", search.corpus.display());
    if search.index_dir.as_os_str().is_empty() {
        return LocalPeopleSearch::from_path(&search.corpus).with_context(context);
    }
    let started = std::time::Instant::now();
    let index = LocalPeopleSearch::from_path_with_index_dir(&search.corpus, &search.index_dir)
        .with_context(context)?;
    let elapsed_ms = started.elapsed().as_millis() as u64;
    match index.index_origin() {
        IndexOrigin::Built(dir) => tracing::info!(dir = %dir.display(), elapsed_ms,
            "no index for this corpus yet: built it"),
        IndexOrigin::Reused(dir) => tracing::info!(dir = %dir.display(), elapsed_ms,
            "people index reused"),
        IndexOrigin::Memory => {}
    }
    Ok(index)
}

/// Builds the configured people index (loading the local corpus once).
pub fn build_search(config: &Config) -> anyhow::Result<AnyPeopleSearch> {
    let search = &config.search;
    Ok(match search.backend {
        SearchBackend::Local => {
            let mut index = open_local_index(search)?;
            if let Some(model) = meaning_model(config)?.filter(|_| search.meaning) {
                let started = std::time::Instant::now();
                index = index.with_meaning(model.as_ref());
                tracing::info!(
                    model = model.model_id(),
                    elapsed_ms = started.elapsed().as_millis() as u64,
                    "profile vectors computed"
                );
            }
            let report = index.load_report();
            tracing::info!(
                profiles = index.len(),
                profile_shape = report.profiles,
                people_data_labs = report.people_data_labs,
                json_resume = report.json_resume,
                skipped = report.skipped(),
                "local people index loaded"
            );
            AnyPeopleSearch::Local(index)
        }
        SearchBackend::Http => {
            let mut http = HttpSearchConfig::new(search.url.clone());
            http.timeout = Duration::from_millis(search.timeout_ms);
            http.max_retries = search.max_retries;
            http.backoff_base = Duration::from_millis(search.backoff_base_ms);
            http.max_retry_after = Duration::from_millis(search.max_retry_after_ms);
            http.breaker_failure_threshold = search.breaker_failure_threshold;
            http.breaker_cool_down = Duration::from_millis(search.breaker_cool_down_ms);
            AnyPeopleSearch::Http(
                HttpPeopleSearch::new(http).context("building the search.url client")?,
            )
        }
    })
}

/// Which uses of meaning the configuration switches on (the rung only over the local index,
/// the one that holds vectors).
pub fn meaning_uses(config: &Config) -> MeaningUses {
    let search = &config.search;
    MeaningUses {
        rung: search.meaning && search.backend == SearchBackend::Local,
        title: search.meaning_title,
        score: search.meaning_score,
        guard: search.meaning_guard,
    }
}

/// The text model, loaded once per process: `None` when every use of meaning is off.
pub fn meaning_model(config: &Config) -> anyhow::Result<Option<Arc<StaticEmbedder>>> {
    static MODEL: std::sync::OnceLock<Arc<StaticEmbedder>> = std::sync::OnceLock::new();
    let search = &config.search;
    if meaning_uses(config) == MeaningUses::none() {
        return Ok(None);
    }
    if let Some(model) = MODEL.get() {
        return Ok(Some(model.clone()));
    }
    let model = Arc::new(
        StaticEmbedder::from_path(&search.model)
            .with_context(|| format!("loading search.model = {}", search.model.display()))?,
    );
    Ok(Some(MODEL.get_or_init(|| model).clone()))
}

/// Assembles the sourcing service over the pool and a people index (timed for the metrics).
pub fn build_sourcing(
    config: &Config,
    pool: PgPool,
    search: impl Into<ObservedSearch>,
) -> AppSourcing {
    let search: ObservedSearch = search.into();
    let background: Vec<Profile> = search
        .local()
        .map(|l| l.sample(BACKGROUND_SAMPLE).into_iter().cloned().collect())
        .unwrap_or_default();
    let service = SourcingService::new(
        PgRunRepository::new(pool.clone(), QueueScheduler),
        PgCompanyRepository::new(pool),
        search,
        SystemClock,
        Taxonomy::bundled(),
        PipelineSettings {
            min_match_score: config.pipeline.min_match_score,
            search_multiplier: config.pipeline.search_multiplier,
            retention_days: config.pipeline.retention_days,
            nearby_radius_km: config.pipeline.nearby_radius_km,
        },
    );
    match meaning_model(config) {
        Ok(Some(model)) => service.with_meaning(model, meaning_uses(config), &background),
        Ok(None) => service,
        Err(e) => {
            tracing::warn!(error = %e, "matching by meaning is off: its model did not load");
            service
        }
    }
}

/// The payload `data` of an event: the same body `GET …/results` shows.
fn render_event_data(data: &EventData) -> Result<serde_json::Value, String> {
    match data {
        EventData::Run(results) => {
            serde_json::to_value(run_results_body((**results).clone())).map_err(|e| e.to_string())
        }
        EventData::Enrichment(enrichment) => enrichment_json(enrichment).map_err(|e| e.to_string()),
    }
}

/// Assembles the enrichment service: the configured email discovery, each profile time-boxed
/// and timed into `metrics`.
pub fn build_enrichments(
    config: &Config,
    pool: PgPool,
    metrics: Arc<Metrics>,
) -> anyhow::Result<AppEnrichments> {
    let settings = &config.enrichment;
    let enricher = match settings.backend {
        EnrichmentBackend::Local => {
            let local = LocalEnricher::from_path(&settings.companies).with_context(|| {
                format!(
                    "loading enrichment.companies = {}",
                    settings.companies.display()
                )
            })?;
            AnyEnricher::Local(local)
        }
        EnrichmentBackend::Http => AnyEnricher::Http(Box::new(
            HttpEnricher::new(HttpEnricherConfig::new(
                settings.url.clone(),
                settings.api_key.expose(),
            ))
            .context("building the enrichment.url client")?,
        )),
    };
    Ok(EnrichmentService::new(
        PgEnrichmentRepository::new(pool.clone(), QueueScheduler),
        PgRunRepository::new(pool.clone(), QueueScheduler),
        PgCompanyRepository::new(pool),
        Observed::new(
            TimeBoxed::new(enricher, Duration::from_millis(settings.item_timeout_ms)),
            metrics,
        ),
        retention(config),
    ))
}

/// The run retention every reader of delivered candidates applies (`pipeline.retention_days`).
fn retention(config: &Config) -> Retention {
    Retention::new(config.pipeline.retention_days, Arc::new(SystemClock))
}

/// Assembles the webhook service: the store (secrets sealed with the configured key), the
/// guarded sender, the retry schedule.
pub fn build_webhooks(config: &Config, pool: PgPool) -> anyhow::Result<AppWebhooks> {
    let hooks = &config.webhooks;
    let key = hooks
        .encryption_key(&config.security.key_pepper)
        .map_err(|e| anyhow::anyhow!("webhooks.encryption_key {e}"))?;
    let url_policy = UrlPolicy {
        allow_insecure: hooks.allow_insecure_urls,
    };
    let retry = hooks
        .retry_policy()
        .map_err(|e| anyhow::anyhow!("webhooks.retry_delays_ms: {e}"))?;
    let sender = HttpWebhookSender::new(url_policy).context("building the webhook client")?;
    let render: RenderData = Arc::new(render_event_data);
    Ok(WebhookService::new(
        PgWebhookRepository::new(pool, SecretBox::new(key)),
        sender,
        SystemClock,
        WebhookSettings { url_policy, retry },
        render,
    ))
}

/// The use cases the background tasks run.
pub struct Services {
    /// Run passes.
    pub sourcing: Arc<AppSourcing>,
    /// Webhook deliveries.
    pub webhooks: Arc<AppWebhooks>,
    /// Enrichment batches.
    pub enrichments: Arc<AppEnrichments>,
}

impl Services {
    /// Builds every service the workers need (the `sourcing worker` process has no HTTP state,
    /// so its in-process metrics are not exposed; the database-backed families cover its work).
    pub fn build(config: &Config, pool: PgPool) -> anyhow::Result<Services> {
        let metrics = Arc::new(Metrics::new());
        let search = ObservedSearch::new(build_search(config)?, metrics.clone());
        Ok(Services {
            sourcing: Arc::new(build_sourcing(config, pool.clone(), search)),
            webhooks: Arc::new(build_webhooks(config, pool.clone())?),
            enrichments: Arc::new(build_enrichments(config, pool, metrics)?),
        })
    }
}

/// A task runner for the pipeline's tasks, configured but not started.
pub fn build_runner(config: &Config, pool: PgPool, services: &Services) -> Runner {
    let worker = &config.worker;
    Runner::new(pool, config.database.url.expose().to_owned())
        .register::<ExecuteRunPass>(services.sourcing.clone())
        .register::<DeliverWebhookEvent>(services.webhooks.clone())
        .register::<ExecuteEnrichment>(services.enrichments.clone())
        .concurrency(worker.concurrency)
        .lease(Duration::from_secs(worker.lease_secs))
        .poll_interval(Duration::from_millis(worker.poll_interval_ms))
        .backoff(
            Duration::from_millis(worker.backoff_base_ms),
            Duration::from_millis(worker.backoff_max_ms),
        )
        .shutdown_timeout(Duration::from_secs(config.server.shutdown_timeout_secs))
}

/// Resolves on the first SIGTERM or SIGINT (Ctrl-C elsewhere): the cue for a graceful stop.
/// If the handlers cannot be installed it never resolves (the process is then stopped hard).
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) {
            (Ok(mut term), Ok(mut int)) => {
                tokio::select! {
                    _ = term.recv() => tracing::info!("SIGTERM received: shutting down"),
                    _ = int.recv() => tracing::info!("SIGINT received: shutting down"),
                }
            }
            (Err(e), _) | (_, Err(e)) => {
                tracing::warn!("cannot listen for shutdown signals: {e}");
                std::future::pending::<()>().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
        tracing::info!("Ctrl-C received: shutting down");
    }
}

/// Starts workers on the current runtime.
pub fn start_workers(config: &Config, pool: PgPool, services: &Services) -> RunnerHandle {
    tracing::info!(
        concurrency = config.worker.concurrency,
        "starting background workers"
    );
    build_runner(config, pool, services).start()
}

impl Application {
    /// Binds the listener and assembles the app (nothing runs until `run_until_stopped`).
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        let pool = pool_from(&config)?;
        let listener = TcpListener::bind(config.server.bind)
            .with_context(|| format!("binding server.bind = {}", config.server.bind))?;
        let port = listener
            .local_addr()
            .context("reading the bound address")?
            .port();
        let workers = config.server.workers;
        let shutdown = config.server.shutdown_timeout_secs;
        let state = web::Data::new(build_state(config, pool)?);
        let shared = state.clone();
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(shared.clone())
                .wrap(from_fn(track_requests))
                .wrap(from_fn(request_context))
                .service(
                    web::resource("/metrics")
                        .route(web::get().to(crate::metrics::metrics))
                        .default_service(allow("GET")),
                )
                .configure(configure)
                .default_service(web::to(not_found))
        })
        .shutdown_timeout(shutdown)
        // Signals are ours (`run_until`), so HTTP and workers drain together.
        .disable_signals()
        .listen(listener)
        .context("starting the HTTP listener")?;
        if workers > 0 {
            server = server.workers(workers);
        }
        Ok(Application {
            port,
            server: server.run(),
            state,
        })
    }

    /// The bound port (useful when configured with port 0).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The shared state, for background tasks started beside the server.
    pub fn state(&self) -> Arc<AppState> {
        self.state.clone().into_inner()
    }

    /// Serves until SIGTERM or SIGINT, then shuts down gracefully (see `run_until`).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves (with workers, when configured) until `stop` resolves, then stops accepting,
    /// lets in-flight requests finish within `server.shutdown_timeout_secs` while the workers
    /// finish their current step or give their leases back, and returns.
    pub async fn run_until(self, stop: impl Future<Output = ()>) -> std::io::Result<()> {
        let workers = self.state.config.worker.run_in_serve.then(|| {
            start_workers(
                &self.state.config,
                self.state.pool.clone(),
                &Services {
                    sourcing: self.state.sourcing.clone(),
                    webhooks: self.state.webhooks.clone(),
                    enrichments: self.state.enrichments.clone(),
                },
            )
        });
        let state = self.state.clone();
        let sweeper = tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                state.rate_limits.retain_recent();
            }
        });
        let handle = self.server.handle();
        let mut server = self.server;
        let result = tokio::select! {
            result = &mut server => {
                sweeper.abort();
                if let Some(workers) = workers {
                    workers.shutdown().await;
                }
                result
            }
            () = stop => {
                sweeper.abort();
                let drain_workers = async {
                    if let Some(workers) = workers {
                        workers.shutdown().await;
                    }
                };
                // The server future must keep running: it carries out the stop.
                let (result, (), ()) = tokio::join!(server, handle.stop(true), drain_workers);
                result
            }
        };
        tracing::info!("stopped");
        result
    }
}
