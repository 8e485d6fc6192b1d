//! A text embedder with no model: each word (lower case) points in a direction drawn from its
//! hash, a text is the sum of its words' directions. Words shared give closeness, nothing else
//! does — enough for domain and app tests of what is done with meaning, never for meaning itself.

use sourcing_domain::ports::{Embedding, TextEmbedder};

/// Dimension of the hashed vectors.
const DIMS: usize = 64;

/// The in-memory [`TextEmbedder`]: a hashed bag of words.
#[derive(Debug, Clone, Copy, Default)]
pub struct HashedWordsEmbedder;

/// FNV-1a of a word, then a xorshift stream for its components.
fn direction(word: &str) -> [f32; DIMS] {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in word.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let mut out = [0.0f32; DIMS];
    for v in &mut out {
        h ^= h << 13;
        h ^= h >> 7;
        h ^= h << 17;
        // a value in [-1, 1) from the top 24 bits
        *v = ((h >> 40) as f32 / 8_388_608.0) - 1.0;
    }
    out
}

impl TextEmbedder for HashedWordsEmbedder {
    fn model_id(&self) -> &str {
        "hashed-words-64"
    }

    fn dimension(&self) -> usize {
        DIMS
    }

    fn embed(&self, text: &str) -> Embedding {
        let mut sum = vec![0.0f32; DIMS];
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let d = direction(&word.to_lowercase());
            sum.iter_mut().zip(d).for_each(|(s, v)| *s += v);
        }
        Embedding::normalised(sum)
    }
}
