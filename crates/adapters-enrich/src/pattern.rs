//! Email patterns in the provider notation: `{first}.{last}`, `{f}{last}`, `{first}` …

use std::fmt;
use std::str::FromStr;

use crate::name::Reading;

/// One piece of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    First,
    Last,
    FirstInitial,
    LastInitial,
    Literal(String),
}

/// A parsed address pattern (`{first}.{last}`): placeholders `{first}`, `{last}`, `{f}` and
/// `{l}` with `.`, `_` or `-` between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailPattern {
    text: String,
    pieces: Vec<Piece>,
}

/// Why a pattern string is not a usable pattern.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid email pattern {pattern:?}: {why}")]
pub struct PatternError {
    /// The pattern as written.
    pub pattern: String,
    /// What is wrong with it.
    pub why: &'static str,
}

impl FromStr for EmailPattern {
    type Err = PatternError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = |why| PatternError {
            pattern: text.to_owned(),
            why,
        };
        let mut pieces = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('{') {
                let close = after.find('}').ok_or_else(|| error("unclosed {"))?;
                pieces.push(match &after[..close] {
                    "first" => Piece::First,
                    "last" => Piece::Last,
                    "f" => Piece::FirstInitial,
                    "l" => Piece::LastInitial,
                    _ => return Err(error("unknown placeholder")),
                });
                rest = &after[close + 1..];
            } else {
                let end = rest.find('{').unwrap_or(rest.len());
                let literal = &rest[..end];
                if !literal.chars().all(|c| matches!(c, '.' | '_' | '-')) {
                    return Err(error("only . _ - may stand between placeholders"));
                }
                pieces.push(Piece::Literal(literal.to_owned()));
                rest = &rest[end..];
            }
        }
        if !pieces
            .iter()
            .any(|p| matches!(p, Piece::First | Piece::Last))
        {
            return Err(error("needs {first} or {last}"));
        }
        Ok(Self {
            text: text.to_owned(),
            pieces,
        })
    }
}

impl fmt::Display for EmailPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl EmailPattern {
    /// The pattern as written in the data (`{first}.{last}`).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the pattern uses the surname, which a single-word name lacks.
    pub fn needs_last(&self) -> bool {
        self.pieces
            .iter()
            .any(|p| matches!(p, Piece::Last | Piece::LastInitial))
    }

    /// The local part for a reading of a name; `None` if the pattern needs a surname the
    /// reading lacks.
    pub(crate) fn local_part(&self, reading: &Reading) -> Option<String> {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::First => out.push_str(&reading.first),
                Piece::FirstInitial => out.push_str(initial(&reading.first)),
                Piece::Last => out.push_str(reading.last.as_deref()?),
                Piece::LastInitial => out.push_str(initial(reading.last.as_deref()?)),
                Piece::Literal(text) => out.push_str(text),
            }
        }
        Some(out)
    }
}

fn initial(word: &str) -> &str {
    word.get(..1).unwrap_or_default()
}

/// Patterns an address a provider returns is matched against, to name the pattern it follows
/// (the corpus's eight, then a few more that real companies use).
pub(crate) const RECOGNISED: &[&str] = &[
    "{first}.{last}",
    "{f}{last}",
    "{first}",
    "{first}{last}",
    "{first}_{last}",
    "{first}.{l}",
    "{last}.{first}",
    "{last}",
    "{first}-{last}",
    "{f}.{last}",
    "{first}{l}",
    "{last}{f}",
    "{last}{first}",
    "{last}_{first}",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(first: &str, last: Option<&str>) -> Reading {
        Reading {
            first: first.into(),
            last: last.map(str::to_owned),
            penalty: 0,
        }
    }

    #[test]
    fn every_recognised_pattern_parses_and_renders() {
        let jane = reading("jane", Some("doe"));
        let rendered: Vec<String> = RECOGNISED
            .iter()
            .map(|p| {
                p.parse::<EmailPattern>()
                    .unwrap()
                    .local_part(&jane)
                    .unwrap()
            })
            .collect();
        assert_eq!(
            rendered,
            [
                "jane.doe", "jdoe", "jane", "janedoe", "jane_doe", "jane.d", "doe.jane", "doe",
                "jane-doe", "j.doe", "janed", "doej", "doejane", "doe_jane"
            ]
        );
    }

    #[test]
    fn single_word_names_fill_only_first_name_patterns() {
        let mono = reading("sukarno", None);
        let first: EmailPattern = "{first}".parse().unwrap();
        let dotted: EmailPattern = "{first}.{last}".parse().unwrap();
        assert_eq!(first.local_part(&mono).as_deref(), Some("sukarno"));
        assert!(!first.needs_last() && dotted.needs_last());
        assert_eq!(dotted.local_part(&mono), None);
    }

    #[test]
    fn bad_patterns_are_refused() {
        for bad in [
            "",
            "{first",
            "{middle}.{last}",
            "{first}+{last}",
            "{f}{l}",
            "jane",
        ] {
            assert!(bad.parse::<EmailPattern>().is_err(), "{bad}");
        }
    }
}
