//! Which of several same-named cities an ad means ("Valencia": Spain or Venezuela; "London":
//! England or Ontario): decided by the ad's other evidence — the country named in any language,
//! the city's region, the currency of the pay — and, when that evidence does not decide, left
//! open as alternatives for the recruiter to pick (a PATCH naming the place).

use super::text::padded;
use crate::taxonomy::{City, LocationTaxonomy};

/// A same-named city counts as a possible meaning from this population on (Paris, Texas, with
/// 25,000 people, is not what an ad saying "Paris" means).
const MIN_ALTERNATIVE_POPULATION: u64 = 100_000;

/// Currency words and signs, with the countries whose pay they name.
const CURRENCIES: &[(&[&str], &[&str])] = &[
    (
        &["€", "eur", "euro", "euros", "euro's"],
        &[
            "AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU",
            "LV", "MT", "NL", "PT", "SI", "SK",
        ],
    ),
    (&["£", "gbp"], &["GB"]),
    (&["cad", "c$", "ca$"], &["CA"]),
    (&["usd", "us$"], &["US"]),
    (&["aud", "a$"], &["AU"]),
    (&["chf"], &["CH"]),
    (&["zł", "pln"], &["PL"]),
    (&["r$", "brl", "reais"], &["BR"]),
    (&["ars"], &["AR"]),
    (&["mxn"], &["MX"]),
    (&["bolívares", "bolivares", "ves"], &["VE"]),
    (&["₹", "inr"], &["IN"]),
];

/// The cities `city`'s name could mean besides it, when the written place names only the city.
pub(crate) fn same_named<'t>(
    locs: &'t LocationTaxonomy,
    city: &City,
    written: &str,
) -> Vec<&'t City> {
    // "Valencia, Spain", "London, ON": the text already says which
    if written.split([',', '(', '|', '/']).count() > 1 {
        return Vec::new();
    }
    let mut out: Vec<&City> = Vec::new();
    for c in locs.cities_named(&city.name) {
        let distinct = c.country_code != city.country_code
            && !out.iter().any(|o| o.country_code == c.country_code);
        if distinct && c.population >= MIN_ALTERNATIVE_POPULATION {
            out.push(c);
        }
    }
    out
}

/// How strongly the ad's text points at `city`'s country: its name in any language (3), the
/// city's region (2), the currency of its pay (2).
pub(crate) fn evidence_for(locs: &LocationTaxonomy, city: &City, ad_text: &str) -> u32 {
    let p = padded(ad_text);
    let has = |w: &str| {
        let n = padded(w);
        n.trim().len() >= 2 && p.contains(n.as_str())
    };
    let mut score = 0;
    if let Some(country) = locs.country(&city.country_code) {
        let named = std::iter::once(&country.name)
            .chain(country.names.iter())
            .any(|n| n.chars().count() >= 4 && has(n));
        if named {
            score += 3;
        }
    }
    if let Some(region) = &city.admin1
        && !padded(region).eq(&padded(&city.name))
        && has(region)
    {
        score += 2;
    }
    let lower = ad_text.to_lowercase();
    let paid_in = CURRENCIES.iter().any(|(signs, countries)| {
        countries.contains(&city.country_code.as_str())
            && signs.iter().any(|s| {
                if s.chars().all(char::is_alphabetic) {
                    has(s)
                } else {
                    lower.contains(s)
                }
            })
    });
    if paid_in {
        score += 2;
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::Taxonomy;

    fn city<'t>(locs: &'t LocationTaxonomy, name: &str, cc: &str) -> &'t City {
        locs.city(name, Some(cc)).unwrap()
    }

    #[test]
    fn same_named_cities_of_other_countries() {
        let locs = Taxonomy::bundled().locations();
        let valencia_ve = city(locs, "Valencia", "VE");
        let others: Vec<&str> = same_named(locs, valencia_ve, "Valencia")
            .iter()
            .map(|c| c.country_code.as_str())
            .collect();
        assert!(others.contains(&"ES"), "{others:?}");
        assert!(
            !others.contains(&"EC"),
            "Valencia, Ecuador is too small: {others:?}"
        );
        assert!(same_named(locs, valencia_ve, "Valencia, Carabobo").is_empty());
        let paris = city(locs, "Paris", "FR");
        assert!(
            same_named(locs, paris, "Paris").is_empty(),
            "Paris, Texas is too small"
        );
    }

    #[test]
    fn evidence_is_country_words_region_and_currency() {
        let locs = Taxonomy::bundled().locations();
        let es = city(locs, "Valencia", "ES");
        let ve = city(locs, "Valencia", "VE");
        let euros = "Salario de 24.000 a 28.000 € brutos anuales.";
        assert!(evidence_for(locs, es, euros) > evidence_for(locs, ve, euros));
        let named = "Empresa líder en Venezuela, sede en Carabobo.";
        assert!(evidence_for(locs, ve, named) > evidence_for(locs, es, named));
        let silent = "Buscamos electricista con experiencia.";
        assert_eq!(
            evidence_for(locs, es, silent),
            evidence_for(locs, ve, silent)
        );
    }
}
