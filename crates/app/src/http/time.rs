//! The contract's timestamp format (defined once, with the wire bodies).

pub use sourcing_api_types::time::rfc3339_millis;

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    #[test]
    fn formats_with_millis_and_z() {
        let at = DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(rfc3339_millis(at), "2026-01-01T00:00:00.000Z");
    }
}
