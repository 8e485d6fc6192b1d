//! The storage ports' contract suites (from `sourcing-testkit`) against the Postgres adapters,
//! each check on its own database.

use std::sync::{Arc, Mutex, PoisonError};

use base64::Engine;
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use sourcing_adapters_postgres::schema::outbox_events;
use sourcing_adapters_postgres::{
    PassScheduler, PgApiKeyRepository, PgCompanyRepository, PgCreditLedger, PgEnrichmentRepository,
    PgOperationsStats, PgPool, PgRunRepository, PgWebhookRepository, SecretBox,
};
use sourcing_domain::company::BillingMode;
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::{CompanyId, RunId};
use sourcing_domain::ports::{CreateOutcome, RunRepository, WebhookRepository};
use sourcing_domain::sourcing::{NewRun, PassOutcome, RunResults};
use sourcing_domain::webhooks::{EventType, NewWebhook, SigningSecret, WebhookHeader};
use sourcing_testkit::{
    OpsStores, OutboxWriter, RunEffects, RunEvent, api_key_repository_contract,
    company_repository_contract, credit_ledger_contract, enrichment_repository_contract,
    operations_stats_contract, run_repository_contract, webhook_repository_contract,
};
use uuid::Uuid;

use crate::support::{company, fixture};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_credit_ledger_honours_the_contract() {
    credit_ledger_contract(|| async {
        let fx = fixture().await;
        let ledger = PgCreditLedger::new(fx.pool.clone());
        let companies = PgCompanyRepository::new(fx.pool.clone());
        (ledger, companies, fx)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_company_repository_honours_the_contract() {
    company_repository_contract(|| async {
        let fx = fixture().await;
        let companies = PgCompanyRepository::new(fx.pool.clone());
        let ledger = PgCreditLedger::new(fx.pool.clone());
        (companies, ledger, fx)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_api_key_repository_honours_the_contract() {
    api_key_repository_contract(|| async {
        let fx = fixture().await;
        let keys = PgApiKeyRepository::new(fx.pool.clone());
        let companies = PgCompanyRepository::new(fx.pool.clone());
        (keys, companies, fx)
    })
    .await;
}

/// Records the passes queued (the schedule is the last write of its transaction).
#[derive(Clone, Default)]
pub(crate) struct RecordingScheduler(Arc<Mutex<Vec<(RunId, i32)>>>);

impl PassScheduler for RecordingScheduler {
    async fn schedule(
        &self,
        _conn: &mut AsyncPgConnection,
        _company: CompanyId,
        run: RunId,
        pass: i32,
    ) -> Result<(), anyhow::Error> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((run, pass));
        Ok(())
    }

    async fn schedule_enrichment(
        &self,
        _conn: &mut AsyncPgConnection,
        _company: CompanyId,
        _enrichment: uuid::Uuid,
    ) -> Result<(), anyhow::Error> {
        Ok(())
    }

    async fn schedule_event(
        &self,
        _conn: &mut AsyncPgConnection,
        _company: CompanyId,
        _event: uuid::Uuid,
    ) -> Result<(), anyhow::Error> {
        Ok(())
    }
}

/// The queued passes and the `outbox_events` rows of the test database.
struct PgRunEffects {
    pool: PgPool,
    queued: RecordingScheduler,
}

impl RunEffects for PgRunEffects {
    async fn queued_passes(&self) -> Vec<(RunId, i32)> {
        self.queued
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    async fn events(&self) -> Vec<RunEvent> {
        let mut conn = self.pool.get().await.unwrap();
        let rows: Vec<(String, String, String)> = outbox_events::table
            .order((outbox_events::created_at, outbox_events::dedup_key))
            .select((
                outbox_events::resource_id,
                outbox_events::event_type,
                outbox_events::dedup_key,
            ))
            .load(&mut conn)
            .await
            .unwrap();
        rows.into_iter()
            .map(|(resource, event_type, dedup_key)| {
                let run: RunId = resource.parse().unwrap();
                let pass = dedup_key
                    .strip_prefix(&format!("{run}:pass:"))
                    .and_then(|p| p.parse().ok())
                    .unwrap_or_else(|| panic!("dedup key {dedup_key} of {run}"));
                RunEvent::new(run, pass, &event_type)
            })
            .collect()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_run_repository_honours_the_contract() {
    run_repository_contract(|| async {
        let fx = fixture().await;
        let scheduler = RecordingScheduler::default();
        let runs = PgRunRepository::new(fx.pool.clone(), scheduler.clone());
        let companies = PgCompanyRepository::new(fx.pool.clone());
        let ledger = PgCreditLedger::new(fx.pool.clone());
        let effects = PgRunEffects {
            pool: fx.pool.clone(),
            queued: scheduler,
        };
        (runs, companies, ledger, effects, fx)
    })
    .await;
}

/// Writes run events as the app does: a run created through `PgRunRepository` whose first
/// pass finishes (which writes its `outbox_events` row).
struct PgOutbox {
    runs: PgRunRepository<RecordingScheduler>,
    pool: PgPool,
}

impl OutboxWriter for PgOutbox {
    async fn write_run_event(
        &self,
        company: CompanyId,
        run: NewRun,
        outcome: PassOutcome,
    ) -> (Uuid, RunResults) {
        let created = match self.runs.create(company, run, None).await {
            Ok(CreateOutcome::Created(run)) => run,
            other => panic!("expected a created run, got {other:?}"),
        };
        let finished = self
            .runs
            .finish_pass(company, created.id, 1, outcome)
            .await
            .unwrap()
            .expect("the pass finishes");
        let candidates = self.runs.candidates(company, created.id).await.unwrap();
        let mut conn = self.pool.get().await.unwrap();
        let event: Uuid = outbox_events::table
            .filter(outbox_events::resource_id.eq(created.id.to_string()))
            .select(outbox_events::id)
            .first(&mut conn)
            .await
            .unwrap();
        (event, RunResults::new(finished, candidates))
    }
}

/// The key the webhook contract seals secrets with.
const KEY: [u8; 32] = [7; 32];

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_webhook_repository_honours_the_contract() {
    webhook_repository_contract(|clock| async move {
        let fx = fixture().await;
        let webhooks = PgWebhookRepository::new(fx.pool.clone(), SecretBox::new(KEY))
            .with_clock(clock.clone());
        let companies = PgCompanyRepository::new(fx.pool.clone());
        let outbox = PgOutbox {
            runs: PgRunRepository::new(fx.pool.clone(), RecordingScheduler::default())
                .with_clock(clock),
            pool: fx.pool.clone(),
        };
        (webhooks, companies, outbox, fx)
    })
    .await;
}

/// A whole `webhooks` row as Postgres prints it.
#[derive(QueryableByName)]
struct RowText {
    #[diesel(sql_type = diesel::sql_types::Text)]
    row: String,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Header values and the signing secret are sealed at rest: the raw row shows neither (in
/// clear, hex or base64), and a repository with another key fails to read the webhook rather
/// than returning garbage.
#[tokio::test]
async fn pg_webhook_secrets_are_not_stored_in_clear() {
    let fx = fixture().await;
    let acme = company(&fx.pool, BillingMode::Postpaid, 0).await;
    let repo = PgWebhookRepository::new(fx.pool.clone(), SecretBox::new(KEY));
    let value = "Bearer sk_live_never-in-clear-0123456789";
    let secret_bytes = *b"0123456789abcdefghijklmnopqrstuv";
    let webhook = repo
        .create(
            acme.id,
            NewWebhook {
                url: "https://hooks.example.com/sealed".into(),
                name: Some("sealed".into()),
                description: None,
                headers: vec![WebhookHeader {
                    name: "X-Custom-Auth".into(),
                    value: value.into(),
                }],
                events: vec![EventType::SourcingCompleted],
                max_retries: 3,
                timeout_ms: 30_000,
            },
            SigningSecret::from_bytes(secret_bytes),
        )
        .await
        .unwrap();

    let mut conn = fx.pool.get().await.unwrap();
    let raw: RowText = diesel::sql_query("SELECT w::text AS row FROM webhooks w WHERE w.id = $1")
        .bind::<diesel::sql_types::Uuid, _>(webhook.id)
        .get_result(&mut conn)
        .await
        .unwrap();
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    assert!(
        raw.row.contains("X-Custom-Auth") && raw.row.contains("hooks.example.com/sealed"),
        "the row read is the webhook's: {}",
        raw.row
    );
    for (what, clear) in [
        ("header value", value.as_bytes()),
        ("signing secret", secret_bytes.as_slice()),
    ] {
        for form in [
            String::from_utf8_lossy(clear).into_owned(),
            hex(clear),
            b64(clear),
        ] {
            assert!(
                !raw.row.contains(&form),
                "the {what} is stored readable ({form}): {}",
                raw.row
            );
        }
    }
    let (headers, sealed): (serde_json::Value, Vec<u8>) =
        sourcing_adapters_postgres::schema::webhooks::table
            .find(webhook.id)
            .select((
                sourcing_adapters_postgres::schema::webhooks::headers,
                sourcing_adapters_postgres::schema::webhooks::secret,
            ))
            .first(&mut conn)
            .await
            .unwrap();
    assert!(!headers.to_string().contains("never-in-clear"));
    assert!(
        !sealed
            .windows(secret_bytes.len())
            .any(|w| w == secret_bytes),
        "the secret column holds the secret's bytes"
    );
    assert_ne!(sealed.len(), 32, "sealed, not the bare 32 bytes");

    // the right key reads it back; another key refuses to
    let read = repo.get(acme.id, webhook.id).await.unwrap();
    assert_eq!(read.headers[0].value, value);
    assert_eq!(read.secret.as_bytes(), &secret_bytes);
    let wrong = PgWebhookRepository::new(fx.pool.clone(), SecretBox::new([8; 32]));
    assert!(
        matches!(
            wrong.get(acme.id, webhook.id).await,
            Err(RepositoryError::Other(_))
        ),
        "get with another key is an error"
    );
    assert!(matches!(
        wrong.list(acme.id).await,
        Err(RepositoryError::Other(_))
    ));
    assert!(matches!(
        wrong.find_any(webhook.id).await,
        Err(RepositoryError::Other(_))
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_enrichment_repository_honours_the_contract() {
    enrichment_repository_contract(|| async {
        let fx = fixture().await;
        let enrichments =
            PgEnrichmentRepository::new(fx.pool.clone(), RecordingScheduler::default());
        let companies = PgCompanyRepository::new(fx.pool.clone());
        let ledger = PgCreditLedger::new(fx.pool.clone());
        (enrichments, companies, ledger, fx)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pg_operations_stats_honour_the_contract() {
    operations_stats_contract(|| async {
        let fx = fixture().await;
        let pool = fx.pool.clone();
        OpsStores {
            stats: PgOperationsStats::new(pool.clone()),
            companies: PgCompanyRepository::new(pool.clone()),
            ledger: PgCreditLedger::new(pool.clone()),
            runs: PgRunRepository::new(pool.clone(), RecordingScheduler::default()),
            enrichments: PgEnrichmentRepository::new(pool.clone(), RecordingScheduler::default()),
            webhooks: PgWebhookRepository::new(pool, SecretBox::new(KEY)),
            guard: fx,
        }
    })
    .await;
}
