//! Small text helpers on top of the taxonomy's normalisation (folded, lower case, tokenised).

use crate::taxonomy::TitleTaxonomy;

/// Normalised form: folded, lower-case tokens joined by single spaces.
///
/// Scoring normalises every text of every profile, so ASCII text (nearly all of it) takes a
/// path without per-token allocations; it gives exactly [`TitleTaxonomy::normalize`]'s output,
/// whose separators it learns from that function itself (see [`AsciiRules`]).
pub(crate) fn norm(s: &str) -> String {
    match AsciiRules::get() {
        Some(rules) if s.is_ascii() => rules.norm(s),
        _ => TitleTaxonomy::normalize(s),
    }
}

/// Appends [`norm`] of `s` to `out` (to reuse one buffer across many texts).
pub(crate) fn norm_into(s: &str, out: &mut String) {
    match AsciiRules::get() {
        Some(rules) if s.is_ascii() => rules.norm_into(s, out),
        _ => TitleTaxonomy::normalize_into(s, out),
    }
}

/// How [`TitleTaxonomy::normalize`] treats each ASCII character, learnt by asking it once, so
/// the fast path cannot drift from the taxonomy's tokenizer.
struct AsciiRules {
    /// Characters that split tokens.
    separator: [bool; 128],
    /// Per byte, for the plain-text check: 0 a word character, 1 the space, 2 anything the
    /// tokenizer treats specially (another separator, a dot or an ampersand).
    class: [u8; 128],
}

impl AsciiRules {
    /// The rules, or `None` when the tokenizer does something the fast path does not
    /// reproduce (then every text takes the taxonomy's own path).
    fn get() -> Option<&'static AsciiRules> {
        static RULES: std::sync::OnceLock<Option<AsciiRules>> = std::sync::OnceLock::new();
        RULES.get_or_init(AsciiRules::learn).as_ref()
    }

    fn learn() -> Option<AsciiRules> {
        let mut separator = [false; 128];
        for (b, slot) in (0u8..128).zip(separator.iter_mut()) {
            let c = char::from(b);
            *slot = TitleTaxonomy::normalize(&format!("a{c}b")) == "a b";
        }
        let mut class = [0u8; 128];
        for ((slot, &sep), b) in class.iter_mut().zip(&separator).zip(0u8..) {
            *slot = match b {
                b' ' => 1,
                b'.' | b'&' => 2,
                _ if sep => 2,
                _ => 0,
            };
        }
        let rules = AsciiRules { separator, class };
        // the token rules the fast path assumes: dots and ampersands trimmed at both ends, a
        // leading dot kept before a letter or digit (".NET"), lower case; checked against the
        // real thing on every ASCII character in every position that matters
        let probes = (0u8..128).map(char::from).flat_map(|c| {
            [
                format!("{c}"),
                format!("x{c}"),
                format!("{c}x"),
                format!("{c}x{c}"),
                format!(".{c}x"),
                format!("&{c}x."),
                format!("X{c}Y.z"),
                format!("..{c}1 {c}{c}Z&"),
            ]
        });
        let fixed = [
            ".NET, Node.js. C++/C# & R&D; FP&A -- .5 ..x &.y .&z x.& React-Native",
            "",
            " ",
            "Sr. Backend Dev (m/w/d) | Go @ Acme",
        ];
        let agrees = probes
            .chain(fixed.iter().map(|s| (*s).to_owned()))
            .all(|p| rules.norm(&p) == TitleTaxonomy::normalize(&p));
        agrees.then_some(rules)
    }

    /// [`TitleTaxonomy::normalize`] of an ASCII text.
    fn norm(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        self.norm_into(s, &mut out);
        out
    }

    /// Appends [`TitleTaxonomy::normalize`] of an ASCII text to `out`.
    fn norm_into(&self, s: &str, out: &mut String) {
        let from = out.len();
        if self.is_plain(s.as_bytes()) {
            // words between single spaces: the text is its own normal form, in lower case
            out.push_str(s);
            out[from..].make_ascii_lowercase();
            return;
        }
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            while i < bytes.len() && self.separator[usize::from(bytes[i] & 127)] {
                i += 1;
            }
            let start = i;
            while i < bytes.len() && !self.separator[usize::from(bytes[i] & 127)] {
                i += 1;
            }
            let (mut a, mut b) = (start, i);
            while a < b && matches!(bytes[a], b'.' | b'&') {
                a += 1;
            }
            while b > a && matches!(bytes[b - 1], b'.' | b'&') {
                b -= 1;
            }
            if a == b {
                continue;
            }
            if out.len() > from {
                out.push(' ');
            }
            // a leading dot before a letter or digit stays (".NET")
            if i - start > 1 && bytes[start] == b'.' && bytes[start + 1].is_ascii_alphanumeric() {
                out.push('.');
            }
            out.push_str(&s[a..b]);
        }
        out[from..].make_ascii_lowercase();
    }

    /// Whether an ASCII text is words (no separator, dot or ampersand) between single spaces.
    fn is_plain(&self, bytes: &[u8]) -> bool {
        let mut after_space = true;
        for &c in bytes {
            match self.class[usize::from(c & 127)] {
                0 => after_space = false,
                1 if !after_space => after_space = true,
                _ => return false,
            }
        }
        !after_space
    }
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
    // `padded.contains(" {phrase_norm} ")` without formatting the needle: building an ICP
    // asks this of every sentence for every marker word; every occurrence is tried, as
    // occurrences may overlap
    let Some(first) = phrase_norm.chars().next() else {
        return false;
    };
    let bytes = padded.as_bytes();
    let mut from = 0;
    while let Some(i) = padded.get(from..).and_then(|rest| rest.find(phrase_norm)) {
        let at = from + i;
        if at > 0 && bytes[at - 1] == b' ' && bytes.get(at + phrase_norm.len()) == Some(&b' ') {
            return true;
        }
        from = at + first.len_utf8();
    }
    false
}

/// Pads a normalised text with spaces for [`contains_norm`].
pub(crate) fn padded(text: &str) -> String {
    match AsciiRules::get() {
        Some(rules) if text.is_ascii() => {
            let mut out = String::with_capacity(text.len() + 2);
            out.push(' ');
            rules.norm_into(text, &mut out);
            out.push(' ');
            out
        }
        _ => {
            let mut out = String::with_capacity(text.len() + 2);
            out.push(' ');
            TitleTaxonomy::normalize_into(text, &mut out);
            out.push(' ');
            out
        }
    }
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_fast_path_is_on_and_agrees_on_typical_text() {
        assert!(AsciiRules::get().is_some(), "the ASCII rules were refused");
        for s in [
            "Senior Site Reliability Engineer (m/w/d)",
            "C++/C# and .NET, Node.js.",
            "R&D, FP&A -- React-Native; \"quoted\" <x> {y} [z] |a| ~b^ @c `d` *e* f=g h!i?",
            "..leading ..dots. and trailing&& &amps&",
            "tabs\tand\nnewlines\r\x0bvertical\x0cfeeds",
            "München", // not ASCII: the taxonomy's path
        ] {
            assert_eq!(norm(s), TitleTaxonomy::normalize(s), "{s:?}");
            assert_eq!(padded(s), format!(" {} ", TitleTaxonomy::normalize(s)));
            let mut out = "x".to_owned();
            norm_into(s, &mut out);
            assert_eq!(out, format!("x{}", TitleTaxonomy::normalize(s)));
        }
    }

    #[test]
    fn contains_norm_finds_overlapping_and_non_ascii_phrases() {
        // the first "a a" starts inside "aa"; the padded one overlaps it
        assert!(contains_norm(" aa a a ", "a a"));
        assert!(contains_norm(" \u{e9}\u{e9} \u{e9} ", "\u{e9}"));
        assert!(!contains_norm(" aa ", "a"));
        assert!(!contains_norm(" a ", ""));
    }

    proptest! {
        #[test]
        fn the_fast_path_equals_the_taxonomy_normaliser(s in "[ -~\t\n]{0,40}") {
            prop_assert_eq!(norm(&s), TitleTaxonomy::normalize(&s));
            prop_assert_eq!(padded(&s), format!(" {} ", TitleTaxonomy::normalize(&s)));
        }

        #[test]
        fn contains_norm_is_a_padded_needle_search(
            hay in "[ ab\u{e9}]{0,16}",
            phrase in "[ ab\u{e9}]{0,5}",
        ) {
            prop_assert_eq!(
                contains_norm(&hay, &phrase),
                !phrase.is_empty() && hay.contains(&format!(" {phrase} "))
            );
        }

        #[test]
        fn punctuation_heavy_text_too(s in "[a-cA-C0-9 .&+#_/,;:()|\\-]{0,24}") {
            prop_assert_eq!(norm(&s), TitleTaxonomy::normalize(&s));
        }
    }
}
