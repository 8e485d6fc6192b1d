//! A tiny Elasticsearch-compatible `_search` endpoint that parses the DSL subset our client
//! renders and evaluates it with a `LocalPeopleSearch`, so the HTTP adapter can run the same
//! contract suite as the local one.

use actix_web::dev::ServerHandle;
use actix_web::{App, HttpResponse, HttpServer, web};
use serde_json::{Value, json};
use sourcing_adapters_search::LocalPeopleSearch;
use sourcing_adapters_search::http::es_dsl;

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
    let (query, exclude) = match es_dsl::parse_query(&body["query"]) {
        Ok(parsed) => parsed,
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
