//! Evaluates the domain's query tree over the inverted index with Elasticsearch `bool` semantics.
//!
//! Every node yields its matching documents as `(doc, score)` sorted by doc id, so the boolean
//! operators are linear merges.

use sourcing_domain::search::{BoolQuery, Query};

use super::index::InvertedIndex;
use super::tokenize::tokenize;

/// Matching documents with scores, ascending by doc id.
pub(crate) type Matches = Vec<(u32, f32)>;

/// Every document with score 0 (what an empty `bool` matches).
pub(crate) fn all_docs(index: &InvertedIndex) -> Matches {
    (0..index.doc_count()).map(|d| (d, 0.0)).collect()
}

/// Evaluates one node.
pub(crate) fn evaluate(index: &InvertedIndex, query: &Query) -> Matches {
    match query {
        Query::Phrase {
            fields,
            text,
            boost,
        } => phrase(index, fields, text, *boost),
        Query::Bool(b) => boolean(index, b),
    }
}

/// A phrase over several fields scores like `multi_match` type `phrase`: the best field wins.
fn phrase(
    index: &InvertedIndex,
    fields: &[sourcing_domain::search::Field],
    text: &str,
    boost: f32,
) -> Matches {
    let tokens = tokenize(text);
    if tokens.is_empty() {
        return Vec::new();
    }
    let mut all: Matches = Vec::new();
    for field in fields {
        let weight = field.default_boost() * boost;
        all.extend(
            index
                .phrase(*field, &tokens)
                .into_iter()
                .map(|(d, s)| (d, s * weight)),
        );
    }
    if fields.len() > 1 {
        all.sort_unstable_by_key(|(d, _)| *d);
        all.dedup_by(|later, kept| {
            if later.0 == kept.0 {
                kept.1 = kept.1.max(later.1);
                true
            } else {
                false
            }
        });
    }
    all
}

fn boolean(index: &InvertedIndex, b: &BoolQuery) -> Matches {
    let mut base: Option<Matches> = None;
    for clause in &b.must {
        let next = evaluate(index, clause);
        base = Some(match base {
            None => next,
            Some(current) => intersect(&current, &next, true),
        });
        if base.as_ref().is_some_and(Vec::is_empty) {
            return Vec::new();
        }
    }
    for clause in &b.filter {
        let next = evaluate(index, clause);
        base = Some(match base {
            None => next.into_iter().map(|(d, _)| (d, 0.0)).collect(),
            Some(current) => intersect(&current, &next, false),
        });
        if base.as_ref().is_some_and(Vec::is_empty) {
            return Vec::new();
        }
    }
    if !b.should.is_empty() {
        let counted = union_counted(b.should.iter().map(|c| evaluate(index, c)).collect());
        if b.minimum_should_match > 0 {
            let required: Matches = counted
                .into_iter()
                .filter(|(_, _, n)| *n >= b.minimum_should_match)
                .map(|(d, s, _)| (d, s))
                .collect();
            base = Some(match base {
                None => required,
                Some(current) => intersect(&current, &required, true),
            });
        } else {
            let optional: Matches = counted.into_iter().map(|(d, s, _)| (d, s)).collect();
            let current = base.unwrap_or_else(|| all_docs(index));
            base = Some(add_optional(&current, &optional));
        }
    }
    let mut result = base.unwrap_or_else(|| all_docs(index));
    if !b.must_not.is_empty() && !result.is_empty() {
        let excluded = union_counted(b.must_not.iter().map(|c| evaluate(index, c)).collect());
        let excluded: Vec<u32> = excluded.into_iter().map(|(d, _, _)| d).collect();
        result = difference(result, &excluded);
    }
    result
}

/// Documents in both; scores summed (`sum_scores`) or kept from `a`.
fn intersect(a: &Matches, b: &Matches, sum_scores: bool) -> Matches {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let score = if sum_scores { a[i].1 + b[j].1 } else { a[i].1 };
                out.push((a[i].0, score));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Every document of `base`, plus the score of `optional` where it also matches.
fn add_optional(base: &Matches, optional: &Matches) -> Matches {
    let mut j = 0;
    base.iter()
        .map(|(d, s)| {
            while j < optional.len() && optional[j].0 < *d {
                j += 1;
            }
            match optional.get(j) {
                Some((od, os)) if od == d => (*d, s + os),
                _ => (*d, *s),
            }
        })
        .collect()
}

/// Documents matching any list, with summed scores and how many lists matched.
fn union_counted(lists: Vec<Matches>) -> Vec<(u32, f32, usize)> {
    let mut all: Vec<(u32, f32, usize)> = lists
        .into_iter()
        .flatten()
        .map(|(d, s)| (d, s, 1))
        .collect();
    all.sort_unstable_by_key(|(d, _, _)| *d);
    all.dedup_by(|later, kept| {
        if later.0 == kept.0 {
            kept.1 += later.1;
            kept.2 += 1;
            true
        } else {
            false
        }
    });
    all
}

/// `a` without the (sorted) documents in `excluded`.
fn difference(a: Matches, excluded: &[u32]) -> Matches {
    let mut j = 0;
    a.into_iter()
        .filter(|(d, _)| {
            while j < excluded.len() && excluded[j] < *d {
                j += 1;
            }
            excluded.get(j) != Some(d)
        })
        .collect()
}
