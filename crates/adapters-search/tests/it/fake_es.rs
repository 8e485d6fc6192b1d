//! A tiny Elasticsearch-compatible `_search` endpoint that parses the DSL subset our client
//! renders and evaluates it with a `LocalPeopleSearch`, so the HTTP adapter can run the same
//! contract suite as the local one.

use actix_web::dev::ServerHandle;
use actix_web::{App, HttpResponse, HttpServer, web};
use serde_json::{Value, json};
use sourcing_adapters_search::LocalPeopleSearch;
use sourcing_domain::search::{BoolQuery, Field, Query};

use crate::fixtures::request;

pub struct FakeEs {
    pub base_url: String,
    _handle: ServerHandle,
}

impl FakeEs {
    pub async fn start(index: LocalPeopleSearch) -> Self {
        let data = web::Data::new(index);
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(web::JsonConfig::default().limit(1 << 20))
                .route("/_search", web::post().to(search))
        })
        .workers(1)
        .bind(("127.0.0.1", 0))
        .unwrap();
        let addr = server.addrs()[0];
        let server = server.run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        Self {
            base_url: format!("http://{addr}"),
            _handle: handle,
        }
    }
}

async fn search(index: web::Data<LocalPeopleSearch>, body: web::Json<Value>) -> HttpResponse {
    let mut exclude = Vec::new();
    let query = match parse(&body["query"], &mut exclude) {
        Ok(q) => q,
        Err(why) => return HttpResponse::BadRequest().json(json!({ "error": why })),
    };
    let size = body["size"].as_u64().unwrap_or(10) as usize;
    let mut req = request(query, size);
    req.exclude_ids = exclude;
    let results = index.search_now(&req);
    let hits: Vec<Value> = results
        .hits
        .iter()
        .map(
            |h| json!({ "_id": h.profile.profile_id, "_score": h.relevance, "_source": h.profile }),
        )
        .collect();
    HttpResponse::Ok().json(json!({
        "took": 1,
        "hits": { "total": { "value": results.total, "relation": "eq" }, "hits": hits }
    }))
}

fn parse(node: &Value, exclude: &mut Vec<String>) -> Result<Query, String> {
    let (kind, body) = node
        .as_object()
        .and_then(|o| o.iter().next())
        .ok_or_else(|| format!("not a query: {node}"))?;
    match kind.as_str() {
        "match_all" => Ok(Query::Bool(BoolQuery::default())),
        "match_none" => Ok(Query::phrase(&[], "")),
        "multi_match" => {
            assert_eq!(body["type"], "phrase");
            let fields = body["fields"]
                .as_array()
                .ok_or("fields")?
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
                text: body["query"].as_str().ok_or("query")?.to_owned(),
                boost: body["boost"].as_f64().unwrap_or(1.0) as f32,
            })
        }
        "bool" => {
            let list = |key: &str, exclude: &mut Vec<String>| -> Result<Vec<Query>, String> {
                let mut out = Vec::new();
                for clause in body[key].as_array().into_iter().flatten() {
                    if let Some(values) = clause.get("ids").and_then(|i| i["values"].as_array()) {
                        exclude.extend(values.iter().filter_map(|v| v.as_str().map(str::to_owned)));
                    } else {
                        out.push(parse(clause, exclude)?);
                    }
                }
                Ok(out)
            };
            Ok(Query::Bool(BoolQuery {
                must: list("must", exclude)?,
                should: list("should", exclude)?,
                minimum_should_match: body["minimum_should_match"].as_u64().unwrap_or(0) as usize,
                must_not: list("must_not", exclude)?,
                filter: list("filter", exclude)?,
            }))
        }
        other => Err(format!("unsupported query {other}")),
    }
}
