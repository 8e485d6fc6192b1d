//! Text normalisation shared by the taxonomies: diacritic folding and token splitting.
//!
//! Mirrors `tokens()` in `tools/build_data.py`: tokens are split on whitespace and punctuation,
//! but `C++`, `C#`, `.NET`, `Node.js` and `FP&A` stay single tokens.

use compact_str::CompactString;

/// One token of a text: as written (trimmed) and normalised (folded, lower case). Scoring
/// tokenizes every text of every profile, so a token borrows its text and keeps its normal
/// form inline (no heap allocation for words of up to 24 bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    /// The token as written, with surrounding dots and ampersands trimmed.
    pub(crate) original: &'a str,
    /// Folded, lower-cased form used for lookups.
    pub(crate) norm: CompactString,
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
    if c.is_ascii() {
        out.push(c);
        return;
    }
    // one match (a jump table) instead of a scan of the table: loading the taxonomy folds
    // every place name of GeoNames, and scoring folds every non-ASCII profile text
    let folded = match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' | 'Ǎ' | 'Ȁ' | 'Ȃ' | 'Ạ' | 'Ả' | 'Ấ'
        | 'Ầ' | 'Ẩ' | 'Ẫ' | 'Ậ' | 'Ắ' | 'Ằ' | 'Ẳ' | 'Ẵ' | 'Ặ' => "A",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ȁ' | 'ȃ' | 'ạ' | 'ả' | 'ấ'
        | 'ầ' | 'ẩ' | 'ẫ' | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => "a",
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'Ď' | 'Đ' => "D",
        'ď' | 'đ' => "d",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' | 'Ȅ' | 'Ȇ' | 'Ẹ' | 'Ẻ' | 'Ẽ' | 'Ế'
        | 'Ề' | 'Ể' | 'Ễ' | 'Ệ' => "E",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ȅ' | 'ȇ' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế'
        | 'ề' | 'ể' | 'ễ' | 'ệ' => "e",
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'Ĥ' | 'Ħ' => "H",
        'ĥ' | 'ħ' => "h",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' | 'Ǐ' | 'Ỉ' | 'Ị' => "I",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' | 'ỉ' | 'ị' => "i",
        'Ĵ' => "J",
        'ĵ' => "j",
        'Ķ' => "K",
        'ķ' => "k",
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "L",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' => "N",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' | 'Ǒ' | 'Ọ' | 'Ỏ' | 'Ố' | 'Ồ' | 'Ổ'
        | 'Ỗ' | 'Ộ' | 'Ớ' | 'Ờ' | 'Ở' | 'Ỡ' | 'Ợ' | 'Ơ' => "O",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ'
        | 'ỗ' | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' | 'ơ' => "o",
        'Ŕ' | 'Ŗ' | 'Ř' => "R",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => "S",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => "T",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' | 'Ǔ' | 'Ụ' | 'Ủ' | 'Ứ' | 'Ừ'
        | 'Ử' | 'Ữ' | 'Ự' | 'Ư' => "U",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ụ' | 'ủ' | 'ứ' | 'ừ'
        | 'ử' | 'ữ' | 'ự' | 'ư' => "u",
        'Ŵ' => "W",
        'ŵ' => "w",
        'Ý' | 'Ÿ' | 'Ŷ' | 'Ỳ' | 'Ỵ' | 'Ỷ' | 'Ỹ' => "Y",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => "y",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'Æ' => "AE",
        'æ' => "ae",
        'Œ' => "OE",
        'œ' => "oe",
        'Þ' => "TH",
        'þ' => "th",
        'Ð' => "D",
        'ð' => "d",
        // combining marks are dropped
        '\u{0300}'..='\u{036f}' => "",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(folded);
}

/// Folds diacritics and lower-cases `s`.
pub(crate) fn fold_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut folded = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut folded);
    }
    folded.to_lowercase()
}

/// [`fold_lower`] into an inline string.
fn fold_lower_compact(s: &str) -> CompactString {
    if s.is_ascii() {
        let mut out = CompactString::from(s);
        out.make_ascii_lowercase();
        return out;
    }
    CompactString::from(fold_lower(s))
}

/// The tokens of `text` as written (see the module docs): slices of `text`.
fn raw_tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_separator).filter_map(|raw| {
        let trimmed = raw.trim_matches(|c| c == '.' || c == '&');
        if trimmed.is_empty() {
            return None;
        }
        // ".NET" keeps its dot: the raw token then starts with exactly one dot before the
        // trimmed text, so the token as written is still a slice of `text`
        let lead_dot =
            raw.starts_with('.') && raw.chars().nth(1).is_some_and(char::is_alphanumeric);
        Some(if lead_dot {
            &raw[..trimmed.len() + 1]
        } else {
            trimmed
        })
    })
}

/// Splits `text` into tokens (see the module docs).
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    raw_tokens(text)
        .map(|original| Token {
            original,
            norm: fold_lower_compact(original),
        })
        .collect()
}

/// Normalised form of `s`: folded, lower-case tokens joined by single spaces.
pub(crate) fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    norm_into(s, &mut out);
    out
}

/// Appends [`norm`] of `s` to `out`, without a token list (scoring normalises every text of
/// every profile).
pub(crate) fn norm_into(s: &str, out: &mut String) {
    for (i, original) in raw_tokens(s).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if original.is_ascii() {
            let from = out.len();
            out.push_str(original);
            out[from..].make_ascii_lowercase();
        } else {
            out.push_str(&fold_lower(original));
        }
    }
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

/// The normalised forms of `text`'s tokens, as the taxonomies' phrase indexes key them.
pub(crate) fn norm_words(text: &str) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .map(|t| t.norm.into_string())
        .collect()
}

/// Joins normalised words with single spaces.
pub(crate) fn join_words(words: &[String]) -> String {
    words.join(" ")
}

/// Replaces `out` with the words joined by single spaces (one buffer for many lookups).
pub(crate) fn join_into<'w>(words: impl IntoIterator<Item = &'w str>, out: &mut String) {
    out.clear();
    for (i, w) in words.into_iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        tokenize(s)
            .into_iter()
            .map(|t| t.norm.into_string())
            .collect()
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
        // every row of the folding table, upper and lower case, ligatures and marks
        assert_eq!(
            norm("ÀĄẶ çČ Đđ ÉỆ Ğģ Ħ İı Ĵķ Łŀ Ññ ØỢơ Ř Șś Ț Ưű Ŵ Ÿỹ Žź Ææ Œœ Þþ Ðð e\u{301}"),
            "aaa cc dd ee gg h ii jk ll nn ooo r ss t uu w yy zz aeae oeoe thth dd e"
        );
        assert_eq!(norm("Ωmega Straße"), "ωmega strasse");
    }
}
