//! In-memory fakes of the storage ports, behaving like the Postgres adapters.
//!
//! The fakes share one store behind a `std::sync::Mutex` (make the ledger, the key and the run
//! repositories from the company repository), and every operation does its reading, checking and
//! writing under a single lock, so concurrent reservations can never overdraw a balance.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, SubsecRound, Utc};
use sourcing_domain::api_key::ApiKey;
use sourcing_domain::company::Company;
use sourcing_domain::credits::{Reservation, UsageKind};
use sourcing_domain::ids::CompanyId;

mod api_keys;
mod companies;
mod credit_ledger;
mod enrichments;
mod operations_stats;
mod runs;
mod text_embedder;
// webhooks: the repository fake and the recording sender
mod webhook_sender;
mod webhooks;

pub use api_keys::InMemoryApiKeyRepository;
pub use companies::InMemoryCompanyRepository;
pub use credit_ledger::InMemoryCreditLedger;
pub use enrichments::InMemoryEnrichmentRepository;
pub use operations_stats::InMemoryOperationsStats;
pub use runs::InMemoryRunRepository;
pub use text_embedder::HashedWordsEmbedder;
pub use webhook_sender::RecordingWebhookSender;
pub use webhooks::InMemoryWebhookRepository;

/// A reservation as stored: `newly_created` is always false here.
#[derive(Debug, Clone)]
struct Held {
    reservation: Reservation,
    prepaid: bool,
}

/// Credits charged at a settlement (what `usage` sums).
#[derive(Debug, Clone)]
struct Charge {
    company: CompanyId,
    kind: UsageKind,
    used: i64,
    at: DateTime<Utc>,
}

/// Everything the fakes store; the company's `balance` field is the ledger balance.
#[derive(Debug, Default)]
struct Store {
    companies: HashMap<CompanyId, Company>,
    grant_keys: HashSet<(CompanyId, String)>,
    reservations: HashMap<(CompanyId, String), Held>,
    charges: Vec<Charge>,
    /// In creation order.
    api_keys: Vec<ApiKey>,
    /// Runs, their sessions and idempotency keys.
    runs: runs::RunTables,
    /// Webhooks, their deliveries and the outbox events they deliver.
    webhooks: webhooks::WebhookTables,
    /// Enrichment runs.
    enrichments: enrichments::EnrichmentTables,
}

#[derive(Debug, Clone, Default)]
struct Shared(Arc<Mutex<Store>>);

impl Shared {
    /// The store, even if another thread panicked while holding it (tests report that panic).
    fn lock(&self) -> MutexGuard<'_, Store> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Now, at the microsecond precision Postgres stores.
fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}
