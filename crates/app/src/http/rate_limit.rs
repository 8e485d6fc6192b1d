//! Per-key, per-endpoint rate limits (governor) and their response headers.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};
use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use sourcing_domain::ids::ApiKeyId;

use crate::config::RateLimitConfig;

/// A rate-limited endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// `POST /sourcing`.
    CreateRun,
    /// `PATCH /sourcing/{id}`.
    PatchRun,
    /// `GET /sourcing/{id}/results`.
    GetRunResults,
    /// `POST /sourcing/enrich`.
    CreateEnrichment,
    /// `GET /sourcing/enrich/{id}/results`.
    GetEnrichmentResults,
    /// `POST /sourcing/render-html`.
    RenderHtml,
    /// `GET /billing/usage`.
    BillingUsage,
}

type KeyedLimiter = RateLimiter<
    ApiKeyId,
    DefaultKeyedStateStore<ApiKeyId>,
    DefaultClock,
    StateInformationMiddleware,
>;

/// The `X-RateLimit-*-Minute` values of one response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimitHeaders {
    /// Requests allowed per minute.
    pub limit: u32,
    /// Requests left right now.
    pub remaining: u32,
    /// Unix second at which the full allowance is back.
    pub reset: u64,
}

impl RateLimitHeaders {
    /// Writes the three headers.
    pub fn apply(&self, headers: &mut HeaderMap) {
        for (name, value) in [
            ("x-ratelimit-limit-minute", self.limit as u64),
            ("x-ratelimit-remaining-minute", self.remaining as u64),
            ("x-ratelimit-reset-minute", self.reset),
        ] {
            headers.insert(HeaderName::from_static(name), HeaderValue::from(value));
        }
    }
}

/// A refusal: the headers to send and the seconds to wait.
#[derive(Debug, Clone, Copy)]
pub struct Limited {
    /// Headers for the 429.
    pub headers: RateLimitHeaders,
    /// `Retry-After` seconds (≥ 1).
    pub retry_after: u64,
}

/// One keyed limiter per endpoint, shared by all HTTP workers.
pub struct RateLimits {
    limiters: HashMap<Endpoint, (u32, KeyedLimiter)>,
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

fn ceil_secs(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

impl RateLimits {
    /// Builds the limiters from configuration.
    pub fn new(config: &RateLimitConfig) -> Self {
        let table: [(Endpoint, NonZeroU32); 7] = [
            (Endpoint::CreateRun, config.create_run),
            (Endpoint::PatchRun, config.patch_run),
            (Endpoint::GetRunResults, config.get_run_results),
            (Endpoint::CreateEnrichment, config.create_enrichment),
            (
                Endpoint::GetEnrichmentResults,
                config.get_enrichment_results,
            ),
            (Endpoint::RenderHtml, config.render_html),
            (Endpoint::BillingUsage, config.billing_usage),
        ];
        let limiters = table
            .into_iter()
            .map(|(endpoint, per_minute)| {
                let limiter = RateLimiter::keyed(Quota::per_minute(per_minute))
                    .with_middleware::<StateInformationMiddleware>();
                (endpoint, (per_minute.get(), limiter))
            })
            .collect();
        Self { limiters }
    }

    /// Counts one request of `key` on `endpoint`.
    pub fn check(&self, endpoint: Endpoint, key: ApiKeyId) -> Result<RateLimitHeaders, Limited> {
        let Some((limit, limiter)) = self.limiters.get(&endpoint) else {
            return Ok(RateLimitHeaders {
                limit: 0,
                remaining: 0,
                reset: unix_now(),
            });
        };
        let limit = *limit;
        let per_request = Duration::from_secs(60) / limit;
        match limiter.check_key(&key) {
            Ok(snapshot) => {
                let remaining = snapshot.remaining_burst_capacity();
                let refill = per_request * (limit - remaining.min(limit));
                Ok(RateLimitHeaders {
                    limit,
                    remaining,
                    reset: unix_now() + ceil_secs(refill),
                })
            }
            Err(not_until) => {
                let wait = not_until.wait_time_from(limiter.clock().now());
                let retry_after = ceil_secs(wait).max(1);
                Err(Limited {
                    headers: RateLimitHeaders {
                        limit,
                        remaining: 0,
                        reset: unix_now() + ceil_secs(per_request * limit),
                    },
                    retry_after,
                })
            }
        }
    }

    /// Forgets keys whose allowance is full again, so memory stays bounded.
    pub fn retain_recent(&self) {
        for (_, limiter) in self.limiters.values() {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn allows_the_configured_number_then_refuses() {
        let mut config = Config::load_with(&[]).unwrap().rate_limits;
        config.billing_usage = NonZeroU32::new(3).unwrap();
        let limits = RateLimits::new(&config);
        let key = ApiKeyId::new_random();
        let remaining: Vec<u32> = (0..3)
            .map(|_| limits.check(Endpoint::BillingUsage, key).unwrap().remaining)
            .collect();
        assert_eq!(remaining, vec![2, 1, 0]);
        let refused = limits.check(Endpoint::BillingUsage, key).unwrap_err();
        assert!(
            (1..=20).contains(&refused.retry_after),
            "{}",
            refused.retry_after
        );
        // Another key and another endpoint are unaffected.
        assert!(
            limits
                .check(Endpoint::BillingUsage, ApiKeyId::new_random())
                .is_ok()
        );
        assert!(limits.check(Endpoint::CreateRun, key).is_ok());
    }
}
