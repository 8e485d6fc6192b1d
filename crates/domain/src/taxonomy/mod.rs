//! Title, skill and location taxonomies built from open data (see `data/ATTRIBUTION.md`).
