//! Gendered and inflected forms of job-title words, matched by rule rather than by listing each
//! word: "Infirmière" and "Infirmier", "Profesora" and "Profesor", "Lehrerin" and "Lehrer",
//! "Chauffeuse" and "Chauffeur", "Conductrice", "Conducteur" and "Conductor", "Pielęgniarka" and
//! "Pielęgniarz" fold to one key. The key is a matching form, never shown.

use std::borrow::Cow;

/// Suffix rewrites tried in order (first match wins) on a lower-case, diacritic-free word.
/// Feminine and masculine endings of FR, ES, PT, IT, DE and PL titles meet in one form; the
/// "-tor" family spans languages (directeur, directrice, direttore, director, directora).
const REWRITES: &[(&str, &str)] = &[
    // German feminine and plural inclusive forms: Lehrerin, Lehrerinnen, Ingenieurin, Ärztin
    ("erinnen", "er"),
    ("erin", "er"),
    ("eurinnen", "eur"),
    ("eurin", "eur"),
    ("istinnen", "ist"),
    ("istin", "ist"),
    ("ztin", "zt"),
    // Polish: pielęgniarka / pielęgniarz, kucharka / kucharz, kierowniczka / kierownik
    ("arka", "arz"),
    ("iczka", "ik"),
    // the -tor family (FR -teur/-trice, IT -tore/-trice, ES/PT -tor/-tora)
    ("trices", "tor"),
    ("trice", "tor"),
    ("teurs", "tor"),
    ("teur", "tor"),
    ("tore", "tor"),
    ("tora", "tor"),
    // French feminine forms
    ("ienne", "ien"),
    ("euse", "eur"),
    ("eure", "eur"),
    ("iere", "ier"),
    ("ee", "e"),
];

/// Letters that end a Romance word as its gender ("-o", "-a", "-e").
const GENDER_VOWELS: &[u8] = b"aoe";

/// The matching key of one title word (lower case, diacritics folded): its gendered forms
/// share it. Words under five letters, and words with digits or symbols, are left alone.
#[must_use]
pub fn fold_gender(word: &str) -> Cow<'_, str> {
    if word.len() < 5 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Cow::Borrowed(word);
    }
    let mut w = Cow::Borrowed(word);
    if let Some((from, to)) = REWRITES.iter().find(|(from, _)| word.ends_with(from)) {
        let stem = &word[..word.len() - from.len()];
        if stem.len() >= 2 {
            w = Cow::Owned(format!("{stem}{to}"));
        }
    }
    // a final gender vowel after a consonant: profesora / profesor, enfermero / enfermera,
    // infermiere / infermiera, técnico / técnica
    let b = w.as_bytes();
    let n = b.len();
    if n >= 5 && GENDER_VOWELS.contains(&b[n - 1]) && !b"aeiouy".contains(&b[n - 2]) {
        return Cow::Owned(w[..n - 1].to_owned());
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gendered_forms_share_a_key() {
        for pair in [
            ["infirmiere", "infirmier"],
            ["profesora", "profesor"],
            ["enfermera", "enfermero"],
            ["enfermeira", "enfermeiro"],
            ["infermiera", "infermiere"],
            ["camionera", "camionero"],
            ["lehrerin", "lehrer"],
            ["lehrerinnen", "lehrer"],
            ["ingenieurin", "ingenieur"],
            ["arztin", "arzt"],
            ["journalistin", "journalist"],
            ["chauffeuse", "chauffeur"],
            ["conductrice", "conducteur"],
            ["conductora", "conductor"],
            ["directrice", "director"],
            ["direttrice", "direttore"],
            ["technicienne", "technicien"],
            ["ingenieure", "ingenieur"],
            ["employee", "employe"],
            ["pielegniarka", "pielegniarz"],
            ["kierowniczka", "kierownik"],
            ["tecnica", "tecnico"],
            ["abogada", "abogado"],
        ] {
            assert_eq!(fold_gender(pair[0]), fold_gender(pair[1]), "{pair:?}");
        }
    }

    #[test]
    fn other_words_keep_their_own_keys() {
        for [a, b] in [
            ["nurse", "nursery"],
            ["physics", "physical"],
            ["educacion", "fisica"],
            ["engineer", "engine"],
            ["reliability", "mechanical"],
        ] {
            assert_ne!(fold_gender(a), fold_gender(b), "{a} {b}");
        }
        for short in ["java", "go", "rn", "ide", "c++", "node2"] {
            assert_eq!(fold_gender(short), short);
        }
    }
}
