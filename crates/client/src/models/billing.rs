//! `GET /billing/usage`.

pub use sourcing_api_types::billing::{CreditsUsed, Period, Usage};
