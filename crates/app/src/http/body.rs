//! Reading JSON bodies with a size limit, a JSON media type and contract-shaped validation
//! errors.

use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
use actix_web::{HttpRequest, mime, web};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use serde_json::json;

use crate::http::errors::ApiError;

/// Whether a `Content-Type` value declares JSON: `application/json` or any `application/*+json`
/// (case-insensitive, parameters allowed), in UTF-8 if a charset is given (RFC 8259).
pub fn is_json_media_type(value: &HeaderValue) -> bool {
    let Some(parsed) = value
        .to_str()
        .ok()
        .and_then(|v| v.parse::<mime::Mime>().ok())
    else {
        return false;
    };
    let json = parsed.type_() == mime::APPLICATION
        && (parsed.subtype() == mime::JSON || parsed.suffix() == Some(mime::JSON));
    let utf8 = parsed
        .get_param(mime::CHARSET)
        .is_none_or(|charset| charset.as_str().eq_ignore_ascii_case("utf-8"));
    json && utf8
}

/// 415 `UNSUPPORTED_MEDIA_TYPE` (our addition to the contract's codes).
fn unsupported_media_type() -> ApiError {
    ApiError::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "UNSUPPORTED_MEDIA_TYPE",
        "The request body must be JSON: send `Content-Type: application/json`.",
    )
}

/// What a handler may read of a request body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyLimits {
    /// Largest body (413 beyond).
    pub bytes: usize,
    /// Longest wait for the whole body (408 beyond): a client sending headers and part of a
    /// body then nothing would otherwise hold the connection and the handler forever.
    pub timeout: std::time::Duration,
}

/// Reads the whole body within `limits.timeout`, refusing more than `limits.bytes` with 413,
/// a stalled body with 408 (the connection is then closed), and a body that is not declared as
/// JSON with 415 (a declared other type at once; no `Content-Type` only when a body came, so
/// bodiless calls still reach their own checks).
pub async fn read_limited(
    req: &HttpRequest,
    payload: web::Payload,
    limits: BodyLimits,
) -> Result<web::Bytes, ApiError> {
    tokio::time::timeout(limits.timeout, read_within(req, payload, limits.bytes))
        .await
        .unwrap_or_else(|_| Err(ApiError::request_timeout()))
}

async fn read_within(
    req: &HttpRequest,
    mut payload: web::Payload,
    limit: usize,
) -> Result<web::Bytes, ApiError> {
    let declared = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(ApiError::payload_too_large(limit));
    }
    let content_type = req.headers().get(CONTENT_TYPE);
    if content_type.is_some_and(|v| !is_json_media_type(v)) {
        return Err(unsupported_media_type());
    }
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|_| ApiError::invalid_payload("The request body could not be read."))?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::payload_too_large(limit));
        }
        body.extend_from_slice(&chunk);
    }
    if content_type.is_none() && !body.is_empty() {
        return Err(unsupported_media_type());
    }
    Ok(body.freeze())
}

/// Reads a body that must be one JSON object and parses it into `T`; also returns the object
/// as read (the idempotency hash needs it). 413 and 415 first, then 400 for anything else.
pub async fn read_json_object<T: DeserializeOwned>(
    req: &HttpRequest,
    payload: web::Payload,
    limits: BodyLimits,
) -> Result<(serde_json::Value, T), ApiError> {
    let bytes = read_limited(req, payload, limits).await?;
    let raw: serde_json::Value = parse_json(&bytes)?;
    if !raw.is_object() {
        return Err(ApiError::invalid_payload(
            "The request body must be a JSON object.",
        ));
    }
    let body: T = parse_json(&bytes)?;
    Ok((raw, body))
}

/// An optional `webhookId` field: absent, or a UUID (400 naming the field otherwise).
pub fn parse_webhook_id(raw: Option<&str>) -> Result<Option<uuid::Uuid>, ApiError> {
    raw.map(|id| {
        uuid::Uuid::parse_str(id)
            .map_err(|_| ApiError::invalid_fields(json!({ "webhookId": "must be a UUID" })))
    })
    .transpose()
}

/// Parses a JSON object body; type errors name the offending field.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::invalid_payload("A JSON object body is required."));
    }
    if std::str::from_utf8(bytes).is_err() {
        return Err(ApiError::invalid_payload(
            "The request body is not valid UTF-8.",
        ));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        if inner.is_syntax() || inner.is_eof() || path == "." {
            ApiError::invalid_payload(format!("Malformed JSON: {inner}."))
        } else {
            ApiError::invalid_fields(json!({ path: inner.to_string() }))
        }
    })?;
    de.end()
        .map_err(|e| ApiError::invalid_payload(format!("Malformed JSON: {e}.")))?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        title: String,
        limit: Option<u32>,
    }

    #[test]
    fn classifies_failures() {
        let err = parse_json::<Body>(b"{\"title\": ").unwrap_err();
        assert!(err.message.starts_with("Malformed JSON"));
        assert!(err.details.is_none());
        let err = parse_json::<Body>(br#"{"title": "x", "limit": "ten"}"#).unwrap_err();
        assert_eq!(err.code, "INVALID_PAYLOAD");
        assert!(
            err.details.unwrap()["fields"]["limit"]
                .as_str()
                .unwrap()
                .contains("invalid type")
        );
        assert!(parse_json::<Body>(b"").is_err());
        assert!(
            parse_json::<Body>(&[0xff, 0xfe, b'{'])
                .unwrap_err()
                .message
                .contains("UTF-8")
        );
        assert!(parse_json::<Body>(br#"{"title": "x"} trailing"#).is_err());
        assert!(parse_json::<Body>(br#"{"title": "x"}"#).is_ok());
    }

    #[test]
    fn only_json_media_types_count_as_json() {
        for json in [
            "application/json",
            "Application/JSON",
            "application/json; charset=utf-8",
            "application/json;charset=UTF-8",
            "application/merge-patch+json",
            "application/vnd.api+json; charset=utf-8",
        ] {
            assert!(
                is_json_media_type(&HeaderValue::from_static(json)),
                "{json}"
            );
        }
        for other in [
            "text/plain",
            "text/json",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/jsonp",
            "application/json; charset=latin1",
            "application/xml",
            "json",
            "",
        ] {
            assert!(
                !is_json_media_type(&HeaderValue::from_static(other)),
                "{other}"
            );
        }
    }
}
