//! The HTTP enricher against a misbehaving provider (the testkit's fake): timeouts, the time
//! budget, 5xx, 429 with `Retry-After`, 404, a refused key, malformed bodies, a dead port,
//! and the circuit breaker.

use std::time::{Duration, Instant};

use sourcing_adapters_enrich::{HttpEnricher, HttpEnricherConfig, LocalEnricher};
use sourcing_domain::ports::{EnrichError, ProfileEnricher};
use sourcing_domain::profile::Profile;
use sourcing_testkit::fake_enrich_server::{FAKE_API_KEY, FakeEnrichServer, Reply};
use sourcing_testkit::profile_enricher::{CONTRACT_COMPANIES, person};

async fn server() -> FakeEnrichServer {
    FakeEnrichServer::start(LocalEnricher::from_reader(CONTRACT_COMPANIES.as_bytes()).unwrap())
        .await
}

fn config(server: &FakeEnrichServer) -> HttpEnricherConfig {
    HttpEnricherConfig {
        timeout: Duration::from_millis(200),
        backoff_base: Duration::from_millis(10),
        budget: Duration::from_secs(3),
        breaker_cool_down: Duration::from_millis(300),
        ..HttpEnricherConfig::new(&server.url, FAKE_API_KEY)
    }
}

fn jose() -> Profile {
    person(Some("José Núñez"), Some("acme.example"))
}

#[actix_web::test]
async fn a_slow_provider_is_unavailable_within_the_timeouts() {
    let server = server().await;
    server.set(Reply::Slow(Duration::from_secs(5)));
    let enricher = HttpEnricher::new(config(&server)).unwrap();
    let started = Instant::now();
    let err = enricher.enrich(&jose()).await.unwrap_err();
    assert!(matches!(err, EnrichError::Unavailable(_)), "{err:?}");
    assert_eq!(err.code(), "PROVIDER_TEMPORARILY_UNAVAILABLE");
    assert_eq!(server.count(), 3, "three attempts of 200 ms");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[actix_web::test]
async fn the_budget_ends_the_call_whatever_retries_remain() {
    let server = server().await;
    server.set(Reply::Hang);
    let enricher = HttpEnricher::new(HttpEnricherConfig {
        timeout: Duration::from_millis(300),
        max_retries: 50,
        budget: Duration::from_millis(800),
        ..config(&server)
    })
    .unwrap();
    let started = Instant::now();
    let err = enricher.enrich(&jose()).await.unwrap_err();
    assert!(matches!(err, EnrichError::Unavailable(_)), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );
    assert!((2..=4).contains(&server.count()), "{}", server.count());
    server.set(Reply::Healthy);
}

#[actix_web::test]
async fn server_errors_are_retried_then_succeed() {
    let server = server().await;
    server.script([Reply::Status(500), Reply::Status(500)]);
    let enricher = HttpEnricher::new(config(&server)).unwrap();
    let emails = enricher.enrich(&jose()).await.unwrap().emails;
    assert_eq!(server.count(), 3);
    assert_eq!(
        emails.len(),
        1,
        "the personal address is dropped: {emails:?}"
    );
    assert_eq!(emails[0].address, "jose.nunez@acme.example");
    assert_eq!(emails[0].confidence, 95);
    assert_eq!(emails[0].pattern, "{first}.{last}");
}

#[actix_web::test]
async fn too_many_requests_waits_for_retry_after() {
    let server = server().await;
    server.script([Reply::Throttle(1)]);
    let enricher = HttpEnricher::new(config(&server)).unwrap();
    enricher.enrich(&jose()).await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let gap = requests[1].at - requests[0].at;
    assert!(
        gap >= Duration::from_millis(950),
        "retried after only {gap:?}"
    );
}

#[actix_web::test]
async fn retry_after_is_clamped_and_exhausted_throttling_is_unavailable() {
    let server = server().await;
    server.set(Reply::Throttle(30));
    let enricher = HttpEnricher::new(HttpEnricherConfig {
        max_retries: 1,
        max_retry_after: Duration::from_millis(50),
        ..config(&server)
    })
    .unwrap();
    let err = enricher.enrich(&jose()).await.unwrap_err();
    assert!(matches!(err, EnrichError::Unavailable(_)), "{err:?}");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(
        requests[1].at - requests[0].at < Duration::from_secs(1),
        "not clamped"
    );
}

#[actix_web::test]
async fn a_wait_longer_than_the_budget_gives_up_at_once() {
    let server = server().await;
    server.set(Reply::Throttle(5));
    let enricher = HttpEnricher::new(HttpEnricherConfig {
        max_retry_after: Duration::from_secs(10),
        budget: Duration::from_millis(500),
        ..config(&server)
    })
    .unwrap();
    let started = Instant::now();
    let err = enricher.enrich(&jose()).await.unwrap_err();
    assert!(matches!(err, EnrichError::Unavailable(_)), "{err:?}");
    assert_eq!(server.count(), 1);
    assert!(started.elapsed() < Duration::from_millis(500));
}

#[actix_web::test]
async fn no_match_is_not_found_and_never_retried() {
    let server = server().await;
    server.set(Reply::NotFound);
    let enricher = HttpEnricher::new(HttpEnricherConfig {
        breaker_failure_threshold: 1,
        ..config(&server)
    })
    .unwrap();
    for expected in 1..=2 {
        assert_eq!(enricher.enrich(&jose()).await, Err(EnrichError::NotFound));
        assert_eq!(server.count(), expected);
        assert!(enricher.is_available(), "a miss is no provider failure");
    }
}

#[actix_web::test]
async fn a_malformed_body_is_an_invalid_response_and_not_retried() {
    let server = server().await;
    server.set(Reply::Malformed);
    let enricher = HttpEnricher::new(HttpEnricherConfig {
        breaker_failure_threshold: 1,
        ..config(&server)
    })
    .unwrap();
    let err = enricher.enrich(&jose()).await.unwrap_err();
    assert!(matches!(err, EnrichError::InvalidResponse(_)), "{err:?}");
    assert_eq!(err.code(), "ENRICHMENT_PROVIDER_ERROR");
    assert_eq!(server.count(), 1);
    assert!(enricher.is_available());
}

#[actix_web::test]
async fn a_refused_key_is_unavailable_at_once() {
    let server = server().await;
    let enricher = HttpEnricher::new(HttpEnricherConfig {
        api_key: "wrong".into(),
        ..config(&server)
    })
    .unwrap();
    let err = enricher.enrich(&jose()).await.unwrap_err();
    assert!(matches!(err, EnrichError::Unavailable(_)), "{err:?}");
    assert_eq!(server.count(), 1, "a refused key is not retried");
    assert!(!format!("{enricher:?}").contains(FAKE_API_KEY));
}

#[actix_web::test]
async fn a_refused_connection_is_unavailable() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let enricher = HttpEnricher::new(HttpEnricherConfig::new(
        format!("http://127.0.0.1:{port}"),
        FAKE_API_KEY,
    ))
    .unwrap();
    let err = enricher.enrich(&jose()).await.unwrap_err();
    assert!(matches!(err, EnrichError::Unavailable(_)), "{err:?}");
}

#[actix_web::test]
async fn the_breaker_opens_after_consecutive_failures_and_closes_after_cool_down() {
    let server = server().await;
    server.script([Reply::Status(503), Reply::Status(502)]);
    let enricher = HttpEnricher::new(HttpEnricherConfig {
        max_retries: 0,
        breaker_failure_threshold: 2,
        ..config(&server)
    })
    .unwrap();
    for _ in 0..2 {
        let err = enricher.enrich(&jose()).await.unwrap_err();
        assert!(matches!(err, EnrichError::Unavailable(_)), "{err:?}");
    }
    assert_eq!(server.count(), 2);
    assert!(!enricher.is_available());

    let err = enricher.enrich(&jose()).await.unwrap_err();
    assert!(
        matches!(err, EnrichError::Unavailable(ref m) if m.contains("breaker")),
        "{err:?}"
    );
    assert_eq!(server.count(), 2, "an open breaker sends nothing");

    let deadline = Instant::now() + Duration::from_secs(5);
    while !enricher.is_available() && Instant::now() < deadline {
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(enricher.is_available(), "the breaker did not half-open");
    enricher.enrich(&jose()).await.unwrap();
    assert_eq!(server.count(), 3);
    assert!(enricher.is_available());
}

#[actix_web::test]
async fn the_request_carries_key_name_company_and_profile() {
    let server = server().await;
    let enricher = HttpEnricher::new(config(&server)).unwrap();
    let mut profile = person(Some(" José Núñez "), Some("https://www.Acme.example/"));
    profile.linkedin_url = Some("https://linkedin.example/in/jose".into());
    enricher.enrich(&profile).await.unwrap();
    let request = &server.requests()[0];
    assert_eq!(request.api_key.as_deref(), Some(FAKE_API_KEY));
    let param = |k: &str| request.params.get(k).map(String::as_str);
    assert_eq!(param("name"), Some("José Núñez"));
    assert_eq!(param("company"), Some("acme.example"));
    assert_eq!(param("profile"), Some("https://linkedin.example/in/jose"));
}

#[actix_web::test]
async fn profiles_without_domain_or_name_cost_no_call() {
    let server = server().await;
    let enricher = HttpEnricher::new(config(&server)).unwrap();
    assert_eq!(
        enricher.enrich(&person(Some("Jane Doe"), None)).await,
        Err(EnrichError::NoCompanyDomain)
    );
    assert_eq!(
        enricher.enrich(&person(None, Some("acme.example"))).await,
        Err(EnrichError::NoName)
    );
    assert_eq!(server.count(), 0);
}

#[test]
fn a_base_url_must_be_http() {
    for bad in ["", "acme.example", "ftp://acme.example", "http://"] {
        assert!(
            HttpEnricher::new(HttpEnricherConfig::new(bad, "k")).is_err(),
            "{bad:?}"
        );
    }
}
