//! The accept path's inserts are prepared once per connection and reused: Postgres neither
//! re-parses them nor spends an extra round trip preparing them on every run.

use std::time::Duration;

use diesel::sql_types::Text;
use diesel::{QueryableByName, sql_query};
use diesel_async::RunQueryDsl;
use sourcing_adapters_postgres::{PgRunRepository, build_pool};
use sourcing_domain::company::BillingMode;
use sourcing_domain::icp::JobAd;
use sourcing_domain::ports::{CreateOutcome, RunRepository};
use sourcing_domain::sourcing::NewRun;
use sourcing_test_db::TestDb;

use crate::contracts::RecordingScheduler;
use crate::support::company;

#[derive(QueryableByName)]
struct Prepared {
    #[diesel(sql_type = Text)]
    statement: String,
}

#[tokio::test]
async fn creating_runs_reuses_prepared_inserts() {
    let db = TestDb::new().await;
    // one connection: every statement below runs in the same session
    let pool = build_pool(db.url(), 1, Duration::from_secs(5)).unwrap();
    let acme = company(&pool, BillingMode::Prepaid, 100).await;
    let runs = PgRunRepository::new(pool.clone(), RecordingScheduler::default());
    for _ in 0..3 {
        let run = NewRun {
            ad: JobAd {
                title: "Site Reliability Engineer".into(),
                job_description: "Kubernetes".into(),
                location: None,
                query: None,
            },
            limit: 2,
            webhook_id: None,
        };
        let created = runs.create(acme.id, run, None).await.unwrap();
        assert!(matches!(created, CreateOutcome::Created(_)));
    }
    let mut conn = pool.get().await.unwrap();
    let prepared: Vec<String> = sql_query("SELECT statement FROM pg_prepared_statements")
        .load::<Prepared>(&mut conn)
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.statement)
        .collect();
    for table in ["sourcing_runs", "credit_reservations", "credit_ledger"] {
        let insert = format!("INSERT INTO \"{table}\"");
        let kept = prepared.iter().filter(|s| s.starts_with(&insert)).count();
        assert_eq!(
            kept, 1,
            "one prepared {insert} kept for reuse: {prepared:#?}"
        );
    }
}
