-- Tenants, API keys (hashes only), the append-only credit ledger and idempotency records.

CREATE TABLE companies (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    billing     text        NOT NULL CHECK (billing IN ('prepaid', 'postpaid')),
    -- Cached sum of the ledger's deltas; the CHECK is the last line of defence against overdraw.
    balance     bigint      NOT NULL DEFAULT 0 CHECK (balance >= 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
    id          uuid PRIMARY KEY,
    company_id  uuid        NOT NULL REFERENCES companies (id),
    name        text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    scopes      text[]      NOT NULL,
    -- HMAC-SHA256 of the secret under the server's pepper; the secret itself is never stored.
    key_hash    bytea       NOT NULL UNIQUE CHECK (octet_length(key_hash) = 32),
    expires_at  timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_keys_company_id_idx ON api_keys (company_id);

CREATE TABLE credit_reservations (
    company_id  uuid        NOT NULL REFERENCES companies (id),
    key         text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('sourcing', 'enrichment')),
    amount      bigint      NOT NULL CHECK (amount > 0),
    -- Prepaid holds were taken from the balance; postpaid holds are bookkeeping only.
    prepaid     boolean     NOT NULL,
    used        bigint      CHECK (used >= 0 AND used <= amount),
    created_at  timestamptz NOT NULL DEFAULT now(),
    settled_at  timestamptz,
    PRIMARY KEY (company_id, key),
    CHECK ((used IS NULL) = (settled_at IS NULL))
);
CREATE INDEX credit_reservations_company_id_idx ON credit_reservations (company_id);

CREATE TABLE credit_ledger (
    id              bigserial PRIMARY KEY,
    company_id      uuid        NOT NULL REFERENCES companies (id),
    entry_type      text        NOT NULL CHECK (entry_type IN ('grant', 'reserve', 'release', 'charge')),
    kind            text        CHECK (kind IN ('sourcing', 'enrichment')),
    -- Effect on the balance (negative for holds and prepaid charges).
    delta           bigint      NOT NULL,
    -- Credits consumed by this entry, for usage reports (charges only).
    credits_used    bigint      NOT NULL DEFAULT 0 CHECK (credits_used >= 0),
    idempotency_key text        NOT NULL,
    balance_after   bigint      NOT NULL CHECK (balance_after >= 0),
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (company_id, idempotency_key)
);
CREATE INDEX credit_ledger_company_created_idx ON credit_ledger (company_id, created_at);

CREATE FUNCTION credit_ledger_forbid_mutation() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'credit_ledger is append-only';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER credit_ledger_append_only
    BEFORE UPDATE OR DELETE ON credit_ledger
    FOR EACH ROW EXECUTE FUNCTION credit_ledger_forbid_mutation();

-- Replays of write requests carrying an Idempotency-Key header.
CREATE TABLE idempotency_records (
    company_id      uuid        NOT NULL REFERENCES companies (id),
    route           text        NOT NULL,
    key             text        NOT NULL CHECK (char_length(key) BETWEEN 1 AND 255),
    request_hash    bytea       NOT NULL,
    response_status smallint    NOT NULL,
    response_body   jsonb       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (company_id, route, key)
);
CREATE INDEX idempotency_records_created_at_idx ON idempotency_records (created_at);
