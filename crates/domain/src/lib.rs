//! Pure domain of the Sourcing API: tenancy, billing, ICP and matching rules, behind port traits.
//!
//! Nothing here performs I/O; adapters implement the traits in [`ports`].

pub mod api_key;
pub mod company;
pub mod credits;
pub mod enrichment;
pub mod errors;
pub mod icp;
pub mod ids;
pub mod matching;
pub mod ports;
pub mod profile;
pub mod search;
pub mod services;
pub mod sourcing;
pub mod taxonomy;
pub mod webhooks;
