//! Job titles: canonical titles with synonyms and abbreviations, grouped by occupation, and a
//! parser that splits seniority words ("Sr.", "Lead", "VP of") from the title core.

use foldhash::{HashMap, HashMapExt, HashSet};
use serde::Deserialize;

use super::TaxonomyError;
use super::text::{Token, join_into, join_words, norm, norm_words, tokenize};

/// Seniority level, ordered from least to most senior.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Seniority {
    /// Intern, trainee, apprentice, working student.
    Intern,
    /// Junior, entry level, graduate, associate.
    Junior,
    /// Mid level (also "II").
    Mid,
    /// Senior (also "Sr.", "III").
    Senior,
    /// Staff.
    Staff,
    /// Principal or distinguished.
    Principal,
    /// Lead (tech lead, team lead, lead engineer).
    Lead,
    /// People manager.
    Manager,
    /// Head of a function.
    Head,
    /// Director.
    Director,
    /// Vice president (VP, SVP, EVP).
    Vp,
    /// Chief officer (CEO, CTO …).
    CLevel,
}

impl Seniority {
    /// Typical minimum years of professional experience for this level.
    #[must_use]
    pub fn min_years(&self) -> u8 {
        match self {
            Self::Intern | Self::Junior => 0,
            Self::Mid => 2,
            Self::Senior => 5,
            Self::Lead | Self::Manager => 6,
            Self::Staff | Self::Head => 8,
            Self::Principal | Self::Director => 10,
            Self::Vp => 12,
            Self::CLevel => 15,
        }
    }
}

/// One canonical title with the other ways people write it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TitleEntry {
    /// Canonical spelling ("Site Reliability Engineer").
    pub canonical: String,
    /// Other names for the same role ("Production Engineer").
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// Abbreviations ("SRE").
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// BLS occupation the title belongs to.
    pub occupation: String,
    /// Whether the entry was curated by hand (true) or derived from the BLS list (false).
    #[serde(default)]
    pub curated: bool,
    /// Seniority the title implies by itself ("Engineering Manager" → manager), if any.
    #[serde(default)]
    pub seniority: Option<Seniority>,
    /// Real-world variants mined from the find-job-titles list ("Backend Java Developer").
    #[serde(default)]
    pub variants: Vec<String>,
}

impl TitleEntry {
    /// Every name of the entry: canonical, synonyms and mined variants (not abbreviations).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.canonical.as_str())
            .chain(self.synonyms.iter().map(String::as_str))
            .chain(self.variants.iter().map(String::as_str))
    }
}

/// A BLS occupation that groups titles.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Occupation {
    /// BLS occupation name ("Software developers, quality assurance analysts, and testers").
    pub name: String,
    /// BLS category ("Computer And Information Technology").
    pub category: String,
    /// BLS subcategory.
    pub subcategory: String,
    /// O*NET-SOC codes matched to the occupation.
    #[serde(default)]
    pub soc: Vec<String>,
}

/// Result of [`TitleTaxonomy::parse`].
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedTitle<'a> {
    /// Seniority found in the title or implied by its canonical entry.
    pub seniority: Option<Seniority>,
    /// The canonical entry the title resolves to, if any.
    pub canonical: Option<&'a TitleEntry>,
    /// Normalised remainder after removing seniority words ("backend dev").
    pub core: String,
}

#[derive(Deserialize)]
struct RawTitles {
    seniority: std::collections::HashMap<Seniority, Vec<String>>,
    #[serde(rename = "wordAbbreviations", default)]
    word_abbreviations: std::collections::HashMap<String, String>,
    #[serde(default)]
    occupations: Vec<Occupation>,
    titles: Vec<TitleEntry>,
}

/// A phrase of the text index: normalised words and the entry they name.
#[derive(Debug, Clone)]
struct Phrase {
    words: Vec<String>,
    entry: usize,
    /// For abbreviations: the exact (upper-case) spelling required in free text.
    exact: Option<String>,
}

/// Titles and the indexes to look them up.
#[derive(Debug, Clone)]
pub struct TitleTaxonomy {
    entries: Vec<TitleEntry>,
    occupations: Vec<Occupation>,
    by_name: HashMap<String, usize>,
    by_abbreviation: HashMap<String, usize>,
    by_canonical: HashMap<String, usize>,
    word_abbreviations: HashMap<String, Vec<String>>,
    /// Seniority phrases (normalised words), longest first.
    seniority_phrases: Vec<(Vec<String>, Seniority)>,
    /// Their first words: a word that is none of them starts no seniority phrase.
    seniority_firsts: HashSet<String>,
    /// Text index keyed by first word; phrases longest first.
    phrases: HashMap<String, Vec<Phrase>>,
}

/// Words that only count as seniority at the end of a title ("Engineer II").
const TRAILING_ONLY: &[&str] = &["i", "ii", "iii", "iv", "v"];

impl TitleTaxonomy {
    /// Parses `titles.json`.
    pub(crate) fn from_json(json: &str) -> Result<Self, TaxonomyError> {
        let raw: RawTitles = serde_json::from_str(json).map_err(|source| TaxonomyError::Json {
            file: "titles",
            source,
        })?;
        Self::build(raw)
    }

    fn build(raw: RawTitles) -> Result<Self, TaxonomyError> {
        if raw.titles.is_empty() {
            return Err(TaxonomyError::Invalid("titles: no entries".into()));
        }
        let TitleIndexes {
            by_name,
            by_abbreviation,
            by_canonical,
            phrases,
        } = TitleIndexes::of(&raw.titles);
        let seniority_phrases = seniority_phrases(&raw.seniority);
        let seniority_firsts = seniority_phrases
            .iter()
            .filter_map(|(w, _)| w.first().cloned())
            .collect();
        let word_abbreviations = raw
            .word_abbreviations
            .iter()
            .map(|(k, v)| {
                let words = norm_words(v);
                (norm(k), words)
            })
            .collect();
        Ok(Self {
            entries: raw.titles,
            occupations: raw.occupations,
            by_name,
            by_abbreviation,
            by_canonical,
            word_abbreviations,
            seniority_phrases,
            seniority_firsts,
            phrases,
        })
    }

    /// All entries, curated ones first.
    #[must_use]
    pub fn entries(&self) -> &[TitleEntry] {
        &self.entries
    }

    /// All BLS occupations with their O*NET-SOC codes.
    #[must_use]
    pub fn occupations(&self) -> &[Occupation] {
        &self.occupations
    }

    /// The entry whose canonical title is `canonical` (case/diacritics-insensitive).
    #[must_use]
    pub fn entry(&self, canonical: &str) -> Option<&TitleEntry> {
        self.by_canonical
            .get(&norm(canonical))
            .map(|&i| &self.entries[i])
    }

    /// The entry that `name` names: canonical, synonym, variant or abbreviation.
    #[must_use]
    pub fn lookup(&self, name: &str) -> Option<&TitleEntry> {
        let tokens = tokenize(name);
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        self.lookup_words(&words, &mut String::new())
            .map(|i| &self.entries[i])
    }

    /// Other entries of the same occupation as `canonical`.
    #[must_use]
    pub fn same_occupation(&self, canonical: &str) -> Vec<&TitleEntry> {
        let Some(e) = self.entry(canonical) else {
            return Vec::new();
        };
        self.entries
            .iter()
            .filter(|o| o.occupation == e.occupation && o.canonical != e.canonical)
            .collect()
    }

    /// The entry named by these normalised words, as written or with word abbreviations
    /// expanded; `key` is scratch space (parsing looks up many spans of one title).
    fn lookup_words(&self, words: &[&str], key: &mut String) -> Option<usize> {
        if words.is_empty() {
            return None;
        }
        join_into(words.iter().copied(), key);
        if let Some(&i) = self
            .by_name
            .get(key.as_str())
            .or_else(|| self.by_abbreviation.get(key.as_str()))
        {
            return Some(i);
        }
        // word abbreviations expanded ("dev" → "developer", "mgr" → "manager")
        if !words
            .iter()
            .any(|w| self.word_abbreviations.contains_key(*w))
        {
            return None;
        }
        join_into(
            words.iter().flat_map(|w| {
                let full = self.word_abbreviations.get(*w);
                full.into_iter()
                    .flatten()
                    .map(String::as_str)
                    .chain(full.is_none().then_some(*w))
            }),
            key,
        );
        self.by_name.get(key.as_str()).copied()
    }

    /// Removes seniority phrases from `words`; returns the remaining words and the highest level.
    fn strip_seniority<'w>(&self, words: &[&'w str]) -> (Vec<&'w str>, Option<Seniority>) {
        let mut out = Vec::with_capacity(words.len());
        let mut level: Option<Seniority> = None;
        let mut i = 0;
        'outer: while i < words.len() {
            if !self.seniority_firsts.contains(words[i]) {
                out.push(words[i]);
                i += 1;
                continue;
            }
            for (phrase, lvl) in &self.seniority_phrases {
                let n = phrase.len();
                if i + n > words.len() || words[i..i + n].iter().zip(phrase).any(|(w, p)| w != p) {
                    continue;
                }
                let last = i + n == words.len();
                if n == 1 && TRAILING_ONLY.contains(&phrase[0].as_str()) && (!last || i == 0) {
                    continue;
                }
                if n == 1
                    && phrase[0] == "associate"
                    && words.get(i + 1).is_some_and(|w| *w == "director")
                {
                    continue;
                }
                level = level.max(Some(*lvl));
                i += n;
                continue 'outer;
            }
            out.push(words[i]);
            i += 1;
        }
        // dangling connectors left by "head of", "vp, engineering"
        let connector = |w: &&str| matches!(*w, "of" | "and" | "&");
        let lead = out.iter().take_while(|w| connector(w)).count();
        out.drain(..lead);
        while out.last().is_some_and(connector) {
            out.pop();
        }
        (out, level)
    }

    /// Parses a raw job title into seniority, canonical entry and normalised core.
    ///
    /// "Sr. Backend Dev" → senior + Backend Engineer; "SRE" → Site Reliability Engineer;
    /// "VP of Sales" → VP with core "sales". Text after " at ", "@", "|" or "," is ignored
    /// when the whole title does not resolve ("Senior SRE at Acme").
    #[must_use]
    pub fn parse(&self, raw: &str) -> ParsedTitle<'_> {
        let first = self.parse_segment(&tokenize(raw));
        if first.canonical.is_some() {
            return first;
        }
        for sep in [" at ", " @ ", "@", "|", " - ", " – ", ",", "("] {
            if let Some((head, _)) = raw.split_once(sep) {
                let p = self.parse_segment(&tokenize(head));
                if p.canonical.is_some() {
                    return p;
                }
            }
        }
        first
    }

    fn parse_segment(&self, tokens: &[Token<'_>]) -> ParsedTitle<'_> {
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        let (core, detected) = self.strip_seniority(&words);
        let make = |i: Option<usize>| {
            let canonical = i.map(|i| &self.entries[i]);
            let implied = canonical.and_then(|e| e.seniority);
            ParsedTitle {
                seniority: detected.max(implied),
                canonical,
                core: core.join(" "),
            }
        };
        let key = &mut String::new();
        // 1. the whole title names an entry ("Tech Lead", "Director of Engineering", "CTO")
        if let Some(i) = self.lookup_words(&words, key) {
            return make(Some(i));
        }
        // 2. the core after removing seniority words
        if let Some(i) = self.lookup_words(&core, key) {
            return make(Some(i));
        }
        // 3. a suffix of the core (English titles end with the head noun): "Java Backend Developer"
        for start in 1..core.len() {
            if let Some(i) = self.lookup_words(&core[start..], key) {
                return make(Some(i));
            }
        }
        // 4. any multi-word span, longest first
        for len in (2..core.len()).rev() {
            for start in 0..=core.len() - len {
                if let Some(i) = self.lookup_words(&core[start..start + len], key) {
                    return make(Some(i));
                }
            }
        }
        // 5. an upper-case abbreviation anywhere ("SRE team")
        for t in tokens {
            if t.original.len() >= 2
                && t.original.chars().all(|c| c.is_ascii_uppercase())
                && let Some(&i) = self.by_abbreviation.get(t.norm.as_str())
            {
                return make(Some(i));
            }
        }
        make(None)
    }

    /// Titles mentioned in free text, in order of first appearance, without duplicates.
    ///
    /// Matches canonical names, synonyms and variants case-insensitively (BLS-derived entries only
    /// by multi-word names) and abbreviations of three or more letters only as written ("SRE").
    #[must_use]
    pub fn find_in_text(&self, text: &str) -> Vec<&TitleEntry> {
        let tokens = tokenize(text);
        let mut found: Vec<usize> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let mut advanced = false;
            if let Some(list) = self.phrases.get(tokens[i].norm.as_str()) {
                for p in list {
                    let n = p.words.len();
                    if i + n > tokens.len()
                        || tokens[i..i + n]
                            .iter()
                            .zip(&p.words)
                            .any(|(t, w)| t.norm != w)
                    {
                        continue;
                    }
                    if let Some(exact) = &p.exact
                        && tokens[i].original != exact
                    {
                        continue;
                    }
                    if !found.contains(&p.entry) {
                        found.push(p.entry);
                    }
                    i += n;
                    advanced = true;
                    break;
                }
            }
            if !advanced {
                i += 1;
            }
        }
        found.into_iter().map(|i| &self.entries[i]).collect()
    }

    /// Normalised core of `title` without seniority words (helper for callers that compare titles).
    #[must_use]
    pub fn core_of(&self, title: &str) -> String {
        let tokens = tokenize(title);
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        self.strip_seniority(&words).0.join(" ")
    }

    /// Normalises a title the way the indexes do (folded, lower case, punctuation removed).
    #[must_use]
    pub fn normalize(title: &str) -> String {
        norm(title)
    }

    /// Appends [`TitleTaxonomy::normalize`] of `title` to `out`.
    pub(crate) fn normalize_into(title: &str, out: &mut String) {
        super::text::norm_into(title, out);
    }
}

/// The lookups by name, abbreviation and canonical title, and the free-text phrase index, of a
/// list of title entries (indexes into it).
struct TitleIndexes {
    by_name: HashMap<String, usize>,
    by_abbreviation: HashMap<String, usize>,
    by_canonical: HashMap<String, usize>,
    /// Keyed by first word; phrases longest first.
    phrases: HashMap<String, Vec<Phrase>>,
}

impl TitleIndexes {
    /// Indexes `titles`; a name or abbreviation shared by two entries is the first one's.
    fn of(titles: &[TitleEntry]) -> Self {
        let mut by_name = HashMap::new();
        let mut by_abbreviation = HashMap::new();
        let mut by_canonical = HashMap::new();
        let mut phrases: HashMap<String, Vec<Phrase>> = HashMap::new();
        for (i, e) in titles.iter().enumerate() {
            by_canonical.entry(norm(&e.canonical)).or_insert(i);
            for name in e.names() {
                let words: Vec<String> = norm_words(name);
                if words.is_empty() {
                    continue;
                }
                by_name.entry(join_words(&words)).or_insert(i);
                // free-text spotting: curated entries, or multi-word BLS titles
                if e.curated || words.len() >= 2 {
                    phrases.entry(words[0].clone()).or_default().push(Phrase {
                        words,
                        entry: i,
                        exact: None,
                    });
                }
            }
            for a in &e.abbreviations {
                let key = norm(a);
                if key.is_empty() {
                    continue;
                }
                by_abbreviation.entry(key.clone()).or_insert(i);
                if a.chars().filter(|c| c.is_alphanumeric()).count() >= 3 {
                    phrases.entry(key.clone()).or_default().push(Phrase {
                        words: vec![key],
                        entry: i,
                        exact: Some(a.clone()),
                    });
                }
            }
        }
        for list in phrases.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        TitleIndexes {
            by_name,
            by_abbreviation,
            by_canonical,
            phrases,
        }
    }
}

/// The seniority phrases as normalised words, longest first, then the more senior reading,
/// then alphabetical (so a parse does not depend on the document's order).
fn seniority_phrases(
    seniority: &std::collections::HashMap<Seniority, Vec<String>>,
) -> Vec<(Vec<String>, Seniority)> {
    let mut seniority_phrases: Vec<(Vec<String>, Seniority)> = seniority
        .iter()
        .flat_map(|(level, words)| words.iter().map(move |w| (norm_words(w), *level)))
        .filter(|(w, _)| !w.is_empty())
        .collect();
    // longest first, then the more senior reading, then alphabetical for determinism
    seniority_phrases.sort_by(|a, b| {
        b.0.len()
            .cmp(&a.0.len())
            .then(b.1.cmp(&a.1))
            .then(a.0.cmp(&b.0))
    });
    seniority_phrases
}
