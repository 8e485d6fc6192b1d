//! Reading the companies JSON Lines file: one company a line, `{domain, emailPattern, country,
//! …}` (other fields ignored).

use std::collections::HashMap;
use std::io::BufRead;

use serde::Deserialize;

use crate::address::normalize_domain;
use crate::pattern::{EmailPattern, PatternError};

/// Why the companies data could not be loaded; the app should refuse to start rather than
/// guess every address from the fallback patterns.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read.
    #[error("cannot read companies data {origin}: {source}")]
    Io {
        /// The file (or `reader`).
        origin: String,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A line is not a company object.
    #[error("malformed company in {origin} at line {line}: {source}")]
    Malformed {
        /// The file (or `reader`).
        origin: String,
        /// 1-based line number.
        line: usize,
        /// What serde found wrong.
        source: serde_json::Error,
    },
    /// A line's `domain` is not a domain name.
    #[error("invalid company domain {domain:?} in {origin} at line {line}")]
    BadDomain {
        /// The file (or `reader`).
        origin: String,
        /// 1-based line number.
        line: usize,
        /// The domain as written.
        domain: String,
    },
    /// A line's `emailPattern` is not a pattern this crate can fill.
    #[error("in {origin} at line {line}: {source}")]
    BadPattern {
        /// The file (or `reader`).
        origin: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the pattern.
        source: PatternError,
    },
    /// Two lines name the same domain with different patterns.
    #[error("conflicting patterns for {domain} in {origin} at line {line}")]
    ConflictingDomain {
        /// The file (or `reader`).
        origin: String,
        /// 1-based line number of the second one.
        line: usize,
        /// The repeated domain.
        domain: String,
    },
}

/// One company line; only what discovery needs.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct CompanyLine {
    domain: String,
    #[serde(default)]
    email_pattern: Option<String>,
    #[serde(default)]
    country: Option<String>,
}

/// What is known about a company's mail.
#[derive(Debug, Clone)]
pub(crate) struct KnownCompany {
    pub pattern: EmailPattern,
    pub country: Option<String>,
}

/// Reads the companies with an observed pattern, keyed by normalised domain (a line without
/// `emailPattern` is a company nobody has observed: skipped).
pub(crate) fn read_companies(
    reader: impl BufRead,
    origin: &str,
) -> Result<HashMap<String, KnownCompany>, LoadError> {
    let mut companies: HashMap<String, KnownCompany> = HashMap::new();
    for (i, line) in reader.lines().enumerate() {
        let line_no = i + 1;
        let line = line.map_err(|source| LoadError::Io {
            origin: origin.to_owned(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let company: CompanyLine =
            serde_json::from_str(&line).map_err(|source| LoadError::Malformed {
                origin: origin.to_owned(),
                line: line_no,
                source,
            })?;
        let domain = normalize_domain(&company.domain).ok_or_else(|| LoadError::BadDomain {
            origin: origin.to_owned(),
            line: line_no,
            domain: company.domain.clone(),
        })?;
        let Some(pattern) = company.email_pattern.filter(|p| !p.trim().is_empty()) else {
            continue;
        };
        let pattern: EmailPattern =
            pattern
                .trim()
                .parse()
                .map_err(|source| LoadError::BadPattern {
                    origin: origin.to_owned(),
                    line: line_no,
                    source,
                })?;
        if let Some(existing) = companies.get(&domain) {
            if existing.pattern != pattern {
                return Err(LoadError::ConflictingDomain {
                    origin: origin.to_owned(),
                    line: line_no,
                    domain,
                });
            }
            continue;
        }
        companies.insert(
            domain,
            KnownCompany {
                pattern,
                country: company.country.filter(|c| !c.trim().is_empty()),
            },
        );
    }
    Ok(companies)
}
