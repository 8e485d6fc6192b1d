//! Operator commands: companies, credits and API keys. Output is one JSON object on stdout.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use clap::Subcommand;
use rand::RngCore;
use serde_json::{Value, json};
use sourcing_adapters_postgres::{PgApiKeyRepository, PgCompanyRepository, PgCreditLedger};
use sourcing_domain::api_key::{
    KeyEnvironment, KeyHasher, NewApiKey, PresentedKey, Scope, parse_scopes,
};
use sourcing_domain::company::{BillingMode, Company, NewCompany};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::{ApiKeyId, CompanyId};
use sourcing_domain::ports::{
    ApiKeyRepository, Clock, CompanyRepository, CreditLedger, SystemClock,
};

use crate::config::Config;
use crate::http::time::rfc3339_millis;
use crate::startup::pool_from;

/// Admin subcommands.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Companies.
    Company {
        /// Which company command.
        #[command(subcommand)]
        command: CompanyCommand,
    },
    /// Credits.
    Credits {
        /// Which credits command.
        #[command(subcommand)]
        command: CreditsCommand,
    },
    /// API keys.
    Key {
        /// Which key command.
        #[command(subcommand)]
        command: KeyCommand,
    },
    /// Ensures a demo company and key exist; prints the key (used by `make run`).
    Demo {
        /// File remembering the demo key between starts.
        #[arg(long)]
        state_file: PathBuf,
    },
}

/// Company subcommands.
#[derive(Debug, Subcommand)]
pub enum CompanyCommand {
    /// Create a company.
    Create {
        /// Display name.
        #[arg(long)]
        name: String,
        /// `prepaid` or `postpaid`.
        #[arg(long)]
        billing: String,
        /// Opening credit balance.
        #[arg(long, default_value_t = 0)]
        credits: i64,
    },
    /// Show a company with its balance.
    Show {
        /// Company id.
        #[arg(long)]
        id: String,
    },
}

/// Credits subcommands.
#[derive(Debug, Subcommand)]
pub enum CreditsCommand {
    /// Add credits to a company's balance.
    Add {
        /// Company id.
        #[arg(long)]
        company: String,
        /// Credits to add (positive).
        #[arg(long)]
        amount: i64,
    },
}

/// Key subcommands.
#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Issue a key; the secret is printed this once.
    Create {
        /// Company id.
        #[arg(long)]
        company: String,
        /// Comma-separated exact scopes.
        #[arg(long)]
        scopes: String,
        /// Label.
        #[arg(long, default_value = "default")]
        name: String,
        /// Expiry, RFC 3339.
        #[arg(long)]
        expires_at: Option<String>,
    },
    /// Revoke a key.
    Revoke {
        /// Key id.
        #[arg(long)]
        id: String,
    },
}

struct Admin {
    companies: PgCompanyRepository,
    keys: PgApiKeyRepository,
    ledger: PgCreditLedger,
    hasher: KeyHasher,
    clock: SystemClock,
}

fn company_json(company: &Company) -> Value {
    json!({
        "id": company.id.to_string(),
        "name": company.name,
        "billing": company.billing.as_str(),
        "balance": company.balance,
    })
}

fn parse_company(id: &str) -> anyhow::Result<CompanyId> {
    id.parse()
        .map_err(|_| anyhow::anyhow!("--company/--id must be a UUID, got `{id}`"))
}

fn not_found(err: RepositoryError, what: &str) -> anyhow::Error {
    match err {
        RepositoryError::NotFound => anyhow::anyhow!("{what} not found"),
        other => anyhow::Error::new(other).context(format!("looking up {what}")),
    }
}

/// Runs one admin command and prints its JSON result.
pub async fn run(config: &Config, command: AdminCommand) -> anyhow::Result<()> {
    let pool = pool_from(config)?;
    let admin = Admin {
        companies: PgCompanyRepository::new(pool.clone()),
        keys: PgApiKeyRepository::new(pool.clone()),
        ledger: PgCreditLedger::new(pool),
        hasher: KeyHasher::new(config.security.key_pepper.expose().as_bytes()),
        clock: SystemClock,
    };
    let output = match command {
        AdminCommand::Company { command } => admin.company(command).await?,
        AdminCommand::Credits {
            command: CreditsCommand::Add { company, amount },
        } => {
            let company = parse_company(&company)?;
            if amount <= 0 {
                bail!("--amount must be a positive number of credits");
            }
            let key = format!("admin:{}", uuid::Uuid::new_v4());
            let balance = admin
                .ledger
                .grant(company, amount, key)
                .await
                .map_err(|e| match e {
                    sourcing_domain::credits::CreditError::Repository(r) => not_found(r, "company"),
                    other => anyhow::Error::new(other),
                })?;
            json!({ "companyId": company.to_string(), "balance": balance })
        }
        AdminCommand::Key { command } => admin.key(command).await?,
        AdminCommand::Demo { state_file } => admin.demo(&state_file).await?,
    };
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{output}").context("writing to stdout")?;
    Ok(())
}

impl Admin {
    async fn company(&self, command: CompanyCommand) -> anyhow::Result<Value> {
        match command {
            CompanyCommand::Create {
                name,
                billing,
                credits,
            } => {
                let billing: BillingMode = billing
                    .parse()
                    .map_err(|e| anyhow::anyhow!("--billing: {e}"))?;
                let new =
                    NewCompany::new(&name, billing, credits).map_err(|e| anyhow::anyhow!("{e}"))?;
                let company = self
                    .companies
                    .create(new)
                    .await
                    .context("creating the company")?;
                Ok(company_json(&company))
            }
            CompanyCommand::Show { id } => {
                let id = parse_company(&id)?;
                let company = self
                    .companies
                    .get(id)
                    .await
                    .map_err(|e| not_found(e, "company"))?;
                Ok(company_json(&company))
            }
        }
    }

    async fn issue_key(
        &self,
        company: CompanyId,
        scopes: Vec<Scope>,
        name: String,
        expires_at: Option<DateTime<Utc>>,
    ) -> anyhow::Result<(ApiKeyId, PresentedKey)> {
        let mut random = [0u8; 32];
        rand::rng().fill_bytes(&mut random);
        let secret = PresentedKey::generate(KeyEnvironment::Live, random);
        let stored = self
            .keys
            .create(NewApiKey {
                company_id: company,
                name,
                scopes,
                expires_at,
                hash: self.hasher.hash(&secret),
            })
            .await
            .map_err(|e| not_found(e, "company"))?;
        Ok((stored.id, secret))
    }

    async fn key(&self, command: KeyCommand) -> anyhow::Result<Value> {
        match command {
            KeyCommand::Create {
                company,
                scopes,
                name,
                expires_at,
            } => {
                let company = parse_company(&company)?;
                let scopes = parse_scopes(&scopes).map_err(|e| {
                    let valid: Vec<&str> = Scope::ALL.iter().map(|s| s.as_str()).collect();
                    anyhow::anyhow!("--scopes: {e}; valid scopes: {}", valid.join(","))
                })?;
                let name = name.trim().to_owned();
                if name.is_empty() || name.chars().count() > 200 {
                    bail!("--name must be 1-200 characters");
                }
                let expires_at = expires_at
                    .map(|v| {
                        DateTime::parse_from_rfc3339(&v)
                            .map(|d| d.with_timezone(&Utc))
                            .map_err(|e| anyhow::anyhow!("--expires-at must be RFC 3339: {e}"))
                    })
                    .transpose()?;
                let (id, secret) = self
                    .issue_key(company, scopes.clone(), name, expires_at)
                    .await?;
                Ok(json!({
                    "id": id.to_string(),
                    "key": secret.reveal(),
                    "scopes": scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
                    "companyId": company.to_string(),
                    "expiresAt": expires_at.map(rfc3339_millis),
                }))
            }
            KeyCommand::Revoke { id } => {
                let id: ApiKeyId = id
                    .parse()
                    .map_err(|_| anyhow::anyhow!("--id must be a UUID"))?;
                let key = self
                    .keys
                    .revoke(id)
                    .await
                    .map_err(|e| not_found(e, "key"))?;
                Ok(json!({
                    "id": key.id.to_string(),
                    "revokedAt": key.revoked_at.map(rfc3339_millis),
                }))
            }
        }
    }

    async fn demo(&self, state_file: &std::path::Path) -> anyhow::Result<Value> {
        if let Ok(saved) = std::fs::read_to_string(state_file)
            && let Ok(saved) = serde_json::from_str::<Value>(&saved)
            && let Some(key) = saved["key"].as_str()
            && let Ok(presented) = PresentedKey::parse(key)
            && let Ok(Some(stored)) = self.keys.find_by_hash(self.hasher.hash(&presented)).await
            && stored.is_usable_at(self.clock.now())
        {
            let mut saved = saved;
            saved["created"] = json!(false);
            return Ok(saved);
        }
        let company = self
            .companies
            .create(
                NewCompany::new("Demo Company", BillingMode::Prepaid, 1000)
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
            )
            .await
            .context("creating the demo company")?;
        let (id, secret) = self
            .issue_key(company.id, Scope::ALL.to_vec(), "demo".to_owned(), None)
            .await?;
        let out = json!({
            "companyId": company.id.to_string(),
            "keyId": id.to_string(),
            "key": secret.reveal(),
            "balance": company.balance,
        });
        if let Some(dir) = state_file.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        std::fs::write(state_file, out.to_string())
            .with_context(|| format!("writing {}", state_file.display()))?;
        let mut out = out;
        out["created"] = json!(true);
        Ok(out)
    }
}
