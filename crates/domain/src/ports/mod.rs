//! Port traits: what the domain needs from the outside world.
//!
//! Every tenant-scoped method takes the company id; another company's record MUST look exactly
//! like a missing one.

pub mod api_key_repository;
pub mod card_renderer;
pub mod clock;
pub mod company_repository;
pub mod credit_ledger;
pub mod enrichment_repository;
pub mod operations_stats;
pub mod people_search;
pub mod profile_enricher;
pub mod run_repository;
pub mod text_embedder;
pub mod webhook_repository;
pub mod webhook_sender;

pub use api_key_repository::ApiKeyRepository;
pub use card_renderer::{CardRenderError, CardRenderer, CardTheme};
pub use clock::{Clock, SystemClock};
pub use company_repository::CompanyRepository;
pub use credit_ledger::CreditLedger;
pub use enrichment_repository::EnrichmentRepository;
pub use operations_stats::{CreditTotals, OldestDue, OperationsStats, OpsSnapshot, TaskDepth};
pub use people_search::{
    NearestRequest, PeopleSearch, SearchError, SearchHit, SearchRequest, SearchResults,
};
pub use profile_enricher::{DiscoveredEmail, EnrichError, Enrichment, ProfileEnricher};
pub use run_repository::{CreateOutcome, IdempotencyClaim, RunRepository, RunStoreError};
pub use text_embedder::{Embedding, TextEmbedder};
pub use webhook_repository::{EventData, OutboxEvent, Page, WebhookRepository};
pub use webhook_sender::{OutgoingWebhook, WebhookSender};

#[cfg(any(test, feature = "mocks"))]
pub use api_key_repository::MockApiKeyRepository;
#[cfg(any(test, feature = "mocks"))]
pub use card_renderer::MockCardRenderer;
#[cfg(any(test, feature = "mocks"))]
pub use clock::MockClock;
#[cfg(any(test, feature = "mocks"))]
pub use company_repository::MockCompanyRepository;
#[cfg(any(test, feature = "mocks"))]
pub use credit_ledger::MockCreditLedger;
#[cfg(any(test, feature = "mocks"))]
pub use enrichment_repository::MockEnrichmentRepository;
#[cfg(any(test, feature = "mocks"))]
pub use operations_stats::MockOperationsStats;
#[cfg(any(test, feature = "mocks"))]
pub use people_search::MockPeopleSearch;
#[cfg(any(test, feature = "mocks"))]
pub use profile_enricher::MockProfileEnricher;
#[cfg(any(test, feature = "mocks"))]
pub use run_repository::MockRunRepository;
#[cfg(any(test, feature = "mocks"))]
pub use text_embedder::MockTextEmbedder;
#[cfg(any(test, feature = "mocks"))]
pub use webhook_repository::MockWebhookRepository;
#[cfg(any(test, feature = "mocks"))]
pub use webhook_sender::MockWebhookSender;
