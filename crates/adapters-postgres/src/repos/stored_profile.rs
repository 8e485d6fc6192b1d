//! The JSON a delivered person's profile is stored as (`run_candidates.profile`): the adapter's
//! own type, so the domain's `Profile` carries no serde. Keys are exactly what the domain's
//! derive wrote before (every key written, missing ones read as unknown), so rows written
//! earlier read back unchanged.

use serde::{Deserialize, Serialize};
use sourcing_domain::profile::{Education, Position, Profile};

/// A profile as stored.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StoredProfile {
    /// Stable person id.
    pub profile_id: String,
    /// Display name.
    pub name: Option<String>,
    /// Headline.
    pub headline: Option<String>,
    /// Location text.
    pub location: Option<String>,
    /// Country as the source wrote it.
    pub country: Option<String>,
    /// Current title.
    pub current_role: Option<String>,
    /// Current employer.
    pub current_company: Option<String>,
    /// Employer's domain.
    pub company_domain: Option<String>,
    /// Profile link.
    pub linkedin_url: Option<String>,
    /// Listed skills.
    pub skills: Vec<String>,
    /// Years of experience.
    pub years_experience: Option<f32>,
    /// Career history.
    pub experience: Vec<StoredPosition>,
    /// Education.
    pub education: Vec<StoredEducation>,
    /// Open to new roles.
    pub open_to_work: Option<bool>,
}

/// A position as stored.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StoredPosition {
    /// Title held.
    pub role: Option<String>,
    /// Employer.
    pub company: Option<String>,
    /// Start month.
    pub start_date: Option<String>,
    /// End month.
    pub end_date: Option<String>,
    /// Duties.
    pub highlights: Vec<String>,
}

/// An education entry as stored.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StoredEducation {
    /// School.
    pub school: Option<String>,
    /// Degree.
    pub degree: Option<String>,
    /// Field of study.
    pub field: Option<String>,
}

impl From<&Profile> for StoredProfile {
    fn from(p: &Profile) -> Self {
        StoredProfile {
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

impl From<StoredProfile> for Profile {
    fn from(p: StoredProfile) -> Self {
        Profile {
            profile_id: p.profile_id,
            name: p.name,
            headline: p.headline,
            location: p.location,
            country: p.country,
            current_role: p.current_role,
            current_company: p.current_company,
            company_domain: p.company_domain,
            linkedin_url: p.linkedin_url,
            skills: p.skills,
            years_experience: p.years_experience,
            experience: p.experience.into_iter().map(Into::into).collect(),
            education: p.education.into_iter().map(Into::into).collect(),
            open_to_work: p.open_to_work,
        }
    }
}

impl From<&Position> for StoredPosition {
    fn from(p: &Position) -> Self {
        StoredPosition {
            role: p.role.clone(),
            company: p.company.clone(),
            start_date: p.start_date.clone(),
            end_date: p.end_date.clone(),
            highlights: p.highlights.clone(),
        }
    }
}

impl From<StoredPosition> for Position {
    fn from(p: StoredPosition) -> Self {
        Position {
            role: p.role,
            company: p.company,
            start_date: p.start_date,
            end_date: p.end_date,
            highlights: p.highlights,
        }
    }
}

impl From<&Education> for StoredEducation {
    fn from(e: &Education) -> Self {
        StoredEducation {
            school: e.school.clone(),
            degree: e.degree.clone(),
            field: e.field.clone(),
        }
    }
}

impl From<StoredEducation> for Education {
    fn from(e: StoredEducation) -> Self {
        Education {
            school: e.school,
            degree: e.degree,
            field: e.field,
        }
    }
}

/// Reads a stored profile body.
pub fn profile_from_json(body: serde_json::Value) -> Result<Profile, serde_json::Error> {
    serde_json::from_value::<StoredProfile>(body).map(Profile::from)
}
