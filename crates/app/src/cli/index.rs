//! `sourcing index build`: the local people index built ahead of `serve` and `worker`.

use std::io::Write;
use std::time::Instant;

use anyhow::Context;
use serde_json::json;
use sourcing_adapters_search::IndexOrigin;

use crate::config::Config;
use crate::startup::open_local_index;

/// Builds (or finds up to date) the index of `search.corpus` in `search.index_dir` and prints
/// one JSON object: where it is, whether it was built or reused, profiles and skipped lines.
pub fn build(config: &Config) -> anyhow::Result<()> {
    let search = &config.search;
    if search.index_dir.as_os_str().is_empty() {
        anyhow::bail!(
            "search.index_dir is empty: the index lives in memory, there is nothing to build"
        );
    }
    let started = Instant::now();
    let index = open_local_index(search)?;
    let (origin, dir) = match index.index_origin() {
        IndexOrigin::Built(dir) => ("built", dir.display().to_string()),
        IndexOrigin::Reused(dir) => ("reused", dir.display().to_string()),
        IndexOrigin::Memory => ("memory", String::new()),
    };
    let report = index.load_report();
    let summary = json!({
        "index": origin,
        "dir": dir,
        "corpus": search.corpus.display().to_string(),
        "profiles": index.len(),
        "skippedLines": report.skipped(),
        "elapsedMs": started.elapsed().as_millis() as u64,
    });
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{summary}").context("writing to stdout")?;
    Ok(())
}
