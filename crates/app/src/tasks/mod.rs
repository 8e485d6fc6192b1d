//! Background task definitions (what a task does); the runner is wired in `startup`.

pub mod deliver_webhook_event;
pub mod execute_enrichment;
pub mod execute_run_pass;
pub mod queue_scheduler;

pub use deliver_webhook_event::DeliverWebhookEvent;
pub use execute_enrichment::ExecuteEnrichment;
pub use execute_run_pass::ExecuteRunPass;
pub use queue_scheduler::QueueScheduler;
