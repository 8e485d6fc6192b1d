//! The webhook use cases: manage subscriptions, check a run's webhook, and deliver events
//! (sign, send, record, decide retry / failure / circuit).

use std::sync::Arc;
use std::time::Duration;

use chrono::SecondsFormat;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::errors::RepositoryError;
use crate::ids::CompanyId;
use crate::ports::{
    Clock, EventData, OutboxEvent, OutgoingWebhook, Page, WebhookRepository, WebhookSender,
};
use crate::sourcing::ValidationErrors;
use crate::webhooks::{
    Attempt, CIRCUIT_THRESHOLD, CircuitUpdate, Delivery, DeliveryStatus, EventType, NewWebhook,
    Operation, RetryPolicy, SigningSecret, UrlPolicy, Webhook, WebhookCheckError, WebhookInput,
    WebhookPatch, check_kept_events, check_run_webhook, sign,
};

/// Renders an event's data as the wire shows it (the HTTP layer's results body).
pub type RenderData = Arc<dyn Fn(&EventData) -> Result<Value, String> + Send + Sync>;

/// Server settings of webhook delivery.
#[derive(Debug, Clone, Default)]
pub struct WebhookSettings {
    /// Where webhooks may point.
    pub url_policy: UrlPolicy,
    /// Waits between attempts.
    pub retry: RetryPolicy,
}

/// Failures of the webhook use cases, each with its own HTTP answer.
#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    /// Field problems (400 `INVALID_PAYLOAD`).
    #[error("invalid webhook")]
    Invalid(ValidationErrors),
    /// Unknown webhook or delivery, or another company's (404 `WEBHOOK_NOT_FOUND`).
    #[error("webhook not found")]
    NotFound,
    /// The store failed.
    #[error(transparent)]
    Repository(RepositoryError),
    /// The event's data could not be rendered.
    #[error("cannot render event data: {0}")]
    Render(String),
}

impl From<RepositoryError> for WebhookError {
    fn from(e: RepositoryError) -> Self {
        match e {
            RepositoryError::NotFound => WebhookError::NotFound,
            other => WebhookError::Repository(other),
        }
    }
}

/// Why a run's webhook check could not answer.
#[derive(Debug, thiserror::Error)]
pub enum RunWebhookError {
    /// The contract's 404 / 403 / 422.
    #[error(transparent)]
    Refused(#[from] WebhookCheckError),
    /// The store failed.
    #[error(transparent)]
    Repository(#[from] RepositoryError),
}

/// What the delivery worker does next with an event.
#[derive(Debug, Clone, PartialEq)]
pub enum DeliveryStep {
    /// Nothing more to do (delivered, failed for good, skipped, cancelled or not subscribed).
    Done(Option<Delivery>),
    /// Try again after this wait (the attempt failed and retries remain).
    RetryIn(Duration, Delivery),
}

/// The webhook use cases over their ports.
pub struct WebhookService<W, S, K> {
    repo: W,
    sender: S,
    clock: K,
    settings: WebhookSettings,
    render: RenderData,
}

impl<W: WebhookRepository, S: WebhookSender, K: Clock> WebhookService<W, S, K> {
    /// Assembles the service; `render` turns event data into the payload's `data`.
    pub fn new(
        repo: W,
        sender: S,
        clock: K,
        settings: WebhookSettings,
        render: RenderData,
    ) -> Self {
        Self {
            repo,
            sender,
            clock,
            settings,
            render,
        }
    }

    /// Registers a webhook; the secret is returned this once.
    pub async fn create(
        &self,
        company: CompanyId,
        input: WebhookInput,
    ) -> Result<(Webhook, SigningSecret), WebhookError> {
        let new = NewWebhook::validate(input, &self.settings.url_policy)
            .map_err(WebhookError::Invalid)?;
        let secret = SigningSecret::from_bytes(rand::random());
        let webhook = self.repo.create(company, new, secret.clone()).await?;
        Ok((webhook, secret))
    }

    /// The company's webhooks, newest first.
    pub async fn list(&self, company: CompanyId) -> Result<Vec<Webhook>, WebhookError> {
        Ok(self.repo.list(company).await?)
    }

    /// One webhook.
    pub async fn get(&self, company: CompanyId, id: Uuid) -> Result<Webhook, WebhookError> {
        Ok(self.repo.get(company, id).await?)
    }

    /// Applies a partial update.
    pub async fn update(
        &self,
        company: CompanyId,
        id: Uuid,
        input: WebhookInput,
    ) -> Result<Webhook, WebhookError> {
        // unknown ids answer 404 before the body is judged, as for runs
        let current = self.repo.get(company, id).await?;
        let patch = WebhookPatch::validate(input, &self.settings.url_policy)
            .map_err(WebhookError::Invalid)?;
        check_kept_events(&current, &patch).map_err(WebhookError::Invalid)?;
        Ok(self.repo.update(company, id, patch).await?)
    }

    /// Deletes a webhook and cancels its pending deliveries.
    pub async fn delete(&self, company: CompanyId, id: Uuid) -> Result<(), WebhookError> {
        Ok(self.repo.delete(company, id).await?)
    }

    /// Closes an open circuit.
    pub async fn reset_circuit(
        &self,
        company: CompanyId,
        id: Uuid,
    ) -> Result<Webhook, WebhookError> {
        Ok(self.repo.reset_circuit(company, id).await?)
    }

    /// The contract's checks of a run's `webhookId` (404, 403, 422), before credits are reserved.
    pub async fn check_for_run(
        &self,
        company: CompanyId,
        webhook_id: Option<Uuid>,
        operation: Operation,
    ) -> Result<(), RunWebhookError> {
        let Some(id) = webhook_id else {
            return Ok(());
        };
        let found = self.repo.find_any(id).await?;
        check_run_webhook(company, found.as_ref(), operation)?;
        Ok(())
    }

    /// A page of a webhook's deliveries and their total.
    pub async fn deliveries(
        &self,
        company: CompanyId,
        id: Uuid,
        page: Page,
    ) -> Result<(Vec<Delivery>, u64), WebhookError> {
        self.repo.get(company, id).await?;
        Ok(self.repo.deliveries(company, id, page).await?)
    }

    /// Sends a `ping` now and reports the outcome; a test neither retries nor moves the
    /// circuit, and works while the circuit is open (to check a receiver before a reset).
    pub async fn send_test(&self, company: CompanyId, id: Uuid) -> Result<Delivery, WebhookError> {
        let webhook = self.repo.get(company, id).await?;
        let delivery = self
            .repo
            .open_delivery(company, id, None, EventType::Ping)
            .await?;
        let data = json!({
            "webhookId": webhook.id.to_string(),
            "message": "Test delivery from the Sourcing API.",
        });
        let (attempt, ok, _) = self
            .attempt(
                &webhook,
                &delivery,
                &EventType::Ping,
                delivery.created_at,
                data,
            )
            .await;
        let status = if ok {
            DeliveryStatus::Succeeded
        } else {
            DeliveryStatus::Failed
        };
        Ok(self
            .repo
            .record_attempt(company, delivery.id, attempt, status, None)
            .await?)
    }

    /// Re-sends one delivery now (same `deliveryId`); a success ends it, a failure leaves a
    /// pending delivery to its schedule and a final one as it was.
    pub async fn retry_delivery(
        &self,
        company: CompanyId,
        id: Uuid,
        delivery_id: Uuid,
    ) -> Result<Delivery, WebhookError> {
        let webhook = self.repo.get(company, id).await?;
        let delivery = self.repo.delivery(company, id, delivery_id).await?;
        let (event, at, data) = match delivery.event_id {
            Some(event_id) => {
                let event = self.repo.event(event_id).await?;
                let data = (self.render)(&event.data).map_err(WebhookError::Render)?;
                (event.event, event.created_at, data)
            }
            None => (
                EventType::Ping,
                delivery.created_at,
                json!({
                    "webhookId": webhook.id.to_string(),
                    "message": "Test delivery from the Sourcing API.",
                }),
            ),
        };
        let (attempt, ok, _) = self.attempt(&webhook, &delivery, &event, at, data).await;
        let status = match (ok, delivery.status) {
            (true, _) => DeliveryStatus::Succeeded,
            (false, DeliveryStatus::Pending) => DeliveryStatus::Pending,
            (false, DeliveryStatus::Succeeded) => DeliveryStatus::Succeeded,
            (false, _) => DeliveryStatus::Failed,
        };
        Ok(self
            .repo
            .record_attempt(company, delivery.id, attempt, status, None)
            .await?)
    }

    /// Delivers outbox event `event_id` to its run's webhook: one attempt, then the domain's
    /// decision. Safe to call again after a crash: the delivery (and its id) is reused, and a
    /// final delivery is not sent again.
    pub async fn deliver_event(&self, event_id: Uuid) -> Result<DeliveryStep, WebhookError> {
        let event = self.repo.event(event_id).await?;
        let Some(webhook_id) = event.webhook_id else {
            return Ok(DeliveryStep::Done(None));
        };
        let webhook = match self.repo.get(event.company_id, webhook_id).await {
            Ok(webhook) => webhook,
            // deleted since the run started: nobody to tell
            Err(RepositoryError::NotFound) => return Ok(DeliveryStep::Done(None)),
            Err(other) => return Err(other.into()),
        };
        if !webhook.subscribes_to(&event.event) {
            return Ok(DeliveryStep::Done(None));
        }
        let delivery = self
            .repo
            .open_delivery(
                event.company_id,
                webhook.id,
                Some(event.id),
                event.event.clone(),
            )
            .await?;
        if delivery.status.is_final() {
            return Ok(DeliveryStep::Done(Some(delivery)));
        }
        if !webhook.is_active {
            let skipped = self
                .repo
                .close_delivery(event.company_id, delivery.id, DeliveryStatus::Skipped)
                .await?;
            return Ok(DeliveryStep::Done(Some(skipped)));
        }
        self.deliver(&webhook, &event, delivery).await
    }

    async fn deliver(
        &self,
        webhook: &Webhook,
        event: &OutboxEvent,
        delivery: Delivery,
    ) -> Result<DeliveryStep, WebhookError> {
        let data = (self.render)(&event.data).map_err(WebhookError::Render)?;
        let (attempt, ok, retry_after) = self
            .attempt(webhook, &delivery, &event.event, event.created_at, data)
            .await;
        let company = event.company_id;
        if ok {
            let done = self
                .repo
                .record_attempt(
                    company,
                    delivery.id,
                    attempt,
                    DeliveryStatus::Succeeded,
                    Some(CircuitUpdate::Reset),
                )
                .await?;
            return Ok(DeliveryStep::Done(Some(done)));
        }
        let made = u32::try_from(delivery.attempts.len() + 1).unwrap_or(u32::MAX);
        let wait = self.settings.retry.next_delay(
            made,
            webhook.max_retries,
            retry_after,
            rand::random::<f64>(),
        );
        match wait {
            Some(wait) => {
                let pending = self
                    .repo
                    .record_attempt(company, delivery.id, attempt, DeliveryStatus::Pending, None)
                    .await?;
                Ok(DeliveryStep::RetryIn(wait, pending))
            }
            None => {
                let failed = self
                    .repo
                    .record_attempt(
                        company,
                        delivery.id,
                        attempt,
                        DeliveryStatus::Failed,
                        Some(CircuitUpdate::Failure {
                            threshold: CIRCUIT_THRESHOLD,
                        }),
                    )
                    .await?;
                Ok(DeliveryStep::Done(Some(failed)))
            }
        }
    }

    /// Builds the envelope, signs it for this attempt, sends it; returns the attempt record,
    /// whether it succeeded, and the receiver's `Retry-After`.
    async fn attempt(
        &self,
        webhook: &Webhook,
        delivery: &Delivery,
        event: &EventType,
        at: chrono::DateTime<chrono::Utc>,
        data: Value,
    ) -> (Attempt, bool, Option<Duration>) {
        let envelope = json!({
            "event": event.label(),
            "timestamp": at.to_rfc3339_opts(SecondsFormat::Millis, true),
            "deliveryId": delivery.id.to_string(),
            "data": data,
        });
        let body = envelope.to_string().into_bytes();
        let now = self.clock.now();
        let id = delivery.id.to_string();
        let timestamp = now.timestamp();
        let mut headers = vec![
            ("content-type".to_owned(), "application/json".to_owned()),
            ("user-agent".to_owned(), "SourcingAPI-Webhooks/1".to_owned()),
            ("webhook-id".to_owned(), id.clone()),
            ("webhook-timestamp".to_owned(), timestamp.to_string()),
            (
                "webhook-signature".to_owned(),
                sign(&webhook.secret, &id, timestamp, &body),
            ),
        ];
        headers.extend(
            webhook
                .headers
                .iter()
                .map(|h| (h.name.clone(), h.value.clone())),
        );
        let result = self
            .sender
            .send(OutgoingWebhook {
                url: webhook.url.clone(),
                headers,
                body,
                timeout: Duration::from_millis(u64::from(webhook.timeout_ms)),
            })
            .await;
        let ok = result.is_success();
        let attempt = Attempt {
            number: u32::try_from(delivery.attempts.len() + 1).unwrap_or(u32::MAX),
            at: now,
            status_code: result.status_code,
            duration_ms: result.duration_ms,
            error: result.failure(),
            response_body: result.response_body.clone(),
        };
        (attempt, ok, result.retry_after)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use chrono::{TimeZone, Utc};
    use mockall::predicate::eq;

    use super::*;
    use crate::ports::{MockClock, MockWebhookRepository, MockWebhookSender};
    use crate::sourcing::{RunResults, RunStatus};
    use crate::webhooks::SendResult;

    const COMPANY: CompanyId = CompanyId(Uuid::from_u128(1));
    const HOOK: Uuid = Uuid::from_u128(2);
    const EVENT: Uuid = Uuid::from_u128(3);
    const DELIVERY: Uuid = Uuid::from_u128(4);

    fn at() -> chrono::DateTime<chrono::Utc> {
        Utc.with_ymd_and_hms(2026, 11, 29, 12, 0, 0).unwrap()
    }

    fn webhook(active: bool, events: Vec<EventType>) -> Webhook {
        Webhook {
            id: HOOK,
            company_id: COMPANY,
            url: "https://hooks.example.com/in".into(),
            name: None,
            description: None,
            headers: vec![crate::webhooks::WebhookHeader {
                name: "X-Token".into(),
                value: "t".into(),
            }],
            events,
            is_active: active,
            max_retries: 2,
            timeout_ms: 1000,
            consecutive_failures: 0,
            circuit_opened_at: None,
            secret: SigningSecret::from_bytes([5; 32]),
            created_at: at(),
            updated_at: at(),
        }
    }

    fn event() -> OutboxEvent {
        let new = crate::sourcing::NewRun {
            ad: crate::icp::JobAd {
                title: "SRE".into(),
                job_description: "k8s".into(),
                location: None,
                query: None,
            },
            limit: 1,
            webhook_id: Some(HOOK),
        };
        let (mut run, _) = new.accept(crate::ids::RunId(Uuid::from_u128(9)), COMPANY, at());
        run.status = RunStatus::Completed;
        run.completed_at = Some(at());
        OutboxEvent {
            id: EVENT,
            company_id: COMPANY,
            webhook_id: Some(HOOK),
            event: EventType::SourcingCompleted,
            created_at: at(),
            data: EventData::Run(Box::new(RunResults::new(run, vec![]))),
        }
    }

    fn delivery(attempts: usize, status: DeliveryStatus) -> Delivery {
        Delivery {
            id: DELIVERY,
            company_id: COMPANY,
            webhook_id: HOOK,
            event_id: Some(EVENT),
            event: "sourcing.completed".into(),
            status,
            attempts: (0..attempts)
                .map(|i| Attempt {
                    number: u32::try_from(i + 1).unwrap(),
                    at: at(),
                    status_code: Some(500),
                    duration_ms: 1,
                    error: Some("receiver answered 500".into()),
                    response_body: None,
                })
                .collect(),
            created_at: at(),
            updated_at: at(),
        }
    }

    fn answer(status: u16) -> SendResult {
        SendResult {
            status_code: Some(status),
            duration_ms: 3,
            error: None,
            response_body: None,
            retry_after: None,
        }
    }

    fn clock() -> MockClock {
        let mut clock = MockClock::new();
        clock.expect_now().returning(at);
        clock
    }

    fn service(
        repo: MockWebhookRepository,
        sender: MockWebhookSender,
    ) -> WebhookService<MockWebhookRepository, MockWebhookSender, MockClock> {
        let render: RenderData = Arc::new(|_| Ok(json!({ "requestId": "req_x" })));
        WebhookService::new(
            repo,
            sender,
            clock(),
            WebhookSettings {
                url_policy: UrlPolicy::default(),
                retry: RetryPolicy::parse_millis("100,200").unwrap(),
            },
            render,
        )
    }

    /// What the service stored per attempt: the delivery's status and the circuit update.
    type Recorded = Arc<Mutex<Vec<(DeliveryStatus, Option<CircuitUpdate>)>>>;

    /// A repository that finds the event, the webhook and the delivery, and records what the
    /// service stores.
    fn repo(hook: Webhook, stored: Delivery, recorded: Recorded) -> MockWebhookRepository {
        let mut repo = MockWebhookRepository::new();
        repo.expect_event()
            .with(eq(EVENT))
            .returning(|_| Box::pin(async { Ok(event()) }));
        repo.expect_get().returning(move |_, _| {
            let hook = hook.clone();
            Box::pin(async move { Ok(hook) })
        });
        let opened = stored.clone();
        repo.expect_open_delivery().returning(move |_, _, _, _| {
            let opened = opened.clone();
            Box::pin(async move { Ok(opened) })
        });
        repo.expect_record_attempt()
            .returning(move |_, _, attempt, status, circuit| {
                recorded.lock().unwrap().push((status, circuit));
                let mut d = stored.clone();
                d.status = status;
                d.attempts.push(attempt);
                Box::pin(async move { Ok(d) })
            });
        repo
    }

    #[tokio::test]
    async fn a_2xx_succeeds_and_resets_the_circuit_with_a_signed_request() {
        let recorded = Arc::new(Mutex::new(Vec::new()));
        let repo = repo(
            webhook(true, vec![EventType::SourcingCompleted]),
            delivery(0, DeliveryStatus::Pending),
            recorded.clone(),
        );
        let mut sender = MockWebhookSender::new();
        sender.expect_send().times(1).returning(|request| {
            let header = |n: &str| {
                request
                    .headers
                    .iter()
                    .find(|(k, _)| k == n)
                    .map(|(_, v)| v.clone())
            };
            let id = header("webhook-id").unwrap();
            assert_eq!(id, DELIVERY.to_string());
            let ts: i64 = header("webhook-timestamp").unwrap().parse().unwrap();
            assert_eq!(ts, at().timestamp());
            assert_eq!(
                header("webhook-signature").unwrap(),
                sign(&SigningSecret::from_bytes([5; 32]), &id, ts, &request.body)
            );
            assert_eq!(header("X-Token").as_deref(), Some("t"));
            let body: Value = serde_json::from_slice(&request.body).unwrap();
            assert_eq!(body["event"], json!("sourcing.completed"));
            assert_eq!(body["deliveryId"], json!(DELIVERY.to_string()));
            assert_eq!(body["timestamp"], json!("2026-11-29T12:00:00.000Z"));
            assert_eq!(body["data"], json!({ "requestId": "req_x" }));
            assert_eq!(request.timeout, Duration::from_millis(1000));
            Box::pin(async { answer(204) })
        });
        let step = service(repo, sender).deliver_event(EVENT).await.unwrap();
        assert!(matches!(step, DeliveryStep::Done(Some(_))));
        assert_eq!(
            *recorded.lock().unwrap(),
            vec![(DeliveryStatus::Succeeded, Some(CircuitUpdate::Reset))]
        );
    }

    #[tokio::test]
    async fn a_failure_with_retries_left_waits_and_the_last_one_fails_and_counts() {
        // first attempt fails: pending, retry after ~100 ms
        let recorded = Arc::new(Mutex::new(Vec::new()));
        let repo1 = repo(
            webhook(true, vec![EventType::SourcingCompleted]),
            delivery(0, DeliveryStatus::Pending),
            recorded.clone(),
        );
        let mut sender = MockWebhookSender::new();
        sender
            .expect_send()
            .times(1)
            .returning(|_| Box::pin(async { answer(500) }));
        match service(repo1, sender).deliver_event(EVENT).await.unwrap() {
            DeliveryStep::RetryIn(wait, _) => {
                assert!((80..=120).contains(&wait.as_millis()), "{wait:?}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            *recorded.lock().unwrap(),
            vec![(DeliveryStatus::Pending, None)]
        );

        // third attempt (max_retries = 2) fails: the delivery fails and the circuit counts it
        let recorded = Arc::new(Mutex::new(Vec::new()));
        let repo3 = repo(
            webhook(true, vec![EventType::SourcingCompleted]),
            delivery(2, DeliveryStatus::Pending),
            recorded.clone(),
        );
        let mut sender = MockWebhookSender::new();
        sender
            .expect_send()
            .times(1)
            .returning(|_| Box::pin(async { answer(503) }));
        let step = service(repo3, sender).deliver_event(EVENT).await.unwrap();
        assert!(matches!(step, DeliveryStep::Done(Some(_))));
        assert_eq!(
            *recorded.lock().unwrap(),
            vec![(
                DeliveryStatus::Failed,
                Some(CircuitUpdate::Failure {
                    threshold: CIRCUIT_THRESHOLD
                })
            )]
        );
    }

    #[tokio::test]
    async fn nothing_is_sent_when_inactive_final_or_not_subscribed() {
        // circuit open: skipped without a request
        let mut repo_inactive = repo(
            webhook(false, vec![EventType::SourcingCompleted]),
            delivery(0, DeliveryStatus::Pending),
            Arc::new(Mutex::new(Vec::new())),
        );
        repo_inactive
            .expect_close_delivery()
            .with(eq(COMPANY), eq(DELIVERY), eq(DeliveryStatus::Skipped))
            .times(1)
            .returning(|_, _, _| Box::pin(async { Ok(delivery(0, DeliveryStatus::Skipped)) }));
        let mut sender = MockWebhookSender::new();
        sender.expect_send().never();
        service(repo_inactive, sender)
            .deliver_event(EVENT)
            .await
            .unwrap();

        // already succeeded (a retried task after a crash): not sent again
        let repo_final = repo(
            webhook(true, vec![EventType::SourcingCompleted]),
            delivery(1, DeliveryStatus::Succeeded),
            Arc::new(Mutex::new(Vec::new())),
        );
        let mut sender = MockWebhookSender::new();
        sender.expect_send().never();
        service(repo_final, sender)
            .deliver_event(EVENT)
            .await
            .unwrap();

        // subscribed only to failures: no delivery at all
        let mut repo_other = MockWebhookRepository::new();
        repo_other
            .expect_event()
            .returning(|_| Box::pin(async { Ok(event()) }));
        repo_other.expect_get().returning(|_, _| {
            Box::pin(async { Ok(webhook(true, vec![EventType::SourcingFailed])) })
        });
        repo_other.expect_open_delivery().never();
        let mut sender = MockWebhookSender::new();
        sender.expect_send().never();
        let step = service(repo_other, sender)
            .deliver_event(EVENT)
            .await
            .unwrap();
        assert_eq!(step, DeliveryStep::Done(None));

        // webhook deleted since the run started
        let mut repo_gone = MockWebhookRepository::new();
        repo_gone
            .expect_event()
            .returning(|_| Box::pin(async { Ok(event()) }));
        repo_gone
            .expect_get()
            .returning(|_, _| Box::pin(async { Err(RepositoryError::NotFound) }));
        let mut sender = MockWebhookSender::new();
        sender.expect_send().never();
        let step = service(repo_gone, sender)
            .deliver_event(EVENT)
            .await
            .unwrap();
        assert_eq!(step, DeliveryStep::Done(None));
    }
}
