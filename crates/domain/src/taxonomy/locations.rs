//! Locations: cities (GeoNames, population ≥ 15,000) with alternate names, countries with their
//! names in many languages, and the remote / hybrid / on-site vocabulary.

use foldhash::{HashMap, HashMapExt};

use serde::Deserialize;

use super::TaxonomyError;
use super::text::{Token, fold_lower, join_norm, norm, tokenize};

/// A city.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct City {
    /// GeoNames primary name ("Bengaluru").
    pub name: String,
    /// Alternate names kept for lookup ("Bangalore", "BLR" …).
    pub alternate_names: Vec<String>,
    /// First-level administrative division name ("Karnataka"), if known.
    pub admin1: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    pub country_code: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Population.
    pub population: u64,
}

/// A country.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code ("DE").
    pub code: String,
    /// ISO 3166-1 alpha-3 code ("DEU").
    pub iso3: String,
    /// English name ("Germany").
    pub name: String,
    /// Names in other languages and variants ("Deutschland", "Allemagne" …).
    pub names: Vec<String>,
    /// Population.
    #[serde(default)]
    pub population: u64,
    /// Continent code ("EU").
    #[serde(default)]
    pub continent: String,
}

/// US state and territory codes, as written after a city ("Chicago, IL").
const US_STATE_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "PR",
];
/// US state names that are also countries or cities elsewhere.
const US_STATE_NAMES: &[&str] = &["georgia", "washington", "new mexico", "indiana", "jersey"];

/// Whether a location segment is a US state code written in capitals, or an ambiguous state name.
fn is_us_state(seg: &[Token]) -> bool {
    match seg {
        [t] => {
            (t.original.len() == 2
                && t.original.chars().all(|c| c.is_ascii_uppercase())
                && US_STATE_CODES.contains(&t.original))
                || US_STATE_NAMES.contains(&t.norm.as_str())
        }
        _ => US_STATE_NAMES.contains(&join_norm(seg).as_str()),
    }
}

/// The key a city or country name is indexed under: its normal form, or for a name that has
/// none (a symbol-only or non-Latin one) its folded lower case.
fn lookup_key(name: &str) -> String {
    let key = norm(name);
    if key.is_empty() {
        fold_lower(name.trim())
    } else {
        key
    }
}

/// Great-circle distance between two cities in kilometres (haversine, mean Earth radius).
#[must_use]
pub fn distance_km(a: &City, b: &City) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0;
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// Where a text says the work happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkMode {
    /// Fully remote.
    Remote,
    /// Partly remote.
    Hybrid,
    /// In the office.
    Onsite,
}

/// Result of [`LocationTaxonomy::resolve`]: entries of the taxonomy (scoring resolves every
/// profile's location, so nothing is copied).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ResolvedLocation<'a> {
    /// The city, if the text names one.
    pub city: Option<&'a City>,
    /// The country: named in the text or the city's.
    pub country: Option<&'a Country>,
}

type RawCity = (String, Vec<String>, String, Option<String>, f64, f64, u64);

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawLocations {
    cities: Vec<RawCity>,
    countries: Vec<Country>,
    work_modes: std::collections::HashMap<WorkMode, Vec<String>>,
}

/// Cities, countries and work-mode vocabulary.
#[derive(Debug, Clone)]
pub struct LocationTaxonomy {
    cities: Vec<City>,
    countries: Vec<Country>,
    /// Normalised name → city indexes, most populous first.
    city_index: HashMap<String, Vec<usize>>,
    /// Per city: its name, normalised (a city called so wins over one also known so).
    city_keys: Vec<String>,
    country_index: HashMap<String, usize>,
    /// (mode, normalised phrase), checked hybrid → on-site → remote.
    work_modes: Vec<(WorkMode, ModePhrase)>,
    max_city_words: usize,
}

impl LocationTaxonomy {
    /// Parses `locations.json`.
    pub(crate) fn from_json(json: &str) -> Result<Self, TaxonomyError> {
        let raw: RawLocations =
            serde_json::from_str(json).map_err(|source| TaxonomyError::Json {
                file: "locations",
                source,
            })?;
        if raw.cities.is_empty() || raw.countries.is_empty() {
            return Err(TaxonomyError::Invalid(
                "locations: no cities or countries".into(),
            ));
        }
        let cities = cities_of(raw.cities);
        let (city_index, max_city_words) = city_index_of(&cities);
        let city_keys = cities
            .iter()
            .map(|c| join_norm(&tokenize(&c.name)))
            .collect();
        let country_index = country_index_of(&raw.countries);
        let work_modes = work_modes_of(&raw.work_modes);
        Ok(Self {
            cities,
            city_keys,
            countries: raw.countries,
            city_index,
            country_index,
            work_modes,
            max_city_words,
        })
    }

    /// All cities, most populous first.
    #[must_use]
    pub fn cities(&self) -> &[City] {
        &self.cities
    }

    /// All countries.
    #[must_use]
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country with this ISO code (alpha-2 or alpha-3) or name in any language.
    #[must_use]
    pub fn country(&self, name_or_code: &str) -> Option<&Country> {
        self.country_index
            .get(&lookup_key(name_or_code))
            .map(|&i| &self.countries[i])
    }

    /// Cities within `radius_km` of `center` (the center itself excluded), nearest first.
    #[must_use]
    pub fn near(&self, center: &City, radius_km: f64) -> Vec<(&City, f64)> {
        let mut out: Vec<(&City, f64)> = self
            .cities
            .iter()
            .filter(|c| c.name != center.name || c.country_code != center.country_code)
            .map(|c| (c, distance_km(center, c)))
            .filter(|(_, d)| *d <= radius_km)
            .collect();
        out.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.name.cmp(&b.0.name)));
        out
    }

    /// Every city called `name` (any alternate name), most populous first.
    #[must_use]
    pub fn cities_named(&self, name: &str) -> Vec<&City> {
        self.city_index
            .get(&lookup_key(name))
            .map(|list| list.iter().map(|&i| &self.cities[i]).collect())
            .unwrap_or_default()
    }

    /// The most populous city called `name` (any alternate name), optionally within a country.
    #[must_use]
    pub fn city(&self, name: &str, country_code: Option<&str>) -> Option<&City> {
        self.city_index
            .get(&lookup_key(name))?
            .iter()
            .map(|&i| &self.cities[i])
            .find(|c| country_code.is_none_or(|cc| c.country_code.eq_ignore_ascii_case(cc)))
    }

    /// Resolves a free-text location ("Berlin, Germany", "NYC", "München", "Remote - India").
    ///
    /// Names are matched case- and diacritics-insensitively; an ambiguous city name resolves to
    /// the most populous city, preferring one in the country the text also names.
    #[must_use]
    pub fn resolve(&self, text: &str) -> Option<ResolvedLocation<'_>> {
        let segments: Vec<Vec<Token>> = text
            .split([',', '|', '(', ')', ';', '/', '\u{2013}', '\u{2014}'])
            .flat_map(|s| s.split(" - "))
            .map(tokenize)
            .filter(|t| !t.is_empty())
            .collect();
        // "Chicago, IL", "Atlanta, Georgia": a US state after a US city is not a country
        // ("Berlin, DE" stays Berlin in Germany: a city of that name in the country the code
        // names wins)
        let state_not_country = |seg: &Vec<Token>| {
            is_us_state(seg)
                && self.country_in(seg).is_none_or(|c| {
                    !c.code.eq_ignore_ascii_case("US")
                        && segments
                            .iter()
                            .all(|s| self.city_in(s, Some(&c.code)).is_none())
                })
        };
        if segments.len() >= 2
            && segments[1..].iter().any(state_not_country)
            && let Some(city) = segments
                .iter()
                .find_map(|seg| self.city_in(seg, Some("US")))
        {
            return Some(ResolvedLocation {
                city: Some(city),
                country: self.country("US"),
            });
        }
        // the country named in any segment
        let mut country: Option<&Country> = None;
        let mut by_code = false;
        for seg in &segments {
            if let Some(c) = self.country_in(seg) {
                country = Some(c);
                // "PR", "SP", "NSW": a two- or three-letter code may be a state, not a country
                by_code = matches!(seg.as_slice(), [t] if t.original.len() <= 3
                    && t.original.chars().all(|ch| ch.is_ascii_uppercase()));
            }
        }
        // the first segment that names a city (within the named country when there is one)
        for seg in &segments {
            if let Some(city) = self.city_in(seg, country.map(|c| c.code.as_str())) {
                return Some(ResolvedLocation {
                    city: Some(city),
                    country: self.country(&city.country_code),
                });
            }
        }
        // "Curitiba, PR" is Curitiba in Paraná, Brazil, not Puerto Rico
        if by_code && segments.len() >= 2 {
            for seg in &segments[..segments.len() - 1] {
                if let Some(city) = self.city_in(seg, None) {
                    return Some(ResolvedLocation {
                        city: Some(city),
                        country: self.country(&city.country_code),
                    });
                }
            }
        }
        if let Some(c) = country {
            return Some(ResolvedLocation {
                city: None,
                country: Some(c),
            });
        }
        // fall back to any city without the country constraint
        for seg in &segments {
            if let Some(city) = self.city_in(seg, None) {
                return Some(ResolvedLocation {
                    city: Some(city),
                    country: self.country(&city.country_code),
                });
            }
        }
        None
    }

    /// A country named by a whole segment ("Germany", "DE", "Deutschland").
    fn country_in(&self, seg: &[Token]) -> Option<&Country> {
        let key = join_norm(seg);
        let c = self.country_index.get(&key).map(|&i| &self.countries[i])?;
        // two-letter codes only when written in upper case ("IN" yes, "in" no)
        if seg.len() == 1
            && seg[0].original.len() <= 3
            && seg[0].original != seg[0].original.to_uppercase()
        {
            return None;
        }
        Some(c)
    }

    /// The city named by a segment: the whole segment first, then the longest word span.
    fn city_in(&self, seg: &[Token], country_code: Option<&str>) -> Option<&City> {
        // a city called so first ("Zaragoza", Spain), then one that also goes by the name,
        // most populous first
        let pick = |key: &str| -> Option<&City> {
            let list = self.city_index.get(key)?;
            let mut fits = list.iter().copied().filter(|&i| {
                country_code.is_none_or(|cc| self.cities[i].country_code.eq_ignore_ascii_case(cc))
            });
            let first = fits.next()?;
            let called = |i: &usize| self.city_keys[*i] == key;
            let pick = if called(&first) {
                first
            } else {
                fits.find(called).unwrap_or(first)
            };
            Some(&self.cities[pick])
        };
        let short_ok = |toks: &[Token]| {
            // short codes ("SF", "LA", "NYC") only as written in upper case
            toks.len() > 1
                || toks[0].original.len() > 3
                || toks[0].original == toks[0].original.to_uppercase()
        };
        if short_ok(seg)
            && let Some(c) = pick(&join_norm(seg))
        {
            return Some(c);
        }
        let max = self.max_city_words.min(seg.len());
        for len in (1..=max).rev() {
            for start in 0..=seg.len() - len {
                let span = &seg[start..start + len];
                if span.len() == seg.len() || !short_ok(span) || is_filler(span) {
                    continue;
                }
                if let Some(c) = pick(&join_norm(span)) {
                    return Some(c);
                }
            }
        }
        None
    }

    /// Work mode named in `text`, using the bundled vocabulary.
    #[must_use]
    pub fn work_mode(text: &str) -> Option<WorkMode> {
        super::Taxonomy::bundled()
            .locations()
            .detect_work_mode(text)
    }

    /// Work mode named in `text` using this taxonomy's vocabulary (hybrid beats on-site beats remote).
    #[must_use]
    pub fn detect_work_mode(&self, text: &str) -> Option<WorkMode> {
        let folded = fold_lower(text);
        let spaced = format!(" {} ", norm(text));
        for (mode, phrase) in &self.work_modes {
            let hit = match phrase {
                ModePhrase::Words(needle) => spaced.contains(needle.as_str()),
                ModePhrase::Folded(p) => folded.contains(p.as_str()),
            };
            if hit {
                return Some(*mode);
            }
        }
        None
    }
}

/// The document's cities, most populous first (then by name, so the order is stable).
fn cities_of(raw: Vec<RawCity>) -> Vec<City> {
    let mut cities: Vec<City> = raw
        .into_iter()
        .map(
            |(name, alternate_names, country_code, admin1, lat, lon, population)| City {
                name,
                alternate_names,
                admin1,
                country_code,
                lat,
                lon,
                population,
            },
        )
        .collect();
    cities.sort_by(|a, b| {
        b.population
            .cmp(&a.population)
            .then_with(|| a.name.cmp(&b.name))
    });
    cities
}

/// Normalised name → indexes of the cities so called (in `cities`' order), and the most
/// words any city name has.
fn city_index_of(cities: &[City]) -> (HashMap<String, Vec<usize>>, usize) {
    let mut city_index: HashMap<String, Vec<usize>> = HashMap::new();
    let mut max_city_words = 1;
    for (i, c) in cities.iter().enumerate() {
        for n in std::iter::once(&c.name).chain(&c.alternate_names) {
            let toks = tokenize(n);
            let key = if toks.is_empty() {
                fold_lower(n)
            } else {
                join_norm(&toks)
            };
            if key.is_empty() {
                continue;
            }
            max_city_words = max_city_words.max(toks.len());
            let list = city_index.entry(key).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }
    (city_index, max_city_words)
}

/// Country code, ISO3 code and every name → country index; a key shared by two countries is
/// the first one's.
fn country_index_of(countries: &[Country]) -> HashMap<String, usize> {
    let mut country_index = HashMap::new();
    for (i, c) in countries.iter().enumerate() {
        country_index
            .entry(c.code.to_ascii_lowercase())
            .or_insert(i);
        country_index
            .entry(c.iso3.to_ascii_lowercase())
            .or_insert(i);
        for n in std::iter::once(&c.name).chain(&c.names) {
            country_index.entry(lookup_key(n)).or_insert(i);
        }
    }
    country_index
}

/// The work-mode phrases in the order they are checked: hybrid, on-site, remote, each mode's
/// longest first.
fn work_modes_of(
    raw: &std::collections::HashMap<WorkMode, Vec<String>>,
) -> Vec<(WorkMode, ModePhrase)> {
    let mut work_modes = Vec::new();
    for mode in [WorkMode::Hybrid, WorkMode::Onsite, WorkMode::Remote] {
        let mut phrases: Vec<String> = raw
            .get(&mode)
            .map(|v| v.iter().map(|p| fold_lower(p)).collect())
            .unwrap_or_default();
        phrases.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        work_modes.extend(phrases.into_iter().map(|p| {
            let phrase = if p.is_ascii() {
                ModePhrase::Words(format!(" {} ", norm(&p)))
            } else {
                ModePhrase::Folded(p)
            };
            (mode, phrase)
        }));
    }
    work_modes
}

/// How a work-mode phrase is looked for.
#[derive(Debug, Clone)]
enum ModePhrase {
    /// An ASCII phrase: its normal form padded (" remote first "), found on word boundaries.
    Words(String),
    /// Another phrase, folded: found anywhere in the folded text ("télétravail").
    Folded(String),
}

/// Words that are never a city on their own in a location string.
fn is_filler(span: &[Token]) -> bool {
    span.len() == 1
        && matches!(
            span[0].norm.as_str(),
            "remote"
                | "hybrid"
                | "onsite"
                | "office"
                | "area"
                | "greater"
                | "metro"
                | "region"
                | "city"
                | "the"
                | "and"
                | "or"
                | "of"
                | "in"
                | "based"
                | "near"
                | "anywhere"
                | "only"
                | "home"
                | "work"
                | "from"
        )
}
