//! The one fake Elasticsearch-compatible people index: a `_search` endpoint on `127.0.0.1:0`
//! that reads the query DSL our HTTP adapter renders back into the domain tree
//! ([`parse_query`]) and evaluates it with a [`LocalPeopleSearch`], so the HTTP adapter runs
//! the same contract suite as the local index and the app can be served by an "external" index.
//!
//! Tests switch its behaviour at will ([`Mode`]): healthy, slow, failing with a status, or
//! hanging until the mode changes. Scripted reply sequences (429 with `Retry-After`, garbage
//! bodies, recorded request bodies) stay with the HTTP adapter's fault tests.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::dev::ServerHandle;
use actix_web::{App, HttpResponse, HttpServer, web};
use serde_json::{Value, json};
use sourcing_adapters_search::{LocalPeopleSearch, ProfileRecord};
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::SearchRequest;
use sourcing_domain::search::{BoolQuery, Field, Query};
use tokio::sync::Notify;

/// What the next requests get.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Evaluates the query and answers 200.
    Healthy,
    /// Answers (healthily) this long after the request arrived, the search done within it.
    Slow(Duration),
    /// Answers with this status and a small error body.
    Status(u16),
    /// Never answers (until the mode changes).
    Hang,
}

struct State {
    index: LocalPeopleSearch,
    mode: Mutex<Mode>,
    requests: AtomicUsize,
    arrived: Notify,
    changed: Notify,
}

/// A running fake index. The server keeps serving after this value is dropped, until the
/// test's runtime ends.
pub struct FakeSearchServer {
    /// Base URL (`http://127.0.0.1:PORT`); the adapter posts to `{url}/_search`.
    pub url: String,
    state: Arc<State>,
    _handle: ServerHandle,
}

impl std::fmt::Debug for FakeSearchServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeSearchServer")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

impl FakeSearchServer {
    /// Serves `index` on a free port of 127.0.0.1 (healthy), from a Tokio or actix runtime.
    ///
    /// # Panics
    /// If no port can be bound.
    #[expect(
        clippy::expect_used,
        reason = "test support: a failed bind ends the test"
    )]
    pub async fn start(index: LocalPeopleSearch) -> FakeSearchServer {
        let state = Arc::new(State {
            index,
            mode: Mutex::new(Mode::Healthy),
            requests: AtomicUsize::new(0),
            arrived: Notify::new(),
            changed: Notify::new(),
        });
        let data = web::Data::from(state.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(web::JsonConfig::default().limit(4 << 20))
                .route("/_search", web::post().to(search))
        })
        .workers(1)
        .bind(("127.0.0.1", 0))
        .expect("bind the fake search server");
        let addr = server.addrs()[0];
        let server = server.run();
        let handle = server.handle();
        tokio::spawn(server);
        FakeSearchServer {
            url: format!("http://{addr}"),
            state,
            _handle: handle,
        }
    }

    /// Switches what the next requests get (and releases hanging ones).
    pub fn set(&self, mode: Mode) {
        *lock(&self.state.mode) = mode;
        self.state.changed.notify_waiters();
    }

    /// Requests received so far (counted on arrival, whatever they were answered).
    pub fn requests(&self) -> usize {
        self.state.requests.load(Ordering::SeqCst)
    }

    /// Resolves once at least `n` requests have arrived (bound it with the caller's timeout).
    pub async fn wait_for_requests(&self, n: usize) {
        loop {
            let arrived = self.state.arrived.notified();
            if self.requests() >= n {
                return;
            }
            arrived.await;
        }
    }
}

fn lock(mode: &Mutex<Mode>) -> std::sync::MutexGuard<'_, Mode> {
    mode.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

async fn search(state: web::Data<State>, body: web::Json<Value>) -> HttpResponse {
    // The mode is read before the request is counted, so a test reacting to the count cannot
    // change what this request gets.
    let arrived = tokio::time::Instant::now();
    let mut mode = *lock(&state.mode);
    state.requests.fetch_add(1, Ordering::SeqCst);
    state.arrived.notify_waiters();
    let mut latency = Duration::ZERO;
    loop {
        let changed = state.changed.notified();
        match mode {
            Mode::Healthy => break,
            Mode::Slow(delay) => {
                latency = delay;
                break;
            }
            Mode::Status(code) => {
                let status = actix_web::http::StatusCode::from_u16(code)
                    .unwrap_or(actix_web::http::StatusCode::INTERNAL_SERVER_ERROR);
                return HttpResponse::build(status).json(json!({ "error": "injected" }));
            }
            Mode::Hang => {
                changed.await;
                mode = *lock(&state.mode);
            }
        }
    }
    let (query, exclude_ids) = match parse_query(&body["query"]) {
        Ok(parsed) => parsed,
        Err(why) => {
            return HttpResponse::BadRequest()
                .json(json!({ "error": { "type": "parsing_exception", "reason": why } }));
        }
    };
    let request = SearchRequest {
        company: CompanyId::new_random(),
        query,
        exclude_ids,
        size: body["size"]
            .as_u64()
            .map_or(10, |n| usize::try_from(n).unwrap_or(usize::MAX)),
    };
    let results = state.index.search_now(&request);
    let hits: Vec<Value> = results
        .hits
        .iter()
        .map(
            |h| json!({ "_id": h.profile.profile_id, "_score": h.relevance, "_source": ProfileRecord::from(&h.profile) }),
        )
        .collect();
    let body = json!({
        "took": 1,
        "hits": { "total": { "value": results.total, "relation": "eq" }, "hits": hits }
    });
    // The search itself happens inside the latency, as on a real index: the answer leaves
    // `latency` after the request arrived (or as soon as it is ready, if the search took longer).
    tokio::time::sleep_until(arrived + latency).await;
    HttpResponse::Ok().json(body)
}

/// Reads a rendered query back into the tree: the inverse of the adapter's
/// `es_dsl::render_query` over the DSL subset it emits (`bool`, `multi_match` type `phrase`,
/// `match_all`, `match_none`, `ids`). Returns the query and the ids of `ids` clauses (excluded
/// profiles); a `match_all` filter (how an optional-only `bool` is rendered) is dropped.
///
/// # Errors
/// A description of the first node outside that subset.
pub fn parse_query(node: &Value) -> Result<(Query, Vec<String>), String> {
    let mut exclude = Vec::new();
    let query = parse_node(node, &mut exclude)?;
    Ok((query, exclude))
}

fn parse_node(node: &Value, exclude: &mut Vec<String>) -> Result<Query, String> {
    let (kind, body) = node
        .as_object()
        .and_then(|o| o.iter().next())
        .ok_or_else(|| format!("not a query: {node}"))?;
    match kind.as_str() {
        "match_all" => Ok(Query::Bool(BoolQuery::default())),
        "match_none" => Ok(Query::phrase(&[], "")),
        "multi_match" => {
            if body["type"].as_str() != Some("phrase") {
                return Err(format!("multi_match of type {} (not phrase)", body["type"]));
            }
            let fields = body["fields"]
                .as_array()
                .ok_or("multi_match without fields")?
                .iter()
                .map(|f| {
                    let path = f
                        .as_str()
                        .unwrap_or_default()
                        .split('^')
                        .next()
                        .unwrap_or_default();
                    Field::ALL
                        .into_iter()
                        .find(|field| field.path() == path)
                        .ok_or_else(|| format!("unknown field {path}"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Query::Phrase {
                fields,
                text: body["query"]
                    .as_str()
                    .ok_or("multi_match without query")?
                    .to_owned(),
                boost: body["boost"].as_f64().unwrap_or(1.0) as f32,
            })
        }
        "bool" => {
            let mut list = |key: &str| -> Result<Vec<Query>, String> {
                let mut out = Vec::new();
                for clause in body[key].as_array().into_iter().flatten() {
                    if let Some(values) = clause.get("ids").and_then(|i| i["values"].as_array()) {
                        exclude.extend(values.iter().filter_map(|v| v.as_str().map(str::to_owned)));
                    } else if clause.get("match_all").is_some() && key == "filter" {
                        continue;
                    } else {
                        out.push(parse_node(clause, exclude)?);
                    }
                }
                Ok(out)
            };
            let minimum_should_match = match &body["minimum_should_match"] {
                Value::Null => 0,
                value => value
                    .as_u64()
                    .and_then(|n| usize::try_from(n).ok())
                    .ok_or_else(|| format!("minimum_should_match {value} is not a count"))?,
            };
            Ok(Query::Bool(BoolQuery {
                must: list("must")?,
                should: list("should")?,
                must_not: list("must_not")?,
                filter: list("filter")?,
                minimum_should_match,
            }))
        }
        other => Err(format!("unsupported query {other}")),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use sourcing_adapters_search::http::es_dsl::{render_query, render_request};

    use super::*;

    fn tree() -> Query {
        let skill =
            |s: &str| Query::phrase(&[Field::Skills, Field::Headline, Field::Highlights], s);
        Query::Bool(BoolQuery {
            must: vec![Query::any_of(vec![
                Query::Bool(BoolQuery {
                    must: vec![
                        Query::phrase(&[Field::CurrentRole], "backend"),
                        Query::phrase(&[Field::CurrentRole], "engineer"),
                    ],
                    ..BoolQuery::default()
                }),
                Query::Bool(BoolQuery {
                    must: vec![Query::Phrase {
                        fields: vec![Field::CurrentRole, Field::Headline, Field::PastRoles],
                        text: "Software Engineer".into(),
                        boost: 1.5,
                    }],
                    should: vec![skill("Go"), skill("Kubernetes"), skill("Terraform")],
                    minimum_should_match: 2,
                    ..BoolQuery::default()
                }),
            ])],
            should: vec![skill("Prometheus")],
            minimum_should_match: 0,
            filter: vec![Query::any_of(vec![
                Query::phrase(&[Field::Location], "Berlin"),
                Query::phrase(&[Field::Country], "DE"),
            ])],
            must_not: vec![Query::phrase(
                &[Field::CurrentRole, Field::Headline],
                "intern",
            )],
        })
    }

    #[test]
    fn parse_inverts_render_query() {
        let optional_only = Query::Bool(BoolQuery {
            should: vec![Query::phrase(&[Field::Skills], "Go")],
            must_not: vec![Query::phrase(&[Field::Company], "Acme")],
            ..BoolQuery::default()
        });
        for query in [
            tree(),
            optional_only,
            Query::phrase(&[Field::Education], "physics"),
            Query::Bool(BoolQuery::default()),
        ] {
            let (parsed, exclude) = parse_query(&render_query(&query)).unwrap();
            assert_eq!(parsed, query);
            assert!(exclude.is_empty());
        }
    }

    #[test]
    fn parse_reads_the_request_body_back_with_its_exclusions() {
        let request = SearchRequest {
            company: CompanyId::new_random(),
            query: tree(),
            exclude_ids: vec!["p1".into(), "p2".into()],
            size: 7,
        };
        let body = render_request(&request);
        let (parsed, exclude) = parse_query(&body["query"]).unwrap();
        assert_eq!(parsed, tree());
        assert_eq!(exclude, ["p1", "p2"]);
    }

    #[test]
    fn parse_rejects_what_we_never_render() {
        assert!(parse_query(&json!({"match": {"skills": "Go"}})).is_err());
        assert!(
            parse_query(&json!({"multi_match": {"query": "Go", "fields": ["skills"]}})).is_err()
        );
        assert!(
            parse_query(&json!({"multi_match": {"query": "Go", "type": "phrase",
                "fields": ["nope^2"]}}))
            .is_err()
        );
        assert!(parse_query(&json!({"bool": {"minimum_should_match": "75%"}})).is_err());
    }
}
