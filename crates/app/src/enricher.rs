//! The configured email-discovery backend, and the per-profile time budget around it.

use std::sync::Arc;
use std::time::{Duration, Instant};

use sourcing_adapters_enrich::{HttpEnricher, LocalEnricher};
use sourcing_domain::ports::{EnrichError, Enrichment, ProfileEnricher};
use sourcing_domain::profile::Profile;

use crate::metrics::Metrics;

/// One of the enricher adapters, chosen by configuration.
pub enum AnyEnricher {
    /// Observed company patterns, in process.
    Local(LocalEnricher),
    /// A provider over HTTP.
    Http(Box<HttpEnricher>),
}

impl ProfileEnricher for AnyEnricher {
    async fn enrich(&self, profile: &Profile) -> Result<Enrichment, EnrichError> {
        match self {
            AnyEnricher::Local(local) => local.enrich(profile).await,
            AnyEnricher::Http(http) => http.enrich(profile).await,
        }
    }
}

/// Gives every profile its own time budget: a slow profile fails alone (transient, free)
/// instead of holding up its batch.
pub struct TimeBoxed<E> {
    inner: E,
    budget: Duration,
}

impl<E> TimeBoxed<E> {
    /// Wraps an enricher with a per-profile budget.
    pub fn new(inner: E, budget: Duration) -> Self {
        Self { inner, budget }
    }
}

impl<E: ProfileEnricher> ProfileEnricher for TimeBoxed<E> {
    async fn enrich(&self, profile: &Profile) -> Result<Enrichment, EnrichError> {
        match tokio::time::timeout(self.budget, self.inner.enrich(profile)).await {
            Ok(result) => result,
            Err(_) => Err(EnrichError::Unavailable(format!(
                "no answer within {} ms",
                self.budget.as_millis()
            ))),
        }
    }
}

/// Times every profile's discovery into the metrics, by outcome (the adapters stay unaware).
pub struct Observed<E> {
    inner: E,
    metrics: Arc<Metrics>,
}

impl<E> Observed<E> {
    /// Wraps an enricher, recording into `metrics`.
    pub fn new(inner: E, metrics: Arc<Metrics>) -> Self {
        Self { inner, metrics }
    }
}

impl<E: ProfileEnricher> ProfileEnricher for Observed<E> {
    async fn enrich(&self, profile: &Profile) -> Result<Enrichment, EnrichError> {
        let started = Instant::now();
        let result = self.inner.enrich(profile).await;
        let outcome = match &result {
            Ok(_) => "found",
            Err(EnrichError::Unavailable(_)) => "unavailable",
            Err(_) => "not_found",
        };
        self.metrics.observe_enrichment(outcome, started.elapsed());
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Slow;

    impl ProfileEnricher for Slow {
        async fn enrich(&self, _profile: &Profile) -> Result<Enrichment, EnrichError> {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            Ok(Enrichment::default())
        }
    }

    #[tokio::test]
    async fn a_slow_profile_fails_alone_when_its_budget_ends() {
        // the inner enricher would take an hour; the budget ends it
        let boxed = TimeBoxed::new(Slow, Duration::from_millis(50));
        let err = boxed.enrich(&Profile::default()).await.unwrap_err();
        assert_eq!(err.code(), "PROVIDER_TEMPORARILY_UNAVAILABLE");
    }
}
