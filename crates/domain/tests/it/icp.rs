//! ICP generation from realistic job ads, and context patches.

use sourcing_domain::icp::build_icp;
use sourcing_domain::taxonomy::Taxonomy;

#[test]
fn every_ad_yields_a_titled_icp_with_a_query() {
    for a in super::ads::all() {
        let icp = build_icp(&a.ad, Taxonomy::bundled());
        assert!(!icp.canonical_title.is_empty(), "{}", a.key);
        assert!(!icp.boolean_query.is_empty(), "{}", a.key);
    }
}
