//! The [`TextEmbedder`](sourcing_domain::ports::TextEmbedder) adapter: a static embedding table
//! (one int8 row per word piece) distilled from all-MiniLM-L6-v2 by `tools/distill_embedder.py`,
//! read from `data/model/` at start. A text's vector is the mean of its pieces' rows: thousands of
//! texts a second on one core, with no model server and nothing downloaded at run time.

mod static_model;
mod word_piece;

pub use static_model::{ModelError, StaticEmbedder};
