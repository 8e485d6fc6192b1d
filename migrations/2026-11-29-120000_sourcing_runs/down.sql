DROP TABLE outbox_events;
DROP TABLE run_candidates;
DROP TABLE sourcing_runs;
