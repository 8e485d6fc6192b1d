//! The people index on tantivy: one text field per [`Field`] tokenised by our own tokenizer, plus
//! the profile's position in the corpus as a fast field, scored with BM25 as before.

use sourcing_domain::profile::Profile;
use sourcing_domain::search::{Field, Query};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::{
    FAST, Field as IndexField, IndexRecordOption, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{
    DocId, Index, IndexReader, ReloadPolicy, Score, SegmentOrdinal, SegmentReader, TantivyDocument,
    Term,
};

use super::eval;
use super::tokenize::{PeopleTokenizer, TOKENIZER};

/// The fast field holding each document's position in the loaded profiles.
const ORD: &str = "ord";
/// Indexing memory for the one writer thread (tantivy's minimum is 15 MB).
const WRITER_BUDGET: usize = 64 << 20;

/// Matching documents (positions in the loaded profiles) with their scores, in no set order.
pub(crate) type Matches = Vec<(u32, f32)>;

/// Why the index could not be built, opened or searched.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// tantivy failed (building, opening or searching).
    #[error("people index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// A file or folder of the index on disk could not be read or written.
    #[error("people index at {path}: {source}")]
    Io {
        /// The file or folder.
        path: std::path::PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
}

/// A field's token statistics over the whole index, for BM25's length normalisation.
#[derive(Debug, Clone, Copy, Default)]
struct FieldStats {
    tokens: u64,
    /// Documents with at least one token in the field.
    docs_with_field: u64,
}

/// The tantivy index over the loaded profiles and one reader on it.
pub(crate) struct PeopleIndex {
    reader: IndexReader,
    fields: [IndexField; Field::ALL.len()],
    stats: [FieldStats; Field::ALL.len()],
    doc_count: u64,
}

impl std::fmt::Debug for PeopleIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PeopleIndex")
            .field("doc_count", &self.doc_count)
            .finish_non_exhaustive()
    }
}

/// The index's name for a field (tantivy field names may not contain the dots of
/// [`Field::path`]).
fn field_name(field: Field) -> &'static str {
    match field {
        Field::CurrentRole => "current_role",
        Field::Headline => "headline",
        Field::Skills => "skills",
        Field::PastRoles => "past_roles",
        Field::Highlights => "highlights",
        Field::Location => "location",
        Field::Country => "country",
        Field::Company => "company",
        Field::Education => "education",
    }
}

/// The index fields of a schema made by [`schema`] (an index on disk may come from elsewhere).
fn resolve(schema: &Schema) -> Result<([IndexField; Field::ALL.len()], IndexField), IndexError> {
    let mut fields = [IndexField::from_field_id(0); Field::ALL.len()];
    for (slot, field) in fields.iter_mut().zip(Field::ALL) {
        *slot = schema.get_field(field_name(field))?;
    }
    Ok((fields, schema.get_field(ORD)?))
}

fn slot(field: Field) -> usize {
    Field::ALL.iter().position(|f| *f == field).unwrap_or(0)
}

/// Every field tokenised by [`PeopleTokenizer`], with frequencies and positions (phrases), and
/// the profile's position as a fast field.
pub(crate) fn schema() -> (Schema, [IndexField; Field::ALL.len()], IndexField) {
    let mut builder = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Field::ALL.map(|f| builder.add_text_field(field_name(f), text.clone()));
    let ord = builder.add_u64_field(ORD, FAST);
    (builder.build(), fields, ord)
}

/// The texts of one field of a profile; each value is a separate value of the index field so
/// that phrases never span two skills or two positions (tantivy leaves a position gap).
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

impl PeopleIndex {
    /// Indexes every field of every profile in RAM; document `i` is `profiles[i]`.
    pub(crate) fn build(profiles: &[Profile]) -> Result<Self, IndexError> {
        Self::build_into(Index::create_in_ram(schema().0), profiles)
    }

    /// Indexes every field of every profile into `index`, created empty with [`schema`].
    pub(crate) fn build_into(index: Index, profiles: &[Profile]) -> Result<Self, IndexError> {
        let (fields, ord) = resolve(&index.schema())?;
        index.tokenizers().register(TOKENIZER, PeopleTokenizer);
        let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, WRITER_BUDGET)?;
        for (i, profile) in profiles.iter().enumerate() {
            let mut doc = TantivyDocument::new();
            for (field, index_field) in Field::ALL.iter().zip(fields) {
                for value in field_values(profile, *field) {
                    doc.add_text(index_field, value);
                }
            }
            doc.add_u64(ord, i as u64);
            writer.add_document(doc)?;
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        Self::open(&index)
    }

    /// Opens a built index and reads the per-field statistics BM25 needs from it.
    pub(crate) fn open(index: &Index) -> Result<Self, IndexError> {
        let (fields, _) = resolve(&index.schema())?;
        index.tokenizers().register(TOKENIZER, PeopleTokenizer);
        let reader: IndexReader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let mut stats = [FieldStats::default(); Field::ALL.len()];
        for segment in searcher.segment_readers() {
            for (stat, field) in stats.iter_mut().zip(fields) {
                stat.tokens += segment.inverted_index(field)?.total_num_tokens();
                let norms = segment.get_fieldnorms_reader(field)?;
                stat.docs_with_field += (0..segment.max_doc())
                    .filter(|doc| norms.fieldnorm_id(*doc) > 0)
                    .count() as u64;
            }
        }
        Ok(Self {
            doc_count: searcher.num_docs(),
            reader,
            fields,
            stats,
        })
    }

    /// Number of indexed documents.
    pub(crate) fn doc_count(&self) -> u32 {
        self.doc_count as u32
    }

    /// The term of `token` in `field`.
    pub(crate) fn term(&self, field: Field, token: &str) -> Term {
        Term::from_field_text(self.fields[slot(field)], token)
    }

    /// Documents `query` matches, with their scores.
    pub(crate) fn search(&self, query: &Query) -> Result<Matches, IndexError> {
        let searcher = self.reader.searcher();
        let compiled = eval::compile(self, query);
        let statistics = Statistics {
            index: self,
            searcher: &searcher,
        };
        Ok(searcher.search_with_statistics_provider(&*compiled, &AllMatches, &statistics)?)
    }
}

/// BM25 statistics as our own index kept them: a field's average length is taken over the
/// documents that have the field, not over all documents (tantivy's default), so a field most
/// profiles lack (education, highlights) is not treated as long wherever it is present.
struct Statistics<'a> {
    index: &'a PeopleIndex,
    searcher: &'a tantivy::Searcher,
}

impl Bm25StatisticsProvider for Statistics<'_> {
    fn total_num_tokens(&self, field: IndexField) -> tantivy::Result<u64> {
        let n = self.index.doc_count;
        let stats = self
            .index
            .fields
            .iter()
            .position(|f| *f == field)
            .map(|i| self.index.stats[i])
            .unwrap_or_default();
        // tantivy divides this by the document count: scale so the quotient is the average
        // over the documents that have the field (1 when none has it)
        Ok(match stats.docs_with_field {
            0 => n,
            with => (u128::from(stats.tokens) * u128::from(n) + u128::from(with) / 2)
                .checked_div(u128::from(with))
                .and_then(|scaled| u64::try_from(scaled).ok())
                .unwrap_or(u64::MAX),
        })
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.index.doc_count)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        self.searcher.doc_freq(term)
    }
}

/// Collects every match as (position in the loaded profiles, score).
struct AllMatches;

impl Collector for AllMatches {
    type Fruit = Matches;
    type Child = SegmentMatches;

    fn for_segment(
        &self,
        _segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentMatches> {
        Ok(SegmentMatches {
            ord: segment.fast_fields().u64(ORD)?,
            matches: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Matches>) -> tantivy::Result<Matches> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

/// One segment's matches.
struct SegmentMatches {
    ord: Column<u64>,
    matches: Matches,
}

impl SegmentCollector for SegmentMatches {
    type Fruit = Matches;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(ord) = self.ord.first(doc) {
            self.matches.push((ord as u32, score));
        }
    }

    fn harvest(self) -> Matches {
        self.matches
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_skills(id: &str, skills: &[&str]) -> Profile {
        Profile {
            profile_id: id.to_owned(),
            skills: skills.iter().map(|s| (*s).to_owned()).collect(),
            ..Profile::default()
        }
    }

    fn average_length(index: &PeopleIndex, field: Field) -> f32 {
        let searcher = index.reader.searcher();
        let statistics = Statistics {
            index,
            searcher: &searcher,
        };
        let tokens = statistics
            .total_num_tokens(index.fields[slot(field)])
            .unwrap();
        let docs = statistics.total_num_docs().unwrap();
        tokens as f32 / docs as f32
    }

    #[test]
    fn a_fields_average_length_counts_only_the_documents_that_have_it() {
        let index = PeopleIndex::build(&[
            with_skills("a", &["Rust", "Go lang"]),
            with_skills("b", &[]),
            with_skills("c", &["C"]),
        ])
        .unwrap();
        assert_eq!(index.doc_count(), 3);
        // 4 tokens over the 2 profiles with skills (tantivy alone would say 4 / 3)
        assert!((average_length(&index, Field::Skills) - 2.0).abs() < 1e-6);
        // no profile has an education: 1, as our own index had it
        assert!((average_length(&index, Field::Education) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn documents_are_found_by_their_position_in_the_profiles() {
        let index = PeopleIndex::build(&[
            with_skills("a", &["Rust"]),
            with_skills("b", &["Go"]),
            with_skills("c", &["Rust", "Go"]),
        ])
        .unwrap();
        let mut found = index
            .search(&Query::phrase(&[Field::Skills], "go"))
            .unwrap();
        found.sort_by_key(|(doc, _)| *doc);
        let docs: Vec<u32> = found.iter().map(|(doc, _)| *doc).collect();
        assert_eq!(docs, vec![1, 2]);
        assert!(found.iter().all(|(_, score)| *score > 0.0));
    }
}
