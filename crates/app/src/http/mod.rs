//! The HTTP layer: contract-shaped errors, request ids, auth, rate limits and routes.

pub mod auth;
pub mod billing;
pub mod body;
pub mod cards;
pub mod docs;
pub mod enrich;
pub mod errors;
pub mod health;
pub mod icp_view;
pub mod openapi;
pub mod rate_limit;
pub mod request_id;
pub mod routes;
pub mod sourcing;
pub mod time;
pub mod views;
pub mod webhooks;
