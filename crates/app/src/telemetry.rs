//! Log output through tracing-subscriber: readable by default, JSON in production.
//!
//! Two filters decide what is written. The operator's: `RUST_LOG` when set (a malformed value
//! stops the process at start, naming `RUST_LOG`), otherwise `log.level`. And a fixed guard that
//! no directive can loosen, because some libraries log what must never reach a log file or
//! log what anyone can trigger without a key:
//!
//! | target | capped at | why |
//! |---|---|---|
//! | `tokio_postgres` (all modules) | INFO | at DEBUG it prints every statement with its parameters (key hashes, webhook secrets) |
//! | `actix_http::h1` (all modules) | no ERROR | it logs every malformed request (bad request line, Content-Length, chunk size, oversized head) at ERROR before any route runs; they are the client's fault, answered 400/431 by actix-http, and still visible at TRACE (`parse error …`) |
//! | `rustls_platform_verifier` (all modules) | no ERROR | it logs every certificate it rejects at ERROR: a tenant's webhook host with a bad certificate would write one per delivery; the webhook sender logs the failed attempt at WARN and the tenant sees it in the deliveries log |
//!
//! The guard is a separate layer, not extra `EnvFilter` directives: a more specific target or a
//! span directive in `RUST_LOG` (`[request]=trace`) would override directives.

use std::io::IsTerminal;

use tracing::{Level, Metadata, Subscriber};
use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::filter::{FilterFn, filter_fn};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

use crate::config::LogFormat;

/// A log filter that cannot be used; the message names where it came from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    /// `RUST_LOG` is set but is not a tracing filter (or not UTF-8).
    #[error(
        "RUST_LOG is not a valid tracing filter ({0}); unset it or fix it, e.g. RUST_LOG=info,sourcing_app=debug"
    )]
    RustLog(String),
    /// The configured default level is not a tracing filter.
    #[error("invalid configuration: `log.level` is not a valid tracing filter ({0})")]
    Level(String),
}

/// The operator's filter: `rust_log` (the `RUST_LOG` value) when set and not blank, otherwise
/// `default_level`; either one malformed is an error, never silently replaced.
pub fn env_filter(rust_log: Option<&str>, default_level: &str) -> Result<EnvFilter, FilterError> {
    match rust_log.filter(|v| !v.trim().is_empty()) {
        Some(directives) => EnvFilter::builder()
            .parse(directives)
            .map_err(|e| FilterError::RustLog(e.to_string())),
        None => EnvFilter::builder()
            .parse(default_level)
            .map_err(|e| FilterError::Level(e.to_string())),
    }
}

/// The `RUST_LOG` of the process, if set; a value that is not UTF-8 is an error.
pub fn rust_log_from_env() -> Result<Option<String>, FilterError> {
    match std::env::var("RUST_LOG") {
        Ok(value) => Ok(Some(value)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(FilterError::RustLog("not UTF-8".into())),
    }
}

/// Whether `target` is `module` or one of its submodules.
fn is_under(target: &str, module: &str) -> bool {
    target
        .strip_prefix(module)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with("::"))
}

/// The fixed guard (see the module doc): whether an event or span may be logged at all.
fn guard_allows(metadata: &Metadata<'_>) -> bool {
    let target = metadata.target();
    let level = *metadata.level();
    if is_under(target, "tokio_postgres") && level > Level::INFO {
        return false;
    }
    let loud_on_others_behalf =
        is_under(target, "actix_http::h1") || is_under(target, "rustls_platform_verifier");
    !(loud_on_others_behalf && level == Level::ERROR)
}

/// The guard as a layer that filters for every layer below it.
pub fn guard() -> FilterFn<fn(&Metadata<'_>) -> bool> {
    filter_fn(guard_allows as fn(&Metadata<'_>) -> bool)
}

/// The subscriber the process uses: the guard, the operator's filter, and the formatter writing
/// to `writer` (stderr in the binary, a buffer in tests); `ansi` colours the pretty format.
pub fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    writer: W,
    ansi: bool,
) -> Box<dyn Subscriber + Send + Sync>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let base = tracing_subscriber::registry().with(guard()).with(filter);
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(writer)
        .with_ansi(ansi)
        .with_span_events(FmtSpan::NONE);
    match format {
        LogFormat::Pretty => Box::new(base.with(layer)),
        // Span fields (the request id) are flattened into every JSON line.
        LogFormat::Json => Box::new(
            base.with(
                layer
                    .json()
                    .with_current_span(true)
                    .with_span_list(false)
                    .flatten_event(true),
            ),
        ),
    }
}

/// Lines that may wait for the log writer before a logging thread waits for it in turn.
const BUFFERED_LINES: usize = 16_384;

/// Keeps the log writer thread alive; dropping it writes out every line still queued.
#[must_use = "logs are written until this guard is dropped"]
pub struct LogGuard(#[allow(dead_code, reason = "held for its Drop")] WorkerGuard);

/// Installs the global subscriber; logs go to stderr so stdout stays clean for CLI output.
/// Fails, before anything is logged, when `RUST_LOG` or `default_level` is malformed.
///
/// Lines are written by a dedicated thread, so a slow or stalled stderr (a pipe, a busy disk)
/// never blocks a request's thread; nothing is dropped: when the queue is full the logging
/// thread waits. Colours only when stderr is a terminal.
pub fn init(format: LogFormat, default_level: &str) -> Result<LogGuard, FilterError> {
    let rust_log = rust_log_from_env()?;
    let filter = env_filter(rust_log.as_deref(), default_level)?;
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .buffered_lines_limit(BUFFERED_LINES)
        .thread_name("log-writer")
        .finish(std::io::stderr());
    let ansi = std::io::stderr().is_terminal();
    // A second init (tests) keeps the first subscriber.
    drop(subscriber(format, filter, writer, ansi).try_init());
    Ok(LogGuard(guard))
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use super::*;

    /// A writer appending to a shared buffer.
    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl Write for Buffer {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Buffer {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    /// Logs a statement's parameters and a protocol error under `rust_log`; returns the output.
    fn logged_under(rust_log: &str) -> String {
        let buffer = Buffer::default();
        let writer = buffer.clone();
        let filter = env_filter(Some(rust_log), "info").unwrap();
        let subscriber = subscriber(LogFormat::Json, filter, move || writer.clone(), false);
        tracing::subscriber::with_default(subscriber, || {
            let span = tracing::info_span!("request", request_id = "r-1");
            let _entered = span.enter();
            tracing::debug!(
                target: "tokio_postgres::query",
                "executing statement s0 with parameters: [SECRET-HASH]"
            );
            tracing::trace!(target: "tokio_postgres::prepare", "preparing query s0: SELECT");
            tracing::error!(
                target: "actix_http::h1::dispatcher",
                "stream error: request parse error: invalid Header provided"
            );
            // what the TLS verifier logs for every bad certificate of a tenant's webhook host
            tracing::error!(
                target: "rustls_platform_verifier::verification::others",
                "failed to verify TLS certificate: invalid peer certificate: UnknownIssuer"
            );
            tracing::info!(target: "tokio_postgres::connection", "NOTICE: relation exists");
            tracing::warn!(target: "actix_http::h1::dispatcher", "kept-warning");
            tracing::debug!(target: "sourcing_app::probe", "own-debug-line");
        });
        buffer.text()
    }

    #[test]
    fn no_directive_lets_statement_parameters_or_protocol_errors_through() {
        for rust_log in [
            "trace",
            "debug",
            "tokio_postgres=trace,actix_http=trace,sourcing_app=debug",
            "tokio_postgres=trace,tokio_postgres::query=trace,actix_http::h1::dispatcher=trace,sourcing_app=debug",
            "[request]=trace",
            "info,[request{request_id}]=trace,sourcing_app=debug",
        ] {
            let out = logged_under(rust_log);
            assert!(!out.contains("SECRET-HASH"), "{rust_log}: {out}");
            assert!(!out.contains("preparing query"), "{rust_log}: {out}");
            assert!(!out.contains("stream error"), "{rust_log}: {out}");
            assert!(!out.contains("failed to verify"), "{rust_log}: {out}");
            assert!(!out.contains("\"ERROR\""), "{rust_log}: {out}");
            // The rest still gets through.
            assert!(out.contains("NOTICE: relation exists"), "{rust_log}: {out}");
            assert!(out.contains("kept-warning"), "{rust_log}: {out}");
            assert!(out.contains("own-debug-line"), "{rust_log}: {out}");
        }
    }

    #[test]
    fn targets_match_whole_module_names() {
        assert!(is_under("tokio_postgres", "tokio_postgres"));
        assert!(is_under("tokio_postgres::query", "tokio_postgres"));
        assert!(!is_under("tokio_postgres_rustls", "tokio_postgres"));
        assert!(is_under("actix_http::h1::decoder", "actix_http::h1"));
        assert!(!is_under("actix_http::h2::dispatcher", "actix_http::h1"));
        assert!(is_under(
            "rustls_platform_verifier::verification::others",
            "rustls_platform_verifier"
        ));
    }

    #[test]
    fn malformed_filters_are_errors_naming_their_source() {
        for bad in [
            "sourcing=loud",
            "info,[",
            "=debug",
            "sourcing_app=debug,tokio=verbose",
        ] {
            let err = env_filter(Some(bad), "info").unwrap_err();
            assert!(matches!(err, FilterError::RustLog(_)), "{bad}: {err:?}");
            assert!(err.to_string().contains("RUST_LOG"), "{err}");
        }
        let err = env_filter(None, "sourcing=loud").unwrap_err();
        assert!(err.to_string().contains("log.level"), "{err}");
        // Unset and blank RUST_LOG fall back to the configured level; a valid one wins.
        assert!(env_filter(None, "info").is_ok());
        assert!(env_filter(Some("  "), "warn").is_ok());
        assert!(env_filter(Some("info,sourcing_app=debug"), "sourcing=loud").is_ok());
    }
}
