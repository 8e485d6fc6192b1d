//! Postgres adapters for the storage ports: companies, API keys, the credit ledger, runs,
//! webhooks, and the operators' counts (metrics and readiness).

pub mod crypto;
pub mod errors;
pub mod migrations;
pub mod pool;
pub mod repos;
pub mod schema;

pub use crypto::SecretBox;
pub use pool::{PgPool, VERIFY_IDLE_AFTER, build_pool, checkout};
pub use repos::{
    PassScheduler, PgApiKeyRepository, PgCompanyRepository, PgCreditLedger, PgEnrichmentRepository,
    PgOperationsStats, PgRunRepository, PgWebhookRepository,
};
