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

impl FromStr for RunId {
    type Err = MalformedId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let rest = s.strip_prefix(Self::PREFIX).ok_or(MalformedId)?;
        Uuid::parse_str(rest).map(Self).map_err(|_| MalformedId)
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
}
