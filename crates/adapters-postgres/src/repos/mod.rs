//! Repository adapters, one per port.

pub mod api_keys;
pub mod companies;
pub mod credit_ledger;
pub mod enrichments;
pub mod operations_stats;
pub mod runs;
pub mod stored_candidate;
pub mod stored_icp;
pub mod stored_item;
pub mod stored_profile;
pub mod webhooks;

pub use api_keys::PgApiKeyRepository;
pub use companies::PgCompanyRepository;
pub use credit_ledger::PgCreditLedger;
pub use enrichments::PgEnrichmentRepository;
pub use operations_stats::PgOperationsStats;
pub use runs::{PassScheduler, PgRunRepository};
pub use webhooks::PgWebhookRepository;
