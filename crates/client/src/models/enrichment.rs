//! Enrichment: `POST /sourcing/enrich` and `GET /sourcing/enrich/{id}/results`.

pub use sourcing_api_types::enrichment::{
    EmailDetail, EnrichedItem, EnrichmentAccepted, EnrichmentResults,
};

/// Body of `POST /sourcing/enrich` (`Enrich::new(ids).webhook_id(id)`).
pub type Enrich = sourcing_api_types::enrichment::EnrichBody;
