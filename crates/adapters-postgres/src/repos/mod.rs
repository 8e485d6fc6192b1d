//! Repository adapters, one per port.

pub mod api_keys;
pub mod companies;
pub mod credit_ledger;

pub use api_keys::PgApiKeyRepository;
pub use companies::PgCompanyRepository;
pub use credit_ledger::PgCreditLedger;
