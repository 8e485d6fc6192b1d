//! Our own corpus shape of a person (`profileId`, `currentRole`, …; see `data/README.md`): what a
//! JSON Lines corpus line and an index document's `_source` hold. The adapter owns it, so the
//! domain's `Profile` carries no serde and a rename there cannot change the file format.

use serde::{Deserialize, Serialize};
use sourcing_domain::profile::{Education, Position, Profile};

/// One person as the corpus writes it; every key but `profileId` may be missing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ProfileRecord {
    /// Stable id of the person across runs.
    pub profile_id: String,
    /// Full display name.
    pub name: Option<String>,
    /// Free-text headline.
    pub headline: Option<String>,
    /// Free-text location.
    pub location: Option<String>,
    /// Country as written (a code or a name).
    pub country: Option<String>,
    /// Current job title.
    pub current_role: Option<String>,
    /// Current employer name.
    pub current_company: Option<String>,
    /// Current employer's web domain.
    pub company_domain: Option<String>,
    /// Public profile URL.
    pub linkedin_url: Option<String>,
    /// Skills as listed.
    pub skills: Vec<String>,
    /// Total years of professional experience.
    pub years_experience: Option<f32>,
    /// Positions, most recent first.
    pub experience: Vec<PositionRecord>,
    /// Schools and degrees.
    pub education: Vec<EducationRecord>,
    /// Whether the person signals they are open to new roles.
    pub open_to_work: Option<bool>,
}

/// One position as the corpus writes it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PositionRecord {
    /// Title held.
    pub role: Option<String>,
    /// Employer name.
    pub company: Option<String>,
    /// Start month, `YYYY-MM` (or a full date).
    pub start_date: Option<String>,
    /// End month; absent while current.
    pub end_date: Option<String>,
    /// Achievements and duties.
    pub highlights: Vec<String>,
}

/// One education entry as the corpus writes it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EducationRecord {
    /// School name.
    pub school: Option<String>,
    /// Degree.
    pub degree: Option<String>,
    /// Field of study.
    pub field: Option<String>,
}

impl From<ProfileRecord> for Profile {
    fn from(r: ProfileRecord) -> Self {
        Profile {
            profile_id: r.profile_id,
            name: r.name,
            headline: r.headline,
            location: r.location,
            country: r.country,
            current_role: r.current_role,
            current_company: r.current_company,
            company_domain: r.company_domain,
            linkedin_url: r.linkedin_url,
            skills: r.skills,
            years_experience: r.years_experience,
            experience: r.experience.into_iter().map(Into::into).collect(),
            education: r.education.into_iter().map(Into::into).collect(),
            open_to_work: r.open_to_work,
        }
    }
}

impl From<&Profile> for ProfileRecord {
    fn from(p: &Profile) -> Self {
        ProfileRecord {
            profile_id: p.profile_id.clone(),
            name: p.name.clone(),
            headline: p.headline.clone(),
            location: p.location.clone(),
            country: p.country.clone(),
            current_role: p.current_role.clone(),
            current_company: p.current_company.clone(),
            company_domain: p.company_domain.clone(),
            linkedin_url: p.linkedin_url.clone(),
            skills: p.skills.clone(),
            years_experience: p.years_experience,
            experience: p.experience.iter().map(Into::into).collect(),
            education: p.education.iter().map(Into::into).collect(),
            open_to_work: p.open_to_work,
        }
    }
}

impl From<PositionRecord> for Position {
    fn from(r: PositionRecord) -> Self {
        Position {
            role: r.role,
            company: r.company,
            start_date: r.start_date,
            end_date: r.end_date,
            highlights: r.highlights,
        }
    }
}

impl From<&Position> for PositionRecord {
    fn from(p: &Position) -> Self {
        PositionRecord {
            role: p.role.clone(),
            company: p.company.clone(),
            start_date: p.start_date.clone(),
            end_date: p.end_date.clone(),
            highlights: p.highlights.clone(),
        }
    }
}

impl From<EducationRecord> for Education {
    fn from(r: EducationRecord) -> Self {
        Education {
            school: r.school,
            degree: r.degree,
            field: r.field,
        }
    }
}

impl From<&Education> for EducationRecord {
    fn from(e: &Education) -> Self {
        EducationRecord {
            school: e.school.clone(),
            degree: e.degree.clone(),
            field: e.field.clone(),
        }
    }
}
