//! The domain's ICP as the wire body of `sourcing-api-types` (the `icp` of a run's results): the
//! names of seniorities and work modes are the contract's, decided here and nowhere else.

use sourcing_api_types as api;
use sourcing_domain::icp::{Icp, LocationTarget, PlaceAlternative, SkillRequirement};
use sourcing_domain::sourcing::SearchStep;
use sourcing_domain::taxonomy::{Seniority, WorkMode};

/// `icp` of the results body.
pub fn icp(icp: Icp) -> api::Icp {
    api::Icp {
        job_title: icp.job_title,
        canonical_title: icp.canonical_title,
        title_synonyms: icp.title_synonyms,
        seniority: icp.seniority.map(|s| seniority_name(s).to_owned()),
        min_years: icp.min_years,
        must_have_skills: icp.must_have_skills.into_iter().map(skill).collect(),
        nice_to_have_skills: icp.nice_to_have_skills.into_iter().map(skill).collect(),
        location: icp.location.map(location),
        negative_keywords: icp.negative_keywords,
        recruiting_role: icp.recruiting_role,
        technical_role: icp.technical_role,
        boolean_query: icp.boolean_query,
        patches: icp.patches,
        search_steps: icp.search_steps.into_iter().map(step).collect(),
        other: Default::default(),
    }
}

/// The contract's name of a seniority level.
pub fn seniority_name(s: Seniority) -> &'static str {
    match s {
        Seniority::Intern => "intern",
        Seniority::Junior => "junior",
        Seniority::Mid => "mid",
        Seniority::Senior => "senior",
        Seniority::Staff => "staff",
        Seniority::Principal => "principal",
        Seniority::Lead => "lead",
        Seniority::Manager => "manager",
        Seniority::Head => "head",
        Seniority::Director => "director",
        Seniority::Vp => "vp",
        Seniority::CLevel => "c_level",
    }
}

/// The contract's name of a work mode.
pub fn work_mode_name(m: WorkMode) -> &'static str {
    match m {
        WorkMode::Remote => "remote",
        WorkMode::Hybrid => "hybrid",
        WorkMode::Onsite => "onsite",
    }
}

fn skill(s: SkillRequirement) -> api::SkillRequirement {
    api::SkillRequirement {
        name: s.name,
        aliases: s.aliases,
        related: s.related,
        alternatives: s.alternatives.into_iter().map(skill).collect(),
        required: s.required,
    }
}

fn location(l: LocationTarget) -> api::IcpLocation {
    api::IcpLocation {
        raw: l.raw,
        city: l.city,
        region: l.region,
        country: l.country,
        country_code: l.country_code,
        variants: l.variants,
        work_mode: l.work_mode.map(|m| work_mode_name(m).to_owned()),
        remote_countries: l.remote_countries,
        region_countries: l.region_countries,
        alternatives: l.alternatives.into_iter().map(place).collect(),
        city_only: l.city_only,
        radius_km: l.radius_km,
    }
}

fn place(p: PlaceAlternative) -> api::PlaceAlternative {
    api::PlaceAlternative {
        city: p.city,
        region: p.region,
        country: p.country,
        country_code: p.country_code,
    }
}

fn step(s: SearchStep) -> api::SearchStep {
    api::SearchStep {
        name: s.name,
        query: s.query,
        found: s.found,
        added: s.added as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sourcing_adapters_postgres::repos::stored_icp::StoredIcp;
    use sourcing_domain::icp::{JobAd, apply_patch, build_icp};
    use sourcing_domain::taxonomy::Taxonomy;

    fn ads() -> Vec<Icp> {
        let ad = |title: &str, description: &str, location: &str| JobAd {
            title: title.into(),
            job_description: description.into(),
            location: Some(location.into()).filter(|l: &String| !l.is_empty()),
            query: None,
        };
        let taxonomy = Taxonomy::bundled();
        let mut out: Vec<Icp> = [
            ad(
                "Senior Site Reliability Engineer",
                "Must have Kubernetes. Python or Go. Terraform is a plus. 5+ years.",
                "Hybrid – Berlin",
            ),
            ad(
                "Research Software Engineer",
                "Python and C++ for our lab.",
                "Cambridge",
            ),
            ad("Head of Sales DACH", "B2B SaaS, Salesforce.", "Remote (EU)"),
            ad("Pflegefachkraft (m/w/d)", "Intensivpflege.", ""),
        ]
        .iter()
        .map(|a| build_icp(a, taxonomy))
        .collect();
        let mut patched = out[0].clone();
        apply_patch(&mut patched, "only Berlin", taxonomy);
        out.push(patched);
        out
    }

    /// The results' ICP keeps the shape the domain type's serde derive wrote before the wire
    /// type (the stored type is proven equal to that derive by its fixtures).
    #[test]
    fn the_wire_icp_is_the_shape_written_before() {
        let icps = ads();
        assert!(icps.iter().any(|i| {
            i.location
                .as_ref()
                .is_some_and(|l| !l.alternatives.is_empty())
        }));
        for icp in icps {
            let before = serde_json::to_value(StoredIcp::from(&icp)).unwrap_or_default();
            let wire = serde_json::to_value(super::icp(icp.clone())).unwrap_or_default();
            assert_eq!(wire, before, "{}", icp.job_title);
            for key in [
                "canonicalTitle",
                "titleSynonyms",
                "mustHaveSkills",
                "niceToHaveSkills",
                "negativeKeywords",
                "booleanQuery",
                "patches",
                "location",
                "technicalRole",
            ] {
                assert!(wire.get(key).is_some(), "{}: {key}", icp.job_title);
            }
            assert!(wire.get("adWords").is_none());
        }
    }

    #[test]
    fn clients_read_the_wire_icp_back_whole() {
        for icp in ads() {
            let wire = super::icp(icp);
            let text = serde_json::to_string(&wire).unwrap_or_default();
            let read: api::Icp = serde_json::from_str(&text).unwrap_or_default();
            assert_eq!(read, wire);
            assert!(
                read.other.is_empty(),
                "every key the server writes is typed"
            );
        }
    }
}
