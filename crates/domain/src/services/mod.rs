//! Use cases, generic over the ports they need.

pub mod auth;
pub mod billing;
pub mod sourcing;

pub use auth::{AuthError, Authenticator, Principal};
pub use billing::{BillingService, CompanyUsage, UsageError, UsagePeriod};
pub use sourcing::{PassReport, PipelineSettings, SourcingError, SourcingService};
