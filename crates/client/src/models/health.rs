//! `GET /healthz` and `GET /readyz`.

pub use sourcing_api_types::health::Health;
