//! The configured email-discovery backend, and the per-profile time budget around it.

use std::time::Duration;

use sourcing_adapters_enrich::{HttpEnricher, LocalEnricher};
use sourcing_domain::ports::{EnrichError, Enrichment, ProfileEnricher};
use sourcing_domain::profile::Profile;

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
