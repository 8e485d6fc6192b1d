//! Dates of positions: parsing `YYYY-MM` / `YYYY-MM-DD`, month spans and LinkedIn-style
//! durations ("2 yrs 3 mos").

use chrono::{Datelike, NaiveDate};

/// A calendar month as a running count (`year * 12 + month - 1`).
pub(crate) type Month = i32;

/// Parses `YYYY-MM` or `YYYY-MM-DD` (or `YYYY`) into a month count.
pub(crate) fn parse_month(s: &str) -> Option<Month> {
    let mut parts = s.trim().split('-');
    let year: i32 = parts.next()?.trim().parse().ok()?;
    let month: i32 = match parts.next() {
        Some(m) => m.trim().parse().ok()?,
        None => 1,
    };
    if !(1..=12).contains(&month) || !(1900..=2200).contains(&year) {
        return None;
    }
    Some(year * 12 + month - 1)
}

/// The month of `date`.
pub(crate) fn month_of(date: NaiveDate) -> Month {
    date.year() * 12 + date.month0() as i32
}

/// Formats a month count as `YYYY-MM`.
pub(crate) fn format_month(m: Month) -> String {
    format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1)
}

/// Inclusive number of months from `start` to `end` (or `today` while current); `None` when the
/// start is missing or unreadable.
pub(crate) fn months(start: Option<&str>, end: Option<&str>, today: NaiveDate) -> Option<i32> {
    let s = parse_month(start?)?;
    let e = match end {
        Some(e) => parse_month(e)?,
        None => month_of(today),
    };
    Some((e - s + 1).max(0))
}

/// "2 yrs 3 mos", "1 yr", "5 mos", "less than a month"; empty when the dates are unknown.
#[must_use]
pub fn duration(start: Option<&str>, end: Option<&str>, today: NaiveDate) -> String {
    match months(start, end, today) {
        Some(m) => format_months(m),
        None => String::new(),
    }
}

/// Formats a number of months the LinkedIn way.
pub(crate) fn format_months(m: i32) -> String {
    let (y, mo) = (m / 12, m % 12);
    let years = match y {
        0 => String::new(),
        1 => "1 yr".to_owned(),
        n => format!("{n} yrs"),
    };
    let months = match mo {
        0 => String::new(),
        1 => "1 mo".to_owned(),
        n => format!("{n} mos"),
    };
    match (years.is_empty(), months.is_empty()) {
        (true, true) => "less than a month".to_owned(),
        (false, true) => years,
        (true, false) => months,
        (false, false) => format!("{years} {months}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn formats_durations() {
        let today = day(2025, 6, 15);
        assert_eq!(
            duration(Some("2020-01"), Some("2022-03"), today),
            "2 yrs 3 mos"
        );
        assert_eq!(duration(Some("2024-06-01"), None, today), "1 yr 1 mo");
        assert_eq!(duration(Some("2025-02"), Some("2025-02"), today), "1 mo");
        assert_eq!(duration(Some("2023-07"), Some("2024-06"), today), "1 yr");
        assert_eq!(duration(None, None, today), "");
        assert_eq!(duration(Some("garbage"), None, today), "");
    }
}
