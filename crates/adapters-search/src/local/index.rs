//! The inverted index: per field, token → documents with positions, plus field lengths for BM25.

use std::collections::HashMap;

use sourcing_domain::profile::Profile;
use sourcing_domain::search::Field;

use super::tokenize::tokenize;

/// BM25 term-frequency saturation.
const K1: f32 = 1.2;
/// BM25 length normalisation.
const B: f32 = 0.75;

/// Documents (ascending) holding one term in one field, with the term's positions in each.
#[derive(Debug, Default)]
struct Postings {
    docs: Vec<u32>,
    /// `positions[offsets[i]..offsets[i + 1]]` belong to `docs[i]`.
    offsets: Vec<u32>,
    positions: Vec<u32>,
}

impl Postings {
    fn push(&mut self, doc: u32, positions: &[u32]) {
        if self.offsets.is_empty() {
            self.offsets.push(0);
        }
        self.docs.push(doc);
        self.positions.extend_from_slice(positions);
        self.offsets.push(self.positions.len() as u32);
    }

    fn positions_at(&self, i: usize) -> &[u32] {
        &self.positions[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }
}

/// One field's postings and length statistics.
#[derive(Debug, Default)]
struct FieldIndex {
    terms: HashMap<u32, Postings>,
    lengths: Vec<u32>,
    avg_len: f32,
}

/// Token → postings per field for a fixed set of documents (doc ids are positions in the corpus).
#[derive(Debug)]
pub(crate) struct InvertedIndex {
    dictionary: HashMap<String, u32>,
    fields: Vec<FieldIndex>,
    doc_count: u32,
}

/// The texts of one field of a profile; each value is tokenised separately so phrases never
/// span two skills or two positions.
fn field_values(profile: &Profile, field: Field) -> Vec<&str> {
    fn opt(o: &Option<String>) -> Vec<&str> {
        o.as_deref().into_iter().collect()
    }
    match field {
        Field::CurrentRole => opt(&profile.current_role),
        Field::Headline => opt(&profile.headline),
        Field::Skills => profile.skills.iter().map(String::as_str).collect(),
        Field::PastRoles => profile
            .experience
            .iter()
            .filter_map(|p| p.role.as_deref())
            .collect(),
        Field::Highlights => profile
            .experience
            .iter()
            .flat_map(|p| p.highlights.iter().map(String::as_str))
            .collect(),
        Field::Location => opt(&profile.location),
        Field::Country => opt(&profile.country),
        Field::Company => profile
            .current_company
            .as_deref()
            .into_iter()
            .chain(
                profile
                    .experience
                    .iter()
                    .filter_map(|p| p.company.as_deref()),
            )
            .collect(),
        Field::Education => profile
            .education
            .iter()
            .flat_map(|e| [e.school.as_deref(), e.degree.as_deref(), e.field.as_deref()])
            .flatten()
            .collect(),
    }
}

fn field_slot(field: Field) -> usize {
    Field::ALL.iter().position(|f| *f == field).unwrap_or(0)
}

impl InvertedIndex {
    /// Indexes every field of every profile; doc id `i` is `profiles[i]`.
    pub(crate) fn build(profiles: &[Profile]) -> Self {
        let mut dictionary: HashMap<String, u32> = HashMap::new();
        let mut fields: Vec<FieldIndex> =
            Field::ALL.iter().map(|_| FieldIndex::default()).collect();
        let mut per_doc: HashMap<u32, Vec<u32>> = HashMap::new();
        for (doc, profile) in profiles.iter().enumerate() {
            let doc = doc as u32;
            for (slot, field) in Field::ALL.iter().enumerate() {
                per_doc.clear();
                let mut position: u32 = 0;
                let mut length: u32 = 0;
                for value in field_values(profile, *field) {
                    let tokens = tokenize(value);
                    for token in &tokens {
                        let term = match dictionary.get(token.as_str()) {
                            Some(id) => *id,
                            None => {
                                let id = dictionary.len() as u32;
                                dictionary.insert(token.clone(), id);
                                id
                            }
                        };
                        per_doc.entry(term).or_default().push(position);
                        position += 1;
                    }
                    length += tokens.len() as u32;
                    // A gap, so a phrase cannot match across two values.
                    position += 1;
                }
                let index = &mut fields[slot];
                index.lengths.push(length);
                for (term, positions) in per_doc.drain() {
                    index.terms.entry(term).or_default().push(doc, &positions);
                }
            }
        }
        for index in &mut fields {
            // growth left up to half of each list unused: the index lives as long as the process
            for postings in index.terms.values_mut() {
                postings.docs.shrink_to_fit();
                postings.offsets.shrink_to_fit();
                postings.positions.shrink_to_fit();
            }
            index.terms.shrink_to_fit();
            index.lengths.shrink_to_fit();
            let with_field = index.lengths.iter().filter(|l| **l > 0).count();
            let total: u64 = index.lengths.iter().map(|l| u64::from(*l)).sum();
            index.avg_len = if with_field == 0 {
                1.0
            } else {
                total as f32 / with_field as f32
            };
        }
        dictionary.shrink_to_fit();
        Self {
            dictionary,
            fields,
            doc_count: profiles.len() as u32,
        }
    }

    /// Number of indexed documents.
    pub(crate) fn doc_count(&self) -> u32 {
        self.doc_count
    }

    /// Documents whose `field` contains `tokens` consecutively, with their BM25 score (unboosted),
    /// ascending by doc id. Empty `tokens` match nothing.
    pub(crate) fn phrase(&self, field: Field, tokens: &[String]) -> Vec<(u32, f32)> {
        if tokens.is_empty() {
            return Vec::new();
        }
        let index = &self.fields[field_slot(field)];
        let mut lists: Vec<&Postings> = Vec::with_capacity(tokens.len());
        for token in tokens {
            let Some(postings) = self
                .dictionary
                .get(token)
                .and_then(|id| index.terms.get(id))
            else {
                return Vec::new();
            };
            lists.push(postings);
        }
        let idf: f32 = lists.iter().map(|p| self.idf(p.docs.len())).sum();
        let score = |doc: u32, tf: usize| {
            let tf = tf as f32;
            let len = index.lengths[doc as usize] as f32;
            let norm = K1 * (1.0 - B + B * len / index.avg_len);
            idf * tf * (K1 + 1.0) / (tf + norm)
        };

        if let [only] = lists.as_slice() {
            return only
                .docs
                .iter()
                .enumerate()
                .map(|(i, doc)| (*doc, score(*doc, only.positions_at(i).len())))
                .collect();
        }

        // Drive by the rarest term; find each candidate in the others by binary search.
        let driver = (0..lists.len())
            .min_by_key(|i| lists[*i].docs.len())
            .unwrap_or(0);
        let mut cursors = vec![0usize; lists.len()];
        let mut out = Vec::new();
        'docs: for (di, doc) in lists[driver].docs.iter().enumerate() {
            let mut slots = vec![0usize; lists.len()];
            for (li, list) in lists.iter().enumerate() {
                if li == driver {
                    slots[li] = di;
                    continue;
                }
                let rest = &list.docs[cursors[li]..];
                let found = rest.partition_point(|d| d < doc);
                cursors[li] += found;
                if rest.get(found) != Some(doc) {
                    continue 'docs;
                }
                slots[li] = cursors[li];
            }
            let first = lists[0].positions_at(slots[0]);
            let tf = first
                .iter()
                .filter(|start| {
                    lists.iter().enumerate().skip(1).all(|(offset, list)| {
                        list.positions_at(slots[offset])
                            .binary_search(&(**start + offset as u32))
                            .is_ok()
                    })
                })
                .count();
            if tf > 0 {
                out.push((*doc, score(*doc, tf)));
            }
        }
        out
    }

    fn idf(&self, doc_freq: usize) -> f32 {
        let n = self.doc_count as f32;
        let df = doc_freq as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }
}
