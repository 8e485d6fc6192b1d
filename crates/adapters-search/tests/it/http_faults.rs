//! The HTTP adapter against real misbehaving servers: timeouts, 5xx, 429, 400, garbage, a dead
//! port, and the circuit breaker.

use std::time::{Duration, Instant};

use serde_json::json;
use sourcing_adapters_search::{HttpPeopleSearch, HttpSearchConfig};
use sourcing_domain::ports::{PeopleSearch, SearchError};
use sourcing_domain::search::{BoolQuery, Field, Query};

use crate::fixtures::request;
use crate::scripted_server::{Reply, ScriptedServer};

fn config(base_url: &str) -> HttpSearchConfig {
    HttpSearchConfig {
        timeout: Duration::from_millis(200),
        backoff_base: Duration::from_millis(10),
        breaker_cool_down: Duration::from_millis(300),
        ..HttpSearchConfig::new(base_url)
    }
}

fn query() -> Query {
    Query::Bool(BoolQuery {
        must: vec![Query::phrase(
            &[Field::CurrentRole, Field::Skills],
            "data engineer",
        )],
        must_not: vec![Query::phrase(&[Field::CurrentRole], "intern")],
        ..BoolQuery::default()
    })
}

#[actix_web::test]
async fn a_slow_index_is_tried_three_times_then_unavailable() {
    let server = ScriptedServer::start(vec![], Reply::Slow(Duration::from_secs(3))).await;
    let search = HttpPeopleSearch::new(config(&server.base_url)).unwrap();
    let err = search.search(request(query(), 10)).await.unwrap_err();
    assert!(matches!(err, SearchError::Unavailable(_)), "{err:?}");
    assert_eq!(server.wait_for_count(3).await, 3);
}

#[actix_web::test]
async fn a_server_error_is_retried_then_succeeds() {
    let server = ScriptedServer::start(vec![Reply::Status(500)], Reply::Ok).await;
    let search = HttpPeopleSearch::new(config(&server.base_url)).unwrap();
    let results = search.search(request(query(), 10)).await.unwrap();
    assert_eq!(results.total, 1);
    assert_eq!(results.hits[0].profile.profile_id, "p1");
    assert_eq!(results.hits[0].relevance, 2.0);
    assert_eq!(server.count(), 2);
}

#[actix_web::test]
async fn too_many_requests_is_retried_after_the_servers_delay() {
    let server = ScriptedServer::start(vec![Reply::Throttle(1)], Reply::Ok).await;
    let search = HttpPeopleSearch::new(config(&server.base_url)).unwrap();
    search.search(request(query(), 10)).await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let gap = requests[1].at - requests[0].at;
    assert!(
        gap >= Duration::from_millis(950),
        "retried after only {gap:?}"
    );
}

#[actix_web::test]
async fn retry_after_is_clamped_and_exhausted_throttling_is_rate_limited() {
    let server = ScriptedServer::start(vec![], Reply::Throttle(30)).await;
    let search = HttpPeopleSearch::new(HttpSearchConfig {
        max_retries: 1,
        max_retry_after: Duration::from_millis(50),
        ..config(&server.base_url)
    })
    .unwrap();
    let err = search.search(request(query(), 10)).await.unwrap_err();
    match err {
        SearchError::RateLimited { retry_after } => {
            assert_eq!(retry_after, Some(Duration::from_secs(30)))
        }
        other => panic!("expected RateLimited, got {other:?}"),
    }
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(
        requests[1].at - requests[0].at < Duration::from_secs(5),
        "Retry-After not clamped"
    );
}

#[actix_web::test]
async fn a_bad_request_is_not_retried_and_never_opens_the_breaker() {
    let server = ScriptedServer::start(vec![], Reply::Status(400)).await;
    let search = HttpPeopleSearch::new(HttpSearchConfig {
        breaker_failure_threshold: 1,
        ..config(&server.base_url)
    })
    .unwrap();
    for expected in 1..=3 {
        let err = search.search(request(query(), 10)).await.unwrap_err();
        assert!(matches!(err, SearchError::BadQuery(_)), "{err:?}");
        assert_eq!(server.count(), expected, "a 400 must be sent exactly once");
        assert!(search.is_available());
    }
}

#[actix_web::test]
async fn a_malformed_body_is_other_and_not_retried() {
    let server = ScriptedServer::start(vec![], Reply::Garbage).await;
    let search = HttpPeopleSearch::new(HttpSearchConfig {
        breaker_failure_threshold: 1,
        ..config(&server.base_url)
    })
    .unwrap();
    let err = search.search(request(query(), 10)).await.unwrap_err();
    assert!(matches!(err, SearchError::Other(_)), "{err:?}");
    assert_eq!(server.count(), 1);
    assert!(search.is_available());
}

#[actix_web::test]
async fn a_refused_connection_is_unavailable() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let search = HttpPeopleSearch::new(config(&format!("http://127.0.0.1:{port}"))).unwrap();
    let err = search.search(request(query(), 10)).await.unwrap_err();
    assert!(matches!(err, SearchError::Unavailable(_)), "{err:?}");
}

#[actix_web::test]
async fn the_breaker_opens_after_consecutive_failures_and_closes_after_cool_down() {
    let server =
        ScriptedServer::start(vec![Reply::Status(503), Reply::Status(502)], Reply::Ok).await;
    let search = HttpPeopleSearch::new(HttpSearchConfig {
        max_retries: 0,
        breaker_failure_threshold: 2,
        ..config(&server.base_url)
    })
    .unwrap();

    for _ in 0..2 {
        let err = search.search(request(query(), 10)).await.unwrap_err();
        assert!(matches!(err, SearchError::Unavailable(_)), "{err:?}");
    }
    assert_eq!(server.count(), 2);
    assert!(!search.is_available());

    let err = search.search(request(query(), 10)).await.unwrap_err();
    assert!(
        matches!(err, SearchError::Unavailable(ref m) if m.contains("breaker")),
        "{err:?}"
    );
    assert_eq!(server.count(), 2, "an open breaker must not send requests");

    let deadline = Instant::now() + Duration::from_secs(5);
    while !search.is_available() && Instant::now() < deadline {
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        search.is_available(),
        "breaker did not half-open after the cool-down"
    );
    search.search(request(query(), 10)).await.unwrap();
    assert_eq!(server.count(), 3);
    assert!(search.is_available());
}

#[actix_web::test]
async fn the_request_body_is_the_rendered_bool_query() {
    let server = ScriptedServer::start(vec![], Reply::Ok).await;
    let search = HttpPeopleSearch::new(config(&format!("{}/", server.base_url))).unwrap();
    let mut req = request(query(), 7);
    req.exclude_ids = vec!["p9".into()];
    search.search(req).await.unwrap();
    let body = &server.requests()[0].body;
    assert_eq!(
        *body,
        json!({
            "query": {"bool": {
                "must": [{"multi_match": {"query": "data engineer", "type": "phrase",
                    "fields": ["currentRole^3", "skills^2.5"]}}],
                "must_not": [
                    {"multi_match": {"query": "intern", "type": "phrase", "fields": ["currentRole^3"]}},
                    {"ids": {"values": ["p9"]}}
                ]
            }},
            "size": 7,
            "track_total_hits": true
        })
    );
}
