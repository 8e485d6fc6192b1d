//! Builds an [`Icp`] from a [`JobAd`] with the taxonomies.

use super::either_or;
use super::location;
use super::negatives::{
    self, JUNIOR_NEGATIVES, LOCAL_JUNIOR_NEGATIVES, LOCAL_RECRUITER_NEGATIVES, RECRUITER_NEGATIVES,
};
use super::sections::{self, Weight};
use super::supplement::{self, EXTRA_ROLE_SKILLS, TITLE_WORDS};
use super::text::{contains_norm, norm, padded, push_unique};
use super::years;
use super::{Icp, JobAd, SkillRequirement};
use crate::taxonomy::{Seniority, SkillEntry, SkillTaxonomy, Taxonomy, TitleEntry};

/// At most this many title synonyms are kept.
pub(crate) const MAX_SYNONYMS: usize = 12;
/// At most this many must-have skills (the rest become nice-to-have).
const MAX_MUST: usize = 6;
/// At most this many nice-to-have skills.
const MAX_NICE: usize = 8;
/// Below this many skills in total the role → skills table fills nice-to-haves.
const THIN_AD: usize = 4;

/// Skill categories only a technical ad asks for (elsewhere a match is likely a homonym).
const TECH_CATEGORIES: &[&str] = &[
    "frontend",
    "backend",
    "mobile",
    "devops",
    "cloud",
    "embedded",
    "game",
    "blockchain",
    "security",
    "testing",
    "ml",
];

/// Whether `skill` is a business function (marketing, sales, HR, product, finance …) whose words
/// all stand in the title ("Growth Marketing" in "Growth Marketing Manager").
fn business_function_of_title(skill: &str, title: &str, taxonomy: &Taxonomy) -> bool {
    let business = taxonomy.skills().canonical(skill).is_some_and(|e| {
        matches!(
            e.category.as_str(),
            "marketing" | "sales" | "hr" | "product" | "finance" | "operations" | "consulting"
        )
    });
    let t = padded(title);
    business && contains_norm(&t, &norm(skill))
}

/// Sales skills that other ads name as their market ("our B2B SaaS platform").
const SALES_WORDS: &[&str] = &[
    "B2B Sales",
    "SaaS Sales",
    "Enterprise Sales",
    "Prospecting",
    "Cold Calling",
    "Upselling",
    "Partnerships",
];
/// Recruiting skills that other ads name in passing ("no recruitment agencies").
const HR_WORDS: &[&str] = &[
    "Recruiting",
    "Technical Recruiting",
    "Sourcing",
    "Interviewing",
    "Employer Branding",
];

/// Categories of skills that are too generic to require.
const SOFT: &[&str] = &["soft"];

/// Canonical titles of recruiting roles (recruiters are then wanted, not excluded).
const RECRUITING: &[&str] = &["Recruiter", "Technical Recruiter"];

/// The most characters of a description kept for matching by meaning.
const AD_WORDS: usize = 2_000;

/// Builds the ideal candidate profile for `ad` (deterministic for the same ad and taxonomy).
#[must_use]
pub fn build_icp(ad: &JobAd, taxonomy: &Taxonomy) -> Icp {
    let written_title = ad.title.trim().to_owned();
    // "(m/w/d)", "(H/F)", "Krankenpfleger/in" name no skill and no role
    let ad = &JobAd {
        title: strip_gender_markers(&ad.title),
        ..ad.clone()
    };
    let query = ad.query.clone().unwrap_or_default();
    let (canonical, entry) = resolve_title(&ad.title, &query, taxonomy);
    let parsed = taxonomy.titles().parse(&ad.title);
    let seniority = parsed
        .seniority
        .or(entry.and_then(|e| e.seniority))
        .or_else(|| seniority_word(&ad.title));
    let all_text = format!("{}\n{}\n{}", ad.title, ad.job_description, query);
    let min_years =
        years::min_years(&all_text).or_else(|| seniority.map(|s| s.min_years()).filter(|y| *y > 0));

    let mut icp = Icp {
        job_title: written_title,
        canonical_title: canonical.clone(),
        title_synonyms: synonyms(&canonical, entry, &ad.title, taxonomy),
        seniority,
        min_years,
        must_have_skills: Vec::new(),
        nice_to_have_skills: Vec::new(),
        location: location::target(
            ad.location.as_deref(),
            &ad.title,
            &ad.job_description,
            taxonomy,
        ),
        negative_keywords: Vec::new(),
        recruiting_role: is_recruiting(&canonical, &ad.title),
        technical_role: is_technical(&canonical, entry, taxonomy),
        boolean_query: String::new(),
        patches: Vec::new(),
        search_steps: Vec::new(),
        ad_words: ad.job_description.chars().take(AD_WORDS).collect(),
    };
    let (must, nice) = skills(ad, &canonical, icp.technical_role, taxonomy);
    icp.must_have_skills = must;
    icp.nice_to_have_skills = nice;
    add_title_skill_synonyms(&mut icp, &ad.title, taxonomy);
    icp.negative_keywords = negative_keywords(&icp, ad);
    icp.refresh_boolean_query();
    icp
}

/// Words of gender markers in titles: "(m/w/d)", "(w/m/x)", "(H/F)", "(f/m/d)", "(all genders)".
const GENDER_MARKER_WORDS: &[&str] = &[
    "m", "w", "d", "f", "h", "x", "a", "o", "e", "all", "genders", "gender", "gn", "mwd", "divers",
    "diverse",
];

/// The title without gender markers: parenthesised groups made only of marker words, and
/// the German "/in", "/-in", ":in", "*in" suffixes ("Krankenpfleger/in" → "Krankenpfleger").
pub(crate) fn strip_gender_markers(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut rest = title;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let inner = &rest[open + 1..close];
        let is_marker = inner
            .split(|c: char| c == '/' || c == ',' || c == '|' || c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .all(|w| GENDER_MARKER_WORDS.contains(&w.to_lowercase().as_str()));
        out.push_str(&rest[..open]);
        if !is_marker {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    let mut cleaned = out;
    for suffix in [
        "/-in", "/in", ":in", "*in", "_in", "(in)", "/a", "(a)", "/o", "(e)", "/e",
    ] {
        cleaned = cleaned
            .split_whitespace()
            .map(|w| w.strip_suffix(suffix).unwrap_or(w))
            .collect::<Vec<_>>()
            .join(" ");
    }
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The canonical title and its taxonomy entry (none for titles only the supplement knows).
fn resolve_title<'t>(
    title: &str,
    query: &str,
    taxonomy: &'t Taxonomy,
) -> (String, Option<&'t TitleEntry>) {
    let titles = taxonomy.titles();
    let parsed = titles.parse(title);
    if let Some(e) = parsed.canonical.filter(|e| e.curated) {
        return (e.canonical.clone(), Some(e));
    }
    if let Some(c) = supplement_title(title) {
        return match titles.entry(c) {
            Some(e) => (e.canonical.clone(), Some(e)),
            None => (c.to_owned(), None),
        };
    }
    if let Some(e) = parsed.canonical {
        return (e.canonical.clone(), Some(e));
    }
    for text in [title, query] {
        if let Some(e) = titles.find_in_text(text).into_iter().find(|e| e.curated) {
            return (e.canonical.clone(), Some(e));
        }
    }
    (clean_title(title), None)
}

/// The canonical role a job title names, in any language the ICP understands: the taxonomy's
/// titles, then the local and extra names ("Pflegefachkraft (m/w/d)" → Registered Nurse).
#[must_use]
pub fn role_of(title: &str, taxonomy: &Taxonomy) -> Option<String> {
    let t = strip_gender_markers(title);
    let parsed = taxonomy.titles().parse(&t);
    if let Some(e) = parsed.canonical.filter(|e| e.curated) {
        return Some(e.canonical.clone());
    }
    supplement_title(&t)
        .map(str::to_owned)
        .or_else(|| parsed.canonical.map(|e| e.canonical.clone()))
}

/// The canonical title a non-English (or extra) title word names, longest phrase first.
fn supplement_title(title: &str) -> Option<&'static str> {
    let p = padded(title);
    TITLE_WORDS
        .iter()
        .filter(|(w, _)| contains_norm(&p, w))
        .max_by_key(|(w, _)| w.len())
        .map(|(_, c)| *c)
}

/// A title without gender markers, seniority words or location tails, for unknown titles.
fn clean_title(title: &str) -> String {
    let mut t = title.to_owned();
    for cut in [" (", " in ", " - ", " – ", " | ", ","] {
        if let Some((head, _)) = t.split_once(cut) {
            t = head.to_owned();
        }
    }
    t.split_whitespace()
        .filter(|w| {
            !matches!(
                norm(w).as_str(),
                "senior" | "sr" | "junior" | "jr" | "lead" | "principal" | "staff" | "mid"
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Seniority words the title parser may miss in other languages.
fn seniority_word(title: &str) -> Option<Seniority> {
    let p = padded(title);
    let table: &[(&str, Seniority)] = &[
        ("erfahrener", Seniority::Senior),
        ("erfahrene", Seniority::Senior),
        ("confirme", Seniority::Senior),
        ("experimentado", Seniority::Senior),
        ("berufseinsteiger", Seniority::Junior),
        ("debutant", Seniority::Junior),
    ];
    table
        .iter()
        .find(|(w, _)| contains_norm(&p, w))
        .map(|(_, s)| *s)
}

/// Title synonyms: abbreviations and synonyms from the taxonomy (or the supplement), best first.
fn synonyms(
    canonical: &str,
    entry: Option<&TitleEntry>,
    raw: &str,
    taxonomy: &Taxonomy,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let cnorm = norm(canonical);
    let push = |out: &mut Vec<String>, s: &str| {
        if norm(s) != cnorm && out.len() < MAX_SYNONYMS {
            push_unique(out, s.to_owned());
        }
    };
    // a foreign title word the ad used ("Softwareentwickler")
    let p = padded(raw);
    let mut foreign = false;
    for (w, c) in TITLE_WORDS {
        if *c == canonical && contains_norm(&p, w) && *w != "nurse" {
            // the ad's own title as written ("Ingeniero de Datos"), without gender markers
            let cleaned = clean_title(raw);
            if contains_norm(&padded(&cleaned), w) {
                push(&mut out, &cleaned);
            } else {
                push(&mut out, w);
            }
            foreign = !w.is_ascii() || !canonical.to_lowercase().contains(w);
        }
    }
    // an ad written in another language: the other local names of the role, as profiles there
    // write it ("Krankenpfleger" for a "Pflegefachkraft" ad)
    if foreign {
        for (w, c) in TITLE_WORDS {
            if *c == canonical && !contains_norm(&padded(canonical), w) && out.len() < 4 {
                push(&mut out, w);
            }
        }
    }
    if let Some(e) = entry {
        for a in e.abbreviations.iter().filter(|a| a.chars().count() >= 3) {
            push(&mut out, a);
        }
        for s in &e.synonyms {
            push(&mut out, s);
        }
    } else if let Some(extra) = supplement::extra_title(canonical) {
        for s in extra {
            push(&mut out, s);
        }
    }
    let _ = taxonomy;
    out
}

/// Adds "{skill} Developer" variants for languages and frameworks named in the title
/// ("Senior Java Developer" → "Java Developer", "Java Engineer").
fn add_title_skill_synonyms(icp: &mut Icp, title: &str, taxonomy: &Taxonomy) {
    let found: Vec<&SkillEntry> = taxonomy
        .skills()
        .find_mentions(title)
        .into_iter()
        // a bare letter in a non-technical title is no language ("permis C/CE")
        .filter(|(_, weak)| icp.technical_role || !weak)
        .map(|(s, _)| s)
        .filter(|s| {
            matches!(
                s.category.as_str(),
                "language" | "frontend" | "backend" | "mobile"
            )
        })
        .collect();
    let mut front: Vec<String> = Vec::new();
    for s in found.iter().take(2) {
        push_unique(&mut front, format!("{} Developer", s.canonical));
        push_unique(&mut front, format!("{} Engineer", s.canonical));
    }
    if front.is_empty() {
        return;
    }
    let mut merged = front;
    for s in &icp.title_synonyms {
        push_unique(&mut merged, s.clone());
    }
    merged.retain(|s| norm(s) != norm(&icp.canonical_title));
    merged.truncate(MAX_SYNONYMS);
    icp.title_synonyms = merged;
}

/// Whether the role is in recruiting.
fn is_recruiting(canonical: &str, title: &str) -> bool {
    let p = padded(title);
    RECRUITING.contains(&canonical)
        || [
            "recruiter",
            "recruiting",
            "recruitment",
            "talent acquisition",
            "sourcer",
            "headhunter",
        ]
        .iter()
        .any(|w| contains_norm(&p, w))
}

/// Whether the role is technical (engineering, data, IT).
fn is_technical(canonical: &str, entry: Option<&TitleEntry>, taxonomy: &Taxonomy) -> bool {
    let p = padded(canonical);
    let by_word = [
        "engineer",
        "developer",
        "architect",
        "scientist",
        "programmer",
        "administrator",
        "sre",
        "devops",
    ]
    .iter()
    .any(|w| contains_norm(&p, w));
    let by_occupation = entry.is_some_and(|e| {
        taxonomy
            .titles()
            .occupations()
            .iter()
            .any(|o| o.name == e.occupation && o.category.contains("Computer"))
    });
    by_word || by_occupation
}

/// Where a skill was seen in the ad.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Seen {
    Title,
    Must,
    Neutral,
    Nice,
}

/// Words after which short letter codes are driving-licence classes, not skills.
const LICENCE_WORDS: &[&str] = &[
    "permis",
    "licence",
    "license",
    "licencia",
    "führerschein",
    "fuhrerschein",
    "klasse",
    "carnet",
    "permiso",
    "patente",
    "rijbewijs",
    "jazdy",
    "carta",
    "categoría",
    "categoria",
    "catégorie",
    "categorie",
    "class",
    "classe",
];

/// Words that join licence classes ("permis C ou CE").
const CLASS_JOINERS: &[&str] = &[
    "ou", "o", "or", "oder", "of", "en", "e", "y", "und", "i", "lub",
];

/// What a heavy-vehicle class (C, CE, C1, D …) after a licence word stands for, in words the
/// skill table reads as the commercial driving licence.
const HEAVY_LICENCE: &str = "(commercial driver license)";

/// The text with the licence classes after a licence word put in words: "Permis C ou CE",
/// "Führerschein CE", "carnet C+E", "rijbewijs C/CE" name no C language or CE skill but a
/// commercial driving licence; "Permis B" names nothing.
fn without_licence_classes(text: &str) -> std::borrow::Cow<'_, str> {
    let lower = text.to_lowercase();
    if !LICENCE_WORDS.iter().any(|w| lower.contains(w)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let is_class = |w: &str| {
        !w.is_empty()
            && w.split(['/', '+']).all(|part| {
                // "C", "CE", "C1", "C1E"; not "BLS" or "ADR"
                let n = part.chars().count();
                (1..=2).contains(&n) || (n == 3 && part.chars().any(|c| c.is_ascii_digit()))
            })
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '/' || c == '+')
    };
    let is_heavy = |w: &str| w.split(['/', '+']).any(|c| c.starts_with(['C', 'D']));
    let mut out: Vec<&str> = Vec::new();
    let mut after_licence = false;
    let mut heavy_said = false;
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| ",.;:()".contains(c));
        if after_licence && is_class(bare) {
            if is_heavy(bare) && !heavy_said {
                out.push(HEAVY_LICENCE);
                heavy_said = true;
            }
            // "Klasse CE, ADR": the classes end with the clause
            after_licence = !word.ends_with([',', '.', ';', ':']);
            continue;
        }
        if !after_licence {
            heavy_said = false;
        }
        if !(after_licence && CLASS_JOINERS.contains(&bare.to_lowercase().as_str())) {
            after_licence = LICENCE_WORDS.contains(&bare.to_lowercase().as_str());
        }
        out.push(word);
    }
    std::borrow::Cow::Owned(out.join(" "))
}

/// Must-have and nice-to-have skills, in order of first mention.
fn skills(
    ad: &JobAd,
    canonical: &str,
    technical: bool,
    taxonomy: &Taxonomy,
) -> (Vec<SkillRequirement>, Vec<SkillRequirement>) {
    let sk = taxonomy.skills();
    let extra_role = EXTRA_ROLE_SKILLS.iter().find(|(r, _)| *r == canonical);
    let reader = SkillReader::new(ad, canonical, technical, sk, extra_role.is_some());
    let found = reader.read_ad(ad);
    let (must, mut nice) = rank_mentions(&found.seen, &ad.title, taxonomy);
    // thin ad: the role → skills table fills nice-to-haves
    if must.len() + nice.len() < THIN_AD {
        let role: Vec<String> = match extra_role {
            Some((_, list)) => list.iter().map(|s| (*s).to_owned()).collect(),
            None => sk.for_role(canonical).to_vec(),
        };
        fill_thin_ad(&must, &mut nice, role);
    }
    nice.truncate(MAX_NICE);
    let req = |n: &String| {
        let mut r = requirement(n, taxonomy);
        r.required = found.hard.contains(n);
        r
    };
    let mut must: Vec<SkillRequirement> = must.iter().map(req).collect();
    let mut nice: Vec<SkillRequirement> = nice.iter().map(req).collect();
    merge_alternatives(&mut must, &mut nice, &found.groups);
    (must, nice)
}

/// What an ad's text names as skills, gathered before any is ranked must or nice.
#[derive(Default)]
struct SkillMentions {
    /// Each skill named, with the strongest place it was seen, in order of first mention.
    seen: Vec<(String, Seen)>,
    /// Either/or groups ("Python or Go").
    groups: Vec<Vec<String>>,
    /// Skills a must-have sentence states as a hard requirement.
    hard: Vec<String>,
}

impl SkillMentions {
    /// Records `name` seen at `how`, keeping the strongest place it was seen.
    fn note(&mut self, name: &str, how: Seen) {
        if let Some(slot) = self.seen.iter_mut().find(|(n, _)| n == name) {
            slot.1 = slot.1.min(how);
        } else {
            self.seen.push((name.to_owned(), how));
        }
    }
}

/// What the role decides about which skill mentions in its ad count.
struct SkillReader<'a> {
    /// The skills taxonomy.
    sk: &'a SkillTaxonomy,
    /// A technical role: technical skills count anywhere in its ad.
    technical: bool,
    /// A sales role: sales words are its skills, not its market.
    sales_role: bool,
    /// An HR role: recruiting words are its skills, not a passing remark.
    hr_role: bool,
    /// The supplement knows this role's skills (nursing words and the like count).
    extra_role: bool,
}

impl<'a> SkillReader<'a> {
    /// Reads the role from the canonical title and the ad's title.
    fn new(
        ad: &JobAd,
        canonical: &str,
        technical: bool,
        sk: &'a SkillTaxonomy,
        extra_role: bool,
    ) -> Self {
        let role_words = padded(&format!("{canonical} {}", ad.title));
        let sales_role = [
            "sales",
            "account",
            "business development",
            "revenue",
            "sdr",
            "bdr",
            "vertrieb",
            "ventas",
            "commercial",
            "partnerships",
        ]
        .iter()
        .any(|w| contains_norm(&role_words, w));
        let hr_role = [
            "hr",
            "human resources",
            "people",
            "recruiter",
            "recruiting",
            "talent",
            "personal",
        ]
        .iter()
        .any(|w| contains_norm(&role_words, w));
        Self {
            sk,
            technical,
            sales_role,
            hr_role,
            extra_role,
        }
    }

    /// The skills the title, the query and each sentence of the description name.
    fn read_ad(&self, ad: &JobAd) -> SkillMentions {
        let mut found = SkillMentions::default();
        self.found_in(&ad.title, Seen::Title, &mut found);
        if let Some(q) = &ad.query {
            self.found_in(q, Seen::Title, &mut found);
            let names = |t: &str| self.skill_names(t);
            found
                .groups
                .extend(either_or::alternative_groups(q, &names));
        }
        for s in sections::sentences(&ad.job_description) {
            self.read_sentence(&s.text, s.weight, &mut found);
        }
        found
    }

    /// Notes the skills one sentence of the description names, at the strength it asks.
    fn read_sentence(&self, text: &str, weight: Weight, found: &mut SkillMentions) {
        let how = match weight {
            Weight::Must => Seen::Must,
            Weight::Nice => Seen::Nice,
            // "we use R for analytics", "our stack": context, a plus at most
            Weight::Neutral if sections::is_context(text) => Seen::Nice,
            Weight::Neutral => Seen::Neutral,
        };
        // "... but you do not need it": the negated clause's skills, or the whole sentence's
        // when the negation names none ("it"), are no requirement at all
        let clauses = sections::clauses(text);
        let negated: Vec<&str> = clauses
            .iter()
            .copied()
            .filter(|c| sections::is_negated(c))
            .collect();
        if !negated.is_empty() {
            if negated.iter().all(|c| self.sk.find_in_text(c).is_empty()) {
                return;
            }
            for c in clauses.iter().filter(|c| !negated.contains(c)) {
                self.found_in(c, how, found);
            }
            return;
        }
        self.found_in(text, how, found);
        let names = |t: &str| self.skill_names(t);
        found
            .groups
            .extend(either_or::alternative_groups(text, &names));
        if how == Seen::Must && sections::states_hard_requirement(text) {
            for e in self.sk.find_in_text(text) {
                push_unique(&mut found.hard, e.canonical.clone());
            }
        }
    }

    /// Notes the skills `text` names that count for this role, seen at `how`.
    fn found_in(&self, text: &str, how: Seen, found: &mut SkillMentions) {
        let text = &*without_licence_classes(text);
        for (s, weak) in self.sk.find_mentions(text) {
            if self.passes_over(s, weak, text, how) {
                continue;
            }
            let how = if SOFT.contains(&s.category.as_str()) {
                Seen::Nice
            } else {
                how
            };
            found.note(&s.canonical, how);
        }
        for s in supplement::extra_skills_in(text) {
            // tools any trade may name ("DATEV", "SolidWorks", "HACCP"); the rest (nursing
            // words) only for the roles the supplement knows
            if self.extra_role || supplement::ANY_ROLE_SKILLS.contains(&s) {
                found.note(s, how);
            }
        }
    }

    /// Whether a taxonomy skill found in `text` (`weak`: by a short ambiguous alias) is no
    /// skill of this role's candidate.
    fn passes_over(&self, s: &SkillEntry, weak: bool, text: &str, how: Seen) -> bool {
        // a bare "UX", "R" or "Go" in prose counts only where the ad asks for skills, or
        // as a list item of its own ("Nice to have:\n- Go")
        let list_item = text.split_whitespace().count() <= 3;
        // "collaborate with our UX and product teams": the company's, not the candidate's
        let ours = names_ours(text);
        if weak && !list_item && (ours || !matches!(how, Seen::Title | Seen::Must)) {
            return true;
        }
        // "active RN license" in a nursing ad is not React Native, nor "permis C/CE" in a
        // truck driver's title the C language: a technical skill of a non-technical role
        // only when its title names it in full
        if !self.technical && how != Seen::Title && TECH_CATEGORIES.contains(&s.category.as_str()) {
            return true;
        }
        // "our B2B SaaS product" in a product ad is no sales skill, "no recruitment
        // agencies" no recruiting skill, "we are hiring" no hiring skill
        let owner = if SALES_WORDS.contains(&s.canonical.as_str()) {
            Some(self.sales_role)
        } else if HR_WORDS.contains(&s.canonical.as_str()) {
            Some(self.hr_role)
        } else {
            None
        };
        if how != Seen::Title && owner == Some(false) {
            return true;
        }
        s.canonical == "Hiring" && how != Seen::Title
    }

    /// Skills a piece of text names: the taxonomy's, then the supplement's tools.
    fn skill_names(&self, t: &str) -> Vec<String> {
        let mut names: Vec<String> = self
            .sk
            .find_in_text(t)
            .into_iter()
            .map(|e| e.canonical.clone())
            .collect();
        for x in supplement::extra_skills_in(t) {
            push_unique(&mut names, x);
        }
        names
    }
}

/// Whether `text` speaks of the company's own ("our UX team"), not the candidate's.
fn names_ours(text: &str) -> bool {
    let p = padded(text);
    [
        "our", "unser", "unserem", "unseren", "notre", "nos", "nuestro", "nuestra", "nosso",
        "nossa", "nostro", "nostra", "ons", "onze",
    ]
    .iter()
    .any(|w| contains_norm(&p, w))
}

/// Sorts the skills seen into must-haves and nice-to-haves, by where each was seen.
fn rank_mentions(
    seen: &[(String, Seen)],
    title: &str,
    taxonomy: &Taxonomy,
) -> (Vec<String>, Vec<String>) {
    let has_must = seen.iter().any(|(_, h)| *h == Seen::Must);
    let mut must: Vec<String> = Vec::new();
    let mut nice: Vec<String> = Vec::new();
    let has_nice = seen.iter().any(|(_, h)| *h == Seen::Nice);
    let mut neutral: Vec<String> = Vec::new();
    for (name, how) in seen {
        match how {
            // "Growth Marketing Manager": a business function named by the title is the role
            // itself, which its people rarely list as a skill; a plus, not a requirement
            Seen::Title if business_function_of_title(name, title, taxonomy) => {
                nice.push(name.clone())
            }
            Seen::Title | Seen::Must => must.push(name.clone()),
            Seen::Neutral if !has_must => must.push(name.clone()),
            Seen::Neutral => neutral.push(name.clone()),
            Seen::Nice => nice.push(name.clone()),
        }
    }
    // skills named only in the blurb or duties ("our logistics platform") count when the ad
    // has no explicit nice-to-have section, or to fill a thin ad
    for n in neutral {
        if !has_nice || must.len() + nice.len() < THIN_AD {
            nice.push(n);
        }
    }
    if must.len() > MAX_MUST {
        let overflow = must.split_off(MAX_MUST);
        nice.splice(0..0, overflow);
    }
    (must, nice)
}

/// Adds the role's usual skills to a thin ad's nice-to-haves, up to a couple past the minimum.
fn fill_thin_ad(must: &[String], nice: &mut Vec<String>, role: Vec<String>) {
    for r in role {
        if must.len() + nice.len() >= THIN_AD + 2 {
            break;
        }
        if !must.contains(&r) && !nice.contains(&r) {
            nice.push(r);
        }
    }
}

/// Folds each either/or group into one requirement with alternatives, kept where its first
/// member stands (a must-have if any member is one); a group member stated as a hard
/// requirement on its own stays separate.
fn merge_alternatives(
    must: &mut Vec<SkillRequirement>,
    nice: &mut Vec<SkillRequirement>,
    groups: &[Vec<String>],
) {
    let single = |list: &[SkillRequirement], g: &str| {
        list.iter()
            .position(|r| r.name == g && r.alternatives.is_empty())
    };
    for group in groups {
        let members: Vec<&String> = group
            .iter()
            .filter(|g| single(must, g).is_some() || single(nice, g).is_some())
            .collect();
        if members.len() < 2 {
            continue;
        }
        let to_must = members.iter().any(|g| single(must, g).is_some());
        // the first member's place in the target list; every removal below is at or after it
        let at = {
            let list: &[SkillRequirement] = if to_must { must } else { nice };
            list.iter()
                .position(|r| members.contains(&&r.name))
                .unwrap_or(list.len())
        };
        let mut taken: Vec<SkillRequirement> = Vec::new();
        for g in &members {
            if let Some(i) = single(must, g) {
                taken.push(must.remove(i));
            } else if let Some(i) = single(nice, g) {
                taken.push(nice.remove(i));
            }
        }
        let mut merged = taken.remove(0);
        merged.required = false;
        for mut m in taken {
            m.required = false;
            m.related.clear();
            merged.alternatives.push(m);
        }
        let list = if to_must { &mut *must } else { &mut *nice };
        list.insert(at.min(list.len()), merged);
    }
}

/// A requirement for `name` with aliases and related skills from the taxonomy or the supplement.
pub(crate) fn requirement(name: &str, taxonomy: &Taxonomy) -> SkillRequirement {
    if let Some(e) = taxonomy.skills().canonical(name) {
        let mut aliases: Vec<String> = e
            .aliases
            .iter()
            .filter(|a| !a.contains('(') && a.chars().count() >= 3)
            .take(3)
            .cloned()
            .collect();
        // the names other countries give it ("Permis CE" for a CDL, "Instalaciones eléctricas"),
        // which the open skill lists lack
        let extra = supplement::extra_skill(&e.canonical)
            .filter(|(c, _)| norm(c) == norm(&e.canonical))
            .map_or(&[][..], |(_, x)| x);
        let translated = e.translations.iter().map(String::as_str);
        for a in extra.iter().copied().chain(translated) {
            if norm(a) != norm(&e.canonical) && !aliases.iter().any(|x| norm(x) == norm(a)) {
                aliases.push(a.to_owned());
            }
        }
        let related = taxonomy
            .skills()
            .related(&e.canonical)
            .iter()
            .take(4)
            .cloned()
            .collect();
        return SkillRequirement::single(e.canonical.clone(), aliases, related);
    }
    if let Some((c, aliases)) = supplement::extra_skill(name) {
        // every name: they are the other languages' names of the skill, not spelling variants
        let aliases = aliases
            .iter()
            .filter(|a| norm(a) != norm(c))
            .map(|a| (*a).to_owned())
            .collect();
        return SkillRequirement::single(c, aliases, Vec::new());
    }
    SkillRequirement::single(name.trim(), Vec::new(), Vec::new())
}

/// Stated exclusions plus defaults, minus anything the ad's own title says.
fn negative_keywords(icp: &Icp, ad: &JobAd) -> Vec<String> {
    let stated_text = format!(
        "{}\n{}",
        ad.job_description,
        ad.query.clone().unwrap_or_default()
    );
    let mut out = negatives::stated(&stated_text);
    let junior_ad = matches!(icp.seniority, Some(Seniority::Intern | Seniority::Junior))
        || negatives::asks_for_juniors(&format!(
            "{} {}",
            ad.title,
            ad.query.clone().unwrap_or_default()
        ));
    if !junior_ad {
        for n in JUNIOR_NEGATIVES {
            push_unique(&mut out, *n);
        }
        // students, interns and apprentices in the ad's own language ("Élève conductrice")
        let text = padded(&format!("{} {}", ad.title, ad.job_description));
        for (markers, words) in LOCAL_JUNIOR_NEGATIVES {
            if markers.iter().filter(|m| contains_norm(&text, m)).count() >= 2 {
                for n in *words {
                    push_unique(&mut out, *n);
                }
            }
        }
    }
    if !icp.recruiting_role {
        for n in RECRUITER_NEGATIVES {
            push_unique(&mut out, *n);
        }
        // the recruiters of the ad's own language ("Personalvermittlerin Pflege")
        let text = padded(&format!("{} {}", ad.title, ad.job_description));
        for (markers, words) in LOCAL_RECRUITER_NEGATIVES {
            if markers.iter().filter(|m| contains_norm(&text, m)).count() >= 2 {
                for n in *words {
                    push_unique(&mut out, *n);
                }
            }
        }
    }
    let own = padded(&format!(
        "{} {} {}",
        ad.title,
        icp.canonical_title,
        icp.title_synonyms.join(" ")
    ));
    out.retain(|n| !contains_norm(&own, &norm(n)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn licence_classes_are_no_skills() {
        assert_eq!(
            without_licence_classes("Permis C ou CE en cours de validité"),
            "Permis (commercial driver license) ou en cours de validité"
        );
        assert_eq!(
            without_licence_classes("Chauffeur poids lourd – permis C/CE"),
            "Chauffeur poids lourd – permis (commercial driver license)"
        );
        assert_eq!(
            without_licence_classes("Führerschein Klasse CE, ADR"),
            "Führerschein Klasse (commercial driver license) ADR"
        );
        assert_eq!(without_licence_classes("Permis B exigé"), "Permis exigé");
        assert_eq!(
            without_licence_classes("C and Go, licence to code"),
            "C and Go, licence to code"
        );
        assert_eq!(
            without_licence_classes("Current licence; BLS and ACLS"),
            "Current licence; BLS and ACLS"
        );
    }

    #[test]
    fn gender_markers_are_not_part_of_a_title() {
        assert_eq!(
            strip_gender_markers("Pflegefachkraft (m/w/d)"),
            "Pflegefachkraft"
        );
        assert_eq!(
            strip_gender_markers("Développeur Backend (H/F)"),
            "Développeur Backend"
        );
        assert_eq!(
            strip_gender_markers("Data Engineer (f/m/x) – Berlin"),
            "Data Engineer – Berlin"
        );
        assert_eq!(strip_gender_markers("Krankenpfleger/in"), "Krankenpfleger");
        assert_eq!(
            strip_gender_markers("Sales Manager (all genders)"),
            "Sales Manager"
        );
        // other parentheses stay
        assert_eq!(
            strip_gender_markers("Backend Engineer (Go)"),
            "Backend Engineer (Go)"
        );
    }

    #[test]
    fn an_either_or_group_becomes_one_requirement_where_its_first_member_stood() {
        let tax = Taxonomy::bundled();
        let mut must: Vec<SkillRequirement> = ["Python", "PostgreSQL", "Go"]
            .iter()
            .map(|n| requirement(n, tax))
            .collect();
        let mut nice = vec![requirement("Docker", tax)];
        merge_alternatives(
            &mut must,
            &mut nice,
            &[vec!["Python".to_owned(), "Go".to_owned()]],
        );
        let labels: Vec<String> = must.iter().map(SkillRequirement::label).collect();
        assert_eq!(labels, ["Python or Go", "PostgreSQL"]);
        assert_eq!(nice.len(), 1);
    }
}
