//! HTML candidate cards, so recruiters can paste a match into an ATS page or an e-mail.

use crate::sourcing::SourcingCandidate;

/// Colour scheme of a card, so a card blends into the page or e-mail that embeds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CardTheme {
    /// The contract's default theme (background `#0f172a`).
    #[default]
    Dark,
    /// For white pages and most e-mail clients (background `#ffffff`).
    Light,
}

impl CardTheme {
    /// Reads the wire value, so callers can refuse anything but `"dark"` and `"light"`.
    pub fn parse(value: &str) -> Option<CardTheme> {
        match value {
            "dark" => Some(CardTheme::Dark),
            "light" => Some(CardTheme::Light),
            _ => None,
        }
    }

    /// The wire name, so logs and responses spell the theme as the contract does.
    pub fn as_str(self) -> &'static str {
        match self {
            CardTheme::Dark => "dark",
            CardTheme::Light => "light",
        }
    }

    /// The card background the contract fixes for this theme.
    pub fn background(self) -> &'static str {
        match self {
            CardTheme::Dark => "#0f172a",
            CardTheme::Light => "#ffffff",
        }
    }
}

/// Failure to render a card; the caller can only report it as an internal error.
#[derive(Debug, thiserror::Error)]
pub enum CardRenderError {
    /// The template engine failed (a bug in a template, not in the candidate's data).
    #[error("card template failed: {0}")]
    Template(String),
}

/// Turns a candidate into one self-contained, inline-styled HTML `<div>`, so the domain never
/// depends on a template engine.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait CardRenderer: Send + Sync + 'static {
    /// Renders one card; MUST HTML-escape every profile field, MUST emit no script, style sheet,
    /// image or URL other than an `https:` profile link, and MUST return exactly one top-level
    /// `<div>`.
    fn render(
        &self,
        candidate: &SourcingCandidate,
        theme: CardTheme,
    ) -> Result<String, CardRenderError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_two_wire_values_and_nothing_else() {
        assert_eq!(CardTheme::parse("dark"), Some(CardTheme::Dark));
        assert_eq!(CardTheme::parse("light"), Some(CardTheme::Light));
        for other in ["", "Dark", "LIGHT", " dark", "blue"] {
            assert_eq!(CardTheme::parse(other), None, "{other:?}");
        }
    }

    #[test]
    fn dark_is_the_default_and_backgrounds_follow_the_contract() {
        assert_eq!(CardTheme::default(), CardTheme::Dark);
        assert_eq!(CardTheme::Dark.background(), "#0f172a");
        assert_eq!(CardTheme::Light.background(), "#ffffff");
        for theme in [CardTheme::Dark, CardTheme::Light] {
            assert_eq!(CardTheme::parse(theme.as_str()), Some(theme));
        }
    }
}
