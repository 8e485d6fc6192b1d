//! Reading the JSON Lines corpus: one profile a line, in any format [`formats`] reads; a line
//! that cannot be read, or repeats an id, is skipped and counted, never fatal.

use std::collections::HashSet;
use std::io::BufRead;
use std::path::{Path, PathBuf};

use sourcing_domain::profile::Profile;

use super::formats::{self, Format};

/// How many skipped lines a report names (the rest are only counted).
const NAMED_PROBLEMS: usize = 5;

/// Why the corpus could not be loaded at all (a bad line is not a load error: see
/// [`LoadReport`]).
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
    /// The profiles were read but the index over them could not be built.
    #[error(transparent)]
    Index(#[from] super::index::IndexError),
}

/// What loading a corpus found, for the start-up log and health checks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Profiles loaded.
    pub loaded: usize,
    /// Profiles read in our own shape.
    pub profiles: usize,
    /// People Data Labs person records read.
    pub people_data_labs: usize,
    /// JSON Resume documents read.
    pub json_resume: usize,
    /// Lines skipped because they could not be read as a profile.
    pub unreadable: usize,
    /// Lines skipped because an earlier line had the same id (the first wins).
    pub duplicates: usize,
    /// The first few skipped lines: 1-based line number and why.
    pub problems: Vec<(usize, String)>,
}

impl LoadReport {
    /// Lines skipped for any reason.
    #[must_use]
    pub fn skipped(&self) -> usize {
        self.unreadable + self.duplicates
    }

    fn skip(&mut self, line: usize, why: String) {
        if self.problems.len() < NAMED_PROBLEMS {
            self.problems.push((line, why));
        }
    }
}

/// Reads one profile per non-blank line, skipping (and counting) what cannot be used.
pub(crate) fn read_jsonl(path: &Path) -> Result<(Vec<Profile>, LoadReport), LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let reader = std::io::BufReader::new(file);
    let mut profiles = Vec::new();
    let mut seen = HashSet::new();
    let mut report = LoadReport::default();
    for (i, line) in reader.split(b'\n').enumerate() {
        let bytes = line.map_err(io)?;
        let Ok(line) = std::str::from_utf8(&bytes) else {
            report.unreadable += 1;
            report.skip(i + 1, "not UTF-8".into());
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        match formats::read_line(line) {
            Ok((profile, format)) => {
                if !seen.insert(profile.profile_id.trim().to_owned()) {
                    report.duplicates += 1;
                    report.skip(i + 1, format!("repeats id {:?}", profile.profile_id));
                    continue;
                }
                match format {
                    Format::Profile => report.profiles += 1,
                    Format::PeopleDataLabs => report.people_data_labs += 1,
                    Format::JsonResume => report.json_resume += 1,
                }
                profiles.push(profile);
            }
            Err(why) => {
                report.unreadable += 1;
                report.skip(i + 1, why);
            }
        }
    }
    report.loaded = profiles.len();
    Ok((profiles, report))
}
