//! `GET /docs`: a human API reference rendered on the server from the OpenAPI document, with
//! inline CSS and no script, font or image: it works offline and embeds nothing from a CDN.

use std::fmt::Write as _;
use std::sync::OnceLock;

use actix_web::HttpResponse;
use actix_web::http::header::ContentType;
use serde_json::Value;

use crate::http::openapi::spec_json;

/// The methods an OpenAPI path item may hold, in display order.
const METHODS: [&str; 5] = ["get", "post", "patch", "put", "delete"];

const STYLE: &str = "
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#0f172a;background:#f8fafc}
header{background:#0f172a;color:#f8fafc;padding:24px 32px}header h1{margin:0 0 8px}
main{max-width:1100px;margin:0 auto;padding:16px 32px 64px}nav{columns:2;font-size:14px}
nav a{display:block;color:#1d4ed8;text-decoration:none}
section.op{background:#fff;border:1px solid #e2e8f0;border-radius:8px;margin:20px 0;padding:16px 20px}
.op h3{margin:0 0 8px;font-family:ui-monospace,monospace;font-size:16px;word-break:break-all}
.m{display:inline-block;min-width:64px;text-align:center;border-radius:4px;color:#fff;padding:1px 6px;margin-right:8px}
.get{background:#0369a1}.post{background:#15803d}.patch{background:#a16207}.delete{background:#b91c1c}.put{background:#7e22ce}
.meta span{display:inline-block;background:#eef2ff;border-radius:4px;padding:1px 8px;margin:0 6px 6px 0;font-size:13px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:14px;table-layout:fixed}
td,th{border:1px solid #e2e8f0;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
*{box-sizing:border-box}p,code,a{overflow-wrap:anywhere}
@media (max-width:600px){main,header{padding-left:10px;padding-right:10px}nav{columns:1}section.op{padding:10px}}
pre{background:#0f172a;color:#e2e8f0;padding:10px 12px;border-radius:6px;overflow-x:auto;font-size:13px;white-space:pre-wrap;word-break:break-word}
details{margin:4px 0}summary{cursor:pointer}h4{margin:12px 0 4px}code{font-family:ui-monospace,monospace}
";

/// Escapes text for HTML element content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Pretty JSON of a value, escaped, in a `<pre>`.
fn pre(value: &Value) -> String {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    format!("<pre>{}</pre>", esc(&text))
}

/// The schema name of a `$ref`, or a short type description of an inline schema.
fn type_name(schema: &Value) -> String {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return reference.rsplit('/').next().unwrap_or(reference).to_owned();
    }
    match schema.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" | "),
        _ => "object".to_owned(),
    }
}

/// The anchor of an operation: its `operationId`, else its path.
fn anchor<'a>(op: &'a Value, path: &'a str) -> &'a str {
    op.get("operationId")
        .and_then(Value::as_str)
        .unwrap_or(path)
}

/// The `<section>` of one operation: summary, scope, rate limit, parameters, body, responses.
fn operation_html(out: &mut String, method: &str, path: &str, op: &Value) {
    let id = anchor(op, path);
    let _ = write!(
        out,
        "<section class=\"op\" id=\"{}\"><h3><span class=\"m {method}\">{}</span>{}</h3>",
        esc(id),
        method.to_uppercase(),
        esc(path)
    );
    for key in ["summary", "description"] {
        if let Some(text) = op.get(key).and_then(Value::as_str) {
            let _ = write!(out, "<p>{}</p>", esc(text));
        }
    }
    out.push_str("<div class=\"meta\">");
    match op.get("x-required-scope").and_then(Value::as_str) {
        Some(scope) => {
            let _ = write!(
                out,
                "<span>Bearer key with scope <code>{}</code></span>",
                esc(scope)
            );
        }
        None => out.push_str("<span>No authentication</span>"),
    }
    if let Some(limit) = op.get("x-rate-limit") {
        let text = match limit.get("requestsPerMinute").and_then(Value::as_u64) {
            Some(n) => format!(
                "Rate limit: {n}/min per key (<code>{}</code>)",
                esc(limit.get("setting").and_then(Value::as_str).unwrap_or(""))
            ),
            None => "No per-key rate limit".to_owned(),
        };
        let _ = write!(out, "<span>{text}</span>");
    }
    out.push_str("</div>");
    if let Some(params) = op.get("parameters").and_then(Value::as_array) {
        out.push_str("<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>type</th><th>required</th><th>description</th></tr>");
        for p in params {
            let get = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or("");
            let _ = write!(
                out,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(get("name")),
                esc(get("in")),
                esc(&p.get("schema").map(type_name).unwrap_or_default()),
                p.get("required").and_then(Value::as_bool).unwrap_or(false),
                esc(get("description"))
            );
        }
        out.push_str("</table>");
    }
    if let Some(body) = op.pointer("/requestBody/content/application~1json") {
        let schema = body.get("schema").map(type_name).unwrap_or_default();
        let _ = write!(
            out,
            "<h4>Request body</h4><p><code>application/json</code>: <a href=\"#schema-{0}\">{0}</a></p>",
            esc(&schema)
        );
        if let Some(example) = body.get("example") {
            out.push_str(&pre(example));
        }
    }
    responses_html(out, op);
    out.push_str("</table></section>");
}

/// The responses table of one operation, each with its example when it has one.
fn responses_html(out: &mut String, op: &Value) {
    out.push_str(
        "<h4>Responses</h4><table><tr><th>status</th><th>body</th><th>description</th></tr>",
    );
    let responses = op.get("responses").and_then(Value::as_object);
    for (status, response) in responses.into_iter().flatten() {
        let content = response.pointer("/content/application~1json");
        let schema = content
            .and_then(|c| c.get("schema"))
            .map(type_name)
            .unwrap_or_else(|| "—".to_owned());
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}",
            esc(status),
            esc(&schema),
            esc(response
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or(""))
        );
        if let Some(example) = content.and_then(|c| c.get("example")) {
            let _ = write!(
                out,
                "<details><summary>example</summary>{}</details>",
                pre(example)
            );
        }
        out.push_str("</td></tr>");
    }
}

/// The whole page for an OpenAPI document: an index, every operation, then every schema.
pub fn render(spec: &Value) -> String {
    let title = spec
        .pointer("/info/title")
        .and_then(Value::as_str)
        .unwrap_or("API");
    let version = spec
        .pointer("/info/version")
        .and_then(Value::as_str)
        .unwrap_or("");
    let mut ops = Vec::new();
    for (path, item) in spec
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for method in METHODS {
            if let Some(op) = item.get(method) {
                ops.push((method, path.as_str(), op));
            }
        }
    }
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <link rel=\"icon\" href=\"data:,\">\
         <title>{0} reference</title><style>{STYLE}</style></head><body>\
         <header><h1>{0} <small>{1}</small></h1><p>{2}</p>\
         <p>Machine-readable: <a style=\"color:#93c5fd\" href=\"/openapi.json\">/openapi.json</a> (OpenAPI 3.1)</p></header><main>\
         <h2>Operations ({3})</h2><nav>",
        esc(title),
        esc(version),
        esc(spec
            .pointer("/info/description")
            .and_then(Value::as_str)
            .unwrap_or("")),
        ops.len()
    );
    for (method, path, op) in &ops {
        let _ = write!(
            out,
            "<a href=\"#{}\">{} {}</a>",
            esc(anchor(op, path)),
            method.to_uppercase(),
            esc(path)
        );
    }
    out.push_str("</nav>");
    for (method, path, op) in &ops {
        operation_html(&mut out, method, path, op);
    }
    out.push_str("<h2>Schemas</h2>");
    let schemas = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    for (name, schema) in schemas.into_iter().flatten() {
        let _ = write!(
            out,
            "<section class=\"op\" id=\"schema-{0}\"><h3>{0}</h3>{1}</section>",
            esc(name),
            pre(schema)
        );
    }
    out.push_str("</main></body></html>");
    out
}

/// `GET /docs`: the API reference as one self-contained HTML page (no script, no CDN).
#[utoipa::path(
    get,
    path = "/docs",
    tag = "Operations",
    operation_id = "docs",
    responses((status = 200, description = "The API reference as HTML.", content_type = "text/html", body = String)),
)]
pub async fn docs() -> HttpResponse {
    static PAGE: OnceLock<String> = OnceLock::new();
    let page = PAGE.get_or_init(|| {
        let spec: Value = serde_json::from_str(spec_json()).unwrap_or(Value::Null);
        render(&spec)
    });
    HttpResponse::Ok()
        .content_type(ContentType::html())
        .body(page.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_is_rendered_and_text_is_escaped() {
        let spec: Value = serde_json::from_str(spec_json()).unwrap();
        let page = render(&spec);
        let operations: usize = spec["paths"]
            .as_object()
            .unwrap()
            .values()
            .map(|item| METHODS.iter().filter(|m| item.get(**m).is_some()).count())
            .sum();
        assert!(operations >= 20);
        let sections = page.matches("<section class=\"op\" id=\"").count();
        let schemas = spec["components"]["schemas"].as_object().unwrap().len();
        assert_eq!(sections, operations + schemas);
        assert!(!page.contains("<script"));
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
