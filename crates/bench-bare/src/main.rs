//! `bench-bare`: the framework's own limit for `make bench-http`. It answers every GET with the
//! bytes of one file (a real `GET /sourcing/{id}/results` body) and every POST with those of
//! another (a real `POST /sourcing` 202 body), after reading the request body, so the service
//! is compared with actix-web doing nothing but sending the same bytes on the same machine.
//!
//! Usage: `bench-bare BIND GET_BODY_FILE [POST_BODY_FILE]` (e.g. `127.0.0.1:18081 get.json`).

use std::process::ExitCode;

use actix_web::http::header::ContentType;
use actix_web::http::{Method, StatusCode};
use actix_web::web::{Bytes, Data};
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};

/// The bytes to answer with.
struct Bodies {
    get: Bytes,
    post: Bytes,
}

#[actix_web::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [bind, get_file, rest @ ..] = args.as_slice() else {
        eprintln!("usage: bench-bare BIND GET_BODY_FILE [POST_BODY_FILE]");
        return ExitCode::FAILURE;
    };
    let read = |path: &String| {
        std::fs::read(path).map_err(|e| eprintln!("bench-bare: cannot read {path}: {e}"))
    };
    let Ok(get_body) = read(get_file) else {
        return ExitCode::FAILURE;
    };
    let post_body = match rest.first() {
        Some(path) => match read(path) {
            Ok(b) => b,
            Err(()) => return ExitCode::FAILURE,
        },
        None => b"{}".to_vec(),
    };
    let bodies = Data::new(Bodies {
        get: Bytes::from(get_body),
        post: Bytes::from(post_body),
    });
    let server = HttpServer::new(move || {
        App::new()
            .app_data(bodies.clone())
            .default_service(web::route().to(route))
    })
    .bind(bind.as_str());
    match server {
        Ok(server) => match server.run().await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("bench-bare: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("bench-bare: cannot bind {bind}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// POST gets the accepted bytes (after its body is read), anything else the results bytes.
async fn route(req: HttpRequest, bodies: Data<Bodies>, _body: Bytes) -> HttpResponse {
    if req.method() == Method::POST {
        HttpResponse::build(StatusCode::ACCEPTED)
            .content_type(ContentType::json())
            .body(bodies.post.clone())
    } else {
        HttpResponse::Ok()
            .content_type(ContentType::json())
            .body(bodies.get.clone())
    }
}
