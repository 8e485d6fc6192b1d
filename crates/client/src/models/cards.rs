//! `POST /sourcing/render-html`.

pub use sourcing_api_types::cards::{Card, CardTheme, RenderedCards};

/// Body of `POST /sourcing/render-html` (`RenderHtml::new(ids).theme(CardTheme::Light)`).
pub type RenderHtml = sourcing_api_types::cards::RenderHtmlBody;
