-- Enrichment runs: a batch of the company's candidates sent to email discovery.

CREATE TABLE enrichment_runs (
    id               uuid PRIMARY KEY,
    company_id       uuid        NOT NULL REFERENCES companies (id),
    status           text        NOT NULL CHECK (status IN ('processing', 'completed', 'failed')),
    -- requested profile ids, in order
    profile_ids      jsonb       NOT NULL,
    webhook_id       uuid,
    -- per-profile results, in the order asked (empty while processing)
    items            jsonb       NOT NULL DEFAULT '[]',
    credits_consumed bigint      NOT NULL DEFAULT 0 CHECK (credits_consumed >= 0),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    completed_at     timestamptz
);
CREATE INDEX enrichment_runs_company_id_idx ON enrichment_runs (company_id, created_at);
