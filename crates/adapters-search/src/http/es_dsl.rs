//! The Elasticsearch/OpenSearch query DSL: rendering the domain query tree into a `_search`
//! body and reading the hits back. (The inverse of [`render_query`], for fake servers, lives in
//! the `sourcing-testkit` crate with its round-trip tests.)

use serde::Deserialize;
use serde_json::{Map, Value, json};

use sourcing_domain::ports::{SearchHit, SearchRequest, SearchResults};
use sourcing_domain::profile::Profile;

use crate::ProfileRecord;
use sourcing_domain::search::{BoolQuery, Field, Query};

/// The `_search` body: `{"query": {"bool": …}, "size": n, "track_total_hits": true}`.
///
/// Excluded ids go into the top-level `must_not` as an `ids` query; `track_total_hits` makes
/// `total` exact beyond Elasticsearch's default 10,000 cap.
pub fn render_request(request: &SearchRequest) -> Value {
    let mut top = match &request.query {
        query if query.is_empty() => Map::new(),
        Query::Bool(b) => render_bool(b),
        phrase @ Query::Phrase { .. } => {
            let mut m = Map::new();
            m.insert("must".into(), Value::Array(vec![render_query(phrase)]));
            m
        }
    };
    if !request.exclude_ids.is_empty() {
        let ids = json!({ "ids": { "values": request.exclude_ids } });
        match top.get_mut("must_not") {
            Some(Value::Array(clauses)) => clauses.push(ids),
            _ => {
                top.insert("must_not".into(), Value::Array(vec![ids]));
            }
        }
    }
    json!({
        "query": { "bool": Value::Object(top) },
        "size": request.size,
        "track_total_hits": true,
    })
}

/// One node of the tree.
pub fn render_query(query: &Query) -> Value {
    match query {
        Query::Phrase {
            fields,
            text,
            boost,
        } => {
            if text.trim().is_empty() || fields.is_empty() {
                // Matches nothing, as the local index does for a phrase without words.
                return json!({ "match_none": {} });
            }
            let mut multi = json!({
                "query": text,
                "type": "phrase",
                "fields": fields.iter().map(|f| field_spec(*f)).collect::<Vec<_>>(),
            });
            if (*boost - 1.0).abs() > f32::EPSILON {
                multi["boost"] = json!(boost);
            }
            json!({ "multi_match": multi })
        }
        Query::Bool(b) => json!({ "bool": Value::Object(render_bool(b)) }),
    }
}

/// `"currentRole^3"`: the field's path with its default boost.
pub fn field_spec(field: Field) -> String {
    format!("{}^{}", field.path(), field.default_boost())
}

fn render_bool(b: &BoolQuery) -> Map<String, Value> {
    let list = |clauses: &[Query]| Value::Array(clauses.iter().map(render_query).collect());
    let mut m = Map::new();
    if !b.must.is_empty() {
        m.insert("must".into(), list(&b.must));
    }
    let mut filter: Vec<Value> = b.filter.iter().map(render_query).collect();
    if !b.should.is_empty() {
        m.insert("should".into(), list(&b.should));
        m.insert("minimum_should_match".into(), json!(b.minimum_should_match));
        if b.minimum_should_match == 0 && b.must.is_empty() && b.filter.is_empty() {
            // The domain's "0 = none required": without this, Elasticsearch would require one
            // should clause in a bool that has no must/filter.
            filter.push(json!({ "match_all": {} }));
        }
    }
    if !filter.is_empty() {
        m.insert("filter".into(), Value::Array(filter));
    }
    if !b.must_not.is_empty() {
        m.insert("must_not".into(), list(&b.must_not));
    }
    m
}

#[derive(Deserialize)]
struct EsResponse {
    hits: EsHits,
}

#[derive(Deserialize)]
struct EsHits {
    #[serde(default)]
    total: Option<EsTotal>,
    #[serde(default)]
    hits: Vec<EsHit>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum EsTotal {
    Count(u64),
    Object { value: u64 },
}

#[derive(Deserialize)]
struct EsHit {
    #[serde(rename = "_id", default)]
    id: Option<String>,
    #[serde(rename = "_score", default)]
    score: Option<f32>,
    #[serde(rename = "_source")]
    source: ProfileRecord,
}

/// Reads `{"hits": {"total": {"value": N} | N, "hits": [{"_id", "_score", "_source"}]}}`.
pub fn parse_response(body: &[u8]) -> Result<SearchResults, serde_json::Error> {
    let response: EsResponse = serde_json::from_slice(body)?;
    let hits: Vec<SearchHit> = response
        .hits
        .hits
        .into_iter()
        .map(|hit| {
            let mut profile = Profile::from(hit.source);
            if profile.profile_id.is_empty() {
                profile.profile_id = hit.id.unwrap_or_default();
            }
            SearchHit::new(profile, hit.score.unwrap_or(0.0))
        })
        .collect();
    let total = match response.hits.total {
        Some(EsTotal::Count(n) | EsTotal::Object { value: n }) => n,
        None => hits.len() as u64,
    };
    Ok(SearchResults { total, hits })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sourcing_domain::ids::CompanyId;

    fn request(query: Query, exclude: &[&str]) -> SearchRequest {
        SearchRequest {
            company: CompanyId::new_random(),
            query,
            exclude_ids: exclude.iter().map(|s| (*s).to_owned()).collect(),
            size: 10,
        }
    }

    #[test]
    fn renders_phrase_bool_and_exclusions() {
        let query = Query::Bool(BoolQuery {
            must: vec![Query::phrase(&[Field::Skills], "Rust")],
            should: vec![Query::Phrase {
                fields: vec![Field::CurrentRole, Field::Headline],
                text: "backend engineer".into(),
                boost: 2.0,
            }],
            minimum_should_match: 1,
            must_not: vec![Query::phrase(&[Field::CurrentRole], "intern")],
            filter: vec![Query::phrase(&[Field::Country], "DE")],
        });
        let body = render_request(&request(query, &["p1"]));
        assert_eq!(
            body,
            json!({
                "query": {"bool": {
                    "must": [{"multi_match": {"query": "Rust", "type": "phrase", "fields": ["skills^2.5"]}}],
                    "should": [{"multi_match": {"query": "backend engineer", "type": "phrase",
                        "fields": ["currentRole^3", "headline^2"], "boost": 2.0}}],
                    "minimum_should_match": 1,
                    "filter": [{"multi_match": {"query": "DE", "type": "phrase", "fields": ["country^1"]}}],
                    "must_not": [
                        {"multi_match": {"query": "intern", "type": "phrase", "fields": ["currentRole^3"]}},
                        {"ids": {"values": ["p1"]}}
                    ]
                }},
                "size": 10,
                "track_total_hits": true
            })
        );
    }

    #[test]
    fn optional_should_only_bool_matches_everything() {
        let query = Query::Bool(BoolQuery {
            should: vec![Query::phrase(&[Field::Skills], "Go")],
            ..BoolQuery::default()
        });
        let body = render_request(&request(query, &[]));
        assert_eq!(body["query"]["bool"]["filter"], json!([{"match_all": {}}]));
        assert_eq!(body["query"]["bool"]["minimum_should_match"], json!(0));
    }

    #[test]
    fn empty_query_is_match_all() {
        let body = render_request(&request(Query::Bool(BoolQuery::default()), &[]));
        assert_eq!(body["query"], json!({"bool": {}}));
    }

    #[test]
    fn parses_both_total_shapes() {
        let a = br#"{"hits":{"total":{"value":7,"relation":"eq"},"hits":[{"_id":"x","_score":1.5,"_source":{"name":"X"}}]}}"#;
        let parsed = parse_response(a).unwrap();
        assert_eq!(parsed.total, 7);
        assert_eq!(parsed.hits[0].profile.profile_id, "x");
        assert_eq!(parsed.hits[0].relevance, 1.5);
        let b = br#"{"hits":{"total":3,"hits":[]}}"#;
        assert_eq!(parse_response(b).unwrap().total, 3);
        assert!(parse_response(b"<html>").is_err());
    }
}
