//! A typed async client of the Sourcing API (reqwest, rustls with ring, no OpenSSL).
//!
//! Every route has a method returning [`Response<T>`]: the typed body, the HTTP status, the
//! endpoint's rate-limit state ([`RateLimit`], from `X-RateLimit-*-Minute`) and the request id.
//! Refusals are [`ClientError::Api`] with the contract's code as an [`ApiErrorCode`], so callers
//! branch on meaning. Response types accept unknown fields and default missing ones, so a newer
//! server does not break an older client.
//!
//! Every JSON body is sent as `application/json`, so `415 UNSUPPORTED_MEDIA_TYPE` cannot happen
//! through this client (the variant exists for completeness).
//!
//! # Source candidates, wait, patch and read them
//!
//! ```no_run
//! use sourcing_client::{Client, ClientError, CreateRun, PatchRun, WaitOptions};
//!
//! # async fn run() -> Result<(), ClientError> {
//! let client = Client::new("http://127.0.0.1:8080", "sk_live_...")?;
//! let ad = CreateRun::new(
//!     "Senior Site Reliability Engineer",
//!     "Kubernetes, Terraform and Go on AWS. 5+ years. Prometheus is a plus.",
//! )
//! .location("Berlin, Germany")
//! .limit(10);
//! // the same key and body within 24 h start nothing new
//! let accepted = client.create_run(&ad, Some("ats-job-4711")).await?;
//! if let Some(limit) = accepted.rate_limit {
//!     println!("{} of {} run creations left this minute", limit.remaining, limit.limit);
//! }
//! let run_id = accepted.data.request_id;
//! let done = client.wait_for_run(&run_id, WaitOptions::default()).await?;
//! for candidate in &done.data.candidates {
//!     println!("{} {} — {}", candidate.match_score, candidate.name, candidate.rationale);
//! }
//! client
//!     .patch_run(&run_id, &PatchRun::query("also consider Go developers").limit(5))
//!     .await?;
//! let again = client.wait_for_run(&run_id, WaitOptions::default()).await?;
//! println!("{} candidates in the session", again.data.candidates_sourced_count);
//! # Ok(())
//! # }
//! ```
//!
//! # Typed errors
//!
//! ```no_run
//! use std::time::Duration;
//! use sourcing_client::{ApiErrorCode, Client, ClientError, PatchRun};
//!
//! # async fn run(client: &Client, id: &str) -> Result<(), ClientError> {
//! match client.patch_run(id, &PatchRun::default().limit(5)).await {
//!     Ok(accepted) => println!("pass started on {}", accepted.data.request_id),
//!     Err(err) if err.code() == Some(&ApiErrorCode::RunInProgress) => {
//!         println!("a pass is still running; wait for it first");
//!     }
//!     Err(ClientError::Api { code: ApiErrorCode::RateLimitExceeded, retry_after, .. }) => {
//!         tokio::time::sleep(retry_after.unwrap_or(Duration::from_secs(1))).await;
//!     }
//!     Err(ClientError::Api { code: ApiErrorCode::InsufficientFunds, details, .. }) => {
//!         println!("top up: {details:?}");
//!     }
//!     Err(other) => return Err(other),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Emails, cards and webhooks
//!
//! ```no_run
//! use std::time::Duration;
//! use sourcing_client::{CardTheme, Client, ClientError, Enrich, NewWebhook, RenderHtml, WaitOptions};
//!
//! # async fn run() -> Result<(), ClientError> {
//! let client = Client::builder("https://sourcing.example.com", "sk_live_...")
//!     .timeout(Duration::from_secs(10))
//!     .user_agent("my-ats/2.1")
//!     .build()?;
//! let hook = client
//!     .create_webhook(&NewWebhook::new(
//!         "https://hooks.example.com/ats",
//!         ["ENRICH_COMPLETED", "ENRICH_FAILED"],
//!     ))
//!     .await?;
//! println!("store this secret now: {}", hook.data.signing_secret);
//! let accepted = client
//!     .enrich(&Enrich::new(["syn-000123", "syn-004567"]).webhook_id(hook.data.webhook.id))
//!     .await?;
//! let enriched = client
//!     .wait_for_enrichment(&accepted.data.request_id, WaitOptions::default())
//!     .await?;
//! for item in &enriched.data.data {
//!     let emails: Vec<&str> = item.email_details.iter().map(|e| e.address.as_str()).collect();
//!     println!("{}: {emails:?} {:?}", item.profile_id, item.error_code);
//! }
//! let cards = client
//!     .render_html(&RenderHtml::new(["syn-000123"]).theme(CardTheme::Light))
//!     .await?;
//! println!("{} cards", cards.data.rendered_count);
//! # Ok(())
//! # }
//! ```
//!
//! A complete program is `examples/source_and_enrich.rs`
//! (`SOURCING_URL=… SOURCING_KEY=… cargo run -p sourcing-client --example source_and_enrich`).

mod client;
mod error;
pub mod models;
mod response;
mod wait;

pub use client::{Client, ClientBuilder};
pub use error::{ApiErrorCode, ClientError};
pub use models::billing::{CreditsUsed, Period, Usage};
pub use models::cards::{Card, CardTheme, RenderHtml, RenderedCards};
pub use models::enrichment::{
    EmailDetail, Enrich, EnrichedItem, EnrichmentAccepted, EnrichmentResults,
};
pub use models::health::Health;
pub use models::runs::{
    Candidate, CreateRun, ExperienceEntry, Icp, PatchRun, RationaleEntry, RunAccepted, RunResults,
    RunStatus, ScoreBreakdown, SearchStep, SkillRequirement,
};
pub use models::webhooks::{
    CreatedWebhook, Delivery, DeliveryAttempt, DeliveryPage, HeaderInput, MaskedHeader, NewWebhook,
    Webhook, WebhookList, WebhookUpdate,
};
pub use response::{RateLimit, Response};
pub use wait::WaitOptions;
