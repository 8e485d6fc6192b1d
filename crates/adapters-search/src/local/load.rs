//! Reading the JSON Lines corpus.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use sourcing_domain::profile::Profile;

/// Why the corpus could not be loaded; the app should refuse to start rather than serve a
/// partial index.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read.
    #[error("cannot read people corpus {path}: {source}")]
    Io {
        /// The corpus file.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A line is not a valid profile.
    #[error("malformed profile in {path} at line {line}: {source}")]
    Malformed {
        /// The corpus file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What serde found wrong.
        source: serde_json::Error,
    },
    /// A line has an empty `profileId`, which could never be looked up or excluded.
    #[error("profile without profileId in {path} at line {line}")]
    MissingId {
        /// The corpus file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
    },
    /// Two lines share a `profileId`, which would make exclusion and lookup ambiguous.
    #[error("duplicate profileId {id:?} in {path}")]
    DuplicateId {
        /// The corpus file.
        path: PathBuf,
        /// The repeated id.
        id: String,
    },
}

/// Reads one profile per non-blank line.
pub(crate) fn read_jsonl(path: &Path) -> Result<Vec<Profile>, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let reader = std::io::BufReader::new(file);
    let mut profiles = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(io)?;
        if line.trim().is_empty() {
            continue;
        }
        let profile: Profile =
            serde_json::from_str(&line).map_err(|source| LoadError::Malformed {
                path: path.to_path_buf(),
                line: i + 1,
                source,
            })?;
        if profile.profile_id.trim().is_empty() {
            return Err(LoadError::MissingId {
                path: path.to_path_buf(),
                line: i + 1,
            });
        }
        profiles.push(profile);
    }
    Ok(profiles)
}
