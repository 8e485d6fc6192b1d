//! Typed identifiers, so a company id can never be passed where a run id is expected.

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

/// Error for an id string that is not of the expected form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed id")]
pub struct MalformedId;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh random id.
            pub fn new_random() -> Self {
                Self(Uuid::new_v4())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = MalformedId;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self).map_err(|_| MalformedId)
            }
        }
    };
}

uuid_id!(
    /// A customer company: the unit of tenancy and billing.
    CompanyId
);
uuid_id!(
    /// An API key record (not the secret).
    ApiKeyId
);

/// A sourcing run, shown on the wire as `req_<uuid>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RunId(pub Uuid);

impl RunId {
    /// Wire prefix of sourcing run ids.
    pub const PREFIX: &'static str = "req_";

    /// A fresh random run id.
    pub fn new_random() -> Self {
        Self(Uuid::new_v4())
    }
}

impl fmt::Display for RunId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", Self::PREFIX, self.0)
    }
}

/// Parses only the canonical spelling of a UUID, lowercase and hyphenated (the one `Display`
/// writes), so an id has exactly one wire form: `Uuid::parse_str` also takes uppercase, simple
/// (32 digits), braced and `urn:uuid:` forms.
pub fn parse_canonical_uuid(s: &str) -> Result<Uuid, MalformedId> {
    let uuid = Uuid::try_parse(s).map_err(|_| MalformedId)?;
    let mut buffer = Uuid::encode_buffer();
    if uuid.hyphenated().encode_lower(&mut buffer) == s {
        Ok(uuid)
    } else {
        Err(MalformedId)
    }
}

impl FromStr for RunId {
    type Err = MalformedId;
    /// Accepts only `req_` followed by the lowercase hyphenated UUID.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let rest = s.strip_prefix(Self::PREFIX).ok_or(MalformedId)?;
        parse_canonical_uuid(rest).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_id_round_trips_with_prefix() {
        let id = RunId::new_random();
        let text = id.to_string();
        assert!(text.starts_with("req_"));
        assert_eq!(text.parse::<RunId>(), Ok(id));
    }

    #[test]
    fn run_id_rejects_missing_prefix_and_garbage() {
        let bare = Uuid::new_v4().to_string();
        assert_eq!(bare.parse::<RunId>(), Err(MalformedId));
        assert_eq!("req_nope".parse::<RunId>(), Err(MalformedId));
        assert!(bare.parse::<CompanyId>().is_ok());
    }

    #[test]
    fn run_id_has_exactly_one_spelling() {
        let id = RunId::new_random();
        let canonical = id.0.hyphenated().to_string();
        let simple = id.0.simple().to_string();
        for other in [
            format!("req_{}", canonical.to_uppercase()),
            format!("req_{simple}"),
            format!("req_{}", simple.to_uppercase()),
            format!("req_{{{canonical}}}"),
            format!("req_urn:uuid:{canonical}"),
            format!("REQ_{canonical}"),
            format!("req_ {canonical}"),
            format!("req_{canonical} "),
        ] {
            assert_eq!(other.parse::<RunId>(), Err(MalformedId), "{other}");
        }
        assert_eq!(format!("req_{canonical}").parse::<RunId>(), Ok(id));
    }
}
