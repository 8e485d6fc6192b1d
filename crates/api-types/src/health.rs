//! `GET /healthz` and `GET /readyz`.

use serde::{Deserialize, Serialize};

/// A probe's answer: `{"status": "ok"}` (healthz) or `{"status": "ready"}` (readyz).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct Health {
    /// `ok` or `ready`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub status: String,
}
