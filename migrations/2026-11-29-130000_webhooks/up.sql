-- Webhook subscriptions, their deliveries and every attempt (the outbox's consumers).

CREATE TABLE webhooks (
    id                   uuid PRIMARY KEY,
    company_id           uuid        NOT NULL REFERENCES companies (id),
    url                  text        NOT NULL,
    name                 text,
    description          text,
    -- [{"name": …, "value": <base64 nonce||ciphertext>}]: header values encrypted at rest
    headers              jsonb       NOT NULL DEFAULT '[]',
    -- payload labels (sourcing.completed, interview.scheduled …), registration order
    events               text[]      NOT NULL,
    is_active            boolean     NOT NULL DEFAULT true,
    max_retries          integer     NOT NULL CHECK (max_retries >= 0),
    timeout_ms           integer     NOT NULL CHECK (timeout_ms > 0),
    consecutive_failures integer     NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
    circuit_opened_at    timestamptz,
    -- nonce||ciphertext of the 32-byte signing secret
    secret               bytea       NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);
CREATE INDEX webhooks_company_id_idx ON webhooks (company_id, created_at DESC);

-- One row per (event, webhook): its id is the deliveryId of every attempt. Rows outlive a
-- deleted webhook (cancelled) for the audit trail.
CREATE TABLE webhook_deliveries (
    id            uuid PRIMARY KEY,
    company_id    uuid        NOT NULL REFERENCES companies (id),
    webhook_id    uuid        NOT NULL,
    -- the outbox event delivered; NULL for pings
    event_id      uuid REFERENCES outbox_events (id),
    event         text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled', 'skipped')),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    UNIQUE (webhook_id, event_id)
);
CREATE INDEX webhook_deliveries_company_id_idx ON webhook_deliveries (company_id, webhook_id, created_at DESC, id);

CREATE TABLE webhook_attempts (
    delivery_id   uuid        NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    number        integer     NOT NULL CHECK (number >= 1),
    attempted_at  timestamptz NOT NULL,
    status_code   integer,
    duration_ms   bigint      NOT NULL,
    error         text,
    -- the start of the receiver's answer (truncated)
    response_body text,
    PRIMARY KEY (delivery_id, number)
);
