//! Use cases, generic over the ports they need.

pub mod auth;
pub mod billing;
pub mod cards;
pub mod enrichment;
pub mod sourcing;
pub mod webhooks;

pub use auth::{AuthError, Authenticator, Principal};
pub use billing::{BillingService, CompanyUsage, UsageError, UsagePeriod};
pub use cards::{CardOutcome, CardService, CardsError, validate_profile_ids};
pub use enrichment::{EnrichmentReport, EnrichmentService};
pub use sourcing::{PassReport, PipelineSettings, SourcingError, SourcingService};
pub use webhooks::{
    DeliveryStep, RenderData, RunWebhookError, WebhookError, WebhookService, WebhookSettings,
};
