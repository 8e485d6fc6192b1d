//! The `Retry-After` header, in either of its two forms (RFC 9110 §10.2.3).

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};

/// The wait a server asked for, as of `now`: delay-seconds, or an HTTP-date (a date already
/// past asks for no wait). `None` when the header is absent or unreadable.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static(value));
        headers
    }

    fn at(secs: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn seconds_are_read_with_surrounding_space() {
        let now = at(0);
        assert_eq!(
            retry_after(&headers(" 7 "), now),
            Some(Duration::from_secs(7))
        );
        assert_eq!(retry_after(&headers("0"), now), Some(Duration::ZERO));
    }

    #[test]
    fn an_http_date_is_the_time_left_until_it() {
        // Sun, 06 Nov 1994 08:49:37 GMT is 784111777 s after the epoch.
        let now = at(784_111_777 - 90);
        for form in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            assert_eq!(
                retry_after(&headers(form), now),
                Some(Duration::from_secs(90)),
                "{form}"
            );
        }
    }

    #[test]
    fn a_past_date_asks_for_no_wait() {
        let now = at(784_111_777 + 5);
        assert_eq!(
            retry_after(&headers("Sun, 06 Nov 1994 08:49:37 GMT"), now),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn absent_negative_or_garbage_is_none() {
        assert_eq!(retry_after(&HeaderMap::new(), at(0)), None);
        assert_eq!(retry_after(&headers("-3"), at(0)), None);
        assert_eq!(retry_after(&headers("soon"), at(0)), None);
        assert_eq!(retry_after(&headers("1.5"), at(0)), None);
    }
}
