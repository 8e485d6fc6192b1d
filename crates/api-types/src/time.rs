//! The contract's timestamp format, for `#[serde(with = …)]`.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serializer};

/// RFC 3339, UTC, milliseconds: `2026-01-01T00:00:00.000Z`.
pub fn rfc3339_millis(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A required timestamp: written with milliseconds, read from any RFC 3339 form.
pub mod millis {
    use super::*;

    /// Writes `2026-01-01T00:00:00.000Z`.
    pub fn serialize<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&rfc3339_millis(*at))
    }

    /// Reads any RFC 3339 timestamp.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        DateTime::<Utc>::deserialize(d)
    }
}

/// An optional timestamp: `null` when absent, otherwise as [`millis`].
pub mod millis_opt {
    use super::*;

    /// Writes `null` or `2026-01-01T00:00:00.000Z`.
    pub fn serialize<S: Serializer>(at: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => s.serialize_str(&rfc3339_millis(*at)),
            None => s.serialize_none(),
        }
    }

    /// Reads `null` or any RFC 3339 timestamp.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        Option::<DateTime<Utc>>::deserialize(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct At {
        #[serde(with = "millis")]
        at: DateTime<Utc>,
        #[serde(with = "millis_opt")]
        maybe: Option<DateTime<Utc>>,
    }

    #[test]
    fn writes_millis_and_reads_any_rfc3339() {
        let at = DateTime::parse_from_rfc3339("2026-01-01T00:00:00.123456Z")
            .unwrap()
            .with_timezone(&Utc);
        let json = serde_json::to_string(&At { at, maybe: None }).unwrap();
        assert_eq!(json, r#"{"at":"2026-01-01T00:00:00.123Z","maybe":null}"#);
        let read: At = serde_json::from_str(
            r#"{"at":"2026-01-01T01:00:00+01:00","maybe":"2026-01-02T00:00:00Z"}"#,
        )
        .unwrap();
        assert_eq!(rfc3339_millis(read.at), "2026-01-01T00:00:00.000Z");
        assert_eq!(
            read.maybe.map(rfc3339_millis).as_deref(),
            Some("2026-01-02T00:00:00.000Z")
        );
    }
}
