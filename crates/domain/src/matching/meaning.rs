//! What is compared by meaning: the words of an ad and of a profile that say what the job is.
//! Decided here once, so the index that stores profile vectors and the pass that embeds the ad
//! put the same things into the same model.

use crate::icp::Icp;
use crate::profile::Profile;

/// At most this many past roles go into a profile's text (older ones say less about today).
const PAST_ROLES: usize = 3;

/// A profile's job words: current role, headline, skills and the recent past roles (no
/// highlights: their prose drowns the job words in a static model's mean).
#[must_use]
pub fn profile_text(profile: &Profile) -> String {
    let mut parts: Vec<&str> = Vec::new();
    parts.extend(profile.current_role.as_deref());
    parts.extend(profile.headline.as_deref());
    let skills = profile.skills.join(", ");
    parts.push(&skills);
    parts.extend(
        profile
            .experience
            .iter()
            .take(PAST_ROLES)
            .filter_map(|p| p.role.as_deref()),
    );
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// An ad's job words as the ICP understood them: the title as written and its canonical
/// form, and the skills it asks for (must-haves first).
#[must_use]
pub fn ad_text(icp: &Icp) -> String {
    let skills: Vec<&str> = icp
        .must_have_skills
        .iter()
        .chain(&icp.nice_to_have_skills)
        .map(|s| s.name.as_str())
        .collect();
    [
        icp.job_title.as_str(),
        icp.canonical_title.as_str(),
        &skills.join(", "),
    ]
    .into_iter()
    .filter(|p| !p.trim().is_empty())
    .collect::<Vec<_>>()
    .join("\n")
}
