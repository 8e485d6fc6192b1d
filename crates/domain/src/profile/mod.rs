//! A person in the people index, in the corpus's JSON Lines shape.

mod normalize;

pub use normalize::{normalize, normalize_date};

/// One person as the people index returns it; every field but the id may be missing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Profile {
    /// Stable id of the person across runs.
    pub profile_id: String,
    /// Full display name.
    pub name: Option<String>,
    /// Free-text headline, as people write it about themselves.
    pub headline: Option<String>,
    /// Free-text location ("Berlin, Germany").
    pub location: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<String>,
    /// Current job title, as written by the person.
    pub current_role: Option<String>,
    /// Current employer name.
    pub current_company: Option<String>,
    /// Current employer's web domain, used for email discovery.
    pub company_domain: Option<String>,
    /// Public profile URL (reserved example domain in the synthetic corpus).
    pub linkedin_url: Option<String>,
    /// Skills as listed by the person.
    pub skills: Vec<String>,
    /// Total years of professional experience.
    pub years_experience: Option<f32>,
    /// Positions, most recent first.
    pub experience: Vec<Position>,
    /// Schools and degrees.
    pub education: Vec<Education>,
    /// Whether the person signals they are open to new roles.
    pub open_to_work: Option<bool>,
}

/// One position in a career history.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Position {
    /// Title held.
    pub role: Option<String>,
    /// Employer name.
    pub company: Option<String>,
    /// Start month, `YYYY-MM` (or `YYYY-MM-DD`).
    pub start_date: Option<String>,
    /// End month; `None` while current.
    pub end_date: Option<String>,
    /// Achievements and duties in free text.
    pub highlights: Vec<String>,
}

/// One education entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Education {
    /// School name.
    pub school: Option<String>,
    /// Degree ("BSc", "MSc", "PhD" …).
    pub degree: Option<String>,
    /// Field of study.
    pub field: Option<String>,
}
