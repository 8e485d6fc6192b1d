//! Skills: canonical names with aliases, related-skill expansion, the role → skills table, and
//! token-boundary-aware spotting of skills in free text.

use foldhash::{HashMap, HashMapExt};
use serde::Deserialize;

use super::TaxonomyError;
use super::text::{Token, join_words, norm, norm_words, tokenize};

/// One canonical skill.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SkillEntry {
    /// Canonical spelling ("Kubernetes").
    pub canonical: String,
    /// Other spellings ("k8s", "kube").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Its names in other languages ("Instalaciones eléctricas", "Elektroinstallation"),
    /// matched like aliases.
    #[serde(default)]
    pub translations: Vec<String>,
    /// Category ("language", "devops", "frontend", "sales" …).
    pub category: String,
    /// Where the entry comes from ("curated", "linguist", "cspell", or a `+` combination).
    #[serde(default)]
    pub source: String,
    /// Spellings that only match free text written exactly so ("Go", "JS", "Rails").
    #[serde(default)]
    pub exact: Vec<String>,
    /// Next words that veto a text match ("Go to market").
    #[serde(default, rename = "notFollowedBy")]
    pub not_followed_by: Vec<String>,
    /// Whether the skill is spotted in free text at all.
    #[serde(default = "yes")]
    pub text: bool,
}

fn yes() -> bool {
    true
}

impl SkillEntry {
    /// Canonical name, aliases and translations.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.canonical.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.translations.iter().map(String::as_str))
    }
}

#[derive(Deserialize)]
struct RawSkills {
    skills: Vec<SkillEntry>,
    #[serde(default)]
    related: HashMap<String, Vec<String>>,
    #[serde(default)]
    roles: HashMap<String, Vec<String>>,
}

#[derive(Debug, Clone)]
struct Phrase {
    words: Vec<String>,
    entry: usize,
    /// Original-case tokens the text must show, for exact spellings.
    exact: Option<Vec<String>>,
}

/// Skills and their indexes.
#[derive(Debug, Clone)]
pub struct SkillTaxonomy {
    entries: Vec<SkillEntry>,
    by_alias: HashMap<String, usize>,
    related: HashMap<usize, Vec<String>>,
    roles: HashMap<String, Vec<String>>,
    phrases: HashMap<String, Vec<Phrase>>,
}

impl SkillTaxonomy {
    /// Parses `skills.json`.
    pub(crate) fn from_json(json: &str) -> Result<Self, TaxonomyError> {
        let raw: RawSkills = serde_json::from_str(json).map_err(|source| TaxonomyError::Json {
            file: "skills",
            source,
        })?;
        if raw.skills.is_empty() {
            return Err(TaxonomyError::Invalid("skills: no entries".into()));
        }
        let mut by_alias = HashMap::new();
        let mut phrases: HashMap<String, Vec<Phrase>> = HashMap::new();
        for (i, e) in raw.skills.iter().enumerate() {
            let exact: HashMap<String, Vec<String>> = e
                .exact
                .iter()
                .map(|f| {
                    (
                        norm(f),
                        tokenize(f)
                            .into_iter()
                            .map(|t| t.original.to_owned())
                            .collect(),
                    )
                })
                .collect();
            for name in e.names() {
                let words: Vec<String> = norm_words(name);
                if words.is_empty() {
                    continue;
                }
                let key = join_words(&words);
                by_alias.entry(key.clone()).or_insert(i);
                if e.text {
                    phrases.entry(words[0].clone()).or_default().push(Phrase {
                        exact: exact.get(&key).cloned(),
                        words,
                        entry: i,
                    });
                }
            }
        }
        for list in phrases.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        let mut related = HashMap::new();
        for (k, v) in raw.related {
            match by_alias.get(&norm(&k)) {
                Some(&i) => {
                    related.insert(i, v);
                }
                None => {
                    return Err(TaxonomyError::Invalid(format!(
                        "skills: related key {k:?} is not a skill"
                    )));
                }
            }
        }
        let roles = raw.roles.into_iter().map(|(k, v)| (norm(&k), v)).collect();
        Ok(Self {
            entries: raw.skills,
            by_alias,
            related,
            roles,
            phrases,
        })
    }

    /// All skills.
    #[must_use]
    pub fn entries(&self) -> &[SkillEntry] {
        &self.entries
    }

    /// The skill that `alias` names ("golang" → Go, "k8s" → Kubernetes), case-insensitively.
    #[must_use]
    pub fn canonical(&self, alias: &str) -> Option<&SkillEntry> {
        self.by_alias.get(&norm(alias)).map(|&i| &self.entries[i])
    }

    /// Skills related to `canonical` (any alias accepted), for query expansion; empty if none.
    #[must_use]
    pub fn related(&self, canonical: &str) -> &[String] {
        self.by_alias
            .get(&norm(canonical))
            .and_then(|i| self.related.get(i))
            .map_or(&[], Vec::as_slice)
    }

    /// Skills relevant to a canonical title (see [`super::TitleTaxonomy::parse`]); empty if unknown.
    #[must_use]
    pub fn for_role(&self, canonical_title: &str) -> &[String] {
        self.roles
            .get(&norm(canonical_title))
            .map_or(&[], Vec::as_slice)
    }

    /// Canonical titles that have a role → skills row.
    pub fn roles(&self) -> impl Iterator<Item = &str> {
        self.roles.keys().map(String::as_str)
    }

    /// Skills mentioned in free text, in order of first appearance, without duplicates.
    ///
    /// Token-boundary aware and longest-match-first: "JavaScript" never yields Java, "React
    /// Native" yields React Native and not React, and C++, C#, .NET and Node.js are whole tokens.
    /// Spellings that clash with English ("Go", "Swift", "Spring") match only as written and not
    /// before a vetoing word ("Go to market").
    #[must_use]
    pub fn find_in_text(&self, text: &str) -> Vec<&SkillEntry> {
        self.find_mentions(text)
            .into_iter()
            .map(|(e, _)| e)
            .collect()
    }

    /// Like [`SkillTaxonomy::find_in_text`], with whether each mention is *weak*: written only
    /// as a one- or two-letter token ("R", "C", "UX", "Go") with no other skill beside it, so it
    /// may be a word of prose ("go the extra mile on UX", "R&D") rather than a skill.
    #[must_use]
    pub fn find_mentions(&self, text: &str) -> Vec<(&SkillEntry, bool)> {
        let tokens = tokenize(text);
        // a text written all in lower case (People Data Labs writes every field so) carries no
        // case: its exact-case spellings are read as lower case, the vetoes and the weak-mention
        // rule below still apply
        let caseless = !text.chars().any(char::is_uppercase);
        // (entry, start, len, vetoed): a vetoed match is an exact-case spelling before a vetoing
        // word ("Go and"), kept only when a skill stands right beside it ("Go and PostgreSQL",
        // "Terraform and Go on AWS"), where the sentence is a list of skills, not English prose.
        let mut matches: Vec<(usize, usize, usize, bool)> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let found = match self.match_at(&tokens, i, true, caseless) {
                Some((e, n)) => Some((e, n, false)),
                None => self
                    .match_at(&tokens, i, false, caseless)
                    .map(|(e, n)| (e, n, true)),
            };
            match found {
                Some((entry, n, vetoed)) => {
                    matches.push((entry, i, n, vetoed));
                    i += n;
                }
                None => i += 1,
            }
        }
        // one or two letters ("R", "C", "UX", "Go"; not "C#"), or three in lower case ("dei"
        // is Italian for "of the", not DEI)
        let short = |start: usize, n: usize| {
            let word: String = tokens[start..start + n]
                .iter()
                .map(|t| t.original)
                .collect();
            let letters = word.chars().count();
            word.chars().all(char::is_alphabetic)
                && (letters <= 2 || (letters == 3 && word.chars().all(char::is_lowercase)))
        };
        let confirmed: Vec<(usize, usize)> = matches
            .iter()
            .filter(|m| !m.3 && !short(m.1, m.2))
            .map(|m| (m.1, m.1 + m.2))
            .collect();
        let beside = |start: usize, end: usize| {
            confirmed.iter().any(|&(s, e)| {
                // a skill ends one or two tokens before, or starts one or two tokens after
                (e <= start && start - e <= 1) || (s >= end && s - end <= 1)
            })
        };
        let mut found: Vec<(usize, bool)> = Vec::new();
        for (entry, start, n, vetoed) in matches {
            let near = beside(start, start + n);
            if vetoed && !near {
                continue;
            }
            // "dei" (Italian "of the") is DEI only beside other skills
            let lower_three = tokens[start..start + n]
                .iter()
                .map(|t| t.original)
                .collect::<String>()
                .chars()
                .filter(|c| c.is_lowercase())
                .count()
                == 3
                && n == 1
                && tokens[start].original.chars().count() == 3;
            if lower_three && !near && self.entries[entry].canonical.chars().count() > 3 {
                continue;
            }
            let weak = short(start, n) && !near;
            match found.iter_mut().find(|(e, _)| *e == entry) {
                Some(slot) => slot.1 &= weak,
                None => found.push((entry, weak)),
            }
        }
        found
            .into_iter()
            .map(|(i, weak)| (&self.entries[i], weak))
            .collect()
    }

    /// The longest skill phrase at `i`: `(entry, words)`; with `veto`, a word in the entry's
    /// `not_followed_by` list after it rejects the match; `caseless` reads exact-case spellings
    /// as lower case.
    fn match_at(
        &self,
        tokens: &[Token],
        i: usize,
        veto: bool,
        caseless: bool,
    ) -> Option<(usize, usize)> {
        let list = self.phrases.get(tokens[i].norm.as_str())?;
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
                && tokens[i..i + n].iter().zip(exact).any(|(t, e)| {
                    t.original != e && !(caseless && t.original.eq_ignore_ascii_case(e))
                })
            {
                continue;
            }
            let e = &self.entries[p.entry];
            if veto
                && let Some(next) = tokens.get(i + n)
                && e.not_followed_by.iter().any(|w| w == next.norm)
            {
                continue;
            }
            return Some((p.entry, n));
        }
        None
    }
}
