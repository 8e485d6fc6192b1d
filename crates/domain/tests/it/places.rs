//! Ambiguous and metro places in ads: a same-named city is chosen by the ad's other evidence
//! (country words, region, currency), left open as `location.alternatives` when nothing decides,
//! and picked by a PATCH that names it; metro areas are places, never remote.

use sourcing_domain::icp::{Icp, JobAd, apply_patch, build_icp, retrieval_steps};
use sourcing_domain::search::boolean_string::render;
use sourcing_domain::taxonomy::{Taxonomy, WorkMode};

fn ad(title: &str, description: &str, location: &str) -> Icp {
    build_icp(
        &JobAd {
            title: title.into(),
            job_description: description.into(),
            location: Some(location.into()),
            query: None,
        },
        Taxonomy::bundled(),
    )
}

fn place(icp: &Icp) -> (Option<&str>, Option<&str>, Vec<&str>) {
    let loc = icp.location.as_ref().unwrap();
    (
        loc.city.as_deref(),
        loc.country_code.as_deref(),
        loc.alternatives
            .iter()
            .map(|a| a.country_code.as_str())
            .collect(),
    )
}

#[test]
fn the_pay_and_the_region_decide_between_same_named_cities() {
    let es = ad(
        "Electricista",
        "Instalaciones en la Comunitat Valenciana. Salario de 24.000 a 28.000 € brutos anuales.",
        "Valencia",
    );
    assert_eq!(place(&es), (Some("Valencia"), Some("ES"), vec![]));
    let ve = ad(
        "Electricista",
        "Empresa de Carabobo busca electricista para su planta.",
        "Valencia",
    );
    assert_eq!(place(&ve), (Some("Valencia"), Some("VE"), vec![]));
    let on = ad(
        "Millwright",
        "Plant in Ontario. $32-$38/hour CAD, benefits from day one.",
        "London",
    );
    assert_eq!(place(&on).1, Some("CA"));
    let named = ad("Electricista", "Buscamos electricista.", "Valencia, España");
    assert_eq!(place(&named), (Some("Valencia"), Some("ES"), vec![]));
}

#[test]
fn an_undecided_place_says_so_and_a_patch_picks_one() {
    let mut icp = ad(
        "Research Software Engineer",
        "Python and C++ for our lab.",
        "Cambridge",
    );
    let (city, code, alternatives) = place(&icp);
    assert_eq!(city, Some("Cambridge"));
    assert_eq!(code, Some("GB"), "the most populous while undecided");
    assert!(alternatives.contains(&"US"), "{alternatives:?}");

    apply_patch(&mut icp, "in Cambridge, Massachusetts", Taxonomy::bundled());
    let (city, code, alternatives) = place(&icp);
    assert_eq!((city, code), (Some("Cambridge"), Some("US")));
    assert!(alternatives.is_empty());
    let widest = retrieval_steps(&icp, Taxonomy::bundled()).pop().unwrap();
    let shown = render(&widest.query);
    assert!(
        shown.contains("country:US") && !shown.contains("country:GB"),
        "the country rungs follow the pick: {shown}"
    );
}

#[test]
fn a_patch_that_names_no_alternative_changes_no_place() {
    let mut icp = ad("Research Software Engineer", "Python and C++.", "Cambridge");
    let before = icp.location.clone();
    apply_patch(
        &mut icp,
        "also consider Rust developers",
        Taxonomy::bundled(),
    );
    assert_eq!(icp.location, before);
}

#[test]
fn metro_areas_are_places_never_remote() {
    for (location, city, code) in [
        ("San Francisco Bay Area", "San Francisco", "US"),
        ("Greater London", "London", "GB"),
        ("Región de Murcia", "Murcia", "ES"),
    ] {
        let icp = ad("Accountant", "Bookkeeping and month-end close.", location);
        let loc = icp.location.as_ref().unwrap();
        assert_ne!(loc.work_mode, Some(WorkMode::Remote), "{location}");
        assert_eq!(loc.city.as_deref(), Some(city), "{location}");
        assert_eq!(loc.country_code.as_deref(), Some(code), "{location}");
    }
}
