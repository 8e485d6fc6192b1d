//! `GET /billing/usage` reads the ledger, scoped to the caller's company.

use chrono::{Duration, Utc};
use serde_json::Value;
use sourcing_adapters_postgres::PgCreditLedger;
use sourcing_domain::company::BillingMode;
use sourcing_domain::credits::{ReserveRequest, UsageKind};
use sourcing_domain::ports::CreditLedger;

use crate::support::spawn_app;

#[tokio::test(flavor = "multi_thread")]
async fn usage_reports_balance_and_credits_used_by_kind() {
    let app = spawn_app(&[]).await;
    let acme = app.company(BillingMode::Prepaid, 100).await;
    let other = app.company(BillingMode::Prepaid, 100).await;
    let ledger = PgCreditLedger::new(app.pool.clone());
    for (company, key, kind, amount, used) in [
        (acme.id, "r1", UsageKind::Sourcing, 20, 12),
        (acme.id, "e1", UsageKind::Enrichment, 5, 3),
        (other.id, "r2", UsageKind::Sourcing, 50, 50),
    ] {
        ledger
            .reserve(
                company,
                ReserveRequest {
                    key: key.into(),
                    amount,
                    kind,
                },
            )
            .await
            .unwrap();
        ledger.settle(company, key.into(), used).await.unwrap();
    }
    let key = app.key(&acme).await;
    let response = app
        .client
        .get(app.url("/billing/usage"))
        .bearer_auth(&key.secret)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["success"], true);
    let data = &body["data"];
    assert_eq!(data["companyId"], acme.id.to_string());
    assert_eq!(data["billing"], "prepaid");
    assert_eq!(data["balance"], 85);
    assert_eq!(data["creditsUsed"]["sourcing"], 12);
    assert_eq!(data["creditsUsed"]["enrichment"], 3);
    assert_eq!(data["creditsUsed"]["total"], 15);

    // A period in the past holds nothing.
    let start =
        (Utc::now() - Duration::days(10)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let end = (Utc::now() - Duration::days(9)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let response = app
        .client
        .get(app.url(&format!("/billing/usage?start={start}&end={end}")))
        .bearer_auth(&key.secret)
        .send()
        .await
        .unwrap();
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["data"]["creditsUsed"]["total"], 0);
    assert_eq!(body["data"]["period"]["start"].as_str().unwrap().len(), 24);
}
