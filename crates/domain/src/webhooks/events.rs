//! Event types: the registration keys clients subscribe with and the labels payloads carry.

use std::fmt;

/// One event a webhook can subscribe to; the platform's events this service never emits are
/// kept as their labels.
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
    /// Another of the platform's events (`ANALYSIS_COMPLETED`, `INTERVIEW_*`) as its label; also
    /// any other value a subscription stored before the list was closed (it never fires).
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

/// The platform's other documented events, never emitted here but accepted in a subscription:
/// registration key, label, legacy number.
const PLATFORM: [(&str, &str, &str); 5] = [
    ("ANALYSIS_COMPLETED", "analysis.completed", "0"),
    ("ANALYSIS_FAILED", "analysis.failed", "1"),
    ("INTERVIEW_COMPLETED", "interview.completed", "3"),
    ("INTERVIEW_FAILED", "interview.failed", "4"),
    ("INTERVIEW_STARTED", "interview.started", "5"),
];

/// `PING`'s legacy number.
const PING_NUMBER: &str = "2";

impl EventType {
    /// Parses one of the contract's events in key (`SOURCING_COMPLETED`), label
    /// (`sourcing.completed`) or legacy-number (`2`) form; anything else is `None`.
    pub fn parse(input: &str) -> Option<EventType> {
        let s = input.trim();
        if s == PING_NUMBER {
            return Some(EventType::Ping);
        }
        if let Some((known, _, _)) = KNOWN
            .iter()
            .find(|(_, key, label)| *key == s || *label == s)
        {
            return Some(known.clone());
        }
        PLATFORM
            .iter()
            .find(|(key, label, number)| *key == s || *label == s || *number == s)
            .map(|(_, label, _)| EventType::Other((*label).to_owned()))
    }

    /// Reads a stored subscription's value: a contract event, or what an older version stored
    /// (kept as it is: it never fires, and a change of the webhook must replace it).
    pub fn from_stored(label: &str) -> Option<EventType> {
        EventType::parse(label)
            .or_else(|| (!label.trim().is_empty()).then(|| EventType::Other(label.to_owned())))
    }

    /// Whether the contract lists this event (a stored value of an older version may not be).
    pub fn is_listed(&self) -> bool {
        match self {
            EventType::Other(label) => PLATFORM.iter().any(|(_, l, _)| l == label),
            _ => true,
        }
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
    fn the_platforms_other_events_are_accepted_in_every_form() {
        for (key, label, number) in PLATFORM {
            for form in [key, label, number] {
                let event = EventType::parse(form).unwrap();
                assert_eq!(event.label(), label, "{form}");
                assert!(event.is_listed());
            }
        }
        assert_eq!(EventType::parse("2"), Some(EventType::Ping));
        assert_eq!(EventType::parse(" PING "), Some(EventType::Ping));
    }

    #[test]
    fn values_the_contract_does_not_list_are_refused_but_stored_ones_stay_readable() {
        for bad in [
            "",
            " ",
            "sourcing",
            "SOURCING",
            "SOURCING_COMPLETE",
            "INTERVIEW_SCHEDULED",
            "interview.scheduled",
            "INTERVIEW_FEEDBACK_SUBMITTED",
            "Sourcing.Completed",
            "sourcing..completed",
            "6",
            "-1",
            "02",
            "<script>",
            &"A_B".repeat(40),
        ] {
            assert_eq!(EventType::parse(bad), None, "{bad}");
        }
        let stored = EventType::from_stored("sourcing_complete.typo").unwrap();
        assert_eq!(stored.label(), "sourcing_complete.typo");
        assert!(!stored.is_listed());
        assert_eq!(EventType::from_stored(""), None);
        assert_eq!(
            EventType::from_stored("sourcing.completed"),
            Some(EventType::SourcingCompleted)
        );
    }
}
