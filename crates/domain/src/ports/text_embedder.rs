//! Text → meaning, as a port: words of the ad and of a profile compared by what they mean
//! ("Production Engineer" near "Site Reliability Engineer"), not by spelling. The domain decides
//! how close is close; an adapter only runs a model.

/// A text's vector: unit length, or all zeros when the model knows none of its words.
#[derive(Debug, Clone, PartialEq)]
pub struct Embedding(Vec<f32>);

impl Embedding {
    /// A vector scaled to unit length; all zeros stays all zeros (nothing known, no direction).
    #[must_use]
    pub fn normalised(mut values: Vec<f32>) -> Self {
        let norm = values.iter().map(|v| v * v).sum::<f32>().sqrt();
        if norm.is_finite() && norm > 0.0 {
            values.iter_mut().for_each(|v| *v /= norm);
        } else {
            values.iter_mut().for_each(|v| *v = 0.0);
        }
        Self(values)
    }

    /// Its components.
    #[must_use]
    pub fn values(&self) -> &[f32] {
        &self.0
    }

    /// Whether the model knew nothing of the text.
    #[must_use]
    pub fn is_zero(&self) -> bool {
        self.0.iter().all(|v| *v == 0.0)
    }

    /// Cosine similarity (the dot product of unit vectors): 1 the same meaning, 0 unrelated or
    /// unknown; vectors of different lengths compare as 0.
    #[must_use]
    pub fn cosine(&self, other: &Embedding) -> f32 {
        if self.0.len() != other.0.len() {
            return 0.0;
        }
        self.0.iter().zip(&other.0).map(|(a, b)| a * b).sum()
    }
}

/// Turns text into an [`Embedding`]. Deterministic: the same text gives the same vector for the
/// same model, so vectors stored with an index stay comparable with an ad's.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait TextEmbedder: std::fmt::Debug + Send + Sync + 'static {
    /// Names the model and its weights (a digest): vectors of different models never mix.
    fn model_id(&self) -> &str;
    /// The length of every vector.
    fn dimension(&self) -> usize;
    /// The text's vector ([`Embedding`]): unit length, or zeros when no word is known; any
    /// length of text, never a failure.
    fn embed(&self, text: &str) -> Embedding;
}

/// One embedder shared by many users (the app hands the same one to the index and the passes).
impl<E: TextEmbedder + ?Sized> TextEmbedder for std::sync::Arc<E> {
    fn model_id(&self) -> &str {
        (**self).model_id()
    }
    fn dimension(&self) -> usize {
        (**self).dimension()
    }
    fn embed(&self, text: &str) -> Embedding {
        (**self).embed(text)
    }
}
