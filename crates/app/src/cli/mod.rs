//! The `sourcing` command line: serve, worker, migrate, index, admin.

pub mod admin;
pub mod index;

use clap::{Parser, Subcommand};

use crate::config::LogFormat;

/// Sourcing API: AI-driven candidate sourcing behind a REST API.
#[derive(Debug, Parser)]
#[command(name = "sourcing", version, about)]
pub struct Cli {
    /// Log format (overrides `log.format`).
    #[arg(long, global = true, value_enum)]
    pub log_format: Option<LogFormat>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Top-level subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the HTTP API.
    Serve {
        /// Apply pending migrations before serving (development convenience).
        #[arg(long)]
        migrate: bool,
    },
    /// Run background workers only (no HTTP), so API and workers scale apart.
    Worker,
    /// Apply pending database migrations (under an advisory lock) and exit.
    Migrate {
        /// Create the database first when it does not exist.
        #[arg(long)]
        create_database: bool,
    },
    /// The local people index on disk (`search.index_dir`).
    Index {
        /// Which index command.
        #[command(subcommand)]
        command: IndexCommand,
    },
    /// Operator commands; each prints one JSON object on stdout.
    Admin {
        /// Which admin command.
        #[command(subcommand)]
        command: admin::AdminCommand,
    },
}

/// `sourcing index …`.
#[derive(Debug, Subcommand)]
pub enum IndexCommand {
    /// Builds the index of `search.corpus` into `search.index_dir` (or finds it up to date), so
    /// `serve` and `worker` start without building; prints one JSON object on stdout.
    Build,
}
