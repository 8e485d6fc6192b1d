//! Typed request and response bodies, one concept a file: the wire types of
//! `sourcing-api-types` (the same the server writes and reads), under the names this client
//! has always used. Responses accept unknown fields and default missing ones, so the client
//! survives additive changes to the API.

pub mod billing;
pub mod cards;
pub mod enrichment;
pub mod health;
pub mod runs;
pub mod webhooks;
