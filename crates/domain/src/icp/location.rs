//! Location targeting: resolves the ad's location into a city, region and country, the names
//! profiles use for them, the work mode, and regional remote limits ("Remote (EU)").

use super::text::{contains_norm, norm, padded, push_unique, tokens};
use super::{LocationTarget, PlaceAlternative, place_evidence};
use crate::taxonomy::{City, LocationTaxonomy, ResolvedLocation, Taxonomy, WorkMode};

/// Common exonyms that GeoNames spells differently from how people write them.
const EXONYMS: &[(&str, &[&str])] = &[
    ("Munich", &["München", "Muenchen"]),
    ("Cologne", &["Köln", "Koeln"]),
    ("Nuremberg", &["Nürnberg", "Nuernberg"]),
    ("Düsseldorf", &["Duesseldorf", "Dusseldorf"]),
    ("Frankfurt am Main", &["Frankfurt"]),
    ("Vienna", &["Wien"]),
    ("Zurich", &["Zürich", "Zuerich"]),
    ("Geneva", &["Genève", "Genf"]),
    ("Prague", &["Praha", "Prag"]),
    ("Warsaw", &["Warszawa", "Warschau"]),
    ("Kraków", &["Krakow", "Cracow"]),
    ("Lisbon", &["Lisboa", "Lissabon"]),
    ("Rome", &["Roma", "Rom"]),
    ("Milan", &["Milano", "Mailand"]),
    ("Turin", &["Torino"]),
    ("Naples", &["Napoli"]),
    ("Florence", &["Firenze"]),
    ("Seville", &["Sevilla"]),
    ("Copenhagen", &["København", "Kopenhagen"]),
    ("Gothenburg", &["Göteborg"]),
    ("Brussels", &["Bruxelles", "Brussel", "Brüssel"]),
    ("The Hague", &["Den Haag"]),
    ("Bengaluru", &["Bangalore"]),
    ("Mumbai", &["Bombay"]),
    ("New York City", &["New York", "NYC"]),
    ("San Francisco", &["SF", "Bay Area"]),
    ("Moscow", &["Moskva", "Moskau"]),
    ("Athens", &["Athina", "Athen"]),
    ("Bucharest", &["București", "Bukarest"]),
    ("Mexico City", &["Ciudad de México", "CDMX"]),
    ("São Paulo", &["Sao Paulo"]),
];

/// Metropolitan areas and regions people name as a place: (names, the city at its centre,
/// its country, the radius that covers it in km). A metro is a place, never a work mode.
const METROS: &[(&[&str], &str, &str, u32)] = &[
    (
        &["bay area", "san francisco bay area", "silicon valley"],
        "San Francisco",
        "US",
        80,
    ),
    (&["greater london", "london area"], "London", "GB", 50),
    (&["randstad"], "Amsterdam", "NL", 70),
    (
        &["ruhr", "ruhrgebiet", "ruhr area", "ruhr valley"],
        "Essen",
        "DE",
        50,
    ),
    (
        &["ile de france", "paris region", "region parisienne"],
        "Paris",
        "FR",
        60,
    ),
    (&["greater boston"], "Boston", "US", 50),
    (&["greater seattle", "seattle area"], "Seattle", "US", 50),
    (&["greater toronto area", "gta"], "Toronto", "CA", 60),
    (
        &["rhein main", "rhine main", "rhein main gebiet"],
        "Frankfurt am Main",
        "DE",
        50,
    ),
    (&["oresund", "greater copenhagen"], "Copenhagen", "DK", 50),
];

/// The metro a text names, if any.
fn metro(text: &str) -> Option<(&'static str, &'static str, u32)> {
    let p = padded(text);
    METROS
        .iter()
        .find(|(names, ..)| names.iter().any(|n| contains_norm(&p, n)))
        .map(|(_, city, cc, km)| (*city, *cc, *km))
}

/// The text without work-mode words ("remote in Germany" → "Germany", "hybrid Munich" →
/// "Munich"), so the place in it resolves.
fn without_mode_words(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "remote"
                    | "hybrid"
                    | "onsite"
                    | "on-site"
                    | "in"
                    | "from"
                    | "based"
                    | "only"
                    | "-"
                    | ""
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text without the names of regions ("Remote (EU/EEA)" → "Remote ( / )").
fn without_region_words(text: &str) -> String {
    text.split_inclusive(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            let word = norm(w);
            word.is_empty()
                || !REGIONS.iter().any(|(names, _)| {
                    names
                        .iter()
                        .any(|n| *n == word && !matches!(*n, "us" | "usa" | "uk" | "united states"))
                })
        })
        .collect()
}

/// Work-mode phrases the taxonomy's vocabulary misses, checked first: partial home office is
/// hybrid ("télétravail partiel", "deux jours de télétravail"), feminine forms ("modalidad
/// híbrida", "modalità ibrida"), "werken op locatie".
fn local_work_mode(text: &str) -> Option<WorkMode> {
    let p = padded(text);
    const HYBRID: &[&str] = &[
        "teletravail partiel",
        "jours de teletravail",
        "jour de teletravail",
        "jours par semaine en teletravail",
        "hibrida",
        "ibrida",
        "hybrides arbeiten",
        "hybrides",
        "modelo hibrido",
        "deels thuiswerken",
        "gedeeltelijk thuiswerken",
        "hybride werken",
    ];
    const ONSITE: &[&str] = &[
        "op locatie",
        "werken op locatie",
        "in der filiale",
        "vor ort im",
        "sur place",
        "en el centro",
    ];
    if HYBRID.iter().any(|h| contains_norm(&p, h)) {
        Some(WorkMode::Hybrid)
    } else if ONSITE.iter().any(|h| contains_norm(&p, h)) {
        Some(WorkMode::Onsite)
    } else {
        None
    }
}

/// Remote regions and their ISO country codes.
const REGIONS: &[(&[&str], &[&str])] = &[
    (
        &["eu", "europe", "european union", "europa"],
        &[
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB",
            "CH", "NO", "IS",
        ],
    ),
    (
        &["emea"],
        &[
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB",
            "CH", "NO", "IS", "AE", "SA", "QA", "IL", "TR", "EG", "MA", "ZA", "NG", "KE",
        ],
    ),
    (&["dach"], &["DE", "AT", "CH"]),
    (&["benelux"], &["BE", "NL", "LU"]),
    (
        &["eea"],
        &[
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
            "LI", "NO",
        ],
    ),
    (
        &["mena"],
        &[
            "AE", "SA", "QA", "KW", "BH", "OM", "EG", "JO", "LB", "MA", "TN", "DZ", "IL", "TR",
        ],
    ),
    (&["nordics", "scandinavia"], &["DK", "FI", "NO", "SE", "IS"]),
    (&["us", "usa", "united states"], &["US"]),
    (&["north america"], &["US", "CA"]),
    (
        &["latam", "latin america"],
        &["MX", "BR", "AR", "CO", "CL", "PE", "UY"],
    ),
    (&["uk"], &["GB"]),
    (
        &["apac"],
        &["AU", "NZ", "SG", "IN", "JP", "KR", "HK", "PH", "MY", "ID"],
    ),
];

/// Segments of the title or description that name a place ("… in München", "Location: Berlin").
fn place_hints(title: &str, description: &str) -> Vec<String> {
    let mut out = Vec::new();
    for sep in [" in ", " In ", " – ", " - ", " | ", " @ "] {
        if let Some((_, tail)) = title.rsplit_once(sep) {
            out.push(tail.trim().to_owned());
        }
    }
    for line in description.lines() {
        let l = line.trim();
        if let Some((head, tail)) = l.split_once(':') {
            let h = norm(head);
            if matches!(
                h.as_str(),
                "location"
                    | "standort"
                    | "ort"
                    | "arbeitsort"
                    | "lieu"
                    | "ubicacion"
                    | "based in"
                    | "sede"
                    | "locatie"
                    | "where"
            ) {
                out.push(tail.trim().to_owned());
            }
        }
    }
    out
}

/// Countries of the remote region named in `text` ("Remote (EU)" → EU codes).
fn remote_region(text: &str) -> Vec<String> {
    let p = padded(text);
    let mut codes = Vec::new();
    for (names, cc) in REGIONS {
        if names.iter().any(|n| p.contains(&format!(" {n} "))) {
            for c in *cc {
                push_unique(&mut codes, *c);
            }
        }
    }
    codes
}

/// Builds the location target of an ad, or `None` when the ad names no place nor work mode.
pub(crate) fn target(
    location: Option<&str>,
    title: &str,
    description: &str,
    taxonomy: &Taxonomy,
) -> Option<LocationTarget> {
    let locs = taxonomy.locations();
    let mut candidates: Vec<String> = Vec::new();
    if let Some(l) = location.filter(|l| !l.trim().is_empty()) {
        candidates.push(l.to_owned());
    }
    candidates.extend(place_hints(title, description));
    let raw = candidates.first().cloned();
    let mode_of = |text: &str| local_work_mode(text).or_else(|| locs.detect_work_mode(text));
    let mode = location
        .and_then(mode_of)
        .or_else(|| mode_of(title))
        .or_else(|| mode_of(description));
    // a metro ("San Francisco Bay Area", "Randstad") is its central city with a wider radius
    let metro = candidates.iter().find_map(|c| metro(c));
    let candidates = resolvable_candidates(candidates, metro);
    let resolved = candidates.iter().find_map(|c| {
        // "Remote (EU)": the region is not a place
        let r = locs.resolve(c)?;
        Some((c.clone(), r))
    });
    let remote_countries = if mode == Some(WorkMode::Remote) {
        raw.as_deref().map(remote_region).unwrap_or_default()
    } else {
        Vec::new()
    };
    let (written, resolved) = match resolved {
        Some((w, r)) if remote_countries.is_empty() || r.city.is_some() => (Some(w), Some(r)),
        _ => (None, None),
    };
    if resolved.is_none() && mode.is_none() {
        return None;
    }
    let ad_text = format!("{title}\n{description}");
    let (resolved, alternatives) = disambiguate(locs, resolved, written.as_deref(), &ad_text);
    let mut t = LocationTarget {
        raw: raw.unwrap_or_default(),
        city: None,
        region: None,
        country: None,
        country_code: None,
        variants: Vec::new(),
        work_mode: mode,
        remote_countries,
        region_countries: Vec::new(),
        alternatives,
        city_only: false,
        radius_km: super::DEFAULT_NEARBY_RADIUS_KM,
    };
    // a market named in the title or location ("Head of Sales DACH", "Zürich (DACH)")
    if mode != Some(WorkMode::Remote) {
        let named = format!("{title} | {}", location.unwrap_or(""));
        t.region_countries = remote_region(&named);
    }
    if let Some((_, _, km)) = metro {
        t.radius_km = t.radius_km.max(km);
    }
    if let Some(r) = resolved {
        if let Some(city) = &r.city {
            t.city = Some(city.name.clone());
            t.region = city.admin1.clone();
            push_city_variants(&mut t.variants, locs, city, written.as_deref());
        }
        if let Some(c) = &r.country {
            t.country = Some(c.name.clone());
            t.country_code = Some(c.code.clone());
        }
    }
    Some(t)
}

/// The place texts worth resolving, in order: a metro's central city first, region words
/// dropped, then each text again without its work-mode words.
fn resolvable_candidates(
    mut candidates: Vec<String>,
    metro: Option<(&str, &str, u32)>,
) -> Vec<String> {
    if let Some((city, cc, _)) = metro {
        candidates.insert(0, format!("{city}, {cc}"));
    }
    // "Remote (APAC)": a region word is no city (there is an Apac in Uganda)
    candidates = candidates
        .into_iter()
        .map(|c| without_region_words(&c))
        .filter(|c| !c.trim().is_empty())
        .collect();
    let stripped: Vec<String> = candidates
        .iter()
        .map(|c| without_mode_words(c))
        .filter(|c| !c.is_empty() && !candidates.contains(c))
        .collect();
    candidates.extend(stripped);
    candidates
}

/// Adds the names profiles use for `city`: the ad's own spelling, the GeoNames name, common
/// exonyms and the transliterations GeoNames lists.
fn push_city_variants(
    variants: &mut Vec<String>,
    locs: &LocationTaxonomy,
    city: &City,
    written: Option<&str>,
) {
    // the spelling the ad used first ("München"), then the GeoNames name
    if let Some(w) = written {
        for seg in w
            .split([',', '(', ')', '|', '/', '–'])
            .flat_map(|s| s.split(" - "))
        {
            let seg = seg.trim();
            if seg.chars().count() >= 4
                && locs
                    .city(seg, Some(&city.country_code))
                    .is_some_and(|c| c.name == city.name)
            {
                push_unique(variants, seg);
                break;
            }
        }
    }
    push_unique(variants, city.name.clone());
    for (name, others) in EXONYMS {
        let n = norm(name);
        if n == norm(&city.name) || others.iter().any(|o| norm(o) == norm(&city.name)) {
            push_unique(variants, *name);
            for o in *others {
                push_unique(variants, *o);
            }
        }
    }
    // transliterated spellings GeoNames lists ("Muenchen")
    let base = tokens(&city.name).join(" ");
    for alt in &city.alternate_names {
        let a = norm(alt);
        if alt.is_ascii() && a != base && variants.iter().any(|v| translit(v) == a) {
            push_unique(variants, alt.clone());
        }
    }
}

/// The city a place name means when several countries have one of that name: the one the ad's
/// other evidence points at ([`place_evidence::evidence_for`]), else the most populous, with the
/// others it could still mean as alternatives.
fn disambiguate<'t>(
    locs: &'t LocationTaxonomy,
    resolved: Option<ResolvedLocation<'t>>,
    written: Option<&str>,
    ad_text: &str,
) -> (Option<ResolvedLocation<'t>>, Vec<PlaceAlternative>) {
    let Some(mut r) = resolved else {
        return (None, Vec::new());
    };
    let (Some(city), Some(written)) = (r.city, written) else {
        return (Some(r), Vec::new());
    };
    let others = place_evidence::same_named(locs, city, written);
    if others.is_empty() {
        return (Some(r), Vec::new());
    }
    let all: Vec<&City> = std::iter::once(city).chain(others).collect();
    let scores: Vec<u32> = all
        .iter()
        .map(|c| place_evidence::evidence_for(locs, c, ad_text))
        .collect();
    let best = scores.iter().copied().max().unwrap_or(0);
    let winners: Vec<&City> = all
        .iter()
        .zip(&scores)
        .filter(|(_, s)| **s == best)
        .map(|(c, _)| *c)
        .collect();
    let chosen = winners[0];
    r.city = Some(chosen);
    r.country = locs.country(&chosen.country_code);
    let alternatives = winners[1..]
        .iter()
        .map(|c| PlaceAlternative {
            city: c.name.clone(),
            region: c.admin1.clone(),
            country: locs.country(&c.country_code).map(|k| k.name.clone()),
            country_code: c.country_code.clone(),
        })
        .collect();
    (Some(r), alternatives)
}

/// German-style transliteration of umlauts, folded ("München" → "muenchen").
fn translit(s: &str) -> String {
    let replaced: String = s
        .chars()
        .map(|c| match c {
            'ä' | 'Ä' => "ae".to_owned(),
            'ö' | 'Ö' => "oe".to_owned(),
            'ü' | 'Ü' => "ue".to_owned(),
            other => other.to_string(),
        })
        .collect();
    norm(&replaced)
}

/// Picks, among the ad's place and its alternatives, the one a patch names ("in Valencia,
/// Spain", "the Cambridge in Massachusetts"); false when the patch names none of them or names
/// several.
pub(crate) fn pick_alternative(
    target: &mut Option<LocationTarget>,
    patch: &str,
    taxonomy: &Taxonomy,
) -> bool {
    let Some(t) = target.as_ref().filter(|t| !t.alternatives.is_empty()) else {
        return false;
    };
    let locs = taxonomy.locations();
    let options: Vec<(String, String)> = std::iter::once((
        t.city.clone().unwrap_or_default(),
        t.country_code.clone().unwrap_or_default(),
    ))
    .chain(
        t.alternatives
            .iter()
            .map(|a| (a.city.clone(), a.country_code.clone())),
    )
    .collect();
    let scored: Vec<(u32, &(String, String))> = options
        .iter()
        .filter_map(|o| {
            let city = locs.city(&o.0, Some(&o.1))?;
            Some((place_evidence::evidence_for(locs, city, patch), o))
        })
        .collect();
    let best = scored.iter().map(|(s, _)| *s).max().unwrap_or(0);
    let mut winners = scored.iter().filter(|(s, _)| *s == best && best > 0);
    let (Some((_, (city, code))), None) = (winners.next(), winners.next()) else {
        return false;
    };
    let Some(mut picked) = self::target(Some(&format!("{city}, {code}")), "", "", taxonomy) else {
        return false;
    };
    picked.raw.clone_from(&t.raw);
    picked.work_mode = t.work_mode;
    picked.radius_km = t.radius_km;
    picked.region_countries.clone_from(&t.region_countries);
    *target = Some(picked);
    true
}

/// Restricts `target` to a place named in a patch ("only Berlin"); false if it names none.
pub(crate) fn restrict(
    target: &mut Option<LocationTarget>,
    place: &str,
    taxonomy: &Taxonomy,
) -> bool {
    let Some(mut t) = self::target(Some(place), "", "", taxonomy) else {
        return false;
    };
    if t.city.is_none() && t.country_code.is_none() && t.work_mode != Some(WorkMode::Remote) {
        return false;
    }
    t.city_only = t.city.is_some();
    if t.work_mode.is_none() {
        t.work_mode = target
            .as_ref()
            .and_then(|o| o.work_mode)
            .filter(|m| *m != WorkMode::Remote);
    }
    *target = Some(t);
    true
}
