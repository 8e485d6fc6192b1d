//! `sourcing`: serve the API, migrate the database, or run operator commands.

use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use sourcing_app::cli::{Cli, Command, IndexCommand, admin, index};
use sourcing_app::config::{Config, LogFormat};

use sourcing_app::startup::{Application, Services, pool_from, shutdown_signal, start_workers};
use sourcing_app::telemetry;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::load()?;
    let format = cli.log_format.unwrap_or(config.log.format);
    // Admin output must stay parseable: only warnings reach stderr there.
    let level = match cli.command {
        Command::Admin { .. } => "warn",
        _ => config.log.level.as_str(),
    };
    // A malformed RUST_LOG stops here, before anything is logged (never silently ignored).
    // Held to the end of `run`: dropping it writes out the lines still queued.
    let _log_guard = telemetry::init(format, level)?;
    match cli.command {
        Command::Migrate { create_database } => {
            if create_database
                && sourcing_adapters_postgres::migrations::create_database_if_missing(
                    config.database.url.expose(),
                    config.database.connect_timeout(),
                )
                .await?
            {
                tracing::info!("database created");
            }
            let applied = sourcing_adapters_postgres::migrations::run_pending(
                config.database.url.expose(),
                config.database.connect_timeout(),
            )
            .await?;
            tracing::info!(count = applied.len(), versions = ?applied, "migrations applied");
            Ok(())
        }
        Command::Serve { migrate } => {
            if migrate {
                sourcing_adapters_postgres::migrations::run_pending(
                    config.database.url.expose(),
                    config.database.connect_timeout(),
                )
                .await?;
            }
            if format == LogFormat::Pretty
                && config.security.key_pepper.expose().starts_with("dev-only")
            {
                tracing::warn!(
                    "security.key_pepper is the development default; set your own in production"
                );
            }
            let bind = config.server.bind;
            let app = Application::build(config).await?;
            tracing::info!(%bind, port = app.port(), "serving the Sourcing API");
            app.run_until_stopped().await.context("HTTP server failed")
        }
        Command::Worker => {
            let pool = pool_from(&config)?;
            let services = Services::build(&config, pool.clone())?;
            let workers = start_workers(&config, pool, &services);
            shutdown_signal().await;
            tracing::info!("shutting down workers");
            workers.shutdown().await;
            tracing::info!("stopped");
            Ok(())
        }
        Command::Index {
            command: IndexCommand::Build,
        } => index::build(&config),
        Command::Admin { command } => admin::run(&config, command).await,
    }
}
