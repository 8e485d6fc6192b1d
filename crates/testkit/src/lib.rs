//! Test-only support shared by the adapter and app crates: object_store-style contract suites,
//! one per port, that every implementation (in-memory fake and real adapter) must pass.
//!
//! Use it as a dev-dependency only; nothing here belongs in a production binary.

pub mod fake_search_server;
pub mod people_search;

// profile enrichment: the contract suite and the fake People-Data-Labs-style provider
pub mod fake_enrich_server;
pub mod profile_enricher;

pub mod api_key_repository;
pub mod company_repository;
pub mod credit_ledger;
pub mod enrichment_repository;
pub mod memory;
pub mod operations_stats;
pub mod run_repository;
// text embedding: the contract suite (the fake is in `memory`)
pub mod text_embedder;

// webhooks: the repository and sender contracts, and the test receiver
pub mod webhook_receiver;
pub mod webhook_repository;
pub mod webhook_sender;

pub use api_key_repository::api_key_repository_contract;
pub use company_repository::company_repository_contract;
pub use credit_ledger::credit_ledger_contract;
pub use enrichment_repository::enrichment_repository_contract;
pub use operations_stats::{OpsStores, operations_stats_contract};
pub use profile_enricher::profile_enricher_contract;
pub use run_repository::{RunEffects, RunEvent, run_repository_contract};
pub use text_embedder::text_embedder_contract;
pub use webhook_receiver::{Received, Receiver, Reply};
pub use webhook_repository::{ManualClock, OutboxWriter, webhook_repository_contract};
pub use webhook_sender::webhook_sender_contract;
