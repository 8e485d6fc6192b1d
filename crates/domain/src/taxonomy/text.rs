//! Text normalisation shared by the taxonomies: diacritic folding and token splitting.
//!
//! Mirrors `tokens()` in `tools/build_data.py`: tokens are split on whitespace and punctuation,
//! but `C++`, `C#`, `.NET`, `Node.js` and `FP&A` stay single tokens.

/// One token of a text: as written (trimmed) and normalised (folded, lower case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// The token as written, with surrounding dots and ampersands trimmed.
    pub(crate) original: String,
    /// Folded, lower-cased form used for lookups.
    pub(crate) norm: String,
}

/// Whether `c` separates tokens.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '/' | ','
                | ';'
                | ':'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '|'
                | '!'
                | '?'
                | '"'
                | '\''
                | '`'
                | '*'
                | '<'
                | '>'
                | '='
                | '~'
                | '^'
                | '@'
                | '-'
                | '\u{2013}'
                | '\u{2014}'
                | '\u{00b7}'
                | '\u{2022}'
                | '\u{2019}'
                | '\u{2018}'
                | '\u{201c}'
                | '\u{201d}'
        )
}

/// Folds common Latin diacritics and ligatures to ASCII; other characters pass through.
pub(crate) fn fold_char(c: char, out: &mut String) {
    const TABLE: &[(&str, &str)] = &[
        ("ÀÁÂÃÄÅĀĂĄǍȀȂẠẢẤẦẨẪẬẮẰẲẴẶ", "A"),
        ("àáâãäåāăąǎȁȃạảấầẩẫậắằẳẵặ", "a"),
        ("ÇĆĈĊČ", "C"),
        ("çćĉċč", "c"),
        ("ĎĐ", "D"),
        ("ďđ", "d"),
        ("ÈÉÊËĒĔĖĘĚȄȆẸẺẼẾỀỂỄỆ", "E"),
        ("èéêëēĕėęěȅȇẹẻẽếềểễệ", "e"),
        ("ĜĞĠĢ", "G"),
        ("ĝğġģ", "g"),
        ("ĤĦ", "H"),
        ("ĥħ", "h"),
        ("ÌÍÎÏĨĪĬĮİǏỈỊ", "I"),
        ("ìíîïĩīĭįıǐỉị", "i"),
        ("Ĵ", "J"),
        ("ĵ", "j"),
        ("Ķ", "K"),
        ("ķ", "k"),
        ("ĹĻĽĿŁ", "L"),
        ("ĺļľŀł", "l"),
        ("ÑŃŅŇ", "N"),
        ("ñńņňŉ", "n"),
        ("ÒÓÔÕÖØŌŎŐǑỌỎỐỒỔỖỘỚỜỞỠỢƠ", "O"),
        ("òóôõöøōŏőǒọỏốồổỗộớờởỡợơ", "o"),
        ("ŔŖŘ", "R"),
        ("ŕŗř", "r"),
        ("ŚŜŞŠȘ", "S"),
        ("śŝşšș", "s"),
        ("ŢŤŦȚ", "T"),
        ("ţťŧț", "t"),
        ("ÙÚÛÜŨŪŬŮŰŲǓỤỦỨỪỬỮỰƯ", "U"),
        ("ùúûüũūŭůűųǔụủứừửữựư", "u"),
        ("Ŵ", "W"),
        ("ŵ", "w"),
        ("ÝŸŶỲỴỶỸ", "Y"),
        ("ýÿŷỳỵỷỹ", "y"),
        ("ŹŻŽ", "Z"),
        ("źżž", "z"),
        ("ß", "ss"),
        ("Æ", "AE"),
        ("æ", "ae"),
        ("Œ", "OE"),
        ("œ", "oe"),
        ("Þ", "TH"),
        ("þ", "th"),
        ("Ð", "D"),
        ("ð", "d"),
    ];
    if c.is_ascii() {
        out.push(c);
        return;
    }
    for (from, to) in TABLE {
        if from.contains(c) {
            out.push_str(to);
            return;
        }
    }
    // combining marks are dropped
    if ('\u{0300}'..='\u{036f}').contains(&c) {
        return;
    }
    out.push(c);
}

/// Folds diacritics and lower-cases `s`.
pub(crate) fn fold_lower(s: &str) -> String {
    let mut folded = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut folded);
    }
    folded.to_lowercase()
}

/// Splits `text` into tokens (see the module docs).
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for raw in text.split(is_separator) {
        let lead_dot =
            raw.starts_with('.') && raw.chars().nth(1).is_some_and(char::is_alphanumeric);
        let trimmed = raw.trim_matches(|c| c == '.' || c == '&');
        if trimmed.is_empty() {
            continue;
        }
        let original = if lead_dot {
            format!(".{trimmed}")
        } else {
            trimmed.to_owned()
        };
        let norm = fold_lower(&original);
        out.push(Token { original, norm });
    }
    out
}

/// Normalised form of `s`: folded, lower-case tokens joined by single spaces.
pub(crate) fn norm(s: &str) -> String {
    join_norm(&tokenize(s))
}

/// Joins the normalised forms of `tokens` with single spaces.
pub(crate) fn join_norm(tokens: &[Token]) -> String {
    let mut out = String::new();
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&t.norm);
    }
    out
}

/// Joins normalised words with single spaces.
pub(crate) fn join_words(words: &[String]) -> String {
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn keeps_symbol_tokens_together() {
        assert_eq!(
            norms("C++/C# and .NET, Node.js."),
            ["c++", "c#", "and", ".net", "node.js"]
        );
        assert_eq!(norms("Sr. Backend Dev"), ["sr", "backend", "dev"]);
        assert_eq!(norms("R&D, FP&A"), ["r&d", "fp&a"]);
        assert_eq!(norms("React-Native"), ["react", "native"]);
    }

    #[test]
    fn folds_diacritics() {
        assert_eq!(norm("München"), "munchen");
        assert_eq!(norm("São Paulo"), "sao paulo");
        assert_eq!(norm("Kraków"), "krakow");
        assert_eq!(norm("Straße"), "strasse");
    }
}
