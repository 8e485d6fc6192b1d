//! The shipped example program, run against the real server: it must work as documented.

#[allow(dead_code, reason = "the example's `main` is not called here")]
#[path = "../../examples/source_and_enrich.rs"]
mod source_and_enrich;

use sourcing_domain::api_key::Scope;
use sourcing_domain::company::BillingMode;

use crate::support::spawn_app;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_program_runs_to_completion() {
    let app = spawn_app(&[]).await;
    let company = app.company(BillingMode::Prepaid, 100).await;
    let key = app.key_with(&company, &Scope::ALL).await;
    source_and_enrich::run(&app.base, &key).await.unwrap();
}
