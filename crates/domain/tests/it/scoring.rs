//! Scoring properties and explanations.
