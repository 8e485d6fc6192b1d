//! The search query tree and its renderings, independent of any index technology.

pub mod boolean_string;
pub mod query;

pub use query::{BoolQuery, Field, Query};
