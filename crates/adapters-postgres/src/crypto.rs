//! Encryption at rest of webhook secrets and custom header values (XChaCha20-Poly1305, a random
//! 24-byte nonce stored in front of each ciphertext).

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use sourcing_domain::errors::RepositoryError;

const NONCE_LEN: usize = 24;

/// Seals and opens small secrets with the operator's key; a wrong key or altered data fails.
#[derive(Clone)]
pub struct SecretBox {
    cipher: XChaCha20Poly1305,
}

impl std::fmt::Debug for SecretBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretBox(***)")
    }
}

impl SecretBox {
    /// A box keyed with 32 bytes from configuration.
    pub fn new(key: [u8; 32]) -> Self {
        Self {
            cipher: XChaCha20Poly1305::new(Key::from_slice(&key)),
        }
    }

    /// `nonce || ciphertext` of `plain`.
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, RepositoryError> {
        let nonce_bytes: [u8; NONCE_LEN] = rand::random();
        let sealed = self
            .cipher
            .encrypt(XNonce::from_slice(&nonce_bytes), plain)
            .map_err(|_| RepositoryError::Other(anyhow::anyhow!("encryption failed")))?;
        let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
        out.extend_from_slice(&nonce_bytes);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// The plaintext of [`SecretBox::seal`]'s output; fails on another key or tampered bytes.
    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, RepositoryError> {
        if sealed.len() < NONCE_LEN {
            return Err(RepositoryError::Other(anyhow::anyhow!(
                "sealed value too short"
            )));
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        self.cipher
            .decrypt(XNonce::from_slice(nonce), body)
            .map_err(|_| {
                RepositoryError::Other(anyhow::anyhow!(
                    "cannot decrypt a stored secret (wrong encryption key?)"
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_other_keys_and_tampering() {
        let sb = SecretBox::new([3; 32]);
        let sealed = sb.seal(b"Bearer s3cret").unwrap();
        assert!(
            !sealed.windows(6).any(|w| w == b"s3cret"),
            "not stored in clear"
        );
        assert_eq!(sb.open(&sealed).unwrap(), b"Bearer s3cret");
        assert_ne!(
            sealed,
            sb.seal(b"Bearer s3cret").unwrap(),
            "a fresh nonce each time"
        );
        assert!(SecretBox::new([4; 32]).open(&sealed).is_err());
        let mut tampered = sealed.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert!(sb.open(&tampered).is_err());
        assert!(sb.open(b"short").is_err());
    }
}
