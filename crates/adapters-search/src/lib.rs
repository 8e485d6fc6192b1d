//! People-search adapters: the in-process index over the JSON Lines corpus (the default) and an
//! Elasticsearch/OpenSearch-compatible HTTP client with retries and a circuit breaker.
//!
//! Both implement the domain port [`sourcing_domain::ports::PeopleSearch`]; [`AnyPeopleSearch`]
//! lets the app pick one from config.

mod any;
pub mod http;
pub mod local;
mod profile_record;

pub use any::AnyPeopleSearch;
pub use http::{HttpBuildError, HttpPeopleSearch, HttpSearchConfig};
pub use local::{Format, IndexError, IndexOrigin, LoadError, LoadReport, LocalPeopleSearch};
pub use profile_record::{EducationRecord, PositionRecord, ProfileRecord};
