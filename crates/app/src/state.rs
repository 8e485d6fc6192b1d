//! Everything a request handler needs, built once at start and shared by all workers.

use sourcing_adapters_postgres::{
    PgApiKeyRepository, PgCompanyRepository, PgCreditLedger, PgOperationsStats, PgPool,
};
use sourcing_domain::ports::SystemClock;
use sourcing_domain::services::{Authenticator, BillingService};

use std::sync::Arc;

use actix_web::web;
use sourcing_domain::ids::{CompanyId, RunId};

use crate::cache::{CachedKeys, TtlCache};
use crate::config::Config;
use crate::http::rate_limit::RateLimits;
use crate::metrics::Metrics;
use crate::startup::{AppCards, AppEnrichments, AppSourcing, AppWebhooks};

/// Shared application state.
pub struct AppState {
    /// Effective configuration.
    pub config: Config,
    /// Database pool.
    pub pool: PgPool,
    /// API-key authentication.
    pub auth: Authenticator<CachedKeys<PgApiKeyRepository>, SystemClock>,
    /// Serialized bodies of completed or failed runs, by company and run (see `cache`).
    pub results_cache: TtlCache<(CompanyId, RunId), web::Bytes>,
    /// The billing use cases (usage reports).
    pub billing: BillingService<PgCompanyRepository, PgCreditLedger, SystemClock>,
    /// Per-key rate limits.
    pub rate_limits: RateLimits,
    /// The sourcing use cases (shared with the workers).
    pub sourcing: Arc<AppSourcing>,
    /// The webhook use cases (shared with the workers).
    pub webhooks: Arc<AppWebhooks>,
    /// HTML candidate cards.
    pub cards: AppCards,
    /// The enrichment use cases (shared with the workers).
    pub enrichments: Arc<AppEnrichments>,
    /// Prometheus metrics (`GET /metrics`), fed by the middleware and the decorated adapters.
    pub metrics: Arc<Metrics>,
    /// The store's counts for `GET /metrics` and its answer for `GET /readyz`.
    pub ops: PgOperationsStats,
}
