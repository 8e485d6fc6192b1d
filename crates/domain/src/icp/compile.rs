//! Compiles an [`Icp`] into the index-neutral query tree ([`crate::search::Query`]).
//!
//! Shape: the title group is `must`; must-have skills are a nested `should` with a minimum so one
//! missing skill does not exclude a strong profile; nice-to-haves are plain `should`; the
//! location is a `filter`; negative keywords are `must_not` over current role and headline only
//! (a highlight "worked with recruiters" is harmless).

use super::{Icp, SkillRequirement};
use crate::search::{BoolQuery, Field, Query};

/// Fields a title is looked for in.
pub(crate) const TITLE_FIELDS: &[Field] = &[Field::CurrentRole, Field::Headline, Field::PastRoles];
/// Fields a skill is looked for in.
pub(crate) const SKILL_FIELDS: &[Field] = &[Field::Skills, Field::Headline, Field::Highlights];
/// Fields a negative keyword excludes on.
pub(crate) const NEGATIVE_FIELDS: &[Field] = &[Field::CurrentRole, Field::Headline];

/// One rung of the retrieval ladder: a name and the query it runs.
#[derive(Debug, Clone, PartialEq)]
pub struct RetrievalStep {
    /// Stable step name, shown in results.
    pub name: &'static str,
    /// The query tree sent to the index.
    pub query: Query,
}

/// The retrieval ladder of an ICP, strict first; each step matches a superset of the previous.
#[must_use]
pub fn retrieval_steps(icp: &Icp, _taxonomy: &crate::taxonomy::Taxonomy) -> Vec<RetrievalStep> {
    vec![RetrievalStep {
        name: "strict",
        query: compile(icp),
    }]
}

/// Compiles the ICP into a boolean query tree (deterministic; the order follows the ICP).
#[must_use]
pub fn compile(icp: &Icp) -> Query {
    let mut root = BoolQuery::default();
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
    root.must.push(Query::any_of(titles));

    let must: Vec<Query> = icp.must_have_skills.iter().map(skill_group).collect();
    match must.len() {
        0 => {}
        1 => root.must.extend(must),
        n => root.must.push(Query::Bool(BoolQuery {
            should: must,
            minimum_should_match: minimum_should_match(n),
            ..BoolQuery::default()
        })),
    }
    root.should = icp.nice_to_have_skills.iter().map(skill_group).collect();
    root.minimum_should_match = 0;

    if let Some(filter) = location_filter(icp) {
        root.filter.push(filter);
    }
    root.must_not = icp
        .negative_keywords
        .iter()
        .map(|n| Query::phrase(NEGATIVE_FIELDS, n.clone()))
        .collect();
    Query::Bool(root)
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

/// The location filter, unless the candidate may be anywhere (remote, worldwide or a region).
fn location_filter(icp: &Icp) -> Option<Query> {
    let loc = icp.location.as_ref()?;
    if icp.location_open() {
        return None;
    }
    if loc.work_mode == Some(crate::taxonomy::WorkMode::Remote) && !loc.city_only {
        // remote within a country: the country; within a region: left to scoring
        let code = loc.country_code.as_ref()?;
        return Some(Query::any_of(country_terms(loc.country.as_deref(), code)));
    }
    let mut alternatives: Vec<Query> = loc
        .variants
        .iter()
        .map(|v| Query::phrase(&[Field::Location], v.clone()))
        .collect();
    if !loc.city_only
        && let Some(code) = &loc.country_code
    {
        alternatives.extend(country_terms(loc.country.as_deref(), code));
    }
    (!alternatives.is_empty()).then(|| Query::any_of(alternatives))
}

fn country_terms(name: Option<&str>, code: &str) -> Vec<Query> {
    let mut out = Vec::new();
    if let Some(n) = name {
        out.push(Query::phrase(&[Field::Location], n));
    }
    out.push(Query::phrase(&[Field::Country], code));
    out
}
