//! A small, Elasticsearch-`bool`-shaped query tree that every people index can evaluate.

/// A profile field a term can be matched against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// `currentRole`.
    CurrentRole,
    /// `headline`.
    Headline,
    /// `skills[]`.
    Skills,
    /// `experience[].role` of past positions.
    PastRoles,
    /// `experience[].highlights[]`.
    Highlights,
    /// `location` (free text).
    Location,
    /// `country` (ISO code).
    Country,
    /// `currentCompany` and `experience[].company`.
    Company,
    /// `education[]` (school, degree, field).
    Education,
}

impl Field {
    /// Every field, in a stable order.
    pub const ALL: [Field; 9] = [
        Field::CurrentRole,
        Field::Headline,
        Field::Skills,
        Field::PastRoles,
        Field::Highlights,
        Field::Location,
        Field::Country,
        Field::Company,
        Field::Education,
    ];

    /// The profile's JSON path, as external indexes name it.
    pub fn path(self) -> &'static str {
        match self {
            Field::CurrentRole => "currentRole",
            Field::Headline => "headline",
            Field::Skills => "skills",
            Field::PastRoles => "experience.role",
            Field::Highlights => "experience.highlights",
            Field::Location => "location",
            Field::Country => "country",
            Field::Company => "currentCompany",
            Field::Education => "education.field",
        }
    }

    /// Relative weight of a match in this field for relevance ranking.
    pub fn default_boost(self) -> f32 {
        match self {
            Field::CurrentRole => 3.0,
            Field::Skills => 2.5,
            Field::Headline => 2.0,
            Field::PastRoles => 1.2,
            Field::Highlights => 1.0,
            Field::Location | Field::Country => 1.0,
            Field::Company => 0.8,
            Field::Education => 0.5,
        }
    }
}

/// One node of the query tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Query {
    /// The phrase occurs (case-insensitively, on token boundaries) in at least one field.
    Phrase {
        /// Fields searched.
        fields: Vec<Field>,
        /// The words, in order.
        text: String,
        /// Relevance multiplier (1.0 = neutral).
        boost: f32,
    },
    /// A boolean combination.
    Bool(BoolQuery),
}

/// Elasticsearch-style boolean node.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BoolQuery {
    /// Every clause must match; they score.
    pub must: Vec<Query>,
    /// Optional clauses that score; at least `minimum_should_match` of them must match.
    pub should: Vec<Query>,
    /// How many `should` clauses must match (0 = none required).
    pub minimum_should_match: usize,
    /// No clause may match.
    pub must_not: Vec<Query>,
    /// Every clause must match; they do not score.
    pub filter: Vec<Query>,
}

impl Query {
    /// A phrase over some fields with neutral boost.
    pub fn phrase(fields: &[Field], text: impl Into<String>) -> Self {
        Query::Phrase {
            fields: fields.to_vec(),
            text: text.into(),
            boost: 1.0,
        }
    }

    /// Any of the given alternatives (an OR group).
    pub fn any_of(alternatives: Vec<Query>) -> Self {
        Query::Bool(BoolQuery {
            should: alternatives,
            minimum_should_match: 1,
            ..BoolQuery::default()
        })
    }

    /// Whether the tree has no constraint and no scoring clause at all.
    pub fn is_empty(&self) -> bool {
        match self {
            Query::Phrase { text, .. } => text.trim().is_empty(),
            Query::Bool(b) => {
                b.must.is_empty()
                    && b.should.is_empty()
                    && b.must_not.is_empty()
                    && b.filter.is_empty()
            }
        }
    }
}
