//! Company domains and address syntax (RFC 5321 limits, the dot-atom subset mail systems
//! generate: lowercase letters, digits, `.`, `_`, `-`, `+`).

/// The mail domain of a profile's `company_domain`: lowercase, without a scheme, `www.`,
/// port, path or trailing dot. `None` if what is left is not a domain name (one label, bad
/// characters, an IP address, non-ASCII).
pub fn normalize_domain(raw: &str) -> Option<String> {
    let mut text = raw.trim().to_ascii_lowercase();
    for scheme in ["https://", "http://"] {
        if let Some(rest) = text.strip_prefix(scheme) {
            text = rest.to_owned();
        }
    }
    let host = text
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .rsplit('@')
        .next()
        .unwrap_or_default()
        .split(':')
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    let host = host.strip_prefix("www.").unwrap_or(host);
    is_valid_domain(host).then(|| host.to_owned())
}

/// A lowercase ASCII domain of at least two labels whose top label is not numeric.
pub fn is_valid_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|label| {
            (1..=63).contains(&label.len())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        && labels
            .last()
            .is_some_and(|tld| !tld.bytes().all(|b| b.is_ascii_digit()))
}

/// A lowercase address whose local part is a dot-atom of at most 64 characters and whose
/// domain is valid, 254 characters at most in all.
pub fn is_valid_address(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    address.len() <= 254
        && (1..=64).contains(&local.len())
        && local.split('.').all(|atom| {
            !atom.is_empty()
                && atom.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-' | b'+')
                })
        })
        && is_valid_domain(domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_normalised_or_refused() {
        let cases = [
            ("acme.example", Some("acme.example")),
            ("  ACME.Example. ", Some("acme.example")),
            ("https://www.acme.example/about?x=1", Some("acme.example")),
            ("http://acme.co.uk:8080", Some("acme.co.uk")),
            ("jane@acme.example", Some("acme.example")),
            ("xn--mnchen-3ya.example", Some("xn--mnchen-3ya.example")),
            ("acme", None),
            ("", None),
            ("acme..example", None),
            ("-acme.example", None),
            ("acme_corp.example", None),
            ("münchen.example", None),
            ("10.0.0.1", None),
            ("acme example.com", None),
        ];
        for (raw, expected) in cases {
            assert_eq!(normalize_domain(raw).as_deref(), expected, "{raw:?}");
        }
    }

    #[test]
    fn address_syntax() {
        let long_local = format!("{}@acme.example", "a".repeat(65));
        for good in [
            "jane.doe@acme.example",
            "j_doe-2@acme.co.uk",
            "jane+x@a.test",
        ] {
            assert!(is_valid_address(good), "{good}");
        }
        for bad in [
            "jane.doe",
            "@acme.example",
            ".jane@acme.example",
            "jane.@acme.example",
            "jane..doe@acme.example",
            "Jane@acme.example",
            "jané@acme.example",
            "jane@acme",
            "jane doe@acme.example",
            "a@b@acme.example",
            long_local.as_str(),
        ] {
            assert!(!is_valid_address(bad), "{bad}");
        }
    }
}
