//! The People-Data-Labs-style person enrich exchange: the request's query string and what a
//! 200 answer yields.
//!
//! `GET {base}/v5/person/enrich?name=…&company=…&profile=…` with `X-Api-Key`; a match is
//! `{"status": 200, "likelihood": 1–10, "data": {"work_email": "…", "emails": [{"address",
//! "type"}], …}}` (fields the plan does not include may be `true` or `null`: ignored), no
//! match is a 404.

use reqwest::Url;
use serde_json::Value;
use sourcing_domain::ports::DiscoveredEmail;
use sourcing_domain::profile::Profile;

use crate::address::is_valid_address;
use crate::local::MAX_EMAILS;
use crate::name::{self, Conventions};
use crate::pattern::{EmailPattern, RECOGNISED};

/// The pattern named for a provider's address that follows none we know.
pub const PROVIDER_PATTERN: &str = "provider";

/// Confidence points each further address at the domain loses against the one before.
const FURTHER_ADDRESS_PENALTY: u8 = 20;

/// The enrich URL for a profile: its name, its company domain and, when known, its profile
/// URL (the strongest key a provider has).
pub(crate) fn request_url(endpoint: &Url, name: &str, domain: &str, profile: &Profile) -> Url {
    let mut url = endpoint.clone();
    {
        let mut query = url.query_pairs_mut();
        query.append_pair("name", name);
        query.append_pair("company", domain);
        if let Some(linkedin) = profile.linkedin_url.as_deref().map(str::trim)
            && !linkedin.is_empty()
        {
            query.append_pair("profile", linkedin);
        }
    }
    url
}

/// The work addresses of a 200 body at `domain`, best first: `work_email`, then professional
/// `emails`, then the rest; addresses elsewhere (personal mail) are dropped. Confidence is
/// the match likelihood L (1–10) as `10·L − 5` (a provider's match is never certain), each
/// further address 20 less.
///
/// # Errors
/// A description of why the body is not an enrich answer (not JSON, no `data` object, no
/// likelihood of 1–10).
pub(crate) fn parse_match(
    body: &[u8],
    domain: &str,
    profile: &Profile,
) -> Result<Vec<DiscoveredEmail>, String> {
    let value: Value =
        serde_json::from_slice(body).map_err(|e| format!("enrich body is not JSON: {e}"))?;
    let data = value
        .get("data")
        .filter(|d| d.is_object())
        .ok_or("enrich body has no data object")?;
    let likelihood = value
        .get("likelihood")
        .and_then(Value::as_u64)
        .filter(|l| (1..=10).contains(l))
        .ok_or("enrich body has no likelihood of 1-10")?;
    let mut confidence = u8::try_from(likelihood * 10 - 5).unwrap_or(95);

    let mut candidates: Vec<&str> = Vec::new();
    if let Some(work) = data.get("work_email").and_then(Value::as_str) {
        candidates.push(work);
    }
    let listed: Vec<(&str, &str)> = data
        .get("emails")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let address = e.get("address")?.as_str()?;
            Some((address, e.get("type").and_then(Value::as_str).unwrap_or("")))
        })
        .collect();
    for rank in ["current_professional", "professional"] {
        candidates.extend(listed.iter().filter(|(_, t)| *t == rank).map(|(a, _)| *a));
    }
    candidates.extend(
        listed
            .iter()
            .filter(|(_, t)| !matches!(*t, "current_professional" | "professional"))
            .map(|(a, _)| *a),
    );

    let mut emails: Vec<DiscoveredEmail> = Vec::new();
    for candidate in candidates {
        let address = candidate.trim().to_ascii_lowercase();
        let at_domain = address.rsplit_once('@').is_some_and(|(_, d)| d == domain);
        if !at_domain || !is_valid_address(&address) || emails.iter().any(|e| e.address == address)
        {
            continue;
        }
        emails.push(DiscoveredEmail {
            pattern: pattern_of(&address, profile),
            address,
            confidence,
        });
        confidence = confidence.saturating_sub(FURTHER_ADDRESS_PENALTY).max(1);
        if emails.len() == MAX_EMAILS {
            break;
        }
    }
    Ok(emails)
}

/// The pattern an address follows for the profile's name, or [`PROVIDER_PATTERN`]. Every
/// reading of the name is tried (umlauts expanded or not, either Spanish surname).
fn pattern_of(address: &str, profile: &Profile) -> String {
    let local = address.split('@').next().unwrap_or_default();
    let every_reading = Conventions {
        german_umlauts: true,
        paternal_surname_first: true,
    };
    let readings = name::readings(profile.name.as_deref().unwrap_or_default(), every_reading)
        .unwrap_or_default();
    RECOGNISED
        .iter()
        .filter_map(|p| p.parse::<EmailPattern>().ok())
        .find(|pattern| {
            readings
                .iter()
                .any(|r| pattern.local_part(r).as_deref() == Some(local))
        })
        .map_or_else(|| PROVIDER_PATTERN.to_owned(), |p| p.to_string())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn jose() -> Profile {
        Profile {
            profile_id: "p1".into(),
            name: Some("José Núñez".into()),
            company_domain: Some("acme.example".into()),
            linkedin_url: Some("https://linkedin.example/in/jose".into()),
            ..Profile::default()
        }
    }

    #[test]
    fn the_url_carries_name_company_and_profile() {
        let endpoint = Url::parse("http://127.0.0.1:9/v5/person/enrich").unwrap();
        let url = request_url(&endpoint, "José Núñez", "acme.example", &jose());
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:9/v5/person/enrich?name=Jos%C3%A9+N%C3%BA%C3%B1ez&company=acme.example&profile=https%3A%2F%2Flinkedin.example%2Fin%2Fjose"
        );
    }

    #[test]
    fn work_addresses_at_the_domain_best_first_with_their_patterns() {
        let body = json!({"status": 200, "likelihood": 8, "data": {
            "work_email": "Jose.Nunez@acme.example",
            "emails": [
                {"address": "jose@gmail.example", "type": "personal"},
                {"address": "x9@acme.example", "type": null},
                {"address": "jnunez@acme.example", "type": "professional"},
                {"address": "jose.nunez@acme.example", "type": "current_professional"},
                {"address": "not an address", "type": "professional"}
            ]
        }});
        let emails = parse_match(body.to_string().as_bytes(), "acme.example", &jose()).unwrap();
        let got: Vec<(&str, u8, &str)> = emails
            .iter()
            .map(|e| (e.address.as_str(), e.confidence, e.pattern.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("jose.nunez@acme.example", 75, "{first}.{last}"),
                ("jnunez@acme.example", 55, "{f}{last}"),
                ("x9@acme.example", 35, "provider"),
            ]
        );
    }

    #[test]
    fn plan_masked_fields_are_ignored_and_bad_bodies_refused() {
        let masked =
            json!({"status": 200, "likelihood": 10, "data": {"work_email": true, "emails": true}});
        assert_eq!(
            parse_match(masked.to_string().as_bytes(), "acme.example", &jose()),
            Ok(vec![])
        );
        for bad in [
            "<html>oops".to_owned(),
            json!({"status": 200, "likelihood": 8}).to_string(),
            json!({"status": 200, "likelihood": 0, "data": {}}).to_string(),
            json!({"status": 200, "likelihood": "high", "data": {}}).to_string(),
        ] {
            assert!(
                parse_match(bad.as_bytes(), "acme.example", &jose()).is_err(),
                "{bad}"
            );
        }
    }
}
