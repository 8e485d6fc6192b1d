//! Hashes the migrations directory so the template database is rebuilt when it changes.

use std::fs;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                collect(&path, out);
            } else {
                out.push(path);
            }
        }
    }
}

fn main() {
    let dir = Path::new("../../migrations");
    println!("cargo:rerun-if-changed=../../migrations");
    let mut files = Vec::new();
    collect(dir, &mut files);
    files.sort();
    // FNV-1a over names and contents: stable, dependency-free.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        let bytes = fs::read(&file).unwrap_or_default();
        for b in file.to_string_lossy().bytes().chain(bytes) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=SOURCING_MIGRATIONS_HASH={hash:016x}");
}
