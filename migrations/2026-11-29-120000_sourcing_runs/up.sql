-- Sourcing runs, their candidates, and the transactional outbox of run events.

CREATE TABLE sourcing_runs (
    id              uuid PRIMARY KEY,
    company_id      uuid        NOT NULL REFERENCES companies (id),
    status          text        NOT NULL CHECK (status IN ('processing', 'completed', 'failed')),
    -- The job ad as posted: {title, jobDescription, location, query}.
    job_ad          jsonb       NOT NULL,
    -- Candidates the current pass may deliver.
    run_limit       integer     NOT NULL CHECK (run_limit BETWEEN 1 AND 100),
    webhook_id      uuid,
    -- Context patches (PATCH query) applied so far, oldest first.
    patches         jsonb       NOT NULL DEFAULT '[]',
    -- 1 for the first pass, +1 per PATCH.
    pass            integer     NOT NULL DEFAULT 1 CHECK (pass >= 1),
    icp             jsonb,
    found_count     bigint      NOT NULL DEFAULT 0,
    scored_count    bigint      NOT NULL DEFAULT 0,
    error_code      text,
    error_message   text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    completed_at    timestamptz
);
CREATE INDEX sourcing_runs_company_id_idx ON sourcing_runs (company_id, created_at);

CREATE TABLE run_candidates (
    run_id      uuid        NOT NULL REFERENCES sourcing_runs (id),
    company_id  uuid        NOT NULL REFERENCES companies (id),
    profile_id  text        NOT NULL,
    -- The pass that delivered (and billed) the candidate.
    pass        integer     NOT NULL,
    match_score smallint    NOT NULL CHECK (match_score BETWEEN 0 AND 100),
    -- The SourcingCandidate body, re-scored when a later pass re-ranks the session.
    candidate   jsonb       NOT NULL,
    -- The full profile as the index returned it (re-ranking, enrichment, cards).
    profile     jsonb       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, profile_id)
);
-- Enrichment resolves a profile id only within the company's own runs.
CREATE INDEX run_candidates_company_id_idx ON run_candidates (company_id, profile_id);

CREATE TABLE outbox_events (
    id           uuid PRIMARY KEY,
    company_id   uuid        NOT NULL REFERENCES companies (id),
    -- Payload label: sourcing.completed, sourcing.failed, …
    event_type   text        NOT NULL,
    resource_id  text        NOT NULL,
    webhook_id   uuid,
    payload      jsonb       NOT NULL,
    -- One event per run pass and outcome, even if a pass is retried.
    dedup_key    text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    dispatched_at timestamptz,
    UNIQUE (company_id, dedup_key)
);
CREATE INDEX outbox_events_company_id_idx ON outbox_events (company_id, created_at);
CREATE INDEX outbox_events_pending_idx ON outbox_events (created_at) WHERE dispatched_at IS NULL;
