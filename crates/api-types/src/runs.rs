//! Sourcing runs: `POST /sourcing`, `GET /sourcing/{id}/results`, `PATCH /sourcing/{id}`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use crate::time::{millis, millis_opt};

/// Body of `POST /sourcing`; unknown fields are refused (400). Text fields are trimmed and
/// must not hold control characters other than tab, CR and LF (the `pattern`s).
// Every field is optional here so the server can answer a missing one with its own
// field-level message; the schema shows what a valid body needs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(
    feature = "openapi",
    schema(as = CreateRunRequest, example = json!({"title": "Senior Site Reliability Engineer",
        "jobDescription": "Kubernetes, Terraform and Go on AWS. 5+ years.",
        "location": "Berlin, Germany", "limit": 10}))
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateRunBody {
    /// Job title (trimmed, 1–200 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(
            required = true,
            value_type = String,
            min_length = 1,
            max_length = 200,
            pattern = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$"
        )
    )]
    pub title: Option<String>,
    /// The job ad's text (trimmed, 1–10000 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(
            required = true,
            value_type = String,
            min_length = 1,
            max_length = 10000,
            pattern = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$"
        )
    )]
    pub job_description: Option<String>,
    /// Where the job is (`Berlin, Germany`, `Remote`), ≤ 200.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(
            nullable = false,
            max_length = 200,
            pattern = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$"
        )
    )]
    pub location: Option<String>,
    /// Free-text context for the search (≤ 500).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(
            nullable = false,
            max_length = 500,
            pattern = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$"
        )
    )]
    pub query: Option<String>,
    /// Candidates wanted, 1–100 (default 10).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(nullable = false, minimum = 1, maximum = 100)
    )]
    pub limit: Option<i64>,
    /// A webhook (UUID) subscribed to `sourcing.completed` or `sourcing.failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(
            nullable = false,
            pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
        )
    )]
    pub webhook_id: Option<String>,
}

impl CreateRunBody {
    /// A run for this title and ad, every optional field absent.
    pub fn new(title: impl Into<String>, job_description: impl Into<String>) -> Self {
        Self {
            title: Some(title.into()),
            job_description: Some(job_description.into()),
            ..Self::default()
        }
    }

    /// Sets where the candidate should be.
    #[must_use]
    pub fn location(mut self, location: impl Into<String>) -> Self {
        self.location = Some(location.into());
        self
    }

    /// Sets free-text context.
    #[must_use]
    pub fn query(mut self, query: impl Into<String>) -> Self {
        self.query = Some(query.into());
        self
    }

    /// Sets how many candidates to deliver.
    #[must_use]
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(i64::from(limit));
        self
    }

    /// Sets the webhook to notify.
    #[must_use]
    pub fn webhook_id(mut self, webhook_id: Uuid) -> Self {
        self.webhook_id = Some(webhook_id.to_string());
        self
    }
}

/// Body of `PATCH /sourcing/{id}`: `query` and/or `limit`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(
    feature = "openapi",
    schema(as = PatchRunRequest, min_properties = 1,
        example = json!({"query": "also consider Go developers", "limit": 5}))
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PatchRunBody {
    /// Context patch merged into the ICP (≤ 500; blank counts as absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(
            nullable = false,
            max_length = 500,
            pattern = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$"
        )
    )]
    pub query: Option<String>,
    /// Additional candidates to evaluate, 1–50 (default 10).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(nullable = false, minimum = 1, maximum = 50)
    )]
    pub limit: Option<i64>,
}

impl PatchRunBody {
    /// A pass with a context patch.
    pub fn query(query: impl Into<String>) -> Self {
        Self {
            query: Some(query.into()),
            limit: None,
        }
    }

    /// Sets how many more candidates to deliver.
    #[must_use]
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(i64::from(limit));
        self
    }
}

/// State of a run or an enrichment; unknown states are kept, not refused.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    /// Still working; poll again.
    #[default]
    Processing,
    /// Finished with results.
    Completed,
    /// Finished without results (`errorCode` says why).
    Failed,
    /// A state this client does not know yet.
    #[serde(other)]
    Unknown,
}

impl RunStatus {
    /// Whether the run (or enrichment) will not change any more without a PATCH.
    pub fn is_finished(&self) -> bool {
        !matches!(self, Self::Processing)
    }
}

/// The 202 answer of `POST /sourcing` and `PATCH /sourcing/{id}` (besides `success`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = RunAcceptedBody))]
#[serde(default, rename_all = "camelCase")]
pub struct RunAccepted {
    /// `req_<uuid>`: the id to poll.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub request_id: String,
    /// `processing`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub status: RunStatus,
    /// What happens next.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub message: String,
    /// Webhook that will be notified (`null` when none).
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub webhook_id: Option<Uuid>,
    /// Acceptance time.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    pub created_at: DateTime<Utc>,
    /// Last change.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    pub updated_at: DateTime<Utc>,
    /// Whether this answer replays an earlier `POST` with the same `Idempotency-Key` (clients
    /// fill it from the `Idempotent-Replayed` header; never part of the body).
    #[serde(skip)]
    pub replayed: bool,
}

/// A field a body may leave out: `None` is left out, a list never is. Lets one field be
/// `Option<Vec<_>>` where the server must tell "absent" from "empty" and a plain `Vec` (absent
/// read as empty) for clients.
pub trait MaybeAbsent {
    /// Whether the field is left out of the body.
    fn is_absent(&self) -> bool;
}

impl<T> MaybeAbsent for Option<T> {
    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T> MaybeAbsent for Vec<T> {
    fn is_absent(&self) -> bool {
        false
    }
}

/// `GET /sourcing/{id}/results` (besides `success`) and the `data` of the run's webhook events:
/// progress while processing, everything once finished. `C` holds the candidates: a `Vec` for
/// clients (empty while processing); the server uses `Option<Vec<Candidate>>`, since the key is absent while processing and `[]` for a finished
/// run without candidates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = RunResultsBody))]
#[serde(
    rename_all = "camelCase",
    bound(serialize = "C: Serialize + MaybeAbsent")
)]
#[cfg_attr(feature = "openapi", schema(bound = "C: utoipa::ToSchema"))]
pub struct RunResults<C = Vec<Candidate>> {
    /// `req_<uuid>`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    #[serde(default)]
    pub request_id: String,
    /// Processing, completed or failed.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    #[serde(default)]
    pub status: RunStatus,
    /// Acceptance time.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    #[serde(default)]
    pub created_at: DateTime<Utc>,
    /// Last change.
    #[serde(with = "millis")]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = String, format = DateTime))]
    #[serde(default)]
    pub updated_at: DateTime<Utc>,
    /// End of the last pass (finished runs).
    #[serde(with = "millis_opt", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    #[serde(default)]
    pub completed_at: Option<DateTime<Utc>>,
    /// Candidates in the session so far.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    #[serde(default)]
    pub candidates_sourced_count: usize,
    /// Poll hint (processing runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default)]
    pub message: Option<String>,
    /// Profiles the widest retrieval step matched (finished runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default)]
    pub found_count: Option<i64>,
    /// Profiles retrieved and scored (finished runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default)]
    pub scored_count: Option<i64>,
    /// The Ideal Candidate Profile (finished runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default)]
    pub icp: Option<Icp>,
    /// Ranked candidates, best first (finished runs; absent while processing).
    #[serde(skip_serializing_if = "MaybeAbsent::is_absent")]
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Candidate>))]
    pub candidates: C,
    /// `PROVIDER_TEMPORARILY_UNAVAILABLE` or `AGENT_ERROR` (failed runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default)]
    pub error_code: Option<String>,
    /// Why the run failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default)]
    pub error_message: Option<String>,
    /// Webhook notified about this run (`null` when none).
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    #[serde(default)]
    pub webhook_id: Option<Uuid>,
}

/// The Ideal Candidate Profile the run derived; the most used fields typed, the rest in
/// `other` so nothing the server adds is lost.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct Icp {
    /// The ad's title as written.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub job_title: String,
    /// The canonical title it resolves to.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub canonical_title: String,
    /// Other names of the title.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub title_synonyms: Vec<String>,
    /// Seniority asked for (`senior` …).
    pub seniority: Option<String>,
    /// Minimum years of experience.
    pub min_years: Option<u8>,
    /// Skills a candidate must show.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub must_have_skills: Vec<SkillRequirement>,
    /// Skills that add to the score.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub nice_to_have_skills: Vec<SkillRequirement>,
    /// Where candidates should be (`null` when the ad names no place).
    pub location: Option<IcpLocation>,
    /// Disqualifying words.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub negative_keywords: Vec<String>,
    /// The ad is for a recruiting role (recruiters are then not excluded).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub recruiting_role: bool,
    /// The ad is for an engineering or technical role.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub technical_role: bool,
    /// The strict rung's query, as sent to the index.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub boolean_query: String,
    /// Context patches applied, in order.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub patches: Vec<String>,
    /// Every retrieval rung the last pass ran.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub search_steps: Vec<SearchStep>,
    /// Fields a newer server adds that this version does not type, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(feature = "openapi", schema(ignore))]
    pub other: BTreeMap<String, Value>,
}

/// Where the ICP wants candidates, as resolved from the ad's location.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct IcpLocation {
    /// The location text as the ad wrote it.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub raw: String,
    /// Resolved city (GeoNames primary name).
    pub city: Option<String>,
    /// First-level region of the city.
    pub region: Option<String>,
    /// Country name in English.
    pub country: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    pub country_code: Option<String>,
    /// Names of the place as profiles write it.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub variants: Vec<String>,
    /// `remote`, `hybrid` or `onsite`, when the ad says.
    pub work_mode: Option<String>,
    /// For remote roles limited to a region: allowed country codes (empty = anywhere).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub remote_countries: Vec<String>,
    /// Countries of a market the title or location names (written only when there are some).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub region_countries: Vec<String>,
    /// Other places an ambiguous name could mean (written only when there are some).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<PlaceAlternative>,
    /// Only the city itself is acceptable.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub city_only: bool,
    /// Places within this distance of the city count as nearby.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub radius_km: u32,
}

/// Another city an ambiguous place name could mean.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct PlaceAlternative {
    /// GeoNames primary name.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub city: String,
    /// First-level region.
    pub region: Option<String>,
    /// Country name in English.
    pub country: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub country_code: String,
}
/// A skill requirement and the spellings that count as evidence.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct SkillRequirement {
    /// Canonical name.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub name: String,
    /// Other spellings.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub aliases: Vec<String>,
    /// Related skills (never counted as the skill).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub related: Vec<String>,
    /// Other skills satisfying the same requirement ("Python or Go"); written only when any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    pub alternatives: Vec<SkillRequirement>,
    /// A hard requirement retrieval never relaxes; written only when true.
    #[serde(skip_serializing_if = "is_false")]
    pub required: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One retrieval rung of a pass.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct SearchStep {
    /// `strict`, `any_must_skill`, `nearby` …
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub name: String,
    /// The query sent, rendered faithfully.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub query: String,
    /// Profiles it matched outside the session and earlier rungs.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub found: u64,
    /// Profiles it added to the pool.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub added: u64,
}

/// A scored, explained candidate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = SourcingCandidate))]
#[serde(default, rename_all = "camelCase")]
pub struct Candidate {
    /// Stable across runs for the same person.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub profile_id: String,
    /// Full name.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub name: String,
    /// Profile headline.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub headline: String,
    /// Where the person is.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub location: String,
    /// Current employer.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub current_company: String,
    /// Current role.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub current_role: String,
    /// Profile URL.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub linkedin_url: String,
    /// 0–100.
    #[cfg_attr(
        feature = "openapi",
        schema(required = true, minimum = 0, maximum = 100)
    )]
    pub match_score: u8,
    /// One or two sentences on why.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub rationale: String,
    /// The person's skills.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub skills: Vec<String>,
    /// Why they fit.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub ai_fit_points: Vec<String>,
    /// What speaks against them.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub ai_red_flags: Vec<String>,
    /// Relevance of each position.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub ai_detailed_rationale: Vec<RationaleEntry>,
    /// Work history.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub detailed_experience: Vec<ExperienceEntry>,
    /// Discovered work emails (empty until enriched).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub emails: Vec<String>,
    /// Per-criterion contributions (skills, title, seniority, location, meaning, negatives).
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = Object))]
    pub score_breakdown: ScoreBreakdown,
}

/// One entry of `aiDetailedRationale`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct RationaleEntry {
    /// Position title.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub title: String,
    /// Employer.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub company: String,
    /// How long.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub duration: String,
    /// Why this position matters for the job.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub relevance_explanation: String,
}

/// One entry of `detailedExperience`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, rename_all = "camelCase")]
pub struct ExperienceEntry {
    /// Position title.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub role: String,
    /// Employer.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub company: String,
    /// How long.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub duration: String,
    /// Notable points.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub highlights: Vec<String>,
}

/// What each criterion contributed to `matchScore`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ScoreBreakdown {
    /// Must-have and nice-to-have skills (≤ 50).
    pub skills: i32,
    /// Title (≤ 25).
    pub title: i32,
    /// Years and level (≤ 15).
    pub seniority: i32,
    /// Location (≤ 10).
    pub location: i32,
    /// Closeness in meaning to the ad, by the text model (≤ 5; 0 without one).
    pub meaning: i32,
    /// Penalties (down to −40).
    pub negatives: i32,
}

#[cfg(test)]
mod tests {
    use super::*;

    type ServerResults = RunResults<Option<Vec<Candidate>>>;

    #[test]
    fn candidates_are_absent_while_processing_and_a_list_once_finished() {
        let processing = ServerResults::default();
        let json = serde_json::to_value(&processing).unwrap();
        assert!(json.get("candidates").is_none(), "{json}");
        assert!(json.get("icp").is_none(), "{json}");
        assert_eq!(json["webhookId"], Value::Null);
        assert_eq!(json["createdAt"], "1970-01-01T00:00:00.000Z");

        let finished = ServerResults {
            status: RunStatus::Completed,
            candidates: Some(Vec::new()),
            ..ServerResults::default()
        };
        let json = serde_json::to_value(&finished).unwrap();
        assert_eq!(json["candidates"], serde_json::json!([]));
        assert_eq!(json["status"], "completed");
    }

    #[test]
    fn clients_read_a_missing_candidates_key_as_empty_and_keep_unknown_states() {
        let read: RunResults = serde_json::from_str(
            r#"{"requestId":"req_1","status":"paused","createdAt":"2026-01-01T00:00:00Z"}"#,
        )
        .unwrap();
        assert!(read.candidates.is_empty());
        assert_eq!(read.status, RunStatus::Unknown);
        assert!(read.status.is_finished());
    }

    #[test]
    fn an_icp_key_this_version_does_not_type_is_kept_as_sent() {
        let read: Icp = serde_json::from_str(
            r#"{"jobTitle":"SRE","location":null,"technicalRole":true,"futureKey":{"a":1}}"#,
        )
        .unwrap();
        assert!(read.technical_role);
        assert!(read.location.is_none());
        assert_eq!(
            read.other.get("futureKey"),
            Some(&serde_json::json!({"a": 1}))
        );
        let written = serde_json::to_value(&read).unwrap();
        assert_eq!(written["futureKey"], serde_json::json!({"a": 1}));
    }
}
