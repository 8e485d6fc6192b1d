//! The request and response bodies of the Sourcing API, in one crate that the server and its
//! clients share (after Lemmy's `api_common`), so a field is described once.
//!
//! Request bodies are loose on purpose (`Option<String>`, `Option<i64>`): the server validates
//! them itself so every problem is answered with the contract's field-level message, and
//! refuses unknown fields. Response bodies are typed (`DateTime<Utc>`, `Uuid`) and tolerant:
//! missing fields take defaults and unknown ones are ignored, so an older client survives
//! additive changes. Timestamps are written as RFC 3339, UTC, milliseconds.

pub mod billing;
pub mod cards;
pub mod enrichment;
pub mod error;
pub mod health;
pub mod runs;
pub mod time;
pub mod webhooks;

pub use billing::{CreditsUsed, Period, Usage, UsageQuery};
pub use cards::{Card, CardTheme, RenderHtmlBody, RenderedCards};
pub use enrichment::{
    EmailDetail, EnrichBody, EnrichedItem, EnrichmentAccepted, EnrichmentResults,
};
pub use error::{ErrorBody, ErrorDetail};
pub use health::Health;
pub use runs::{
    Candidate, CreateRunBody, ExperienceEntry, Icp, IcpLocation, MaybeAbsent, PatchRunBody,
    PlaceAlternative, RationaleEntry, RunAccepted, RunResults, RunStatus, ScoreBreakdown,
    SearchStep, SkillRequirement,
};
pub use webhooks::{
    CreatedWebhook, Delivery, DeliveryAttempt, DeliveryPage, EventName, HeaderBody, MaskedHeader,
    PageQuery, Webhook, WebhookBody, WebhookList,
};
