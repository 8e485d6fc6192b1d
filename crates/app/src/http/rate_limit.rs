//! Per-key, per-endpoint rate limits (governor) and their response headers, and the limit on
//! failed authentications per client address.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;
use std::sync::{PoisonError, RwLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

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
    /// `POST /webhooks/{id}/test`.
    TestWebhook,
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
    /// Failed authentications per client address.
    pub failed_auth: FailedAuthLimits,
}

/// Where failed authentications are counted: an IPv4 address, or the /64 network of an IPv6
/// address (what one subscriber usually gets, so rotating addresses within it does not help).
fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let network = u128::from(v6) & !(u128::from(u64::MAX));
                IpAddr::V6(Ipv6Addr::from(network))
            }
        },
    }
}

type AddressLimiter = RateLimiter<IpAddr, DefaultKeyedStateStore<IpAddr>, DefaultClock>;

/// Failed authentications per client address (GCRA via governor): within the allowance each
/// one is a plain 401; the one over it blocks the address, and every request from a blocked
/// address gets 429 before any database lookup, until one more attempt is allowed again.
pub struct FailedAuthLimits {
    limiter: AddressLimiter,
    blocked: RwLock<HashMap<IpAddr, Instant>>,
}

impl FailedAuthLimits {
    /// Allows `per_minute` failures per address, refilling evenly over the minute.
    pub fn new(per_minute: NonZeroU32) -> Self {
        Self {
            limiter: RateLimiter::keyed(Quota::per_minute(per_minute)),
            blocked: RwLock::new(HashMap::new()),
        }
    }

    /// `Retry-After` seconds if the address is blocked now.
    pub fn blocked(&self, ip: IpAddr) -> Option<u64> {
        let blocked = self.blocked.read().unwrap_or_else(PoisonError::into_inner);
        let until = *blocked.get(&client_key(ip))?;
        let wait = until.checked_duration_since(Instant::now())?;
        Some(ceil_secs(wait).max(1))
    }

    /// Counts one failed authentication of the address; over the allowance, blocks the address
    /// and returns the `Retry-After` seconds.
    pub fn record_failure(&self, ip: IpAddr) -> Option<u64> {
        let key = client_key(ip);
        let not_until = self.limiter.check_key(&key).err()?;
        let wait = not_until.wait_time_from(self.limiter.clock().now());
        self.blocked
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key, Instant::now() + wait);
        tracing::warn!(
            client = %key,
            retry_after_secs = ceil_secs(wait),
            "too many failed authentications from this address; refusing it for a while"
        );
        Some(ceil_secs(wait).max(1))
    }

    /// Forgets expired blocks and addresses whose allowance is full again.
    pub fn retain_recent(&self) {
        let now = Instant::now();
        self.blocked
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(|_, until| *until > now);
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
    }
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
        let table: [(Endpoint, NonZeroU32); 8] = [
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
            (Endpoint::TestWebhook, config.test_webhook),
        ];
        let limiters = table
            .into_iter()
            .map(|(endpoint, per_minute)| {
                let limiter = RateLimiter::keyed(Quota::per_minute(per_minute))
                    .with_middleware::<StateInformationMiddleware>();
                (endpoint, (per_minute.get(), limiter))
            })
            .collect();
        Self {
            limiters,
            failed_auth: FailedAuthLimits::new(config.failed_auth_per_ip),
        }
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
        self.failed_auth.retain_recent();
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

    #[test]
    fn failed_authentications_block_an_address_once_over_the_allowance() {
        let limits = FailedAuthLimits::new(NonZeroU32::new(3).unwrap());
        let ip: IpAddr = "203.0.113.7".parse().unwrap();
        for _ in 0..3 {
            assert_eq!(limits.blocked(ip), None);
            assert_eq!(limits.record_failure(ip), None);
        }
        assert_eq!(limits.blocked(ip), None);
        let retry_after = limits.record_failure(ip).unwrap();
        assert!((1..=20).contains(&retry_after), "{retry_after}");
        assert!(
            limits
                .blocked(ip)
                .is_some_and(|s| (1..=retry_after).contains(&s))
        );
        // The same address mapped into IPv6 is the same client; another address is not.
        let mapped: IpAddr = "::ffff:203.0.113.7".parse().unwrap();
        assert!(limits.blocked(mapped).is_some());
        assert_eq!(limits.blocked("203.0.113.8".parse().unwrap()), None);
        limits.retain_recent();
        assert!(limits.blocked(ip).is_some());
    }

    #[test]
    fn ipv6_clients_are_counted_per_64_network() {
        let limits = FailedAuthLimits::new(NonZeroU32::new(1).unwrap());
        assert_eq!(
            limits.record_failure("2001:db8:1:2::1".parse().unwrap()),
            None
        );
        assert!(
            limits
                .record_failure("2001:db8:1:2:ffff::9".parse().unwrap())
                .is_some()
        );
        assert!(
            limits
                .blocked("2001:db8:1:2::abcd".parse().unwrap())
                .is_some()
        );
        assert_eq!(limits.blocked("2001:db8:1:3::1".parse().unwrap()), None);
    }
}
