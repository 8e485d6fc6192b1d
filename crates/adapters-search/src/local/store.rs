//! The people index kept on disk: one folder per digest of what the index is made from (corpus
//! bytes, taxonomy, index format), built in a temporary folder and renamed into place under a
//! lock file, so a crash never leaves a half-built index where one is looked for and two
//! processes never build the same index at once.

use std::fs::File;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use sourcing_domain::profile::Profile;
use sourcing_domain::taxonomy::{LOCATIONS_JSON, SKILLS_JSON, TITLES_JSON};
use tantivy::Index;

use super::index::{IndexError, PeopleIndex, schema};

/// Bumped whenever what a built index holds changes for the same corpus and taxonomy: the
/// schema, the tokenizer, which texts go into which field.
const FORMAT: &str = "sourcing people index 1";
/// The file in an index folder holding the digest it was built for, written last.
const DIGEST_FILE: &str = "sourcing-digest";

/// Where the index a [`super::LocalPeopleSearch`] searches lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexOrigin {
    /// Built in memory at load (nothing kept).
    Memory,
    /// Built at load into this folder, for the next start to reuse.
    Built(PathBuf),
    /// Reused from this folder, built earlier from the same corpus, taxonomy and format.
    Reused(PathBuf),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> IndexError + '_ {
    move |source| IndexError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The hex SHA-256 of the index format, tantivy's version, the bundled taxonomy and the corpus
/// file's bytes: an index is reused only for the same four.
pub(crate) fn digest(corpus: &Path) -> Result<String, IndexError> {
    let mut hasher = Sha256::new();
    for part in [
        FORMAT,
        tantivy::version_string(),
        TITLES_JSON,
        SKILLS_JSON,
        LOCATIONS_JSON,
    ] {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    let mut file = BufReader::new(File::open(corpus).map_err(io(corpus))?);
    std::io::copy(&mut file, &mut hasher).map_err(io(corpus))?;
    Ok(hex::encode(hasher.finalize()))
}

/// Opens the index built for `digest` under `root`, or builds it there from `profiles` first.
pub(crate) fn open_or_build(
    root: &Path,
    digest: &str,
    profiles: &[Profile],
) -> Result<(PeopleIndex, IndexOrigin), IndexError> {
    let name = format!("people-{}", &digest[..digest.len().min(16)]);
    let folder = root.join(&name);
    if let Some(index) = open_matching(&folder, digest, profiles.len()) {
        return Ok((index, IndexOrigin::Reused(folder)));
    }
    std::fs::create_dir_all(root).map_err(io(root))?;
    let lock_path = root.join(format!(".{name}.lock"));
    let lock = File::create(&lock_path).map_err(io(&lock_path))?;
    lock.lock().map_err(io(&lock_path))?;
    // another process may have built it while this one waited for the lock
    if let Some(index) = open_matching(&folder, digest, profiles.len()) {
        return Ok((index, IndexOrigin::Reused(folder)));
    }
    remove_leftovers(root, &name);
    let temporary = root.join(format!(".{name}.building-{}", std::process::id()));
    build_in(&temporary, digest, profiles)?;
    if folder.exists() {
        tracing::warn!(index = %folder.display(), "people index: replacing an unusable index");
        std::fs::remove_dir_all(&folder).map_err(io(&folder))?;
    }
    std::fs::rename(&temporary, &folder).map_err(io(&folder))?;
    let index = PeopleIndex::open(&Index::open_in_dir(&folder)?)?;
    drop(lock);
    Ok((index, IndexOrigin::Built(folder)))
}

/// Removes what crashed builds of `name` left (only called under its lock, so none is running).
fn remove_leftovers(root: &Path, name: &str) {
    let prefix = format!(".{name}.building-");
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let path = entry.path();
            if let Err(e) = std::fs::remove_dir_all(&path) {
                tracing::warn!(folder = %path.display(), error = %e, "people index: leftover build not removed");
            }
        }
    }
}

/// The index in `folder` when it was completely built for `digest` over `docs` profiles.
fn open_matching(folder: &Path, digest: &str, docs: usize) -> Option<PeopleIndex> {
    let written = std::fs::read_to_string(folder.join(DIGEST_FILE)).ok()?;
    if written.trim() != digest {
        return None;
    }
    let opened = Index::open_in_dir(folder)
        .map_err(IndexError::from)
        .and_then(|index| PeopleIndex::open(&index));
    match opened {
        Ok(index) if index.doc_count() as usize == docs => Some(index),
        Ok(index) => {
            tracing::warn!(
                index = %folder.display(),
                indexed = index.doc_count(),
                loaded = docs,
                "people index: document count differs from the corpus; rebuilding"
            );
            None
        }
        Err(e) => {
            tracing::warn!(index = %folder.display(), error = %e, "people index: unreadable; rebuilding");
            None
        }
    }
}

/// Builds the index into a fresh `folder` and writes the digest file last.
fn build_in(folder: &Path, digest: &str, profiles: &[Profile]) -> Result<(), IndexError> {
    if folder.exists() {
        std::fs::remove_dir_all(folder).map_err(io(folder))?;
    }
    std::fs::create_dir_all(folder).map_err(io(folder))?;
    let index = Index::create_in_dir(folder, schema().0)?;
    drop(PeopleIndex::build_into(index, profiles)?);
    let path = folder.join(DIGEST_FILE);
    let mut file = File::create(&path).map_err(io(&path))?;
    file.write_all(digest.as_bytes()).map_err(io(&path))?;
    file.sync_all().map_err(io(&path))?;
    Ok(())
}
