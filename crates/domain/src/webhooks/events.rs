//! Event types: the registration keys clients subscribe with and the labels payloads carry.

use std::fmt;

/// One event a webhook can subscribe to; platform events this service never emits are kept.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventType {
    /// A sourcing run finished with scored candidates.
    SourcingCompleted,
    /// A sourcing run hit an unrecoverable error.
    SourcingFailed,
    /// An enrichment run completed (partial success counts).
    EnrichCompleted,
    /// An enrichment run hit an unrecoverable error.
    EnrichFailed,
    /// A test delivery.
    Ping,
    /// Another platform event (`ANALYSIS_COMPLETED`, `INTERVIEW_*` …), stored as its label.
    Other(String),
}

const KNOWN: [(EventType, &str, &str); 5] = [
    (
        EventType::SourcingCompleted,
        "SOURCING_COMPLETED",
        "sourcing.completed",
    ),
    (
        EventType::SourcingFailed,
        "SOURCING_FAILED",
        "sourcing.failed",
    ),
    (
        EventType::EnrichCompleted,
        "ENRICH_COMPLETED",
        "enrich.completed",
    ),
    (EventType::EnrichFailed, "ENRICH_FAILED", "enrich.failed"),
    (EventType::Ping, "PING", "ping"),
];

/// Longest event name accepted.
const MAX_EVENT_LEN: usize = 100;

impl EventType {
    /// Parses a registration key (`SOURCING_COMPLETED`) or a label (`sourcing.completed`); other
    /// platform events in either spelling (`INTERVIEW_SCHEDULED`, `interview.scheduled`) are kept.
    pub fn parse(input: &str) -> Option<EventType> {
        let s = input.trim();
        if s.is_empty() || s.len() > MAX_EVENT_LEN {
            return None;
        }
        if let Some((known, _, _)) = KNOWN
            .iter()
            .find(|(_, key, label)| *key == s || *label == s)
        {
            return Some(known.clone());
        }
        let key_like = s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && s.contains('_')
            && !s.ends_with('_')
            && !s.contains("__")
            && s.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if key_like {
            return Some(EventType::Other(key_to_label(s)));
        }
        let label_like = s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && s.contains('.')
            && s.split('.').all(|part| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            });
        label_like.then(|| EventType::Other(s.to_owned()))
    }

    /// The label shown in payloads and responses.
    pub fn label(&self) -> &str {
        match self {
            EventType::Other(label) => label,
            known => KNOWN
                .iter()
                .find(|(k, _, _)| k == known)
                .map_or("", |(_, _, label)| label),
        }
    }
}

/// `INTERVIEW_FEEDBACK_SUBMITTED` → `interview.feedback_submitted`: the first word names the
/// resource, the rest the action, as the platform's own labels do (`sourcing.completed`).
fn key_to_label(key: &str) -> String {
    let lower = key.to_ascii_lowercase();
    match lower.split_once('_') {
        Some((resource, action)) => format!("{resource}.{action}"),
        None => lower,
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// An operation whose runs can notify a webhook, with its two events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    /// `POST /sourcing`.
    Sourcing,
    /// `POST /sourcing/enrich`.
    Enrichment,
}

impl Operation {
    /// The operation's completed and failed events; a run's webhook must take one of them.
    pub fn events(self) -> [EventType; 2] {
        match self {
            Operation::Sourcing => [EventType::SourcingCompleted, EventType::SourcingFailed],
            Operation::Enrichment => [EventType::EnrichCompleted, EventType::EnrichFailed],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_labels_parse_to_the_same_event() {
        for (event, key, label) in KNOWN {
            assert_eq!(EventType::parse(key), Some(event.clone()));
            assert_eq!(EventType::parse(label), Some(event.clone()));
            assert_eq!(event.label(), label);
        }
    }

    #[test]
    fn other_platform_events_are_kept_as_labels() {
        assert_eq!(
            EventType::parse("ANALYSIS_COMPLETED").unwrap().label(),
            "analysis.completed"
        );
        assert_eq!(
            EventType::parse("INTERVIEW_FEEDBACK_SUBMITTED")
                .unwrap()
                .label(),
            "interview.feedback_submitted"
        );
        assert_eq!(
            EventType::parse("interview.scheduled").unwrap().label(),
            "interview.scheduled"
        );
    }

    #[test]
    fn garbage_is_refused() {
        for bad in [
            "",
            " ",
            "sourcing",
            "SOURCING",
            "Sourcing.Completed",
            "sourcing..completed",
            "sourcing.completed!",
            "_X",
            "A__B",
            "A_",
            "<script>",
            &"A_B".repeat(40),
        ] {
            assert_eq!(EventType::parse(bad), None, "{bad}");
        }
    }
}
