//! `POST /sourcing/render-html`.

use serde::{Deserialize, Serialize};

/// The colour scheme of the cards.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CardTheme {
    /// `#0f172a` background (the server's default).
    #[default]
    Dark,
    /// `#ffffff` background.
    Light,
}

impl CardTheme {
    /// The name on the wire: `dark` or `light`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dark => "dark",
            Self::Light => "light",
        }
    }
}

/// Body of `POST /sourcing/render-html`; the server validates the ids and the theme itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RenderHtmlBody {
    /// 1–10 profile ids the company's runs delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile_ids: Option<Vec<String>>,
    /// `dark` or `light`; the server's default (dark) when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
}

impl RenderHtmlBody {
    /// Cards for these ids in the server's default theme.
    pub fn new<I, S>(profile_ids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            profile_ids: Some(profile_ids.into_iter().map(Into::into).collect()),
            theme: None,
        }
    }

    /// Chooses the colour scheme.
    #[must_use]
    pub fn theme(mut self, theme: CardTheme) -> Self {
        self.theme = Some(theme.as_str().to_owned());
        self
    }
}

/// Answer of `POST /sourcing/render-html` (besides `success`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct RenderedCards {
    /// `dark` or `light`.
    pub theme: String,
    /// Cards rendered (the rest failed per item).
    pub rendered_count: usize,
    /// One item per id asked, in order.
    pub data: Vec<Card>,
}

/// One card, or why there is none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Card {
    /// The id asked for.
    pub profile_id: String,
    /// Whether a card was rendered.
    pub success: bool,
    /// The person's name (rendered cards).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// One self-contained `<div>` with inline styles (rendered cards).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html_content: Option<String>,
    /// `PROFILE_NOT_FOUND` (failed items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// Why (failed items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}
