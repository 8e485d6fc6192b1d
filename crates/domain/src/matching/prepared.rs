//! What scoring needs from an ICP and the taxonomy, worked out once per ICP instead of once per
//! profile: normalised role names, negative keywords, skill spellings and place names, and the
//! words without which a text can neither show one of the ad's skills nor name its role (so the
//! taxonomy's costly text scans run only where they can find something).
//!
//! Nothing here changes a score: each shortcut only skips work whose answer is known to be "no".

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::sync::OnceLock;

use crate::icp::text::norm;
use crate::icp::{GENERIC_TECH_TITLES, Icp, SkillRequirement, local_title_words};
use crate::taxonomy::{
    City, SkillEntry, SkillTaxonomy, TITLES_JSON, Taxonomy, TitleEntry, fold_gender,
};

/// A normalised phrase padded for a token-boundary `contains` (`" kubernetes "`); an empty
/// phrase never matches (as [`crate::icp::text::contains_norm`]).
/// The searcher is built once per ICP: `str::contains` would set one up for every text of
/// every profile.
pub(crate) struct Needle(Option<(String, memchr::memmem::Finder<'static>)>);

impl Needle {
    /// The needle of an already normalised phrase.
    pub(crate) fn of_norm(phrase_norm: &str) -> Self {
        Needle((!phrase_norm.is_empty()).then(|| {
            let padded = format!(" {phrase_norm} ");
            let finder = memchr::memmem::Finder::new(padded.as_bytes()).into_owned();
            (padded, finder)
        }))
    }

    /// The phrase's first word.
    fn first_word(&self) -> Option<&str> {
        self.0.as_ref()?.0.split(' ').find(|w| !w.is_empty())
    }

    /// Whether the phrase occurs on token boundaries of a padded normalised text.
    pub(crate) fn in_padded(&self, padded: &str) -> bool {
        self.0
            .as_ref()
            .is_some_and(|(_, finder)| finder.find(padded.as_bytes()).is_some())
    }
}

/// A set of normalised words, quick to test a text against: most words are ruled out by their
/// first byte and length before any hashing.
pub(crate) struct WordSet {
    words: HashSet<Vec<u8>>,
    firsts: [bool; 256],
    lengths: u64,
}

impl WordSet {
    fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut set = WordSet {
            words: HashSet::new(),
            firsts: [false; 256],
            lengths: 0,
        };
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                set.firsts[usize::from(b)] = true;
                set.lengths |= 1 << w.len().min(63);
                set.words.insert(w.as_bytes().to_vec());
            }
        }
        set
    }

    /// Whether a normalised (or padded) text has a word of the set.
    pub(crate) fn any_in(&self, text_norm: &str) -> bool {
        // one pass over the bytes: a word whose first byte starts no word of the set is
        // skipped without looking it up
        let bytes = text_norm.as_bytes();
        let mut start = 0;
        while start < bytes.len() {
            let end = bytes[start..]
                .iter()
                .position(|&b| b == b' ')
                .map_or(bytes.len(), |n| start + n);
            if end > start && self.firsts[usize::from(bytes[start])] && self.has(&bytes[start..end])
            {
                return true;
            }
            start = end + 1;
        }
        false
    }

    /// Whether a normalised word is in the set.
    pub(crate) fn has(&self, word: &[u8]) -> bool {
        word.first().is_some_and(|&b| {
            self.firsts[usize::from(b)]
                && self.lengths & (1 << word.len().min(63)) != 0
                && self.words.contains(word)
        })
    }
}

/// The occupation's names as normalised word lists — canonical title, synonyms and its local
/// names ("docente") — for the gender-folded title match and the specialty rule.
fn occupation_names(icp: &Icp, role_names: &[RoleName]) -> Vec<Vec<String>> {
    role_names
        .iter()
        .map(|r| r.words.clone())
        .chain(
            local_title_words(&icp.canonical_title)
                .map(|w| norm(w).split_whitespace().map(str::to_owned).collect()),
        )
        .collect()
}

/// A name of the ICP's role (canonical title or synonym), normalised.
pub(crate) struct RoleName {
    /// Its words, for whole-phrase, near and any-order matches.
    pub(crate) words: Vec<String>,
}

impl RoleName {
    /// Whether the name stands in a title (normalised words) as a whole phrase: the same as
    /// its needle in the padded title, as tokens never hold a space.
    pub(crate) fn in_words(&self, title: &[&str]) -> bool {
        !self.words.is_empty()
            && title
                .windows(self.words.len())
                .any(|w| w.iter().zip(&self.words).all(|(a, b)| *a == b.as_str()))
    }
}

/// How one option of a skill requirement is recognised.
pub(crate) enum SkillCheck {
    /// A taxonomy skill: shown when the profile's texts or skills name it (index into
    /// [`PreparedIcp::targets`]), or any of the requirement's names the taxonomy does not
    /// resolve to it ("Permis CE" for a CDL).
    Canonical(usize, Vec<Needle>),
    /// Outside the taxonomy: its spellings, looked for in the evidence texts.
    Spelled(Vec<Needle>),
}

/// The ICP, prepared for scoring many profiles.
pub(crate) struct PreparedIcp<'t> {
    /// The title entries whose canonical title is the ICP's (normalised alike).
    role_entries: Vec<&'t TitleEntry>,
    /// Canonical title and synonyms.
    pub(crate) role_names: Vec<RoleName>,
    /// Their first words: a title without any of them names none of them.
    pub(crate) role_first_words: WordSet,
    /// The role's local names ("krankenpfleger"), as written in the supplement and as needles.
    pub(crate) local_names: Vec<(&'static str, Needle)>,
    /// The specialty the ad's title names after its occupation, if any.
    pub(crate) specialty: Option<super::specialty::Specialty>,
    /// Every role and local name as gender-folded words ([`fold_gender`]): "Infirmière" names
    /// a role called "Infirmier".
    pub(crate) folded_names: Vec<Vec<String>>,
    /// The head words of the role's names, for titles no taxonomy lists ("Chauffeur SPL").
    pub(crate) head_words: super::head_word::HeadWords,
    /// The names the taxonomy knows the ICP's title by; `None` when unknown (a taxonomy other
    /// than the bundled one).
    title_keys: Option<TitleKeys>,
    /// The taxonomy entry of the ICP's canonical title.
    pub(crate) target_title: Option<&'t TitleEntry>,
    /// Whether the ad is for a technical role (a generic software title can then match).
    pub(crate) technical_role: bool,
    /// Generic software titles ("Software Engineer"), as needles.
    pub(crate) generic_titles: Vec<Needle>,
    /// Negative keywords as written, with their needles.
    negatives: Vec<(&'t str, Needle)>,
    /// First words of the negative keywords: a text without any has none of them.
    negative_first_words: WordSet,
    /// Per must-have requirement, per option (the skill, then its alternatives).
    pub(crate) must: Vec<Vec<SkillCheck>>,
    /// Per nice-to-have requirement, per option.
    pub(crate) nice: Vec<Vec<SkillCheck>>,
    /// Normalised names of the taxonomy skills the ICP asks for.
    pub(crate) targets: Vec<String>,
    /// Taxonomy entries whose canonical name is a target, with the target's index.
    relevant: Vec<(&'t SkillEntry, usize)>,
    /// First words of every spelling of a relevant entry: a text without any of them cannot
    /// show a target skill.
    first_words: WordSet,
    /// Normalised spellings that the taxonomy resolves to a relevant entry, with its target.
    alias_targets: HashMap<String, usize>,
    /// Whether any option is outside the taxonomy (then evidence texts are kept).
    pub(crate) needs_texts: bool,
    /// Place names of the target location, as needles.
    pub(crate) place_variants: Vec<Needle>,
    /// The target city, when the ICP names one the taxonomy knows.
    pub(crate) center: Option<&'t City>,
}

impl<'t> PreparedIcp<'t> {
    /// Whether the profile's current title is, by our curated lists, another job than the ad's
    /// (a curated English title of another occupation, or a local name of another title:
    /// "Aide-soignante" for a nurse ad, "Ingeniero eléctrico" for an electrician's): meaning
    /// then never stands in for the title.
    pub(crate) fn names_another_job(&self, analysis: &super::ProfileAnalysis<'_>) -> bool {
        let other = |canonical: &str| {
            self.target_title.is_none_or(|t| {
                !t.canonical.eq_ignore_ascii_case(canonical)
                    && analysis
                        .taxonomy
                        .titles()
                        .entry(canonical)
                        .is_none_or(|e| e.occupation != t.occupation)
            })
        };
        analysis
            .role_entry
            .is_some_and(|e| e.curated && !self.is_role_entry(e) && other(&e.canonical))
            || crate::icp::local_titles_in(analysis.role_padded()).any(other)
    }

    /// Prepares `icp` for scoring with `taxonomy`.
    pub(crate) fn new(icp: &'t Icp, taxonomy: &'t Taxonomy) -> Self {
        let index = TaxonomyIndex::for_taxonomy(taxonomy);
        let canonical_norm = norm(&icp.canonical_title);
        let role_names: Vec<RoleName> = std::iter::once(&icp.canonical_title)
            .chain(icp.title_synonyms.iter())
            .map(|s| RoleName {
                words: norm(s).split_whitespace().map(str::to_owned).collect(),
            })
            .collect();
        let role_first_words = WordSet::new(
            role_names
                .iter()
                .filter_map(|r| r.words.first())
                .map(String::as_str),
        );
        let local_names = local_title_words(&icp.canonical_title)
            .map(|w| (w, Needle::of_norm(w)))
            .collect();
        let occupation = occupation_names(icp, &role_names);
        let folded_names = occupation
            .iter()
            .filter(|words| !words.is_empty())
            .map(|words| words.iter().map(|w| fold_gender(w).into_owned()).collect())
            .collect();
        let specialty = super::specialty::Specialty::of(&icp.job_title, &occupation);
        let head_words = super::head_word::HeadWords::of(crate::icp::role_names(icp));
        let title_keys = index.title_keys(taxonomy, &canonical_norm);
        let role_entries = index.titles_by_canonical(taxonomy, &canonical_norm);

        let mut checks = SkillChecks::new(taxonomy.skills());
        let must = checks.of_list(&icp.must_have_skills);
        let nice = checks.of_list(&icp.nice_to_have_skills);
        let SkillChecks {
            targets,
            needs_texts,
            ..
        } = checks;
        let spellings = TargetSpellings::of(&targets, &index, taxonomy);
        let (negatives, negative_first_words) = negatives_of(icp);
        let (place_variants, center) = place_of(icp, taxonomy);

        PreparedIcp {
            role_entries,
            role_names,
            role_first_words,
            local_names,
            folded_names,
            head_words,
            specialty,
            title_keys,
            target_title: taxonomy.titles().entry(&icp.canonical_title),
            technical_role: icp.technical_role,
            generic_titles: GENERIC_TECH_TITLES
                .iter()
                .map(|g| Needle::of_norm(&norm(g)))
                .collect(),
            negatives,
            negative_first_words,
            must,
            nice,
            targets,
            relevant: spellings.relevant,
            first_words: WordSet::new(spellings.first_words.iter().map(String::as_str)),
            alias_targets: spellings.alias_targets,
            needs_texts,
            place_variants,
            center,
        }
    }

    /// Whether a normalised text has a word that starts a spelling of a target skill.
    pub(crate) fn may_show_target(&self, text_norm: &str) -> bool {
        self.first_words.any_in(text_norm)
    }

    /// The negative keywords (as written, in the ICP's order) a padded text contains.
    pub(crate) fn negatives_in(&self, padded: &str) -> Vec<String> {
        if !self.negative_first_words.any_in(padded) {
            return Vec::new();
        }
        self.negatives
            .iter()
            .filter(|(_, needle)| needle.in_padded(padded))
            .map(|(n, _)| (*n).to_owned())
            .collect()
    }

    /// The target a taxonomy entry found in a text stands for, if any.
    pub(crate) fn target_of(&self, entry: &SkillEntry) -> Option<usize> {
        self.relevant
            .iter()
            .find(|(e, _)| std::ptr::eq(*e, entry))
            .map(|(_, t)| *t)
    }

    /// The target a listed skill (normalised) resolves to, if any.
    pub(crate) fn target_of_listed(&self, skill_norm: &str) -> Option<usize> {
        self.alias_targets.get(skill_norm).copied()
    }

    /// Whether a title entry is the ICP's role (its canonical title normalises to the ICP's).
    pub(crate) fn is_role_entry(&self, entry: &TitleEntry) -> bool {
        self.role_entries.iter().any(|e| std::ptr::eq(*e, entry))
    }

    /// Whether the taxonomy could resolve a title with these (normalised) words to the ICP's
    /// canonical title; `false` is certain, `true` means "parse it to know".
    pub(crate) fn title_may_resolve(&self, words: &[&str]) -> bool {
        let Some(known) = &self.title_keys else {
            return true;
        };
        if !words.iter().any(|w| known.any_word.has(w.as_bytes())) {
            return false;
        }
        // the title parser looks up spans of the title's words, as written and with word
        // abbreviations expanded ("sr dev" -> "senior developer"): every word of a name of
        // the entry must be among those
        let expanded: Vec<&str> = words
            .iter()
            .filter(|w| known.abbreviations.has(w.as_bytes()))
            .filter_map(|w| known.expansions.get(*w))
            .flatten()
            .map(String::as_str)
            .collect();
        known.names.iter().any(|name| {
            name.iter()
                .all(|x| words.contains(&x.as_str()) || expanded.contains(&x.as_str()))
        })
    }
}

/// The skill checks of an ICP's requirements, built together so that the taxonomy skills they
/// name share one list of targets.
struct SkillChecks<'t> {
    /// The skills taxonomy.
    skills: &'t SkillTaxonomy,
    /// Normalised names of the taxonomy skills asked for so far.
    targets: Vec<String>,
    /// Whether any option so far is outside the taxonomy (or has aliases it does not know).
    needs_texts: bool,
}

impl<'t> SkillChecks<'t> {
    /// No checks yet.
    fn new(skills: &'t SkillTaxonomy) -> Self {
        SkillChecks {
            skills,
            targets: Vec::new(),
            needs_texts: false,
        }
    }

    /// Per requirement of `list`, per option (the skill, then its alternatives), its check.
    fn of_list(&mut self, list: &[SkillRequirement]) -> Vec<Vec<SkillCheck>> {
        list.iter()
            .map(|req| req.options().map(|o| self.of_option(o)).collect())
            .collect()
    }

    /// The check of one option: a taxonomy target (plus the aliases the taxonomy does not
    /// know), or the option's own spellings.
    fn of_option(&mut self, o: &SkillRequirement) -> SkillCheck {
        let skills = self.skills;
        if skills.canonical(&o.name).is_some() {
            let n = norm(&o.name);
            let i = self
                .targets
                .iter()
                .position(|t| *t == n)
                .unwrap_or_else(|| {
                    self.targets.push(n);
                    self.targets.len() - 1
                });
            // (a name the taxonomy gives another skill stays that one's)
            let extra: Vec<Needle> = o
                .aliases
                .iter()
                .filter(|a| skills.canonical(a).is_none())
                .map(|a| Needle::of_norm(&norm(a)))
                .collect();
            self.needs_texts |= !extra.is_empty();
            SkillCheck::Canonical(i, extra)
        } else {
            self.needs_texts = true;
            SkillCheck::Spelled(
                std::iter::once(&o.name)
                    .chain(o.aliases.iter())
                    .map(|a| Needle::of_norm(&norm(a)))
                    .collect(),
            )
        }
    }
}

/// The taxonomy entries of the target skills and the spellings that lead to them.
struct TargetSpellings<'t> {
    /// Taxonomy entries whose canonical name is a target, with the target's index.
    relevant: Vec<(&'t SkillEntry, usize)>,
    /// First words of every spelling of a relevant entry that the phrase index keys.
    first_words: HashSet<String>,
    /// Normalised spellings that the taxonomy resolves to a relevant entry, with its target.
    alias_targets: HashMap<String, usize>,
}

impl<'t> TargetSpellings<'t> {
    /// Finds the entries of `targets` (normalised canonical names) and their spellings.
    fn of(targets: &[String], index: &TaxonomyIndex, taxonomy: &'t Taxonomy) -> Self {
        let skills = taxonomy.skills();
        let entries = skills.entries();
        let relevant: Vec<(&SkillEntry, usize)> = targets
            .iter()
            .enumerate()
            .flat_map(|(t, name)| {
                index
                    .skills_by_canonical(name)
                    .iter()
                    .map(move |&i| (&entries[i], t))
            })
            .collect();
        let mut first_words = HashSet::new();
        let mut alias_targets = HashMap::new();
        for (e, _) in &relevant {
            for name in e.names() {
                let n = norm(name);
                // the taxonomy's phrase index keys each spelling by its first word
                if e.text
                    && let Some(first) = n.split(' ').next().filter(|w| !w.is_empty())
                {
                    first_words.insert(first.to_owned());
                }
                // a spelling shared by two entries belongs to the first one
                if let Some(owner) = skills.canonical(name)
                    && let Some((_, owner_target)) =
                        relevant.iter().find(|(r, _)| std::ptr::eq(*r, owner))
                {
                    alias_targets.insert(n, *owner_target);
                }
            }
        }
        TargetSpellings {
            relevant,
            first_words,
            alias_targets,
        }
    }
}

/// The ICP's negative keywords as written with their needles, and the set of their first words.
fn negatives_of(icp: &Icp) -> (Vec<(&str, Needle)>, WordSet) {
    let negatives: Vec<(&str, Needle)> = icp
        .negative_keywords
        .iter()
        .map(|n| (n.as_str(), Needle::of_norm(&norm(n))))
        .collect();
    let negative_first_words = WordSet::new(
        negatives
            .iter()
            .filter_map(|(_, needle)| needle.first_word()),
    );
    (negatives, negative_first_words)
}

/// The target location's place names as needles, and its city when the taxonomy knows it.
fn place_of<'t>(icp: &Icp, taxonomy: &'t Taxonomy) -> (Vec<Needle>, Option<&'t City>) {
    match icp.location.as_ref() {
        Some(target) => (
            target
                .variants
                .iter()
                .map(|v| Needle::of_norm(&norm(v)))
                .collect(),
            target.city.as_deref().and_then(|city| {
                taxonomy
                    .locations()
                    .city(city, target.country_code.as_deref())
            }),
        ),
        None => (Vec::new(), None),
    }
}

/// The names (as word lists) of the title entries whose canonical title is the ICP's, and
/// the word abbreviations the title parser expands.
struct TitleKeys {
    names: Vec<Vec<String>>,
    /// Every word of those names, and every word abbreviation: a title needs one of them.
    any_word: WordSet,
    expansions: &'static HashMap<String, Vec<String>>,
    abbreviations: &'static WordSet,
}

/// Lookups over the whole taxonomy that scoring needs per ICP, built once per process for the
/// bundled taxonomy (and per ICP for any other).
struct TaxonomyIndex {
    /// Skill entries by normalised canonical name.
    skills: HashMap<String, Vec<usize>>,
    /// Title entries by normalised canonical title (bundled taxonomy only).
    titles: Option<HashMap<String, Vec<usize>>>,
    /// Word abbreviations the title parser expands, normalised, with the words they expand
    /// to ("dev" -> developer; bundled only).
    word_abbreviations: HashMap<String, Vec<String>>,
    /// Their keys.
    abbreviation_words: WordSet,
}

/// The index, bundled or built for one ICP.
enum IndexRef {
    /// The bundled taxonomy's, shared.
    Bundled(&'static TaxonomyIndex),
    /// Another taxonomy: skills only, built now.
    Other(Box<TaxonomyIndex>),
}

impl IndexRef {
    /// See [`TaxonomyIndex::title_keys`]; `None` but for the bundled taxonomy.
    fn title_keys(&self, taxonomy: &Taxonomy, canonical_norm: &str) -> Option<TitleKeys> {
        match self {
            IndexRef::Bundled(index) => index.title_keys(taxonomy, canonical_norm),
            IndexRef::Other(_) => None,
        }
    }
}

impl IndexRef {
    /// The title entries whose canonical title normalises to `canonical_norm`.
    fn titles_by_canonical<'t>(
        &self,
        taxonomy: &'t Taxonomy,
        canonical_norm: &str,
    ) -> Vec<&'t TitleEntry> {
        let entries = taxonomy.titles().entries();
        match self.titles.as_ref() {
            Some(titles) => titles
                .get(canonical_norm)
                .into_iter()
                .flatten()
                .map(|&i| &entries[i])
                .collect(),
            None => entries
                .iter()
                .filter(|e| norm(&e.canonical) == canonical_norm)
                .collect(),
        }
    }
}

impl std::ops::Deref for IndexRef {
    type Target = TaxonomyIndex;

    fn deref(&self) -> &TaxonomyIndex {
        match self {
            IndexRef::Bundled(i) => i,
            IndexRef::Other(i) => i,
        }
    }
}

impl TaxonomyIndex {
    fn for_taxonomy(taxonomy: &Taxonomy) -> IndexRef {
        static BUNDLED: OnceLock<TaxonomyIndex> = OnceLock::new();
        if std::ptr::eq(taxonomy, Taxonomy::bundled()) {
            IndexRef::Bundled(BUNDLED.get_or_init(|| TaxonomyIndex::build(taxonomy, true)))
        } else {
            IndexRef::Other(Box::new(TaxonomyIndex::build(taxonomy, false)))
        }
    }

    fn build(taxonomy: &Taxonomy, bundled: bool) -> TaxonomyIndex {
        let by_canonical = |names: &mut dyn Iterator<Item = &str>| {
            let mut map: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, name) in names.enumerate() {
                map.entry(norm(name)).or_default().push(i);
            }
            map
        };
        let skills = by_canonical(
            &mut taxonomy
                .skills()
                .entries()
                .iter()
                .map(|e| e.canonical.as_str()),
        );
        if !bundled {
            return TaxonomyIndex {
                skills,
                titles: None,
                word_abbreviations: HashMap::new(),
                abbreviation_words: WordSet::new([]),
            };
        }
        #[derive(serde::Deserialize)]
        struct Abbreviations {
            #[serde(rename = "wordAbbreviations", default)]
            word_abbreviations: HashMap<String, String>,
        }
        // the bundled title taxonomy is built from this very document
        let parsed = serde_json::from_str::<Abbreviations>(TITLES_JSON).ok();
        let titles = parsed.as_ref().map(|_| {
            by_canonical(
                &mut taxonomy
                    .titles()
                    .entries()
                    .iter()
                    .map(|e| e.canonical.as_str()),
            )
        });
        let word_abbreviations: HashMap<String, Vec<String>> = parsed
            .map(|a| {
                a.word_abbreviations
                    .iter()
                    .map(|(k, v)| (norm(k), norm(v).split(' ').map(str::to_owned).collect()))
                    .collect()
            })
            .unwrap_or_default();
        TaxonomyIndex {
            skills,
            titles,
            abbreviation_words: WordSet::new(word_abbreviations.keys().map(String::as_str)),
            word_abbreviations,
        }
    }

    /// Skill entries whose canonical name normalises to `name`.
    fn skills_by_canonical(&self, name: &str) -> &[usize] {
        self.skills.get(name).map_or(&[], Vec::as_slice)
    }

    /// The names and abbreviations (as word lists) of the entries titled `canonical_norm`: the
    /// title parser resolves a title to one of those entries only through a span of its words
    /// that is such a name, as written or with word abbreviations expanded.
    fn title_keys(&'static self, taxonomy: &Taxonomy, canonical_norm: &str) -> Option<TitleKeys> {
        let titles = self.titles.as_ref()?;
        let entries = taxonomy.titles().entries();
        let mut names: Vec<Vec<String>> = Vec::new();
        for &i in titles.get(canonical_norm).into_iter().flatten() {
            let e = &entries[i];
            for name in e.names().chain(e.abbreviations.iter().map(String::as_str)) {
                let n = norm(name);
                if !n.is_empty() {
                    names.push(n.split(' ').map(str::to_owned).collect());
                }
            }
        }
        names.sort();
        names.dedup();
        let any_word = WordSet::new(
            names
                .iter()
                .flatten()
                .chain(self.word_abbreviations.keys())
                .map(String::as_str),
        );
        Some(TitleKeys {
            names,
            any_word,
            expansions: &self.word_abbreviations,
            abbreviations: &self.abbreviation_words,
        })
    }
}
