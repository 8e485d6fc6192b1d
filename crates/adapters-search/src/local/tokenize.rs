//! Text normalisation shared by indexing and querying, so both sides agree on what a token is.

use std::borrow::Cow;

use sourcing_domain::taxonomy::fold_gender;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// The name [`PeopleTokenizer`] is registered under in the index.
pub(crate) const TOKENIZER: &str = "people";

/// [`tokenize`] as a tantivy tokenizer, so the index holds exactly the tokens queries are made of.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PeopleTokenizer;

/// The tokens of one text, produced all at once by [`tokenize`].
pub(crate) struct PeopleTokenStream {
    tokens: Vec<Token>,
    /// One past the current token (0 before the first `advance`).
    next: usize,
}

impl Tokenizer for PeopleTokenizer {
    type TokenStream<'a> = PeopleTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PeopleTokenStream {
        let tokens = tokenize(text)
            .into_iter()
            .enumerate()
            .map(|(position, text)| Token {
                offset_from: 0,
                offset_to: 0,
                position,
                text,
                position_length: 1,
            })
            .collect();
        PeopleTokenStream { tokens, next: 0 }
    }
}

impl TokenStream for PeopleTokenStream {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next.saturating_sub(1)]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next.saturating_sub(1)]
    }
}

/// Splits text into lower-cased, diacritic-folded tokens, each as its gender-folded key
/// ([`fold_gender`]: "infirmière" and "infirmier" are one token).
///
/// Tokens are runs of letters and digits; a trailing `+`/`#` run stays attached ("c++", "c#") so
/// those skills stay distinct from "c", while separators like `.` or `-` split ("node.js" →
/// "node", "js", matched as a phrase).
pub(crate) fn tokenize(text: &str) -> Vec<String> {
    let mut tokens = split(text);
    for t in &mut tokens {
        if let Cow::Owned(key) = fold_gender(t) {
            *t = key;
        }
    }
    tokens
}

/// The tokens as written (lower case, diacritics folded).
fn split(text: &str) -> Vec<String> {
    let folded = fold(text);
    let chars: Vec<char> = folded.chars().collect();
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() {
            current.push(c);
            i += 1;
        } else if (c == '+' || c == '#') && !current.is_empty() {
            let start = i;
            while i < chars.len() && (chars[i] == '+' || chars[i] == '#') {
                i += 1;
            }
            let followed_by_word = chars.get(i).is_some_and(|n| n.is_alphanumeric());
            if !followed_by_word {
                current.extend(&chars[start..i]);
            }
            tokens.push(std::mem::take(&mut current));
        } else {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            i += 1;
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// Lower-cases and strips diacritics (Latin-1 and Latin Extended-A, plus combining marks).
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match fold_char(c) {
            Some(replacement) => out.push_str(replacement),
            None if is_combining_mark(c) => {}
            None => out.push(c),
        }
    }
    out
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(split("München, Straße"), vec!["munchen", "strasse"]);
        assert_eq!(split("Mu\u{0308}nchen"), vec!["munchen"]);
        assert_eq!(split("Łódź Kraków"), vec!["lodz", "krakow"]);
    }

    #[test]
    fn tokens_are_gender_folded_keys() {
        assert_eq!(tokenize("Infirmière"), tokenize("Infirmier"));
        assert_eq!(
            tokenize("Profesora de Física"),
            tokenize("Profesor de física")
        );
        assert_eq!(tokenize("Lehrerin"), vec!["lehrer"]);
        assert_eq!(tokenize("München, Straße"), vec!["munchen", "strass"]);
        assert_ne!(tokenize("nurse"), tokenize("nursery"));
    }

    #[test]
    fn keeps_programming_language_suffixes() {
        assert_eq!(tokenize("C++, C#, C"), vec!["c++", "c#", "c"]);
        assert_eq!(
            split("Node.js / React-Native"),
            vec!["node", "js", "react", "native"]
        );
        assert_eq!(tokenize("a+b"), vec!["a", "b"]);
        assert_eq!(tokenize("  ++ "), Vec::<String>::new());
    }

    #[test]
    fn the_tantivy_tokenizer_yields_the_same_tokens_at_consecutive_positions() {
        let mut tokenizer = PeopleTokenizer;
        let mut stream = tokenizer.token_stream("Infirmière, C++ / Node.js");
        let mut seen = Vec::new();
        while let Some(token) = stream.next() {
            seen.push((token.position, token.text.clone()));
        }
        let expected: Vec<(usize, String)> = tokenize("Infirmière, C++ / Node.js")
            .into_iter()
            .enumerate()
            .collect();
        assert_eq!(seen, expected);
        assert_eq!(seen.len(), 4);
        assert!(!tokenizer.token_stream("  ++ ").advance());
    }
}
