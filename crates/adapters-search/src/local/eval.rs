//! Compiles the domain's query tree into a tantivy query with Elasticsearch `bool` semantics.
//!
//! The rules our own index followed, kept here because tantivy's defaults differ:
//! - a phrase over several fields scores like `multi_match` type `phrase`: the best field wins
//!   (a disjunction-max with no tie breaker), each field weighted by its default boost;
//! - a one-token phrase is a term query (tantivy's phrase query needs two terms or more);
//! - `minimum_should_match` is always set explicitly: tantivy's constructor would pick 1 or 0
//!   from the clauses present (0 as soon as a `must_not` is there);
//! - a `bool` with nothing required (no `must`, no `filter`, and no `should` it must match)
//!   matches every document, with its `should` clauses only adding to the score: tantivy would
//!   require one of them, or match nothing at all;
//! - `filter` clauses must match but do not score;
//! - a `must_not` clause's scorer is wrapped so it never seeks backwards: tantivy 0.27 asks an
//!   exclusion "does it hold document d?" for a d before the one the scorer stands on, which its
//!   phrase scorer does not allow (a debug assertion, and no promise in release).

use sourcing_domain::search::{BoolQuery, Field, Query};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, EmptyQuery, Occur,
    PhraseQuery, Query as IndexQuery, TermQuery,
};
use tantivy::query::{EnableScoring, Explanation, Scorer, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentReader, Term};

use super::index::PeopleIndex;
use super::tokenize::tokenize;

/// The tantivy query for one node of the tree.
pub(crate) fn compile(index: &PeopleIndex, query: &Query) -> Box<dyn IndexQuery> {
    match query {
        Query::Phrase {
            fields,
            text,
            boost,
        } => phrase(index, fields, text, *boost),
        Query::Bool(b) => boolean(index, b),
    }
}

/// Every document, scoring 0 (a boosted `AllQuery`: tantivy would otherwise score it 1).
fn everything() -> Box<dyn IndexQuery> {
    Box::new(BoostQuery::new(Box::new(AllQuery), 0.0))
}

fn phrase(index: &PeopleIndex, fields: &[Field], text: &str, boost: f32) -> Box<dyn IndexQuery> {
    let tokens = tokenize(text);
    if tokens.is_empty() {
        return Box::new(EmptyQuery);
    }
    let mut per_field: Vec<Box<dyn IndexQuery>> = fields
        .iter()
        .map(|field| {
            let terms: Vec<_> = tokens.iter().map(|t| index.term(*field, t)).collect();
            let query: Box<dyn IndexQuery> = match <[_; 1]>::try_from(terms) {
                Ok([term]) => Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                Err(terms) => Box::new(PhraseQuery::new(terms)),
            };
            Box::new(BoostQuery::new(query, field.default_boost() * boost)) as Box<dyn IndexQuery>
        })
        .collect();
    match per_field.len() {
        0 => Box::new(EmptyQuery),
        1 => per_field.remove(0),
        _ => Box::new(DisjunctionMaxQuery::new(per_field)),
    }
}

fn boolean(index: &PeopleIndex, b: &BoolQuery) -> Box<dyn IndexQuery> {
    let mut clauses: Vec<(Occur, Box<dyn IndexQuery>)> = Vec::new();
    for clause in &b.must {
        clauses.push((Occur::Must, compile(index, clause)));
    }
    for clause in &b.filter {
        let unscored = ConstScoreQuery::new(compile(index, clause), 0.0);
        clauses.push((Occur::Must, Box::new(unscored)));
    }
    for clause in &b.should {
        clauses.push((Occur::Should, compile(index, clause)));
    }
    for clause in &b.must_not {
        let exclusion = Exclusion(compile(index, clause));
        clauses.push((Occur::MustNot, Box::new(exclusion)));
    }
    // with no `should` clause there is nothing to count (tantivy would match nothing)
    let minimum = if b.should.is_empty() {
        0
    } else {
        b.minimum_should_match
    };
    if b.must.is_empty() && b.filter.is_empty() && minimum == 0 {
        clauses.push((Occur::Must, everything()));
    }
    Box::new(BooleanQuery::with_minimum_required_clauses(
        clauses, minimum,
    ))
}

/// A `must_not` clause, whose scorer answers questions about earlier documents without seeking.
#[derive(Debug)]
struct Exclusion(Box<dyn IndexQuery>);

impl Clone for Exclusion {
    fn clone(&self) -> Self {
        Self(self.0.box_clone())
    }
}

impl IndexQuery for Exclusion {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(ExclusionWeight(self.0.weight(scoring)?)))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.0.query_terms(visitor);
    }
}

struct ExclusionWeight(Box<dyn Weight>);

impl Weight for ExclusionWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(ForwardOnly(self.0.scorer(reader, boost)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

/// A scorer that only ever moves forward; `seek_danger` keeps tantivy's default, which checks
/// the current document before seeking.
struct ForwardOnly(Box<dyn Scorer>);

impl DocSet for ForwardOnly {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        let doc = self.0.doc();
        if target <= doc {
            doc
        } else {
            self.0.seek(target)
        }
    }

    fn doc(&self) -> DocId {
        self.0.doc()
    }

    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }
}

impl Scorer for ForwardOnly {
    fn score(&mut self) -> Score {
        self.0.score()
    }
}
