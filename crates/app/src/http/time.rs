//! The contract's timestamp format.

use chrono::{DateTime, SecondsFormat, Utc};

/// RFC 3339, UTC, milliseconds: `2026-01-01T00:00:00.000Z`.
pub fn rfc3339_millis(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_millis_and_z() {
        let at = DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(rfc3339_millis(at), "2026-01-01T00:00:00.000Z");
    }
}
