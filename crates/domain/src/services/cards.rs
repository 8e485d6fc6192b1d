//! The card use case: render embeddable HTML cards of candidates the company has received.

use std::collections::HashMap;

use crate::ids::CompanyId;
use crate::ports::{CardRenderError, CardRenderer, CardTheme, RunRepository, RunStoreError};
use crate::sourcing::{Retention, ValidationErrors};

/// Most profile ids per card or enrichment request (the contract's limit).
pub const MAX_PROFILE_IDS: usize = 10;

/// Validates a `profileIds` list: 1–10 non-blank ids of at most 200 characters without control
/// characters (a NUL cannot even be stored, so it must be a 400, not a 500); `unique`
/// refuses repeats (enrichment bills per id, so a repeat is a client bug worth reporting).
pub fn validate_profile_ids(
    raw: Option<Vec<String>>,
    unique: bool,
) -> Result<Vec<String>, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let Some(ids) = raw else {
        errors.add("profileIds", "required");
        return Err(errors);
    };
    if ids.is_empty() || ids.len() > MAX_PROFILE_IDS {
        errors.add(
            "profileIds",
            format!("must hold 1 to {MAX_PROFILE_IDS} profile ids"),
        );
        return Err(errors);
    }
    let mut seen = std::collections::HashSet::new();
    for id in &ids {
        if id.trim().is_empty() || id.chars().count() > 200 {
            errors.add("profileIds", "each id must be 1 to 200 characters");
            return Err(errors);
        }
        if id.chars().any(char::is_control) {
            errors.add("profileIds", "ids must not contain control characters");
            return Err(errors);
        }
        if unique && !seen.insert(id.as_str()) {
            errors.add("profileIds", format!("`{id}` is listed twice"));
            return Err(errors);
        }
    }
    Ok(ids)
}

/// One requested card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardOutcome {
    /// The card of a candidate the company received.
    Rendered {
        /// Requested id.
        profile_id: String,
        /// The candidate's name.
        name: String,
        /// One self-contained `<div>`.
        html: String,
    },
    /// No run of the company delivered this id (`PROFILE_NOT_FOUND`).
    NotFound {
        /// Requested id.
        profile_id: String,
    },
}

/// Why no card could be rendered at all.
#[derive(Debug, thiserror::Error)]
pub enum CardsError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] RunStoreError),
    /// The template failed (a bug, never the data's fault).
    #[error(transparent)]
    Render(#[from] CardRenderError),
}

/// Renders cards from the company's own candidates, in the order asked.
pub struct CardService<R, C> {
    runs: R,
    renderer: C,
    retention: Retention,
}

impl<R: RunRepository, C: CardRenderer> CardService<R, C> {
    /// Assembles the use case; `retention` decides which runs' candidates are still shown.
    pub fn new(runs: R, renderer: C, retention: Retention) -> Self {
        Self {
            runs,
            renderer,
            retention,
        }
    }

    /// One outcome per requested id; unknown and other companies' ids fail per item.
    pub async fn render(
        &self,
        company: CompanyId,
        profile_ids: Vec<String>,
        theme: CardTheme,
    ) -> Result<Vec<CardOutcome>, CardsError> {
        let found: HashMap<String, _> = self
            .runs
            .company_candidates(company, profile_ids.clone(), self.retention.since())
            .await?
            .into_iter()
            .map(|(candidate, _)| (candidate.profile_id.clone(), candidate))
            .collect();
        profile_ids
            .into_iter()
            .map(|profile_id| match found.get(&profile_id) {
                Some(candidate) => Ok(CardOutcome::Rendered {
                    html: self.renderer.render(candidate, theme)?,
                    name: candidate.name.clone(),
                    profile_id,
                }),
                None => Ok(CardOutcome::NotFound { profile_id }),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Option<Vec<String>> {
        Some(list.iter().map(|s| (*s).to_owned()).collect())
    }

    #[test]
    fn profile_ids_are_one_to_ten_and_unique_when_asked() {
        assert!(validate_profile_ids(ids(&["a"]), true).is_ok());
        assert!(validate_profile_ids(None, true).is_err());
        assert!(validate_profile_ids(ids(&[]), true).is_err());
        let eleven: Vec<&str> = std::iter::repeat_n("a", 11).collect();
        assert!(validate_profile_ids(ids(&eleven), false).is_err());
        assert!(validate_profile_ids(ids(&["a", "a"]), true).is_err());
        assert!(validate_profile_ids(ids(&["a", "a"]), false).is_ok());
        assert!(validate_profile_ids(ids(&[" "]), false).is_err());
        // found by schemathesis: a NUL reached Postgres and answered 500
        assert!(validate_profile_ids(ids(&["syn-1\u{0}"]), false).is_err());
        assert!(validate_profile_ids(ids(&["a\tb"]), true).is_err());
    }
}
