//! Small text helpers on top of the taxonomy's normalisation (folded, lower case, tokenised).

use crate::taxonomy::TitleTaxonomy;

/// Normalised form: folded, lower-case tokens joined by single spaces.
pub(crate) fn norm(s: &str) -> String {
    TitleTaxonomy::normalize(s)
}

/// Normalised tokens.
pub(crate) fn tokens(s: &str) -> Vec<String> {
    norm(s)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether the normalised phrase occurs on token boundaries in `padded` (see [`padded`]).
pub(crate) fn contains_norm(padded: &str, phrase_norm: &str) -> bool {
    !phrase_norm.is_empty() && padded.contains(&format!(" {phrase_norm} "))
}

/// Pads a normalised text with spaces for [`contains_norm`].
pub(crate) fn padded(text: &str) -> String {
    format!(" {} ", norm(text))
}

/// English singular of a simple plural ("consultants" → "consultant", "agencies" → "agency").
pub(crate) fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies")
        && stem.len() > 2
    {
        return format!("{stem}y");
    }
    if word.ends_with("ss") || word.len() <= 3 {
        return word.to_owned();
    }
    word.strip_suffix('s').unwrap_or(word).to_owned()
}

/// Pushes `item` unless an equal one (case-insensitively) is already there.
pub(crate) fn push_unique(list: &mut Vec<String>, item: impl Into<String>) {
    let item = item.into();
    if item.trim().is_empty() {
        return;
    }
    let key = norm(&item);
    if !list.iter().any(|x| norm(x) == key) {
        list.push(item);
    }
}
