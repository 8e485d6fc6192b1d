//! Rebuilds the crate when a migration changes, so the embedded set is current.
fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
}
