//! `POST /sourcing/render-html`.

use serde::{Deserialize, Serialize};

/// Card colour scheme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = Theme))]
#[serde(rename_all = "lowercase")]
pub enum CardTheme {
    /// Background `#0f172a` (default).
    #[default]
    Dark,
    /// Background `#ffffff`.
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

/// Body of `POST /sourcing/render-html`.
// Loose types: the server validates the ids and the theme itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(
    feature = "openapi",
    schema(as = RenderRequest, example = json!({"profileIds": ["syn-000123"], "theme": "light"}))
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RenderHtmlBody {
    /// 1–10 ids (1–200 characters each) of the company's candidates.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(required = true, schema_with = profile_ids_schema)
    )]
    pub profile_ids: Option<Vec<String>>,
    /// `dark` (default) or `light`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(nullable = false, value_type = Option<CardTheme>)
    )]
    pub theme: Option<String>,
}

/// 1–10 profile ids as runs deliver them (`syn-000123`): 1–200 characters, not blank, no
/// control characters.
#[cfg(feature = "openapi")]
pub(crate) fn profile_ids_schema() -> utoipa::openapi::schema::ArrayBuilder {
    use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
    ArrayBuilder::new()
        .items(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .min_length(Some(1))
                .max_length(Some(200))
                .pattern(Some(r"^[^\x00-\x1F\x7F-\x9F]*\S[^\x00-\x1F\x7F-\x9F]*$"))
                .examples([serde_json::json!("syn-000123")]),
        )
        .min_items(Some(1))
        .max_items(Some(10))
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct RenderedCards {
    /// `dark` or `light`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub theme: String,
    /// Cards rendered (the rest failed per item).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub rendered_count: usize,
    /// One item per id asked, in order.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub data: Vec<Card>,
}

/// One card, or why there is none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct Card {
    /// The id asked for.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub profile_id: String,
    /// Whether a card was rendered.
    #[cfg_attr(feature = "openapi", schema(required = true))]
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
