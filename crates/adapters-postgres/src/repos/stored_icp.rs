//! The JSON a run's ad and ICP are stored as (`sourcing_runs.job_ad`, `sourcing_runs.icp`): the
//! adapter's own types, so the domain's `JobAd` and `Icp` carry no serde and a rename in the
//! domain cannot silently change what rows hold. Keys, optional keys and defaults are exactly
//! what the domain's derive wrote before, so rows written earlier read back unchanged.

use serde::{Deserialize, Serialize};
use sourcing_domain::icp::{
    DEFAULT_NEARBY_RADIUS_KM, Icp, JobAd, LocationTarget, PlaceAlternative, SkillRequirement,
};
use sourcing_domain::sourcing::SearchStep;
use sourcing_domain::taxonomy::{Seniority, WorkMode};

/// A job ad as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredJobAd {
    /// Title as written.
    pub title: String,
    /// Description as written.
    pub job_description: String,
    /// Location as written.
    pub location: Option<String>,
    /// Extra query as written.
    pub query: Option<String>,
}

/// An ICP as stored (the ad's words are not: they are the ad's, restored from it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredIcp {
    /// The ad's title.
    pub job_title: String,
    /// Canonical title.
    pub canonical_title: String,
    /// Other names of the title.
    pub title_synonyms: Vec<String>,
    /// Seniority asked for.
    pub seniority: Option<StoredSeniority>,
    /// Minimum years.
    pub min_years: Option<u8>,
    /// Must-have skills.
    pub must_have_skills: Vec<StoredSkill>,
    /// Nice-to-have skills.
    pub nice_to_have_skills: Vec<StoredSkill>,
    /// Where candidates should be.
    pub location: Option<StoredLocation>,
    /// Disqualifying words.
    pub negative_keywords: Vec<String>,
    /// The ad is for a recruiting role.
    pub recruiting_role: bool,
    /// The ad is for a technical role.
    pub technical_role: bool,
    /// Rendered query.
    pub boolean_query: String,
    /// Patches applied.
    pub patches: Vec<String>,
    /// Retrieval steps of the last pass; absent in rows written before they existed.
    #[serde(default)]
    pub search_steps: Vec<StoredSearchStep>,
}

/// A skill requirement as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredSkill {
    /// Canonical name.
    pub name: String,
    /// Accepted spellings.
    pub aliases: Vec<String>,
    /// Related skills.
    pub related: Vec<String>,
    /// Skills satisfying the same requirement; written only when there are some.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<StoredSkill>,
    /// A hard requirement; written only when true.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A location target as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredLocation {
    /// As the ad wrote it.
    pub raw: String,
    /// Resolved city.
    pub city: Option<String>,
    /// Region of the city.
    pub region: Option<String>,
    /// Country name.
    pub country: Option<String>,
    /// ISO country code.
    pub country_code: Option<String>,
    /// Spellings of the place.
    pub variants: Vec<String>,
    /// Work mode.
    pub work_mode: Option<StoredWorkMode>,
    /// Allowed countries of a remote role.
    pub remote_countries: Vec<String>,
    /// Countries of a named market; written only when there are some.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub region_countries: Vec<String>,
    /// Other places the name could mean; written only when there are some.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<StoredPlace>,
    /// Only the city itself.
    pub city_only: bool,
    /// Nearby radius; absent in rows written before it existed.
    #[serde(default = "default_radius_km")]
    pub radius_km: u32,
}

fn default_radius_km() -> u32 {
    DEFAULT_NEARBY_RADIUS_KM
}

/// Another place an ambiguous name could mean, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredPlace {
    /// City name.
    pub city: String,
    /// Region.
    pub region: Option<String>,
    /// Country name.
    pub country: Option<String>,
    /// ISO country code.
    pub country_code: String,
}

/// A retrieval step as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredSearchStep {
    /// Step name.
    pub name: String,
    /// The query it sent.
    pub query: String,
    /// Profiles matched.
    pub found: u64,
    /// Profiles added to the pool.
    pub added: usize,
}

/// A seniority as stored (snake_case names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoredSeniority {
    /// `Intern` as stored.
    Intern,
    /// `Junior` as stored.
    Junior,
    /// `Mid` as stored.
    Mid,
    /// `Senior` as stored.
    Senior,
    /// `Staff` as stored.
    Staff,
    /// `Principal` as stored.
    Principal,
    /// `Lead` as stored.
    Lead,
    /// `Manager` as stored.
    Manager,
    /// `Head` as stored.
    Head,
    /// `Director` as stored.
    Director,
    /// `Vp` as stored.
    Vp,
    /// `CLevel` as stored.
    CLevel,
}

/// A work mode as stored (snake_case names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoredWorkMode {
    /// `Remote` as stored.
    Remote,
    /// `Hybrid` as stored.
    Hybrid,
    /// `Onsite` as stored.
    Onsite,
}

macro_rules! same_variants {
    ($stored:ident, $domain:ident, [$($v:ident),+]) => {
        impl From<$domain> for $stored {
            fn from(v: $domain) -> Self {
                match v { $($domain::$v => $stored::$v),+ }
            }
        }
        impl From<$stored> for $domain {
            fn from(v: $stored) -> Self {
                match v { $($stored::$v => $domain::$v),+ }
            }
        }
    };
}

same_variants!(
    StoredSeniority,
    Seniority,
    [
        Intern, Junior, Mid, Senior, Staff, Principal, Lead, Manager, Head, Director, Vp, CLevel
    ]
);
same_variants!(StoredWorkMode, WorkMode, [Remote, Hybrid, Onsite]);

impl From<&JobAd> for StoredJobAd {
    fn from(ad: &JobAd) -> Self {
        StoredJobAd {
            title: ad.title.clone(),
            job_description: ad.job_description.clone(),
            location: ad.location.clone(),
            query: ad.query.clone(),
        }
    }
}

impl From<StoredJobAd> for JobAd {
    fn from(ad: StoredJobAd) -> Self {
        JobAd {
            title: ad.title,
            job_description: ad.job_description,
            location: ad.location,
            query: ad.query,
        }
    }
}

impl From<&Icp> for StoredIcp {
    fn from(icp: &Icp) -> Self {
        StoredIcp {
            job_title: icp.job_title.clone(),
            canonical_title: icp.canonical_title.clone(),
            title_synonyms: icp.title_synonyms.clone(),
            seniority: icp.seniority.map(Into::into),
            min_years: icp.min_years,
            must_have_skills: icp.must_have_skills.iter().map(Into::into).collect(),
            nice_to_have_skills: icp.nice_to_have_skills.iter().map(Into::into).collect(),
            location: icp.location.as_ref().map(Into::into),
            negative_keywords: icp.negative_keywords.clone(),
            recruiting_role: icp.recruiting_role,
            technical_role: icp.technical_role,
            boolean_query: icp.boolean_query.clone(),
            patches: icp.patches.clone(),
            search_steps: icp.search_steps.iter().map(Into::into).collect(),
        }
    }
}

impl From<StoredIcp> for Icp {
    fn from(icp: StoredIcp) -> Self {
        Icp {
            job_title: icp.job_title,
            canonical_title: icp.canonical_title,
            title_synonyms: icp.title_synonyms,
            seniority: icp.seniority.map(Into::into),
            min_years: icp.min_years,
            must_have_skills: icp.must_have_skills.into_iter().map(Into::into).collect(),
            nice_to_have_skills: icp
                .nice_to_have_skills
                .into_iter()
                .map(Into::into)
                .collect(),
            location: icp.location.map(Into::into),
            negative_keywords: icp.negative_keywords,
            recruiting_role: icp.recruiting_role,
            technical_role: icp.technical_role,
            boolean_query: icp.boolean_query,
            patches: icp.patches,
            search_steps: icp.search_steps.into_iter().map(Into::into).collect(),
            ad_words: String::new(),
        }
    }
}

impl From<&SkillRequirement> for StoredSkill {
    fn from(s: &SkillRequirement) -> Self {
        StoredSkill {
            name: s.name.clone(),
            aliases: s.aliases.clone(),
            related: s.related.clone(),
            alternatives: s.alternatives.iter().map(Into::into).collect(),
            required: s.required,
        }
    }
}

impl From<StoredSkill> for SkillRequirement {
    fn from(s: StoredSkill) -> Self {
        SkillRequirement {
            name: s.name,
            aliases: s.aliases,
            related: s.related,
            alternatives: s.alternatives.into_iter().map(Into::into).collect(),
            required: s.required,
        }
    }
}

impl From<&LocationTarget> for StoredLocation {
    fn from(l: &LocationTarget) -> Self {
        StoredLocation {
            raw: l.raw.clone(),
            city: l.city.clone(),
            region: l.region.clone(),
            country: l.country.clone(),
            country_code: l.country_code.clone(),
            variants: l.variants.clone(),
            work_mode: l.work_mode.map(Into::into),
            remote_countries: l.remote_countries.clone(),
            region_countries: l.region_countries.clone(),
            alternatives: l.alternatives.iter().map(Into::into).collect(),
            city_only: l.city_only,
            radius_km: l.radius_km,
        }
    }
}

impl From<StoredLocation> for LocationTarget {
    fn from(l: StoredLocation) -> Self {
        LocationTarget {
            raw: l.raw,
            city: l.city,
            region: l.region,
            country: l.country,
            country_code: l.country_code,
            variants: l.variants,
            work_mode: l.work_mode.map(Into::into),
            remote_countries: l.remote_countries,
            region_countries: l.region_countries,
            alternatives: l.alternatives.into_iter().map(Into::into).collect(),
            city_only: l.city_only,
            radius_km: l.radius_km,
        }
    }
}

impl From<&PlaceAlternative> for StoredPlace {
    fn from(p: &PlaceAlternative) -> Self {
        StoredPlace {
            city: p.city.clone(),
            region: p.region.clone(),
            country: p.country.clone(),
            country_code: p.country_code.clone(),
        }
    }
}

impl From<StoredPlace> for PlaceAlternative {
    fn from(p: StoredPlace) -> Self {
        PlaceAlternative {
            city: p.city,
            region: p.region,
            country: p.country,
            country_code: p.country_code,
        }
    }
}

impl From<&SearchStep> for StoredSearchStep {
    fn from(s: &SearchStep) -> Self {
        StoredSearchStep {
            name: s.name.clone(),
            query: s.query.clone(),
            found: s.found,
            added: s.added,
        }
    }
}

impl From<StoredSearchStep> for SearchStep {
    fn from(s: StoredSearchStep) -> Self {
        SearchStep {
            name: s.name,
            query: s.query,
            found: s.found,
            added: s.added,
        }
    }
}
