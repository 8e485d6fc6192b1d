//! The static embedding table and the [`TextEmbedder`] over it.
//!
//! File format (little endian, written by `tools/distill_embedder.py`): magic `SEMB1\0\0\0`,
//! `u32` rows, `u32` dims, rows × `f32` scale, rows × dims × `i8`, then the vocabulary, one
//! piece a line in id order.

use std::path::Path;

use sha2::{Digest, Sha256};
use sourcing_domain::ports::{Embedding, TextEmbedder};

use crate::word_piece::Vocabulary;

const MAGIC: &[u8; 8] = b"SEMB1\0\0\0";

/// Why a model file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file could not be read.
    #[error("reading the embedding model {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not a model of this format.
    #[error("the embedding model is malformed: {0}")]
    Malformed(String),
}

/// all-MiniLM-L6-v2 distilled into one int8 row a word piece: a text's vector is the mean of
/// its pieces' rows, normalised.
#[derive(Debug)]
pub struct StaticEmbedder {
    model_id: String,
    dims: usize,
    scales: Vec<f32>,
    values: Vec<i8>,
    vocabulary: Vocabulary,
}

impl StaticEmbedder {
    /// Loads the model file at `path`.
    ///
    /// # Errors
    /// [`ModelError`] when the file is missing or malformed.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self, ModelError> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| ModelError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Self::from_bytes(&bytes)
    }

    /// Reads a model from its bytes; its id names the format, size and a digest of the bytes.
    ///
    /// # Errors
    /// [`ModelError::Malformed`] when the bytes are not a whole model.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let bad = |why: &str| ModelError::Malformed(why.to_owned());
        if bytes.len() < 16 || &bytes[..8] != MAGIC {
            return Err(bad("no SEMB1 header"));
        }
        let word = |at: usize| -> Result<usize, ModelError> {
            let b: [u8; 4] = bytes[at..at + 4]
                .try_into()
                .map_err(|_| bad("short header"))?;
            usize::try_from(u32::from_le_bytes(b)).map_err(|_| bad("size"))
        };
        let (rows, dims) = (word(8)?, word(12)?);
        if rows == 0 || dims == 0 {
            return Err(bad("no rows"));
        }
        let scales_end = rows
            .checked_mul(4)
            .and_then(|n| n.checked_add(16))
            .ok_or_else(|| bad("size"))?;
        let values_end = rows
            .checked_mul(dims)
            .and_then(|n| n.checked_add(scales_end))
            .ok_or_else(|| bad("size"))?;
        if bytes.len() < values_end {
            return Err(bad("truncated table"));
        }
        let scales: Vec<f32> = bytes[16..scales_end]
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let values: Vec<i8> = bytes[scales_end..values_end]
            .iter()
            .map(|b| i8::from_le_bytes([*b]))
            .collect();
        let text = std::str::from_utf8(&bytes[values_end..]).map_err(|_| bad("vocabulary"))?;
        let pieces: Vec<&str> = text.lines().collect();
        if pieces.len() != rows {
            return Err(bad("vocabulary size differs from the table's"));
        }
        let digest = hex::encode(Sha256::digest(bytes));
        Ok(Self {
            model_id: format!("minilm-static-{dims}-{}", &digest[..16]),
            dims,
            scales,
            values,
            vocabulary: Vocabulary::new(pieces),
        })
    }
}

impl TextEmbedder for StaticEmbedder {
    fn model_id(&self) -> &str {
        &self.model_id
    }

    fn dimension(&self) -> usize {
        self.dims
    }

    fn embed(&self, text: &str) -> Embedding {
        let mut ids = Vec::new();
        self.vocabulary.pieces(text, &mut ids);
        let mut sum = vec![0.0f32; self.dims];
        for id in &ids {
            let row = *id as usize;
            let (Some(scale), Some(values)) = (
                self.scales.get(row),
                self.values.get(row * self.dims..(row + 1) * self.dims),
            ) else {
                continue;
            };
            for (s, v) in sum.iter_mut().zip(values) {
                *s += f32::from(*v) * scale;
            }
        }
        // the mean's direction is the sum's: normalising is enough
        Embedding::normalised(sum)
    }
}
