//! A person's name as mail systems write it: ASCII-folded, titles and suffixes dropped, the
//! given name and the surname picked out.
//!
//! The rules (each one what directory and mail systems commonly do, see the crate docs):
//! - Letters are folded to ASCII: diacritics dropped (José Núñez → jose nunez), letters that
//!   do not decompose mapped (ß → ss, æ → ae, ø → o, œ → oe, ł → l, đ/ð → d, þ → th,
//!   ı → i). At a German-speaking company (DE, AT, CH, LI) ä/ö/ü are written ae/oe/ue
//!   (Jürgen Müller → juergen.mueller), the folded form coming second.
//! - A letter of another script (Greek, Cyrillic, CJK, Arabic …) makes the name unusable:
//!   transliteration is ambiguous (王 is Wang in Mandarin, Ō in Japanese), so it would be a
//!   guess. Emoji and other symbols are ignored.
//! - Apostrophes vanish (O'Brien → obrien); hyphenated names are joined (Anne-Marie →
//!   annemarie), the hyphenated spelling coming second.
//! - Particles (van, von, de, da, di, del, della, le, la, bin, al …) stay with the surname
//!   and are joined (Ludwig van Beethoven → vanbeethoven, Khalid al-Rashid → alrashid): the
//!   directory's surname field holds "van Beethoven" and mail systems drop the space. The
//!   surname without them comes second.
//! - The given name is the first word (or the second, after an initial: J. Robert
//!   Oppenheimer → robert); middle names are dropped; the surname is the last word with its
//!   particles. At a Spanish-speaking company a name with two surnames uses the first
//!   (paternal) one (Gabriel García Márquez → garcia), the last one coming second; a common
//!   given name in second place is part of a compound given name (Juan Carlos Pérez → perez),
//!   and a hyphenated last word is the whole surname (Fernández-Castro).
//! - Vietnamese names written with Vietnamese diacritics and a common family name first
//!   (Nguyễn Văn An) are read family name first (given an, surname nguyen).
//! - Leading titles (Dr., Prof., Mr …) and trailing suffixes (Jr., III, PhD …) are dropped, so
//!   is anything after a comma that looks like credentials ("Jane Doe, RN"); "Doe, Jane"
//!   is read as Jane Doe. Bracketed and quoted nicknames are dropped.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_canonical, decompose_compatible, is_combining_mark};

/// Why a name cannot be used in an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameError {
    /// Nothing left once titles, symbols and punctuation are gone.
    Empty,
    /// A letter outside the Latin script.
    NotLatin,
}

/// How a company's country writes names; see the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Conventions {
    /// ä/ö/ü → ae/oe/ue (German-speaking countries).
    pub german_umlauts: bool,
    /// Two surnames, the first one used (Spanish-speaking countries).
    pub paternal_surname_first: bool,
}

impl Conventions {
    /// The conventions of a country (ISO 3166-1 alpha-2, any case).
    pub(crate) fn for_country(country: Option<&str>) -> Self {
        let Some(country) = country else {
            return Self::default();
        };
        let country = country.trim().to_ascii_uppercase();
        Self {
            german_umlauts: matches!(country.as_str(), "DE" | "AT" | "CH" | "LI"),
            paternal_surname_first: SPANISH_SPEAKING.contains(&country.as_str()),
        }
    }
}

/// Countries whose people usually carry two surnames, the paternal one first.
const SPANISH_SPEAKING: &[&str] = &[
    "ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI",
    "CR", "PA", "UY", "PR", "GQ",
];

/// One way of reading a name: the given name and surname as they go into an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reading {
    /// Given name, folded (`jose`, `annemarie`, `anne-marie`).
    pub first: String,
    /// Surname, folded; `None` for a single-word name.
    pub last: Option<String>,
    /// Confidence points this reading loses against a clean two-word name.
    pub penalty: u8,
}

/// Every plausible reading of `name`, the most likely first (never empty on success).
pub(crate) fn readings(name: &str, conventions: Conventions) -> Result<Vec<Reading>, NameError> {
    let mut out = readings_folded(name, conventions.german_umlauts, conventions)?;
    if conventions.german_umlauts {
        // Plenty of German mail systems simply strip the dots: offer that spelling next.
        if let Ok(stripped) = readings_folded(name, false, conventions) {
            for mut reading in stripped {
                reading.penalty = reading.penalty.saturating_add(25);
                out.push(reading);
            }
        }
    }
    let mut seen = Vec::new();
    out.retain(|r| {
        let key = (r.first.clone(), r.last.clone());
        let fresh = !seen.contains(&key);
        seen.push(key);
        fresh
    });
    out.sort_by_key(|r| r.penalty);
    Ok(out)
}

/// One word of the name, split at its hyphens, each part folded (non-empty).
#[derive(Debug, Clone)]
struct Token {
    /// The word as written (for script checks).
    raw: String,
    parts: Vec<String>,
    particle: bool,
}

impl Token {
    fn joined(&self) -> String {
        self.parts.concat()
    }

    fn hyphenated(&self) -> String {
        self.parts.join("-")
    }

    /// The token without a leading Arabic article (`al-rashid` → `rashid`).
    fn without_article(&self) -> Option<String> {
        (self.parts.len() >= 2 && ARTICLES.contains(&self.parts[0].as_str()))
            .then(|| self.parts[1..].concat())
    }
}

/// Words that stay with the surname that follows them.
const PARTICLES: &[&str] = &[
    "van", "von", "vom", "zu", "zum", "zur", "der", "den", "ter", "ten", "de", "des", "du", "da",
    "das", "do", "dos", "di", "del", "della", "dello", "degli", "dei", "le", "la", "lo", "st",
    "bin", "binti", "bint", "ibn", "al", "el", "abu", "af", "av", "o", "ni", "nic", "mac", "mc",
    "ua", "ui",
];

/// Arabic articles hyphenated to a surname (al-Rashid).
const ARTICLES: &[&str] = &["al", "el"];

/// Words joining two surnames (Ortega y Gasset), dropped.
const CONJUNCTIONS: &[&str] = &["y", "e", "i"];

/// Leading titles, folded and without dots.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "herr", "frau", "sr", "sra",
    "srta", "mme", "mlle", "dipling", "ing", "mag", "rev", "fr", "lord", "lady",
];

/// Trailing suffixes and credentials, folded and without dots.
const SUFFIXES: &[&str] = &[
    "jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq", "cpa", "msc", "bsc", "dds", "rn",
    "pmp", "cfa", "llm", "jd",
];

/// Given names that commonly stand second in a Spanish compound given name, folded.
const SPANISH_GIVEN_NAMES: &[&str] = &[
    "jose",
    "maria",
    "juan",
    "carlos",
    "luis",
    "antonio",
    "manuel",
    "miguel",
    "angel",
    "pablo",
    "javier",
    "andres",
    "eduardo",
    "fernando",
    "francisco",
    "alberto",
    "ignacio",
    "alejandro",
    "enrique",
    "pedro",
    "ana",
    "elena",
    "isabel",
    "teresa",
    "carmen",
    "luisa",
    "lucia",
    "paula",
    "eugenia",
    "fernanda",
    "alejandra",
    "victoria",
    "pilar",
    "jesus",
    "david",
    "daniel",
];

/// Common Vietnamese family names, folded; only a name starting with one of them (and written
/// with Vietnamese diacritics) is read family name first.
const VIETNAMESE_FAMILY_NAMES: &[&str] = &[
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "truong", "lam", "trinh", "dao", "cao", "luong", "doan",
    "vuong", "quach", "luu", "chau", "ta", "ha", "mai", "thai", "kieu", "la",
];

/// The readings of a name (given name and surname, best first) with diacritics folded as
/// `german` says.
fn readings_folded(
    name: &str,
    german: bool,
    conventions: Conventions,
) -> Result<Vec<Reading>, NameError> {
    let tokens = name_tokens(name, german)?;
    let Some(first_token) = tokens.first() else {
        return Err(NameError::Empty);
    };

    // An initial followed by a name the person goes by: J. Robert Oppenheimer.
    let mut given = 0;
    let mut penalty = 0u8;
    if first_token.joined().len() == 1 {
        if tokens.len() >= 3 && !tokens[1].particle {
            given = 1;
        } else {
            penalty = 20;
        }
    }
    let mut units = surname_units(&tokens[given + 1..]);
    let given_token = &tokens[given];
    if conventions.paternal_surname_first {
        // A common given name in second place makes a compound given name (Juan Carlos,
        // María José), not a surname.
        while units.len() >= 2
            && units[0].len() == 1
            && SPANISH_GIVEN_NAMES.contains(&units[0][0].joined().as_str())
        {
            units.remove(0);
        }
    }
    // A hyphenated last surname already holds both (Fernández-Castro).
    let ambiguous = conventions.paternal_surname_first
        && units.len() >= 2
        && units
            .last()
            .is_some_and(|u| u.iter().all(|t| t.parts.len() == 1));
    let unit = match units.len() {
        0 => {
            return Ok(vec![Reading {
                first: given_token.joined(),
                last: None,
                penalty,
            }]);
        }
        n if ambiguous => &units[n - 2],
        n => &units[n - 1],
    };
    let primary_penalty = penalty + if ambiguous { 10 } else { 0 };
    let maternal = if ambiguous {
        units.last().map(Vec::as_slice)
    } else {
        None
    };
    Ok(readings_of(given_token, unit, maternal, primary_penalty))
}

/// The words of a name folded into tokens, without leading titles and trailing suffixes, in
/// given-name-first order, with particles marked.
fn name_tokens(name: &str, german: bool) -> Result<Vec<Token>, NameError> {
    let mut tokens = Vec::new();
    for word in name_words(name) {
        if let Some(token) = fold_token(&word, german)? {
            tokens.push(token);
        }
    }
    while tokens.len() > 1 && TITLES.contains(&tokens[0].joined().as_str()) {
        tokens.remove(0);
    }
    while tokens.len() > 1
        && tokens
            .last()
            .is_some_and(|t| SUFFIXES.contains(&t.joined().as_str()))
    {
        tokens.pop();
    }
    if is_vietnamese(&tokens) {
        // Family, middle, given → given, family (middle names are never in addresses).
        let family = tokens.remove(0);
        tokens.drain(..tokens.len() - 1);
        tokens.push(family);
    }
    let last_index = tokens.len().saturating_sub(1);
    for (i, token) in tokens.iter_mut().enumerate() {
        // The first word is a given name ("Van Morrison"), the last one a surname ("Anna Le").
        token.particle = i > 0
            && i < last_index
            && token.parts.len() == 1
            && PARTICLES.contains(&&*token.parts[0]);
    }
    Ok(tokens)
}

/// The readings with `unit` as the surname (`primary_penalty` for the first), then the
/// `maternal` surname when the surname is ambiguous, the hyphenated and the particle-less ones.
fn readings_of(
    given_token: &Token,
    unit: &[Token],
    maternal: Option<&[Token]>,
    primary_penalty: u8,
) -> Vec<Reading> {
    let mut out = vec![Reading {
        first: given_token.joined(),
        last: Some(join(unit, Token::joined)),
        penalty: primary_penalty,
    }];
    // The maternal surname (or the surname, after a compound given name not listed).
    if let Some(other) = maternal {
        out.push(Reading {
            first: given_token.joined(),
            last: Some(join(other, Token::joined)),
            penalty: primary_penalty + 35,
        });
    }
    if given_token.parts.len() > 1 || unit.iter().any(|t| t.parts.len() > 1) {
        out.push(Reading {
            first: given_token.hyphenated(),
            last: Some(join(unit, Token::hyphenated)),
            penalty: primary_penalty + 30,
        });
    }
    if let Some(bare) = without_particles(unit) {
        out.push(Reading {
            first: given_token.joined(),
            last: Some(bare),
            penalty: primary_penalty + 30,
        });
    }
    out
}

/// Surnames after the given name: each a run of particles and the word they belong to
/// (middle names become units of their own and are never the chosen one unless a convention
/// says so); conjunctions between surnames are dropped.
fn surname_units(tokens: &[Token]) -> Vec<Vec<Token>> {
    let mut units = Vec::new();
    let mut pending: Vec<Token> = Vec::new();
    let last = tokens.len().saturating_sub(1);
    for (i, token) in tokens.iter().enumerate() {
        let word = token.joined();
        if i > 0 && i < last && pending.is_empty() && CONJUNCTIONS.contains(&word.as_str()) {
            continue;
        }
        pending.push(token.clone());
        if !token.particle {
            units.push(std::mem::take(&mut pending));
        }
    }
    units
}

fn join(unit: &[Token], render: fn(&Token) -> String) -> String {
    unit.iter().map(render).collect()
}

/// The surname without its particles or article, if it had any.
fn without_particles(unit: &[Token]) -> Option<String> {
    let core = unit.last()?;
    if unit.len() > 1 {
        return Some(core.without_article().unwrap_or_else(|| core.joined()));
    }
    core.without_article()
}

/// The words of the name proper: nicknames in brackets or quotes dropped, credentials after a
/// comma dropped, "Last, First" turned round.
fn name_words(name: &str) -> Vec<String> {
    let mut cleaned = String::with_capacity(name.len());
    let mut closing: Option<char> = None;
    for c in name.chars() {
        if let Some(close) = closing {
            if c == close {
                closing = None;
            }
            continue;
        }
        closing = match c {
            '(' => Some(')'),
            '[' => Some(']'),
            '"' => Some('"'),
            '“' => Some('”'),
            '«' => Some('»'),
            _ => None,
        };
        if closing.is_none() {
            cleaned.push(c);
        }
    }
    let mut segments: Vec<&str> = cleaned.split(',').map(str::trim).collect();
    while segments.len() > 1 && segments.last().is_some_and(|s| is_credentials(s)) {
        segments.pop();
    }
    let ordered = match segments.as_slice() {
        [last, first] => format!("{first} {last}"),
        [first, ..] => (*first).to_owned(),
        [] => String::new(),
    };
    ordered.split_whitespace().map(str::to_owned).collect()
}

/// "PhD", "RN, BSN", "MBA": a segment of suffixes or short all-capital abbreviations.
fn is_credentials(segment: &str) -> bool {
    let words: Vec<&str> = segment.split_whitespace().collect();
    !words.is_empty()
        && words.iter().all(|w| {
            let bare: String = w.chars().filter(|c| *c != '.').collect();
            SUFFIXES.contains(&bare.to_lowercase().as_str())
                || (bare.len() <= 5 && bare.chars().all(|c| c.is_ascii_uppercase()))
        })
}

/// Folds one word: hyphen-separated parts, apostrophes and dots dropped. `None` when nothing
/// is left (an emoji, a lone dash).
fn fold_token(word: &str, german: bool) -> Result<Option<Token>, NameError> {
    let mut parts = Vec::new();
    for part in word.split(['-', '\u{2010}', '\u{2011}', '\u{2013}']) {
        let folded = fold(part, german)?;
        if !folded.is_empty() {
            parts.push(folded);
        }
    }
    Ok((!parts.is_empty()).then(|| Token {
        raw: word.to_owned(),
        parts,
        particle: false,
    }))
}

/// Lowercase ASCII letters of `text`; see the module docs.
fn fold(text: &str, german: bool) -> Result<String, NameError> {
    let mut out = String::with_capacity(text.len());
    for c in text.nfc().flat_map(char::to_lowercase) {
        if german
            && let Some(expanded) = match c {
                'ä' => Some("ae"),
                'ö' => Some("oe"),
                'ü' => Some("ue"),
                _ => None,
            }
        {
            out.push_str(expanded);
            continue;
        }
        if let Some(mapped) = match c {
            'ß' => Some("ss"),
            'æ' => Some("ae"),
            'œ' => Some("oe"),
            'ø' => Some("o"),
            'ł' => Some("l"),
            'đ' | 'ð' => Some("d"),
            'þ' => Some("th"),
            'ı' => Some("i"),
            'ħ' => Some("h"),
            'ŧ' => Some("t"),
            'ŋ' => Some("n"),
            'ĸ' => Some("k"),
            'ſ' => Some("s"),
            'ə' => Some("e"),
            _ => None,
        } {
            out.push_str(mapped);
            continue;
        }
        if is_apostrophe(c) {
            continue;
        }
        let mut foreign = false;
        decompose_compatible(c, |d| {
            if d.is_ascii_alphabetic() {
                out.push(d.to_ascii_lowercase());
            } else if !d.is_ascii() && !is_combining_mark(d) && d.is_alphabetic() {
                foreign = true;
            }
        });
        if foreign {
            return Err(NameError::NotLatin);
        }
    }
    Ok(out)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | '`' | '´' | 'ʹ' | '′')
}

/// Written with Vietnamese diacritics and starting with a common Vietnamese family name.
fn is_vietnamese(tokens: &[Token]) -> bool {
    match tokens {
        [family, _, ..] if VIETNAMESE_FAMILY_NAMES.contains(&family.joined().as_str()) => {
            diacritics(&family.raw).0 || tokens.iter().any(|t| diacritics(&t.raw).1)
        }
        _ => false,
    }
}

/// (any diacritic or đ, a mark only Vietnamese uses: horn, hook above, dot below, đ, or two
/// marks stacked on one letter).
fn diacritics(word: &str) -> (bool, bool) {
    let mut any = false;
    let mut vietnamese = false;
    for c in word.nfc() {
        if matches!(c, 'đ' | 'Đ') {
            any = true;
            vietnamese = true;
        }
        let mut marks = 0;
        decompose_canonical(c, |d| {
            if is_combining_mark(d) {
                marks += 1;
                any = true;
                vietnamese |= matches!(d, '\u{031B}' | '\u{0309}' | '\u{0323}');
            }
        });
        vietnamese |= marks >= 2;
    }
    (any, vietnamese)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn primary(name: &str, conventions: Conventions) -> (String, Option<String>) {
        let r = readings(name, conventions).unwrap().remove(0);
        (r.first, r.last)
    }

    fn plain(name: &str) -> (String, Option<String>) {
        primary(name, Conventions::default())
    }

    fn pair(first: &str, last: &str) -> (String, Option<String>) {
        (first.to_owned(), Some(last.to_owned()))
    }

    #[test]
    fn folds_latin_letters_to_ascii() {
        assert_eq!(plain("José Núñez"), pair("jose", "nunez"));
        assert_eq!(plain("Łukasz Żółć"), pair("lukasz", "zolc"));
        assert_eq!(plain("Søren Kierkegaård"), pair("soren", "kierkegaard"));
        assert_eq!(plain("Æsa Þórsdóttir"), pair("aesa", "thorsdottir"));
        assert_eq!(plain("Işıl Şahin"), pair("isil", "sahin"));
        assert_eq!(plain("Ðorđe Đukić"), pair("dorde", "dukic"));
        // decomposed input folds like composed input
        assert_eq!(
            plain("Jose\u{301} Nu\u{303}n\u{303}ez"),
            pair("jose", "nunez")
        );
    }

    #[test]
    fn other_scripts_are_refused_and_symbols_ignored() {
        let c = Conventions::default();
        assert_eq!(readings("王小明", c), Err(NameError::NotLatin));
        assert_eq!(
            readings("Γιώργος Παπαδόπουλος", c),
            Err(NameError::NotLatin)
        );
        assert_eq!(readings("Wei 王", c), Err(NameError::NotLatin));
        assert_eq!(readings("🚀 ✨", c), Err(NameError::Empty));
        assert_eq!(readings("   ", c), Err(NameError::Empty));
        assert_eq!(plain("Jane Doe 🚀"), pair("jane", "doe"));
    }

    #[test]
    fn titles_suffixes_nicknames_and_commas() {
        assert_eq!(plain("Dr. Jane Doe, PhD"), pair("jane", "doe"));
        assert_eq!(plain("Prof. Dr. Hans Meier"), pair("hans", "meier"));
        assert_eq!(plain("Martin Luther King Jr."), pair("martin", "king"));
        assert_eq!(plain("Henry Ford III"), pair("henry", "ford"));
        assert_eq!(plain("Robert \"Bob\" Smith"), pair("robert", "smith"));
        assert_eq!(plain("Elizabeth (Liz) Taylor"), pair("elizabeth", "taylor"));
        assert_eq!(plain("Doe, Jane"), pair("jane", "doe"));
        assert_eq!(plain("Jane Doe, RN, BSN"), pair("jane", "doe"));
        assert_eq!(plain("Dr."), ("dr".to_owned(), None));
    }

    #[test]
    fn particles_stay_with_the_surname() {
        assert_eq!(
            plain("Ludwig van Beethoven"),
            pair("ludwig", "vanbeethoven")
        );
        assert_eq!(plain("Ursula von der Leyen"), pair("ursula", "vonderleyen"));
        assert_eq!(plain("Van Morrison"), pair("van", "morrison"));
        assert_eq!(plain("Anna Le"), pair("anna", "le"));
        let all = readings("Ludwig van Beethoven", Conventions::default()).unwrap();
        assert_eq!(all[1].last.as_deref(), Some("beethoven"));
        assert_eq!(all[1].penalty, 30);
        let arabic = readings("Khalid al-Rashid", Conventions::default()).unwrap();
        let lasts: Vec<_> = arabic.iter().filter_map(|r| r.last.as_deref()).collect();
        assert_eq!(lasts, ["alrashid", "al-rashid", "rashid"]);
    }

    #[test]
    fn initials_and_single_words() {
        assert_eq!(
            plain("J. Robert Oppenheimer"),
            pair("robert", "oppenheimer")
        );
        let initial = readings("J. Smith", Conventions::default()).unwrap();
        assert_eq!((initial[0].first.as_str(), initial[0].penalty), ("j", 20));
        assert_eq!(plain("Sukarno"), ("sukarno".to_owned(), None));
    }

    #[test]
    fn spanish_double_surnames_use_the_paternal_one_there_only() {
        let es = Conventions::for_country(Some("es"));
        assert!(es.paternal_surname_first && !es.german_umlauts);
        assert_eq!(
            primary("Gabriel García Márquez", es),
            pair("gabriel", "garcia")
        );
        assert_eq!(primary("José Ortega y Gasset", es), pair("jose", "ortega"));
        assert_eq!(plain("Gabriel García Márquez"), pair("gabriel", "marquez"));
        assert_eq!(primary("Juan Carlos Pérez", es), pair("juan", "perez"));
        assert_eq!(
            primary("María José García López", es),
            pair("maria", "garcia")
        );
        assert_eq!(
            primary("María José Fernández-Castro", es),
            pair("maria", "fernandezcastro")
        );
        let all = readings("Gabriel García Márquez", es).unwrap();
        assert_eq!(all[1].last.as_deref(), Some("marquez"));
        assert!(all[1].penalty > all[0].penalty);
    }

    #[test]
    fn german_umlauts_expand_at_german_companies() {
        let de = Conventions::for_country(Some("DE"));
        let all = readings("Jürgen Müller", de).unwrap();
        assert_eq!(
            (all[0].first.as_str(), all[0].last.as_deref()),
            ("juergen", Some("mueller"))
        );
        assert_eq!(
            (all[1].first.as_str(), all[1].last.as_deref()),
            ("jurgen", Some("muller"))
        );
        assert_eq!(plain("Jürgen Müller"), pair("jurgen", "muller"));
        assert_eq!(primary("Gerd Weiß", de), pair("gerd", "weiss"));
    }

    #[test]
    fn vietnamese_names_are_read_family_name_first() {
        assert_eq!(plain("Nguyễn Văn An"), pair("an", "nguyen"));
        assert_eq!(plain("Lê Văn Tám"), pair("tam", "le"));
        assert_eq!(plain("Trần Thị Thu Hà"), pair("ha", "tran"));
        // written in Western order without diacritics: as written
        assert_eq!(plain("An Nguyen"), pair("an", "nguyen"));
    }
}
