//! The stored form of an enrichment's items: items written before the domain types lost their
//! serde derives read back into the same values and re-serialise to the same bytes.

use sourcing_adapters_postgres::repos::stored_item::StoredItem;
use sourcing_domain::enrichment::{ItemOutcome, ItemResult};
use sourcing_domain::ports::DiscoveredEmail;

use crate::stored_candidate::populated;

/// Items exactly as the domain types' serde derives wrote them before the storage types.
const WRITTEN_BEFORE: &str = include_str!("fixtures/enrichment_items_before_storage_type.json");

fn items() -> Vec<ItemResult> {
    vec![
        ItemResult {
            profile_id: "p-42".into(),
            outcome: ItemOutcome::Enriched {
                candidate: Box::new(populated()),
                emails: vec![DiscoveredEmail {
                    address: "ada@example.com".into(),
                    confidence: 92,
                    pattern: "{first}@{domain}".into(),
                }],
            },
        },
        ItemResult {
            profile_id: "p-43".into(),
            outcome: ItemOutcome::Failed {
                code: "PROFILE_NOT_FOUND".into(),
                message: "No such profile.".into(),
            },
        },
    ]
}

#[test]
fn items_written_by_the_old_code_read_back_unchanged() {
    let stored: Vec<StoredItem> = serde_json::from_str(WRITTEN_BEFORE).unwrap();
    let read: Vec<ItemResult> = stored.into_iter().map(ItemResult::from).collect();
    assert_eq!(read, items());
}

#[test]
fn items_are_written_in_the_same_bytes_as_before() {
    let stored: Vec<StoredItem> = items().iter().map(StoredItem::from).collect();
    assert_eq!(
        serde_json::to_string(&stored).unwrap(),
        WRITTEN_BEFORE.trim_end()
    );
}
