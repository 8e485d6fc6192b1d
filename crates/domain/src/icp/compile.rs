//! Compiles an [`Icp`] into the index-neutral query tree ([`crate::search::Query`]).
//!
//! Shape: the title group is `must`; must-have skills are a nested `should` with a minimum so one
//! missing skill does not exclude a strong profile; nice-to-haves are plain `should`; the
//! location is a `filter`; negative keywords are `must_not` over current role and headline only
//! (a highlight "worked with recruiters" is harmless).

use super::text::{norm, push_unique};
use super::{Icp, SkillRequirement};
use crate::matching::head_word::HeadWords;
use crate::search::{BoolQuery, Field, Query};
use crate::taxonomy::{LocationTaxonomy, Taxonomy, WorkMode};

/// Fields a title is looked for in.
pub(crate) const TITLE_FIELDS: &[Field] = &[Field::CurrentRole, Field::Headline, Field::PastRoles];
/// Fields a skill is looked for in.
pub(crate) const SKILL_FIELDS: &[Field] = &[Field::Skills, Field::Headline, Field::Highlights];
/// Fields a negative keyword excludes on.
pub(crate) const NEGATIVE_FIELDS: &[Field] = &[Field::CurrentRole, Field::Headline];

/// At most this many nearby places are searched (the most populous first, so a metro's towns
/// are not crowded out by its own districts).
const MAX_NEARBY_CITIES: usize = 60;
/// At most this many spellings of a country are searched besides its ISO code.
const MAX_COUNTRY_NAMES: usize = 8;
/// How people write their own country, for profiles that carry no ISO code (the code is what
/// the `country` rung relies on; these catch the rest).
const ENDONYMS: &[(&str, &[&str])] = &[
    ("DE", &["Deutschland"]),
    ("AT", &["Österreich"]),
    ("CH", &["Schweiz", "Suisse", "Svizzera"]),
    ("ES", &["España"]),
    ("MX", &["México"]),
    ("BR", &["Brasil"]),
    ("IT", &["Italia"]),
    ("NL", &["Nederland", "Holland"]),
    ("BE", &["België", "Belgique"]),
    ("SE", &["Sverige"]),
    ("NO", &["Norge"]),
    ("DK", &["Danmark"]),
    ("FI", &["Suomi"]),
    ("PL", &["Polska"]),
    ("CZ", &["Česko", "Czechia"]),
    ("PT", &["Portugal"]),
    ("FR", &["France"]),
    ("GB", &["Great Britain", "England", "Scotland", "Wales"]),
    ("US", &["United States of America"]),
    ("IE", &["Éire"]),
    ("TR", &["Türkiye"]),
    ("GR", &["Hellas"]),
];
/// Titles any software role's people may hold when their skills match ("title Software
/// Engineer, backend skills match").
pub(crate) const GENERIC_TECH_TITLES: &[&str] = &[
    "Software Engineer",
    "Software Developer",
    "Developer",
    "Programmer",
    "Engineer",
];

/// One rung of the retrieval ladder: a name and the query it runs.
#[derive(Debug, Clone, PartialEq)]
pub struct RetrievalStep {
    /// Stable step name, shown in results.
    pub name: &'static str,
    /// The query tree sent to the index.
    pub query: Query,
}

/// The retrieval ladder of an ICP, strict first; each step matches a superset of the one
/// before, so a pass can stop at any rung.
///
/// | step | title | must-have skills | location |
/// |---|---|---|---|
/// | `strict` | title or synonym | hard ones + ⅔ of the rest | the city (or the country / remote region) |
/// | `any_must_skill` | title or synonym | hard ones + any one | the city |
/// | `nearby` | title or synonym | hard ones + any one | + places within the ICP's `radiusKm` |
/// | `country` | title or synonym | hard ones + any one | + the country in any spelling (remote there included) |
/// | `local_titles` | + the occupation's local names in the supported languages | hard ones + any one | as `country` |
/// | `title_words` | + the title's words anywhere in the current role | hard ones + any one | as `country` |
/// | `title_family` | + same-occupation titles (and generic software titles for technical roles) when half the must-haves match | | as `country` |
/// | `head_words` | + (non-technical roles) a title with the head word of one of the role's names ("Chauffeur SPL") when half the must-haves match | | as `country` |
/// | `skills_match` | + any title when about two thirds of the must-haves match (two at least) | | as `country` |
/// | `title_specialty` | + the title's occupation (any local name) with a specialty word it names after its preposition | | as `country` |
/// | `title_only` | + the title (or its words, or a local name) whatever the skills, unless a skill is hard | | as `country` |
///
/// Never widened: negative keywords, an "only …" patch (the city stays the city), skills the
/// ad states as hard requirements. A step whose query equals the previous one is skipped.
#[must_use]
pub fn retrieval_steps(icp: &Icp, taxonomy: &Taxonomy) -> Vec<RetrievalStep> {
    let title = title_clause(icp);
    let skills_strict = must_clause(icp, Relax::Strict);
    let skills_any = must_clause(icp, Relax::AnyOne);
    let places = Places::of(icp, taxonomy, true);

    let mut steps: Vec<RetrievalStep> = Vec::new();
    let mut push = |name: &'static str, required: Vec<Option<Query>>, location: Option<Query>| {
        let query = assemble(icp, required.into_iter().flatten().collect(), location);
        if steps.last().is_none_or(|prev| prev.query != query) {
            steps.push(RetrievalStep { name, query });
        }
    };
    push(
        "strict",
        vec![Some(title.clone()), skills_strict],
        places.local.clone(),
    );
    push(
        "any_must_skill",
        vec![Some(title.clone()), skills_any.clone()],
        places.local.clone(),
    );
    push(
        "nearby",
        vec![Some(title.clone()), skills_any.clone()],
        places.nearby.clone(),
    );
    push(
        "country",
        vec![Some(title.clone()), skills_any.clone()],
        places.country.clone(),
    );
    let by_title = and(vec![Some(title), skills_any.clone()]);
    // each wider rung adds alternatives to the ones before, in the country
    let mut widest = vec![by_title];
    for (name, adds) in widenings(icp, taxonomy, skills_any) {
        widest.extend(adds);
        push(
            name,
            vec![Some(Query::any_of(widest.clone()))],
            places.country.clone(),
        );
    }
    steps
}

/// The rungs after `country`, in order, each with the alternatives it adds (to the title with
/// any one must-have): what widens the title, then what widens the skills.
fn widenings(
    icp: &Icp,
    taxonomy: &Taxonomy,
    skills_any: Option<Query>,
) -> Vec<(&'static str, Vec<Query>)> {
    let mut rungs: Vec<(&'static str, Vec<Query>)> = Vec::new();
    // the occupation's names in the languages we support ("Conducteur routier", "Chauffeur PL"
    // for a truck driver), with the same skills as the title
    if let Some(local) = local_titles_clause(icp) {
        rungs.push((
            "local_titles",
            vec![and(vec![Some(local), skills_any.clone()])],
        ));
    }
    // the title's words in the current role, in any order ("Lead Backend Python Developer")
    if let Some(words) = title_words_clause(icp) {
        rungs.push(("title_words", vec![and(vec![Some(words), skills_any])]));
    }
    let family = family_titles(icp, taxonomy);
    if !family.is_empty() {
        let titles = family
            .into_iter()
            .map(|t| Query::phrase(TITLE_FIELDS, t))
            .collect();
        let half = skills_clause(core_skills(icp), Relax::Half);
        rungs.push((
            "title_family",
            vec![and(vec![Some(Query::any_of(titles)), half])],
        ));
    }
    // a title whose head word is the role's ("Chauffeur SPL", "Conductrice PL"), with half the
    // must-haves; the scorer takes it only when no taxonomy lists the title. (Technical roles
    // have their generic titles in `title_family`: "Engineer" there would match every engineer.)
    if !icp.technical_role
        && let (Some(heads), Some(skills)) = (
            head_words_clause(icp),
            skills_clause(core_skills(icp), Relax::Half),
        )
    {
        rungs.push(("head_words", vec![and(vec![Some(heads), Some(skills)])]));
    }
    // any title, when the profile shows most of the must-haves (two at least)
    if core_skills(icp).len() >= 2
        && let Some(skills) = skills_clause(core_skills(icp), Relax::Strict)
    {
        rungs.push(("skills_match", vec![skills]));
    }
    // the title's occupation in any of its local names with the specialty the title names
    // ("Docente de Física y Química" for "Profesor/a de Física y Química"), whatever the
    // skills; the scorer then keeps only those whose own specialty is the ad's
    if let Some(special) = specialty_clause(icp) {
        rungs.push(("title_specialty", vec![special]));
    }
    // the title alone, whatever the skills (unless the ad makes some of them hard)
    if !icp.must_have_skills.iter().any(|s| s.required) {
        let mut alone = vec![title_clause(icp)];
        alone.extend(title_words_clause(icp));
        alone.extend(local_titles_clause(icp));
        rungs.push(("title_only", alone));
    }
    rungs
}

/// Relaxation level of the must-have skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relax {
    /// Hard ones and about two thirds of the rest.
    Strict,
    /// Hard ones and half of the rest (at least one).
    Half,
    /// Hard ones and any one of the rest.
    AnyOne,
}

/// The must-have skills clause at a relaxation level (`None` when the ad names none).
fn must_clause(icp: &Icp, relax: Relax) -> Option<Query> {
    skills_clause(&icp.must_have_skills, relax)
}

/// The skills that decide whether a related title fits: the must-haves, or the nice-to-haves
/// of an ad that names no must-have (a one-line ad's skills come from the role).
fn core_skills(icp: &Icp) -> &[SkillRequirement] {
    if icp.must_have_skills.is_empty() {
        &icp.nice_to_have_skills
    } else {
        &icp.must_have_skills
    }
}

/// A clause over skill requirements at a relaxation level (`None` when there are none).
fn skills_clause(list: &[SkillRequirement], relax: Relax) -> Option<Query> {
    let hard: Vec<Query> = list
        .iter()
        .filter(|s| s.required)
        .map(skill_group)
        .collect();
    let soft: Vec<Query> = list
        .iter()
        .filter(|s| !s.required)
        .map(skill_group)
        .collect();
    let n = soft.len();
    let need = match relax {
        Relax::Strict => minimum_should_match(n),
        Relax::Half => n.div_ceil(2),
        Relax::AnyOne => n.min(1),
    };
    let mut parts: Vec<Option<Query>> = hard.into_iter().map(Some).collect();
    parts.push(match n {
        0 => None,
        1 => soft.into_iter().next(),
        _ if need == 1 => Some(Query::any_of(soft)),
        _ => Some(Query::Bool(BoolQuery {
            should: soft,
            minimum_should_match: need,
            ..BoolQuery::default()
        })),
    });
    let parts: Vec<Query> = parts.into_iter().flatten().collect();
    match parts.len() {
        0 => None,
        1 => parts.into_iter().next(),
        _ => Some(Query::Bool(BoolQuery {
            must: parts,
            ..BoolQuery::default()
        })),
    }
}

/// An AND of the present clauses (a single clause stays itself).
fn and(parts: Vec<Option<Query>>) -> Query {
    let mut parts: Vec<Query> = parts.into_iter().flatten().collect();
    if parts.len() == 1 {
        return parts.remove(0);
    }
    Query::Bool(BoolQuery {
        must: parts,
        ..BoolQuery::default()
    })
}

/// Multi-word titles (two or three words) as words anywhere in the current role, so a title
/// with a word in between ("Backend *Python* Developer") is found; `None` when there are none.
fn title_words_clause(icp: &Icp) -> Option<Query> {
    let mut alternatives: Vec<Query> = Vec::new();
    for t in std::iter::once(&icp.canonical_title).chain(icp.title_synonyms.iter()) {
        let words: Vec<&str> = t.split_whitespace().collect();
        if !(2..=3).contains(&words.len()) {
            continue;
        }
        let q = Query::Bool(BoolQuery {
            must: words
                .iter()
                .map(|w| Query::phrase(&[Field::CurrentRole], *w))
                .collect(),
            ..BoolQuery::default()
        });
        if !alternatives.contains(&q) {
            alternatives.push(q);
        }
    }
    (!alternatives.is_empty()).then(|| Query::any_of(alternatives))
}

/// The head words of the role's names ([`HeadWords`]) in the current role; `None` when no
/// name has one.
fn head_words_clause(icp: &Icp) -> Option<Query> {
    let heads: Vec<Query> = HeadWords::surface_forms(super::role_names(icp))
        .into_iter()
        .map(|h| Query::phrase(&[Field::CurrentRole], h))
        .collect();
    (!heads.is_empty()).then(|| Query::any_of(heads))
}

/// The canonical title's local names not already among its synonyms, as title phrases; `None`
/// when it has none.
fn local_titles_clause(icp: &Icp) -> Option<Query> {
    let own: Vec<String> = std::iter::once(&icp.canonical_title)
        .chain(icp.title_synonyms.iter())
        .map(|t| norm(t))
        .collect();
    let names: Vec<Query> = super::local_title_words(&icp.canonical_title)
        .filter(|w| !own.contains(&norm(w)))
        .map(|w| Query::phrase(TITLE_FIELDS, w))
        .collect();
    (!names.is_empty()).then(|| Query::any_of(names))
}

/// The occupation (the title's own head words or the canonical title's local single-word
/// names) with one of the specialty words the title names after its preposition, in the
/// current role or headline; `None` when the title names no specialty.
fn specialty_clause(icp: &Icp) -> Option<Query> {
    let (head, tail) = crate::matching::specialty::split_title(&icp.job_title)?;
    let mut heads = head;
    for w in super::local_title_words(&icp.canonical_title).filter(|w| !w.contains(' ')) {
        if !heads.iter().any(|h| h == w) {
            heads.push(w.to_owned());
        }
    }
    let fields = &[Field::CurrentRole, Field::Headline];
    let any = |words: Vec<String>| {
        Query::any_of(
            words
                .into_iter()
                .map(|w| Query::phrase(fields, w))
                .collect(),
        )
    };
    Some(and(vec![Some(any(heads)), Some(any(tail))]))
}

/// The title group: canonical title (boosted) or any synonym.
fn title_clause(icp: &Icp) -> Query {
    let mut titles: Vec<Query> = vec![Query::Phrase {
        fields: TITLE_FIELDS.to_vec(),
        text: icp.canonical_title.clone(),
        boost: 1.5,
    }];
    titles.extend(
        icp.title_synonyms
            .iter()
            .map(|s| Query::phrase(TITLE_FIELDS, s.clone())),
    );
    Query::any_of(titles)
}

/// Related titles: the same occupation's curated titles, plus generic software titles for a
/// technical role that names must-have skills (only ever used together with those skills).
fn family_titles(icp: &Icp, taxonomy: &Taxonomy) -> Vec<String> {
    let own: Vec<String> = std::iter::once(&icp.canonical_title)
        .chain(icp.title_synonyms.iter())
        .map(|t| norm(t))
        .collect();
    let mut out: Vec<String> = Vec::new();
    if core_skills(icp).is_empty() {
        return out;
    }
    for e in taxonomy.titles().same_occupation(&icp.canonical_title) {
        if e.curated && !own.contains(&norm(&e.canonical)) {
            push_unique(&mut out, e.canonical.clone());
        }
    }
    if icp.technical_role {
        for t in GENERIC_TECH_TITLES {
            if !own.contains(&norm(t)) {
                push_unique(&mut out, (*t).to_owned());
            }
        }
    }
    out
}

/// The location filters of the ladder's rungs (`None` = anywhere).
struct Places {
    local: Option<Query>,
    nearby: Option<Query>,
    country: Option<Query>,
}

impl Places {
    /// One filter for every rung (a city-only ad, a remote one, a place without a city).
    fn same(filter: Option<Query>) -> Places {
        Places {
            local: filter.clone(),
            nearby: filter.clone(),
            country: filter,
        }
    }

    /// The rungs' filters; without `wider` only `local` is meaningful (the strict query), which
    /// spares the scan of every city for neighbours.
    fn of(icp: &Icp, taxonomy: &Taxonomy, wider: bool) -> Places {
        let anywhere = Places::same(None);
        let Some(loc) = icp.location.as_ref() else {
            return anywhere;
        };
        if icp.location_open() {
            return anywhere;
        }
        let locs = taxonomy.locations();
        let country_terms = |code: &str| country_terms(loc, locs, code);
        let remote_within = loc.work_mode == Some(WorkMode::Remote) && !loc.city_only;
        if remote_within {
            let filter = if let Some(code) = &loc.country_code {
                Some(Query::any_of(country_terms(code)))
            } else if !loc.remote_countries.is_empty() {
                Some(Query::any_of(
                    loc.remote_countries
                        .iter()
                        .map(|c| Query::phrase(&[Field::Country], c.clone()))
                        .collect(),
                ))
            } else {
                None
            };
            return Places::same(filter);
        }
        let city_terms: Vec<Query> = loc
            .variants
            .iter()
            .map(|v| Query::phrase(&[Field::Location], v.clone()))
            .collect();
        let Some(code) = loc.country_code.clone() else {
            return Places::same((!city_terms.is_empty()).then(|| Query::any_of(city_terms)));
        };
        if city_terms.is_empty() {
            return Places::same(Some(Query::any_of(country_terms(&code))));
        }
        let local = Some(Query::any_of(city_terms.clone()));
        if loc.city_only {
            return Places::same(local);
        }
        let mut near_terms = city_terms;
        if !wider {
            return Places {
                local,
                nearby: None,
                country: None,
            };
        }
        if let Some(center) = loc.city.as_deref().and_then(|c| locs.city(c, Some(&code))) {
            let mut near = locs.near(center, f64::from(loc.radius_km));
            near.sort_by_key(|c| std::cmp::Reverse(c.0.population));
            for (city, _) in near.into_iter().take(MAX_NEARBY_CITIES) {
                let q = Query::phrase(&[Field::Location], city.name.clone());
                if !near_terms.contains(&q) {
                    near_terms.push(q);
                }
            }
        }
        let mut all_terms = near_terms.clone();
        all_terms.extend(country_terms(&code));
        // the other countries of a market the ad names ("Head of Sales DACH")
        for cc in loc.region_countries.iter().filter(|c| **c != code) {
            all_terms.push(Query::phrase(&[Field::Country], cc.clone()));
        }
        Places {
            local,
            nearby: Some(Query::any_of(near_terms)),
            country: Some(Query::any_of(all_terms)),
        }
    }
}

/// A country's filter terms: its names as the ad and the taxonomy write them, the
/// abbreviations people write ("UK", "USA"), its endonyms, and its ISO code.
fn country_terms(loc: &super::LocationTarget, locs: &LocationTaxonomy, code: &str) -> Vec<Query> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |n: &str| {
        let n = n.strip_prefix("The ").unwrap_or(n).trim();
        if !n.is_empty() && !names.iter().any(|m| norm(m) == norm(n)) {
            names.push(n.to_owned());
        }
    };
    if let Some(n) = &loc.country {
        add(n);
    }
    if let Some(c) = locs.country(code) {
        add(&c.name);
        // abbreviations people write ("UK", "USA", "UAE")
        for n in c
            .names
            .iter()
            .filter(|n| (2..=4).contains(&n.len()) && n.chars().all(|ch| ch.is_ascii_uppercase()))
        {
            add(n);
        }
    }
    for (cc, native) in ENDONYMS {
        if cc.eq_ignore_ascii_case(code) {
            for n in *native {
                add(n);
            }
        }
    }
    names.truncate(MAX_COUNTRY_NAMES);
    let mut out: Vec<Query> = names
        .into_iter()
        .map(|n| Query::phrase(&[Field::Location], n))
        .collect();
    out.push(Query::phrase(&[Field::Country], code));
    out
}

/// The whole query of a rung: required clauses, nice-to-haves (scoring only), the location
/// filter, and the never-widened negatives.
fn assemble(icp: &Icp, must: Vec<Query>, location: Option<Query>) -> Query {
    Query::Bool(BoolQuery {
        must,
        should: icp.nice_to_have_skills.iter().map(skill_group).collect(),
        minimum_should_match: 0,
        filter: location.into_iter().collect(),
        must_not: icp
            .negative_keywords
            .iter()
            .map(|n| Query::phrase(NEGATIVE_FIELDS, n.clone()))
            .collect(),
    })
}

/// The filter a search by meaning runs within: the place as widely as the ladder's `country`
/// rung reads it (the country in any spelling, remote there included) and the negative
/// keywords; no title and no skill, since meaning stands in for them.
#[must_use]
pub fn meaning_filter(icp: &Icp, taxonomy: &Taxonomy) -> Query {
    let places = Places::of(icp, taxonomy, true);
    let mut q = assemble(icp, Vec::new(), places.country);
    if let Query::Bool(b) = &mut q {
        b.should.clear();
    }
    q
}

/// Compiles the ICP into its strict query tree (the first rung of the ladder).
#[must_use]
pub fn compile(icp: &Icp) -> Query {
    let places = Places::of(icp, Taxonomy::bundled(), false);
    let must = vec![Some(title_clause(icp)), must_clause(icp, Relax::Strict)];
    assemble(icp, must.into_iter().flatten().collect(), places.local)
}

/// How many of `n` must-have skills a profile needs to be retrieved: all but about a third.
#[must_use]
pub(crate) fn minimum_should_match(n: usize) -> usize {
    if n <= 1 { n } else { (n * 2 / 3).max(1) }
}

/// An OR group of a skill's canonical name and aliases.
fn skill_group(skill: &SkillRequirement) -> Query {
    let alternatives: Vec<Query> = skill
        .names()
        .map(|n| Query::phrase(SKILL_FIELDS, n))
        .collect();
    if alternatives.len() == 1 {
        alternatives
            .into_iter()
            .next()
            .unwrap_or_else(|| Query::any_of(Vec::new()))
    } else {
        Query::any_of(alternatives)
    }
}
