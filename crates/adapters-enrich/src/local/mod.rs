//! `LocalEnricher`: email discovery as pattern finders do it, from the patterns observed at
//! each company domain (the companies JSON Lines file plays the provider's observations).

mod load;

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;
use std::sync::Arc;

use sourcing_domain::ports::{DiscoveredEmail, EnrichError, Enrichment, ProfileEnricher};
use sourcing_domain::profile::Profile;

pub use load::LoadError;

use crate::address::{is_valid_address, normalize_domain};
use crate::name::{self, Conventions};
use crate::pattern::EmailPattern;
use load::KnownCompany;

/// Where the app finds the companies data by default (relative to the working directory).
pub const DEFAULT_COMPANIES_PATH: &str = "data/corpus/companies.jsonl";

/// Confidence of an address that follows the pattern observed at its domain, before the
/// name's own uncertainty (initials, double surnames, spelling variants) is taken off.
pub const KNOWN_DOMAIN_CONFIDENCE: u8 = 95;

/// Upper bound of an address at a domain with no observed pattern: it is the pattern's share
/// among the known companies (the chance a random company uses it), capped here.
pub const UNKNOWN_DOMAIN_MAX_CONFIDENCE: u8 = 60;

/// How many of the most common patterns an unknown domain is tried with.
const FALLBACK_PATTERNS: usize = 3;

/// Addresses returned at most: the best, then the likeliest alternatives.
pub const MAX_EMAILS: usize = 3;

/// Points a single-word name loses when the domain's pattern needs a surname (the address
/// falls back to `{first}`).
const SINGLE_WORD_PENALTY: u8 = 40;

/// In-process email discovery from observed company patterns.
///
/// A known domain gets its pattern (confidence [`KNOWN_DOMAIN_CONFIDENCE`] for a clean
/// two-word name); an unknown one the [`FALLBACK_PATTERNS`] most common patterns of the
/// known companies, each at its share (at most [`UNKNOWN_DOMAIN_MAX_CONFIDENCE`]). Up to
/// [`MAX_EMAILS`] addresses are returned, best first: the other patterns of an unknown
/// domain, and other readings of the name (the hyphenated spelling, the surname without
/// particles, the other of two Spanish surnames, umlauts folded rather than expanded).
/// Cheap to clone; clones share the data.
#[derive(Debug, Clone)]
pub struct LocalEnricher {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    companies: HashMap<String, KnownCompany>,
    fallback: Vec<(EmailPattern, u8)>,
    first_only: EmailPattern,
}

impl LocalEnricher {
    /// Loads the companies JSON Lines file (one company a line; blank lines ignored); a
    /// malformed line, bad domain or pattern, or a domain given two patterns fails the load.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self, LoadError> {
        let path = path.as_ref();
        let origin = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|source| LoadError::Io {
            origin: origin.clone(),
            source,
        })?;
        Self::load(std::io::BufReader::new(file), &origin)
    }

    /// Loads companies from any reader of the same JSON Lines shape (tests, embedded data).
    pub fn from_reader(reader: impl BufRead) -> Result<Self, LoadError> {
        Self::load(reader, "reader")
    }

    fn load(reader: impl BufRead, origin: &str) -> Result<Self, LoadError> {
        let companies = load::read_companies(reader, origin)?;
        let fallback = fallback_patterns(&companies);
        #[expect(clippy::expect_used, reason = "a constant pattern")]
        let first_only = "{first}".parse().expect("{first} is a pattern");
        Ok(Self {
            inner: Arc::new(Inner {
                companies,
                fallback,
                first_only,
            }),
        })
    }

    /// Companies with an observed pattern, for startup logs.
    pub fn len(&self) -> usize {
        self.inner.companies.len()
    }

    /// Whether no company is known (every domain falls back), usually a wrong path.
    pub fn is_empty(&self) -> bool {
        self.inner.companies.is_empty()
    }

    /// The pattern observed at a domain (any spelling `normalize_domain` accepts).
    pub fn pattern_for(&self, domain: &str) -> Option<&EmailPattern> {
        let domain = normalize_domain(domain)?;
        self.inner.companies.get(&domain).map(|c| &c.pattern)
    }

    /// The patterns an unknown domain is tried with, and their confidence, best first.
    pub fn fallback_patterns(&self) -> &[(EmailPattern, u8)] {
        &self.inner.fallback
    }

    /// Discovers addresses synchronously (the port's `enrich` wraps this; it takes
    /// microseconds).
    pub fn enrich_now(&self, profile: &Profile) -> Result<Enrichment, EnrichError> {
        let inner = &*self.inner;
        let domain = profile
            .company_domain
            .as_deref()
            .and_then(normalize_domain)
            .ok_or(EnrichError::NoCompanyDomain)?;
        let company = inner.companies.get(&domain);
        let country = company
            .and_then(|c| c.country.as_deref())
            .or_else(|| country_code_tld(&domain))
            .or(profile.country.as_deref());
        let readings = name::readings(
            profile.name.as_deref().unwrap_or_default(),
            Conventions::for_country(country),
        )
        .map_err(|_| EnrichError::NoName)?;
        let patterns: Vec<(&EmailPattern, u8)> = match company {
            Some(company) => vec![(&company.pattern, KNOWN_DOMAIN_CONFIDENCE)],
            None => inner.fallback.iter().map(|(p, c)| (p, *c)).collect(),
        };

        let mut emails: Vec<DiscoveredEmail> = Vec::new();
        for (pattern, base) in patterns {
            for reading in &readings {
                let (used, local, penalty) = match pattern.local_part(reading) {
                    Some(local) => (pattern, local, reading.penalty),
                    None => match inner.first_only.local_part(reading) {
                        Some(local) => (
                            &inner.first_only,
                            local,
                            reading.penalty.saturating_add(SINGLE_WORD_PENALTY),
                        ),
                        None => continue,
                    },
                };
                let address = format!("{local}@{domain}");
                if is_valid_address(&address) {
                    emails.push(DiscoveredEmail {
                        address,
                        confidence: base.saturating_sub(penalty).max(1),
                        pattern: used.to_string(),
                    });
                }
            }
        }
        // Stable: equal confidences keep the order of patterns, then of readings.
        emails.sort_by_key(|e| std::cmp::Reverse(e.confidence));
        let mut seen = Vec::new();
        emails.retain(|e| {
            let fresh = !seen.contains(&e.address);
            seen.push(e.address.clone());
            fresh
        });
        emails.truncate(MAX_EMAILS);
        if emails.is_empty() {
            // Only a name too long for any local part gets here.
            return Err(EnrichError::NoName);
        }
        Ok(Enrichment { emails })
    }
}

impl ProfileEnricher for LocalEnricher {
    async fn enrich(&self, profile: &Profile) -> Result<Enrichment, EnrichError> {
        self.enrich_now(profile)
    }
}

/// The most common patterns among the known companies, each with its share in percent
/// (capped); `{first}.{last}` at 40 when nothing is known.
fn fallback_patterns(companies: &HashMap<String, KnownCompany>) -> Vec<(EmailPattern, u8)> {
    let mut counts: HashMap<&str, (usize, &EmailPattern)> = HashMap::new();
    for company in companies.values() {
        counts
            .entry(company.pattern.as_str())
            .or_insert((0, &company.pattern))
            .0 += 1;
    }
    let total = companies.len().max(1);
    let mut ranked: Vec<(usize, &EmailPattern)> = counts.into_values().collect();
    // Most common first; ties by pattern text, so the order never depends on hashing.
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.as_str().cmp(b.1.as_str())));
    let mut out: Vec<(EmailPattern, u8)> = ranked
        .into_iter()
        .take(FALLBACK_PATTERNS)
        .map(|(count, pattern)| {
            let share = (count * 100 + total / 2) / total;
            let confidence = u8::try_from(share)
                .unwrap_or(u8::MAX)
                .clamp(1, UNKNOWN_DOMAIN_MAX_CONFIDENCE);
            (pattern.clone(), confidence)
        })
        .collect();
    if out.is_empty()
        && let Ok(pattern) = "{first}.{last}".parse()
    {
        out.push((pattern, 40));
    }
    out
}

/// The country of a country-code top-level domain (`.de` → DE), which tells how names are
/// written at a company nobody has observed; generic-looking ccTLDs (`.io`, `.co` …) say
/// nothing.
fn country_code_tld(domain: &str) -> Option<&'static str> {
    const COUNTRIES: &[(&str, &str)] = &[
        ("de", "DE"),
        ("at", "AT"),
        ("ch", "CH"),
        ("li", "LI"),
        ("es", "ES"),
        ("mx", "MX"),
        ("ar", "AR"),
        ("cl", "CL"),
        ("pe", "PE"),
        ("ve", "VE"),
        ("ec", "EC"),
        ("uy", "UY"),
        ("py", "PY"),
        ("bo", "BO"),
        ("gt", "GT"),
        ("cr", "CR"),
        ("pa", "PA"),
        ("do", "DO"),
        ("hn", "HN"),
        ("sv", "SV"),
        ("ni", "NI"),
        ("cu", "CU"),
    ];
    let tld = domain.rsplit('.').next()?;
    COUNTRIES
        .iter()
        .find(|(suffix, _)| *suffix == tld)
        .map(|(_, country)| *country)
}
