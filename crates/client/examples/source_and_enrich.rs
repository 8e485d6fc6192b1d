//! Sources candidates for an ad to completion, enriches two of them and renders a card.
//!
//! ```sh
//! SOURCING_URL=http://127.0.0.1:8080 SOURCING_KEY=sk_live_... \
//!     cargo run -p sourcing-client --example source_and_enrich
//! ```
#![allow(clippy::print_stdout, reason = "an example program reports on stdout")]

use std::process::ExitCode;

use sourcing_client::{CardTheme, Client, ClientError, CreateRun, Enrich, RenderHtml, WaitOptions};

/// Reads the server and key from the environment and reports the outcome as the exit code.
#[tokio::main]
async fn main() -> ExitCode {
    let (Ok(url), Ok(key)) = (std::env::var("SOURCING_URL"), std::env::var("SOURCING_KEY")) else {
        eprintln!("set SOURCING_URL (http://127.0.0.1:8080) and SOURCING_KEY (sk_live_…)");
        return ExitCode::from(2);
    };
    match run(&url, &key).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            if let ClientError::Api {
                request_id: Some(id),
                ..
            } = &err
            {
                eprintln!("request id: {id}");
            }
            ExitCode::FAILURE
        }
    }
}

/// The whole walk-through against `url` with `key` (the integration tests call it too).
pub(crate) async fn run(url: &str, key: &str) -> Result<(), ClientError> {
    let client = Client::new(url, key)?;
    let ad = CreateRun::new(
        "Senior Site Reliability Engineer",
        "Kubernetes, Terraform and Go on AWS. 5+ years. Prometheus is a plus. No agencies.",
    )
    .location("Berlin, Germany")
    .limit(10);
    let accepted = client.create_run(&ad, None).await?.data;
    println!("run {} accepted", accepted.request_id);
    let run = client
        .wait_for_run(&accepted.request_id, WaitOptions::default())
        .await?
        .data;
    println!("run {:?}: {} candidates", run.status, run.candidates.len());
    for candidate in &run.candidates {
        println!(
            "  {:>3} {} ({}, {}) — {}",
            candidate.match_score,
            candidate.name,
            candidate.current_role,
            candidate.location,
            candidate.rationale
        );
    }
    let ids: Vec<String> = run
        .candidates
        .iter()
        .take(2)
        .map(|c| c.profile_id.clone())
        .collect();
    if ids.is_empty() {
        println!("no candidates to enrich");
        return Ok(());
    }
    let enrichment = client.enrich(&Enrich::new(ids.clone())).await?.data;
    let enriched = client
        .wait_for_enrichment(&enrichment.request_id, WaitOptions::default())
        .await?
        .data;
    println!(
        "enrichment {:?}: {} enriched, {} failed, {} credits",
        enriched.status, enriched.enriched_count, enriched.failure_count, enriched.credits_consumed
    );
    for item in &enriched.data {
        match &item.error_code {
            None => {
                let emails: Vec<&str> = item
                    .email_details
                    .iter()
                    .map(|e| e.address.as_str())
                    .collect();
                println!("  {}: {}", item.profile_id, emails.join(", "));
            }
            Some(code) => println!("  {}: {code}", item.profile_id),
        }
    }
    let cards = client
        .render_html(&RenderHtml::new(ids.iter().take(1).cloned()).theme(CardTheme::Light))
        .await?
        .data;
    for card in &cards.data {
        let html = card.html_content.as_deref().unwrap_or_default();
        println!("card of {}: {} bytes of HTML", card.profile_id, html.len());
    }
    let usage = client.billing_usage(None, None).await?.data;
    println!(
        "credits used in the last 30 days: {} (balance {})",
        usage.credits_used.total, usage.balance
    );
    Ok(())
}
