-- The generic task queue (crate `sourcing-worker`). A row is one unit of background work:
-- queued (locked_until NULL or past), leased by a worker (locked_by, locked_until in the future),
-- waiting for a retry (run_at in the future), or dead (failed_at set). Success deletes the row.

CREATE TABLE background_tasks (
    id            bigserial   PRIMARY KEY,
    -- `Task::NAME`: stable forever, because rows outlive deploys.
    task_name     text        NOT NULL CHECK (char_length(task_name) BETWEEN 1 AND 200),
    payload       jsonb       NOT NULL,
    -- At most one live (not dead) task per (task_name, dedup_key); see the unique index below.
    dedup_key     text,
    -- Earliest time the task may run; the retry backoff is computed by the worker and stored here.
    run_at        timestamptz NOT NULL DEFAULT now(),
    -- Incremented at claim time, so a worker that crashes mid-task still uses up an attempt.
    attempts      integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts  integer     NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
    -- The lease: a worker owns the task until locked_until; the heartbeat extends it.
    locked_until  timestamptz,
    locked_by     uuid,
    last_error    text,
    -- Dead letter: set after the last attempt or a permanent error; such rows are never claimed.
    failed_at     timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- The claim query: live tasks ordered by (run_at, id).
CREATE INDEX background_tasks_claim_idx ON background_tasks (run_at, id) WHERE failed_at IS NULL;

-- Deduplicated enqueue: `INSERT ... ON CONFLICT DO NOTHING` against this index.
CREATE UNIQUE INDEX background_tasks_dedup_idx ON background_tasks (task_name, dedup_key)
    WHERE dedup_key IS NOT NULL AND failed_at IS NULL;

-- Operators look for dead tasks.
CREATE INDEX background_tasks_dead_idx ON background_tasks (failed_at) WHERE failed_at IS NOT NULL;

-- Wake idle workers. Delivered at commit (a rolled-back enqueue wakes nobody); Postgres folds
-- identical notifications within one transaction, so a bulk enqueue sends one per task name.
CREATE FUNCTION background_tasks_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('background_tasks', NEW.task_name);
    RETURN NULL;
END;
$$;

CREATE TRIGGER background_tasks_notify_on_insert
    AFTER INSERT ON background_tasks
    FOR EACH ROW EXECUTE FUNCTION background_tasks_notify();
