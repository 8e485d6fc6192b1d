//! The index kept on disk: reused only for the same corpus, built atomically under a lock.

use std::path::{Path, PathBuf};

use sourcing_adapters_search::{IndexOrigin, LocalPeopleSearch, ProfileRecord};
use sourcing_domain::search::{Field, Query};

use crate::fixtures::{self, request, temp_file};

fn corpus_text() -> String {
    fixtures::profiles()
        .iter()
        .map(|p| serde_json::to_string(&ProfileRecord::from(p)).unwrap() + "\n")
        .collect()
}

/// A fresh, empty folder under the system temp dir.
fn temp_dir(name: &str) -> PathBuf {
    let marker = temp_file(name, "");
    std::fs::remove_file(&marker).unwrap();
    marker
}

fn folder(origin: &IndexOrigin) -> &Path {
    match origin {
        IndexOrigin::Built(p) | IndexOrigin::Reused(p) => p,
        IndexOrigin::Memory => panic!("the index was not kept on disk"),
    }
}

fn engineers(index: &LocalPeopleSearch) -> Vec<(String, f32)> {
    let query = Query::phrase(&[Field::CurrentRole, Field::Skills], "engineer");
    index
        .search_now(&request(query, 100))
        .hits
        .into_iter()
        .map(|h| (h.profile.profile_id, h.relevance))
        .collect()
}

#[test]
fn a_built_index_is_reused_for_the_same_corpus_and_searches_the_same() {
    let corpus = temp_file("people.jsonl", &corpus_text());
    let dir = temp_dir("index");
    let first = LocalPeopleSearch::from_path_with_index_dir(&corpus, &dir).unwrap();
    assert!(matches!(first.index_origin(), IndexOrigin::Built(_)));
    let second = LocalPeopleSearch::from_path_with_index_dir(&corpus, &dir).unwrap();
    assert_eq!(
        second.index_origin(),
        &IndexOrigin::Reused(folder(first.index_origin()).to_path_buf())
    );
    let in_memory = LocalPeopleSearch::from_path(&corpus).unwrap();
    assert_eq!(in_memory.index_origin(), &IndexOrigin::Memory);
    assert!(!engineers(&in_memory).is_empty());
    assert_eq!(engineers(&second), engineers(&in_memory));
    assert_eq!(engineers(&first), engineers(&in_memory));
    assert_eq!(second.len(), in_memory.len());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn another_corpus_gets_its_own_index_and_the_first_stays() {
    let dir = temp_dir("index");
    let one = temp_file("one.jsonl", &corpus_text());
    let mut text = corpus_text();
    text.push_str(
        &serde_json::to_string(&ProfileRecord::from(&fixtures::profile(
            "extra",
            "Engineer",
            &[],
            "Berlin",
            "DE",
        )))
        .unwrap(),
    );
    let two = temp_file("two.jsonl", &text);
    let a = LocalPeopleSearch::from_path_with_index_dir(&one, &dir).unwrap();
    let b = LocalPeopleSearch::from_path_with_index_dir(&two, &dir).unwrap();
    assert!(matches!(b.index_origin(), IndexOrigin::Built(_)));
    assert_ne!(folder(a.index_origin()), folder(b.index_origin()));
    assert!(engineers(&b).iter().any(|(id, _)| id == "extra"));
    assert!(!engineers(&a).iter().any(|(id, _)| id == "extra"));
    let again = LocalPeopleSearch::from_path_with_index_dir(&one, &dir).unwrap();
    assert!(matches!(again.index_origin(), IndexOrigin::Reused(_)));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_unfinished_or_damaged_index_is_rebuilt() {
    let corpus = temp_file("people.jsonl", &corpus_text());
    let dir = temp_dir("index");
    let built = LocalPeopleSearch::from_path_with_index_dir(&corpus, &dir).unwrap();
    let path = folder(built.index_origin()).to_path_buf();
    drop(built);
    // a crash before the digest is written leaves no digest file
    std::fs::remove_file(path.join("sourcing-digest")).unwrap();
    let rebuilt = LocalPeopleSearch::from_path_with_index_dir(&corpus, &dir).unwrap();
    assert_eq!(rebuilt.index_origin(), &IndexOrigin::Built(path.clone()));
    // a folder with the right digest but no index in it
    drop(rebuilt);
    std::fs::remove_file(path.join("meta.json")).unwrap();
    let rebuilt = LocalPeopleSearch::from_path_with_index_dir(&corpus, &dir).unwrap();
    assert_eq!(rebuilt.index_origin(), &IndexOrigin::Built(path));
    assert_eq!(rebuilt.len(), 12);
    assert!(!engineers(&rebuilt).is_empty());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn leftovers_of_a_crashed_build_are_cleared_and_concurrent_loads_build_once() {
    let corpus = temp_file("people.jsonl", &corpus_text());
    let dir = temp_dir("index");
    let first = LocalPeopleSearch::from_path_with_index_dir(&corpus, &dir).unwrap();
    let name = folder(first.index_origin())
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    drop(first);
    let leftover = dir.join(format!(".{name}.building-1"));
    std::fs::create_dir_all(&leftover).unwrap();
    std::fs::remove_dir_all(dir.join(&name)).unwrap();

    let origins: Vec<IndexOrigin> = std::thread::scope(|s| {
        let loads: Vec<_> = (0..3)
            .map(|_| {
                s.spawn(|| {
                    LocalPeopleSearch::from_path_with_index_dir(&corpus, &dir)
                        .unwrap()
                        .index_origin()
                        .clone()
                })
            })
            .collect();
        loads.into_iter().map(|l| l.join().unwrap()).collect()
    });
    let built = origins
        .iter()
        .filter(|o| matches!(o, IndexOrigin::Built(_)))
        .count();
    assert_eq!(built, 1, "{origins:?}");
    assert!(!leftover.exists());
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".building-"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
    std::fs::remove_dir_all(&dir).ok();
}
