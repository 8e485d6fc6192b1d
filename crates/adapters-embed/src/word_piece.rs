//! BERT's uncased word-piece tokenisation: lower case, accents stripped, words split at spaces
//! and punctuation, each word cut greedily into the longest pieces the vocabulary holds
//! ("reliability" → "reliability"; "kubernetes" → "ku", "##ber", "##net", "##es").

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Words longer than this (in characters) are unknown, as in BERT.
const MAX_WORD_CHARS: usize = 100;

/// A vocabulary of word pieces ("##" marks a piece that continues a word).
#[derive(Debug)]
pub(crate) struct Vocabulary {
    ids: HashMap<String, u32>,
}

impl Vocabulary {
    /// The vocabulary of `pieces`, in id order.
    pub(crate) fn new<'a>(pieces: impl IntoIterator<Item = &'a str>) -> Self {
        let ids = pieces
            .into_iter()
            .enumerate()
            .filter_map(|(i, p)| u32::try_from(i).ok().map(|i| (p.to_owned(), i)))
            .collect();
        Self { ids }
    }

    /// The ids of `text`'s known pieces, in order; a word with an unknown part is left out
    /// whole (BERT's `[UNK]`, which carries no meaning).
    pub(crate) fn pieces(&self, text: &str, out: &mut Vec<u32>) {
        let mut piece = String::new();
        for word in words(text) {
            if word.chars().count() > MAX_WORD_CHARS {
                continue;
            }
            let start_len = out.len();
            let mut rest = word.as_str();
            let mut first = true;
            while !rest.is_empty() {
                let Some((id, used)) = self.longest(rest, first, &mut piece) else {
                    out.truncate(start_len);
                    break;
                };
                out.push(id);
                rest = &rest[used..];
                first = false;
            }
        }
    }

    /// The longest known piece at the start of `rest` and its byte length.
    fn longest(&self, rest: &str, first: bool, buf: &mut String) -> Option<(u32, usize)> {
        let mut ends: Vec<usize> = rest.char_indices().map(|(i, _)| i).skip(1).collect();
        ends.push(rest.len());
        for &end in ends.iter().rev() {
            buf.clear();
            if !first {
                buf.push_str("##");
            }
            buf.push_str(&rest[..end]);
            if let Some(&id) = self.ids.get(buf.as_str()) {
                return Some((id, end));
            }
        }
        None
    }
}

/// The words of `text` as BERT's basic tokenizer sees them: lower case, combining marks
/// dropped, split at white space, each punctuation mark a word of its own.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_whitespace() || c.is_control() {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
        } else if is_punctuation(c) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        } else {
            word.extend(c.to_lowercase());
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// BERT's punctuation: every ASCII character that is not a letter, digit or space, and any
/// other character that is neither alphanumeric nor a space.
fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_punctuation()
    } else {
        !c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabulary {
        Vocabulary::new([
            "[UNK]",
            "site",
            "reli",
            "##ability",
            "engineer",
            ",",
            "ku",
            "##ber",
        ])
    }

    #[test]
    fn words_are_cut_into_the_longest_known_pieces() {
        let mut out = Vec::new();
        vocab().pieces("Site RELIABILITY Engineer, kuber", &mut out);
        assert_eq!(out, vec![1, 2, 3, 4, 5, 6, 7]);
    }

    #[test]
    fn accents_fold_and_unknown_words_drop_whole() {
        let mut out = Vec::new();
        vocab().pieces("Sîte kubex engineer", &mut out);
        assert_eq!(out, vec![1, 4]);
        assert_eq!(
            words("Ingénieur (H/F)"),
            ["ingenieur", "(", "h", "/", "f", ")"]
        );
    }
}
