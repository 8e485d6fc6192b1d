//! The committed synthetic corpus (placeholder until the corpus is generated).
