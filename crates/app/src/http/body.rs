//! Reading JSON bodies with a size limit and contract-shaped validation errors.

use actix_web::HttpRequest;
use actix_web::http::header::CONTENT_LENGTH;
use actix_web::web;
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use serde_json::json;

use crate::http::errors::ApiError;

/// Reads the whole body, refusing more than `limit` bytes with 413.
pub async fn read_limited(
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
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|_| ApiError::invalid_payload("The request body could not be read."))?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::payload_too_large(limit));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
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
}
