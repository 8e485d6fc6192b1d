//! Integration tests of the domain crate.

mod corpus;
mod taxonomy;
