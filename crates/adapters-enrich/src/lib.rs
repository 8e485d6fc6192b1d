//! Profile-enricher adapters: email discovery from observed company patterns (the default,
//! in-process) and a People-Data-Labs-style HTTP provider with a time budget, retries and a
//! circuit breaker.
//!
//! Both implement the domain port [`sourcing_domain::ports::ProfileEnricher`].
//!
//! How names become addresses (the full rules are in `src/name.rs`): letters are
//! folded to ASCII (José Núñez → jose.nunez; ä/ö/ü → ae/oe/ue at German-speaking companies),
//! names in another script fail rather than be transliterated, apostrophes vanish, hyphens
//! and particles are joined into one word (Anne-Marie → annemarie, van Beethoven →
//! vanbeethoven), titles and suffixes are dropped, the first word is the given name and the
//! last (with its particles) the surname, except the paternal surname at Spanish-speaking
//! companies and family-name-first Vietnamese names.

pub mod address;
pub mod http;
pub mod local;
mod name;
pub mod pattern;

pub use http::{HttpBuildError, HttpEnricher, HttpEnricherConfig};
pub use local::{DEFAULT_COMPANIES_PATH, LoadError, LocalEnricher};
pub use pattern::EmailPattern;
