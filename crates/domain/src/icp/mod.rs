//! Ideal candidate profile (ICP): what a job ad asks for, expanded with the taxonomies, and its
//! compilation into a people-index query.
//!
//! Everything here is pure and deterministic: the same ad and taxonomy give the same ICP, with
//! stable ordering (no hash-map iteration order reaches the output).

mod builder;
mod compile;
mod either_or;
mod job_ad;
mod location;
mod negatives;
mod patch;
mod place_evidence;
mod sections;
mod supplement;
pub(crate) mod text;
mod years;

use crate::taxonomy::{Seniority, WorkMode};

pub use builder::{build_icp, role_of};
pub(crate) use compile::GENERIC_TECH_TITLES;
pub use compile::{RetrievalStep, compile, meaning_filter, retrieval_steps};
pub use job_ad::JobAd;
pub use patch::apply_patch;
pub(crate) use supplement::{local_title_words, local_titles_in};

/// Every name the ICP's role goes by — canonical title, synonyms, local names as written —
/// for rules that read the role's names rather than one spelling of it.
pub(crate) fn role_names<'a>(icp: &'a Icp) -> impl Iterator<Item = &'a str> + 'a {
    std::iter::once(icp.canonical_title.as_str())
        .chain(icp.title_synonyms.iter().map(String::as_str))
        .chain(local_title_words(&icp.canonical_title).map(|w| -> &'a str { w }))
}

/// The ideal candidate profile derived from a job ad (returned verbatim as `icp` in results).
#[derive(Debug, Clone, PartialEq)]
pub struct Icp {
    /// The ad's title as written, kept so explanations can quote it.
    pub job_title: String,
    /// Canonical title the ad resolves to ("Site Reliability Engineer").
    pub canonical_title: String,
    /// Other names and abbreviations of the title, best first (at most ~8).
    pub title_synonyms: Vec<String>,
    /// Seniority the ad asks for, if it says.
    pub seniority: Option<Seniority>,
    /// Minimum years of experience asked for, stated or implied by the seniority.
    pub min_years: Option<u8>,
    /// Skills a candidate must show (each with aliases and related skills).
    pub must_have_skills: Vec<SkillRequirement>,
    /// Skills that add to the score but exclude nobody.
    pub nice_to_have_skills: Vec<SkillRequirement>,
    /// Where the candidate should be, if the ad says.
    pub location: Option<LocationTarget>,
    /// Words that disqualify a current role or headline ("recruiter", "intern").
    pub negative_keywords: Vec<String>,
    /// Whether the ad itself is for a recruiting role (recruiters are then not excluded).
    pub recruiting_role: bool,
    /// Whether the ad is for an engineering / technical role (interns and recruiters weigh more).
    pub technical_role: bool,
    /// LinkedIn-style rendering of the compiled query, for display and export.
    pub boolean_query: String,
    /// Context patches applied after generation, in order.
    pub patches: Vec<String>,
    /// Retrieval steps the last pass ran, with their queries and counts (empty before a pass).
    pub search_steps: Vec<crate::sourcing::SearchStep>,
    /// The ad's description as written (its start), for matching by meaning: its words for the
    /// tools, duties and trade that no list knows. Not part of the results (they show the ad).
    pub ad_words: String,
}

/// One skill requirement with the spellings that count as evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillRequirement {
    /// Canonical name ("Kubernetes").
    pub name: String,
    /// Other spellings accepted as the same skill ("k8s").
    pub aliases: Vec<String>,
    /// Related skills, for query expansion and explanations (never counted as the skill).
    pub related: Vec<String>,
    /// Other skills that satisfy the same requirement ("Python or Go": Go), each with its aliases.
    pub alternatives: Vec<SkillRequirement>,
    /// The ad states it as a hard requirement ("must", "mandatory"): retrieval never relaxes it.
    pub required: bool,
}

/// Where candidates should be located.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationTarget {
    /// The location text as the ad wrote it.
    pub raw: String,
    /// Resolved city name (GeoNames primary name), if any.
    pub city: Option<String>,
    /// First-level region of the city ("Bavaria"), if known.
    pub region: Option<String>,
    /// Country name in English, if resolved.
    pub country: Option<String>,
    /// ISO 3166-1 alpha-2 country code, if resolved.
    pub country_code: Option<String>,
    /// Names of the place as profiles write it ("München", "Munich", "Muenchen").
    pub variants: Vec<String>,
    /// Work mode the ad names, if any.
    pub work_mode: Option<WorkMode>,
    /// For remote roles limited to a region: ISO codes of the allowed countries (empty = anywhere).
    pub remote_countries: Vec<String>,
    /// Countries of a market the title or location names ("Head of Sales DACH" → DE, AT, CH):
    /// people anywhere in them fit, the city's country first.
    pub region_countries: Vec<String>,
    /// Other places the ad's place name could mean when its other evidence (country or region
    /// words, currency) could not tell them apart ("Cambridge": GB or US); empty when the place
    /// is clear. A PATCH naming one ("in Cambridge, MA") picks it.
    pub alternatives: Vec<PlaceAlternative>,
    /// Whether only the city itself is acceptable (set by an "only Berlin" patch).
    pub city_only: bool,
    /// Places within this distance of the city count as nearby (retrieval widens to them and
    /// scoring credits them); `pipeline.nearby_radius_km`.
    pub radius_km: u32,
}

/// A city an ambiguous place name could also mean.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceAlternative {
    /// GeoNames primary name.
    pub city: String,
    /// First-level region, if known.
    pub region: Option<String>,
    /// Country name in English.
    pub country: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    pub country_code: String,
}

/// The default nearby radius around the ad's city.
pub const DEFAULT_NEARBY_RADIUS_KM: u32 = 50;

impl Icp {
    /// Re-renders [`Icp::boolean_query`] after a change so it never goes stale.
    pub fn refresh_boolean_query(&mut self) {
        self.boolean_query = crate::search::boolean_string::render(&compile(self));
    }

    /// Every skill requirement, must-haves first.
    pub fn all_skills(&self) -> impl Iterator<Item = &SkillRequirement> {
        self.must_have_skills
            .iter()
            .chain(self.nice_to_have_skills.iter())
    }

    /// Whether the candidate may be anywhere (no location, or remote without a region).
    #[must_use]
    pub fn location_open(&self) -> bool {
        match &self.location {
            None => true,
            Some(l) => {
                l.work_mode == Some(WorkMode::Remote)
                    && !l.city_only
                    && l.remote_countries.is_empty()
                    && l.country_code.is_none()
            }
        }
    }
}

impl SkillRequirement {
    /// A requirement for one skill, without alternatives.
    #[must_use]
    pub fn single(name: impl Into<String>, aliases: Vec<String>, related: Vec<String>) -> Self {
        Self {
            name: name.into(),
            aliases,
            related,
            alternatives: Vec::new(),
            required: false,
        }
    }

    /// Canonical name and aliases of this skill and of every alternative.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.alternatives.iter().flat_map(|a| {
                std::iter::once(a.name.as_str()).chain(a.aliases.iter().map(String::as_str))
            }))
    }

    /// The requirement as a recruiter reads it: "Python", or "Python or Go".
    #[must_use]
    pub fn label(&self) -> String {
        let mut parts: Vec<&str> = vec![self.name.as_str()];
        parts.extend(self.alternatives.iter().map(|a| a.name.as_str()));
        match parts.len() {
            1 => self.name.clone(),
            2 => format!("{} or {}", parts[0], parts[1]),
            n => format!("{} or {}", parts[..n - 1].join(", "), parts[n - 1]),
        }
    }

    /// This skill and its alternatives, each on its own (no nested alternatives).
    pub fn options(&self) -> impl Iterator<Item = &SkillRequirement> {
        std::iter::once(self).chain(self.alternatives.iter())
    }
}
