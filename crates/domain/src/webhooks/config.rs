//! A webhook subscription: what a client may register, change, and point a run at.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::ids::CompanyId;
use crate::sourcing::ValidationErrors;
use crate::webhooks::address::UrlPolicy;
use crate::webhooks::delivery::CircuitUpdate;
use crate::webhooks::events::{EventType, Operation};
use crate::webhooks::signing::SigningSecret;

/// Default attempts after the first failed one.
pub const DEFAULT_MAX_RETRIES: u32 = 3;
/// Most retries a client may ask for.
pub const MAX_RETRIES_LIMIT: u32 = 10;
/// Default time a receiver has to answer.
pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;
/// Shortest and longest receiver timeouts accepted.
pub const TIMEOUT_MS_RANGE: std::ops::RangeInclusive<u32> = 500..=30_000;
/// Most custom headers per webhook (the contract's limit).
pub const MAX_HEADERS: usize = 50;
/// Most events per subscription.
pub const MAX_EVENTS: usize = 50;
/// Headers the service sets itself, which a client may not override.
const RESERVED_HEADERS: [&str; 9] = [
    "webhook-id",
    "webhook-timestamp",
    "webhook-signature",
    "content-type",
    "content-length",
    "host",
    "transfer-encoding",
    "connection",
    "user-agent",
];

/// A custom header sent with every delivery; the value is a secret kept encrypted at rest.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookHeader {
    /// Header name as registered.
    pub name: String,
    /// Header value (never returned to clients).
    pub value: String,
}

impl std::fmt::Debug for WebhookHeader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WebhookHeader({}: ***)", self.name)
    }
}

/// A stored webhook.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// Id clients pass as `webhookId`.
    pub id: Uuid,
    /// Owner.
    pub company_id: CompanyId,
    /// Destination.
    pub url: String,
    /// Label.
    pub name: Option<String>,
    /// Free text.
    pub description: Option<String>,
    /// Custom headers.
    pub headers: Vec<WebhookHeader>,
    /// Subscribed events, in registration order, without duplicates.
    pub events: Vec<EventType>,
    /// Off while the circuit is open or when the client paused it.
    pub is_active: bool,
    /// Retries after a failed attempt.
    pub max_retries: u32,
    /// Receiver timeout per attempt.
    pub timeout_ms: u32,
    /// Failed deliveries in a row.
    pub consecutive_failures: u32,
    /// When the breaker opened.
    pub circuit_opened_at: Option<DateTime<Utc>>,
    /// HMAC key of the signatures.
    pub secret: SigningSecret,
    /// Creation.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

impl Webhook {
    /// Whether this webhook takes `event`.
    pub fn subscribes_to(&self, event: &EventType) -> bool {
        self.events.contains(event)
    }

    /// Applies a validated PATCH, the one place deciding what a change does (every store
    /// persists the result): resuming also closes an open circuit, pausing leaves it as it is.
    pub fn apply(&mut self, patch: WebhookPatch, now: DateTime<Utc>) {
        if let Some(url) = patch.url {
            self.url = url;
        }
        if let Some(name) = patch.name {
            self.name = name;
        }
        if let Some(description) = patch.description {
            self.description = description;
        }
        if let Some(headers) = patch.headers {
            self.headers = headers;
        }
        if let Some(events) = patch.events {
            self.events = events;
        }
        if let Some(max_retries) = patch.max_retries {
            self.max_retries = max_retries;
        }
        if let Some(timeout_ms) = patch.timeout_ms {
            self.timeout_ms = timeout_ms;
        }
        match patch.is_active {
            Some(true) => self.close_circuit(now),
            Some(false) => self.is_active = false,
            None => {}
        }
        self.updated_at = now;
    }

    /// Resumes deliveries with the failure count restarted (an operator's reset, a resume).
    pub fn close_circuit(&mut self, now: DateTime<Utc>) {
        self.is_active = true;
        self.consecutive_failures = 0;
        self.circuit_opened_at = None;
        self.updated_at = now;
    }

    /// Moves the breaker after an attempt: a success restarts the count; the `threshold`-th
    /// failure in a row pauses the webhook and stamps when (a store that must do this in one
    /// statement enforces exactly this rule).
    pub fn count_attempt(&mut self, update: CircuitUpdate, now: DateTime<Utc>) {
        match update {
            CircuitUpdate::Reset => self.consecutive_failures = 0,
            CircuitUpdate::Failure { threshold } => {
                self.consecutive_failures = self.consecutive_failures.saturating_add(1);
                if self.consecutive_failures >= threshold {
                    self.is_active = false;
                    self.circuit_opened_at.get_or_insert(now);
                }
                self.updated_at = now;
            }
        }
    }
}

/// Fields of a create or update request, as parsed from the body (not yet validated).
#[derive(Debug, Clone, Default)]
pub struct WebhookInput {
    /// `url`.
    pub url: Option<String>,
    /// `events`.
    pub events: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `headers` as `(name, value)`.
    pub headers: Option<Vec<(String, String)>>,
    /// `isActive` (updates only).
    pub is_active: Option<bool>,
    /// `maxRetries`.
    pub max_retries: Option<i64>,
    /// `timeoutMs`.
    pub timeout_ms: Option<i64>,
}

/// A validated `POST /webhooks`.
#[derive(Debug, Clone, PartialEq)]
pub struct NewWebhook {
    /// Destination.
    pub url: String,
    /// Label.
    pub name: Option<String>,
    /// Free text.
    pub description: Option<String>,
    /// Custom headers.
    pub headers: Vec<WebhookHeader>,
    /// Events.
    pub events: Vec<EventType>,
    /// Retries.
    pub max_retries: u32,
    /// Timeout.
    pub timeout_ms: u32,
}

/// A validated `PATCH /webhooks/{id}`: `None` leaves a field as it is; `headers` replaces the list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookPatch {
    /// New destination.
    pub url: Option<String>,
    /// New label (`Some(None)` clears it).
    pub name: Option<Option<String>>,
    /// New description (`Some(None)` clears it).
    pub description: Option<Option<String>>,
    /// Replacement header list.
    pub headers: Option<Vec<WebhookHeader>>,
    /// Replacement event list.
    pub events: Option<Vec<EventType>>,
    /// Pause or resume; resuming also closes an open circuit.
    pub is_active: Option<bool>,
    /// New retry count.
    pub max_retries: Option<u32>,
    /// New timeout.
    pub timeout_ms: Option<u32>,
}

fn text(
    errors: &mut ValidationErrors,
    field: &'static str,
    value: Option<&str>,
    max: usize,
) -> Option<String> {
    let v = value?.trim();
    if v.chars().count() > max {
        errors.add(field, format!("must be at most {max} characters"));
        None
    } else if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        errors.add(field, "must not contain control characters");
        None
    } else if v.is_empty() {
        None
    } else {
        Some(v.to_owned())
    }
}

fn events(errors: &mut ValidationErrors, raw: &[String]) -> Option<Vec<EventType>> {
    if raw.is_empty() {
        errors.add("events", "must list at least one event");
        return None;
    }
    if raw.len() > MAX_EVENTS {
        errors.add("events", format!("must list at most {MAX_EVENTS} events"));
        return None;
    }
    let mut out: Vec<EventType> = Vec::with_capacity(raw.len());
    for name in raw {
        match EventType::parse(name) {
            Some(event) if !out.contains(&event) => out.push(event),
            Some(_) => {}
            None => {
                errors.add("events", not_an_event(name));
                return None;
            }
        }
    }
    Some(out)
}

/// Why `name` is refused, naming it (cut to 100 characters) and what is accepted.
fn not_an_event(name: &str) -> String {
    format!(
        "`{}` is not an event of the platform: use SOURCING_COMPLETED, SOURCING_FAILED, \
         ENRICH_COMPLETED, ENRICH_FAILED, PING, ANALYSIS_COMPLETED, ANALYSIS_FAILED, \
         INTERVIEW_COMPLETED, INTERVIEW_FAILED or INTERVIEW_STARTED (or its label, such as \
         sourcing.completed, or its legacy number)",
        name.chars().take(100).collect::<String>()
    )
}

/// A change to a webhook whose stored subscription holds a value the contract does not list
/// (stored by an older version) must replace `events`, as a new subscription would be refused.
pub fn check_kept_events(current: &Webhook, patch: &WebhookPatch) -> Result<(), ValidationErrors> {
    if patch.events.is_some() {
        return Ok(());
    }
    match current.events.iter().find(|e| !e.is_listed()) {
        Some(unlisted) => {
            let mut errors = ValidationErrors::default();
            errors.add(
                "events",
                format!(
                    "{}; this webhook's subscription holds it, so a change must replace `events`",
                    not_an_event(unlisted.label())
                ),
            );
            Err(errors)
        }
        None => Ok(()),
    }
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

fn headers(errors: &mut ValidationErrors, raw: &[(String, String)]) -> Option<Vec<WebhookHeader>> {
    if raw.len() > MAX_HEADERS {
        errors.add(
            "headers",
            format!("must hold at most {MAX_HEADERS} headers"),
        );
        return None;
    }
    let mut out: Vec<WebhookHeader> = Vec::with_capacity(raw.len());
    for (i, (name, value)) in raw.iter().enumerate() {
        let name = name.trim();
        let problem = if name.is_empty() || name.len() > 256 || !name.chars().all(is_token_char) {
            Some(format!("headers[{i}].name must be an HTTP header name"))
        } else if RESERVED_HEADERS.contains(&name.to_ascii_lowercase().as_str()) {
            Some(format!("headers[{i}].name `{name}` is set by the service"))
        } else if out.iter().any(|h| h.name.eq_ignore_ascii_case(name)) {
            Some(format!("headers[{i}].name `{name}` is listed twice"))
        } else if value.len() > 4096
            || value
                .chars()
                .any(|c| c != '\t' && (c.is_control() || !c.is_ascii()))
        {
            Some(format!(
                "headers[{i}].value must be at most 4096 visible ASCII characters"
            ))
        } else {
            None
        };
        if let Some(problem) = problem {
            errors.add("headers", problem);
            return None;
        }
        out.push(WebhookHeader {
            name: name.to_owned(),
            value: value.trim().to_owned(),
        });
    }
    Some(out)
}

fn max_retries(errors: &mut ValidationErrors, raw: i64) -> Option<u32> {
    match u32::try_from(raw) {
        Ok(v) if v <= MAX_RETRIES_LIMIT => Some(v),
        _ => {
            errors.add(
                "maxRetries",
                format!("must be an integer from 0 to {MAX_RETRIES_LIMIT}"),
            );
            None
        }
    }
}

fn timeout_ms(errors: &mut ValidationErrors, raw: i64) -> Option<u32> {
    match u32::try_from(raw) {
        Ok(v) if TIMEOUT_MS_RANGE.contains(&v) => Some(v),
        _ => {
            errors.add(
                "timeoutMs",
                format!(
                    "must be an integer from {} to {}",
                    TIMEOUT_MS_RANGE.start(),
                    TIMEOUT_MS_RANGE.end()
                ),
            );
            None
        }
    }
}

fn url(errors: &mut ValidationErrors, raw: &str, policy: &UrlPolicy) -> Option<String> {
    match policy.check_url(raw) {
        Ok(url) => Some(url.to_string()),
        Err(problem) => {
            errors.add("url", problem);
            None
        }
    }
}

impl NewWebhook {
    /// Validates a create request: `url` (https, public) and a non-empty `events` are required.
    pub fn validate(
        input: WebhookInput,
        policy: &UrlPolicy,
    ) -> Result<NewWebhook, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let url = match input.url.as_deref() {
            Some(raw) => url(&mut errors, raw, policy),
            None => {
                errors.add("url", "required");
                None
            }
        };
        let events = match input.events.as_deref() {
            Some(raw) => events(&mut errors, raw),
            None => {
                errors.add("events", "required");
                None
            }
        };
        let name = text(&mut errors, "name", input.name.as_deref(), 255);
        let description = text(
            &mut errors,
            "description",
            input.description.as_deref(),
            1000,
        );
        let headers = headers(&mut errors, input.headers.as_deref().unwrap_or_default());
        let max_retries = max_retries(
            &mut errors,
            input.max_retries.unwrap_or(i64::from(DEFAULT_MAX_RETRIES)),
        );
        let timeout_ms = timeout_ms(
            &mut errors,
            input.timeout_ms.unwrap_or(i64::from(DEFAULT_TIMEOUT_MS)),
        );
        if input.is_active.is_some() {
            errors.add("isActive", "is set by PATCH; a new webhook is active");
        }
        match (url, events, headers, max_retries, timeout_ms) {
            (Some(url), Some(events), Some(headers), Some(max_retries), Some(timeout_ms))
                if errors.0.is_empty() =>
            {
                Ok(NewWebhook {
                    url,
                    name,
                    description,
                    headers,
                    events,
                    max_retries,
                    timeout_ms,
                })
            }
            _ => Err(errors),
        }
    }
}

impl WebhookPatch {
    /// Validates an update; an empty body is refused so a typo cannot pass as a no-op.
    pub fn validate(
        input: WebhookInput,
        policy: &UrlPolicy,
    ) -> Result<WebhookPatch, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let patch = WebhookPatch {
            url: input
                .url
                .as_deref()
                .and_then(|raw| url(&mut errors, raw, policy)),
            name: input
                .name
                .as_deref()
                .map(|raw| text(&mut errors, "name", Some(raw), 255)),
            description: input
                .description
                .as_deref()
                .map(|raw| text(&mut errors, "description", Some(raw), 1000)),
            headers: input
                .headers
                .as_deref()
                .and_then(|raw| headers(&mut errors, raw)),
            events: input
                .events
                .as_deref()
                .and_then(|raw| events(&mut errors, raw)),
            is_active: input.is_active,
            max_retries: input
                .max_retries
                .and_then(|raw| max_retries(&mut errors, raw)),
            timeout_ms: input
                .timeout_ms
                .and_then(|raw| timeout_ms(&mut errors, raw)),
        };
        if !errors.0.is_empty() {
            return Err(errors);
        }
        if patch == WebhookPatch::default() {
            errors.add("body", "must change at least one field");
            return Err(errors);
        }
        Ok(patch)
    }
}

/// Why a run may not notify the webhook it names (checked before any credit is reserved).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebhookCheckError {
    /// No such webhook (404 `WEBHOOK_NOT_FOUND`).
    #[error("webhook not found")]
    NotFound,
    /// Another company's webhook (403 `WEBHOOK_COMPANY_MISMATCH`).
    #[error("webhook belongs to another company")]
    CompanyMismatch,
    /// Subscribed to neither of the operation's events (422 `WEBHOOK_EVENT_NOT_SUBSCRIBED`).
    #[error("webhook not subscribed to the operation's events")]
    NotSubscribed,
}

/// The contract's checks of a run's `webhookId`, in its order: exists, same company, subscribed
/// to the operation's completed or failed event. `found` is the webhook with that id, whoever owns it.
pub fn check_run_webhook(
    company: CompanyId,
    found: Option<&Webhook>,
    operation: Operation,
) -> Result<(), WebhookCheckError> {
    let webhook = found.ok_or(WebhookCheckError::NotFound)?;
    if webhook.company_id != company {
        return Err(WebhookCheckError::CompanyMismatch);
    }
    if !operation.events().iter().any(|e| webhook.subscribes_to(e)) {
        return Err(WebhookCheckError::NotSubscribed);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(url: &str, events: &[&str]) -> WebhookInput {
        WebhookInput {
            url: Some(url.to_owned()),
            events: Some(events.iter().map(|e| (*e).to_owned()).collect()),
            ..WebhookInput::default()
        }
    }

    fn webhook(company: CompanyId, events: Vec<EventType>) -> Webhook {
        let now = Utc::now();
        Webhook {
            id: Uuid::new_v4(),
            company_id: company,
            url: "https://hooks.example.com/".into(),
            name: None,
            description: None,
            headers: vec![],
            events,
            is_active: true,
            max_retries: 3,
            timeout_ms: 30_000,
            consecutive_failures: 0,
            circuit_opened_at: None,
            secret: SigningSecret::from_bytes([1; 32]),
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn resuming_closes_the_circuit_and_pausing_keeps_its_count() {
        let company = CompanyId(Uuid::new_v4());
        let mut hook = webhook(company, vec![]);
        let now = Utc::now();
        for _ in 0..3 {
            hook.count_attempt(CircuitUpdate::Failure { threshold: 3 }, now);
        }
        assert!(!hook.is_active);
        assert_eq!(
            (hook.consecutive_failures, hook.circuit_opened_at),
            (3, Some(now))
        );
        hook.apply(
            WebhookPatch {
                is_active: Some(false),
                max_retries: Some(1),
                ..WebhookPatch::default()
            },
            now,
        );
        assert_eq!((hook.consecutive_failures, hook.max_retries), (3, 1));
        hook.apply(
            WebhookPatch {
                is_active: Some(true),
                ..WebhookPatch::default()
            },
            now,
        );
        assert!(hook.is_active);
        assert_eq!(
            (hook.consecutive_failures, hook.circuit_opened_at),
            (0, None)
        );
    }

    #[test]
    fn a_success_restarts_the_count_and_failures_below_the_threshold_keep_it_open() {
        let mut hook = webhook(CompanyId(Uuid::new_v4()), vec![]);
        let now = Utc::now();
        hook.count_attempt(CircuitUpdate::Failure { threshold: 2 }, now);
        assert!(hook.is_active);
        hook.count_attempt(CircuitUpdate::Reset, now);
        hook.count_attempt(CircuitUpdate::Failure { threshold: 2 }, now);
        assert!(hook.is_active, "a success in between restarts the count");
        hook.count_attempt(CircuitUpdate::Failure { threshold: 2 }, now);
        assert!(!hook.is_active);
    }

    #[test]
    fn create_takes_keys_labels_and_other_events_with_defaults() {
        let new = NewWebhook::validate(
            input(
                "https://hooks.example.com/in",
                &[
                    "SOURCING_COMPLETED",
                    "sourcing.failed",
                    "INTERVIEW_STARTED",
                    "sourcing.completed",
                ],
            ),
            &UrlPolicy::default(),
        )
        .unwrap();
        let labels: Vec<&str> = new.events.iter().map(EventType::label).collect();
        assert_eq!(
            labels,
            ["sourcing.completed", "sourcing.failed", "interview.started"]
        );
        assert_eq!((new.max_retries, new.timeout_ms), (3, 30_000));
    }

    #[test]
    fn create_names_every_bad_field() {
        let mut bad = input("http://hooks.example.com", &[]);
        bad.name = Some("n".repeat(256));
        bad.headers = Some(vec![("Webhook-Signature".into(), "x".into())]);
        bad.max_retries = Some(11);
        bad.timeout_ms = Some(0);
        let errors = NewWebhook::validate(bad, &UrlPolicy::default()).unwrap_err();
        let fields: Vec<&str> = errors.0.keys().copied().collect();
        assert_eq!(
            fields,
            [
                "events",
                "headers",
                "maxRetries",
                "name",
                "timeoutMs",
                "url"
            ]
        );
        let missing =
            NewWebhook::validate(WebhookInput::default(), &UrlPolicy::default()).unwrap_err();
        assert_eq!(missing.0.get("url").map(String::as_str), Some("required"));
        assert_eq!(
            missing.0.get("events").map(String::as_str),
            Some("required")
        );
    }

    #[test]
    fn headers_are_checked_one_by_one() {
        let policy = UrlPolicy::default();
        let with = |h: Vec<(&str, &str)>| {
            let mut i = input("https://hooks.example.com", &["PING"]);
            i.headers = Some(h.into_iter().map(|(n, v)| (n.into(), v.into())).collect());
            NewWebhook::validate(i, &policy)
        };
        assert_eq!(
            with(vec![("X-Token", "abc")]).unwrap().headers[0].value,
            "abc"
        );
        assert!(with(vec![("X Token", "abc")]).is_err());
        assert!(with(vec![("X-Token", "a\r\nInjected: 1")]).is_err());
        assert!(with(vec![("X-A", "1"), ("x-a", "2")]).is_err());
        assert!(with(vec![("Host", "evil")]).is_err());
        assert!(with((0..51).map(|_| ("X", "1")).collect()).is_err());
    }

    #[test]
    fn patch_changes_only_what_it_names() {
        let policy = UrlPolicy::default();
        let patch = WebhookPatch::validate(
            WebhookInput {
                is_active: Some(false),
                name: Some(String::new()),
                ..WebhookInput::default()
            },
            &policy,
        )
        .unwrap();
        assert_eq!(patch.is_active, Some(false));
        assert_eq!(patch.name, Some(None), "an empty name clears it");
        assert_eq!(patch.url, None);
        assert!(WebhookPatch::validate(WebhookInput::default(), &policy).is_err());
        assert!(
            WebhookPatch::validate(
                WebhookInput {
                    events: Some(vec![]),
                    ..WebhookInput::default()
                },
                &policy
            )
            .is_err()
        );
    }

    #[test]
    fn run_checks_follow_the_contract_order() {
        let acme = CompanyId::new_random();
        let other = CompanyId::new_random();
        let enrich_only = webhook(acme, vec![EventType::EnrichCompleted]);
        assert_eq!(
            check_run_webhook(acme, None, Operation::Sourcing),
            Err(WebhookCheckError::NotFound)
        );
        assert_eq!(
            check_run_webhook(other, Some(&enrich_only), Operation::Sourcing),
            Err(WebhookCheckError::CompanyMismatch)
        );
        assert_eq!(
            check_run_webhook(acme, Some(&enrich_only), Operation::Sourcing),
            Err(WebhookCheckError::NotSubscribed)
        );
        assert_eq!(
            check_run_webhook(acme, Some(&enrich_only), Operation::Enrichment),
            Ok(())
        );
        let failed_only = webhook(acme, vec![EventType::SourcingFailed]);
        assert_eq!(
            check_run_webhook(acme, Some(&failed_only), Operation::Sourcing),
            Ok(())
        );
    }
}
