//! The SQL behind the queue. Every statement is a single short transaction of its own; no
//! transaction is ever held open while a task runs.
//!
//! A claim is identified by `(id, locked_by, attempts)`: `attempts` is bumped by every claim, so
//! a worker whose lease expired and was re-claimed (even by the same worker id) cannot finalise.

use std::time::Duration;

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{Array, BigInt, Double, Integer, Jsonb, Nullable, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

/// A task this worker has just leased.
#[derive(Debug, Clone, QueryableByName)]
pub(crate) struct Claimed {
    #[diesel(sql_type = BigInt)]
    pub(crate) id: i64,
    #[diesel(sql_type = Text)]
    pub(crate) task_name: String,
    #[diesel(sql_type = Jsonb)]
    pub(crate) payload: serde_json::Value,
    #[diesel(sql_type = Integer)]
    pub(crate) attempts: i32,
    #[diesel(sql_type = Integer)]
    pub(crate) max_attempts: i32,
}

#[derive(QueryableByName)]
struct SecsRow {
    #[diesel(sql_type = Nullable<Double>)]
    secs: Option<f64>,
}

/// The columns an enqueue writes, for a statement diesel can prepare once per connection
/// (raw SQL is re-parsed, and prepared in an extra round trip, on every call).
mod enqueue_schema {
    diesel::table! {
        background_tasks (id) {
            id -> BigInt,
            task_name -> Text,
            payload -> Jsonb,
            dedup_key -> Nullable<Text>,
            run_at -> Timestamptz,
            max_attempts -> Integer,
            failed_at -> Nullable<Timestamptz>,
        }
    }

    diesel::define_sql_function! {
        /// `coalesce(a, b)`: `b` where `a` is NULL.
        fn coalesce(
            a: diesel::sql_types::Nullable<diesel::sql_types::Timestamptz>,
            b: diesel::sql_types::Timestamptz,
        ) -> diesel::sql_types::Timestamptz;
    }
}

/// Inserts a task due at `run_at` (the database's now when `None`); `None` back when a live
/// task with the same `(task_name, dedup_key)` exists.
pub(crate) async fn insert(
    conn: &mut AsyncPgConnection,
    task_name: &str,
    payload: serde_json::Value,
    dedup_key: Option<String>,
    run_at: Option<DateTime<Utc>>,
    max_attempts: i32,
) -> Result<Option<i64>, diesel::result::Error> {
    use diesel::upsert::DecoratableTarget;
    use diesel::{BoolExpressionMethods, ExpressionMethods, OptionalExtension};
    use enqueue_schema::background_tasks as t;
    use enqueue_schema::coalesce;
    diesel::insert_into(t::table)
        .values((
            t::task_name.eq(task_name),
            t::payload.eq(payload),
            t::dedup_key.eq(dedup_key),
            t::run_at.eq(coalesce(run_at, diesel::dsl::now)),
            t::max_attempts.eq(max_attempts),
        ))
        .on_conflict((t::task_name, t::dedup_key))
        .filter_target(t::dedup_key.is_not_null().and(t::failed_at.is_null()))
        .do_nothing()
        .returning(t::id)
        .get_result::<i64>(conn)
        .await
        .optional()
}

/// Leases the oldest due task among `names`, skipping rows other workers are claiming.
pub(crate) async fn claim(
    conn: &mut AsyncPgConnection,
    names: &[String],
    worker: Uuid,
    lease: Duration,
) -> Result<Option<Claimed>, diesel::result::Error> {
    use diesel::OptionalExtension;
    diesel::sql_query(concat!(
        "UPDATE background_tasks \
         SET locked_by = $1, locked_until = now() + make_interval(secs => $2), \
             attempts = attempts + 1 \
         WHERE id = ( \
             SELECT id FROM background_tasks \
             WHERE task_name = ANY($3) AND ",
        crate::due_sql!(),
        " ORDER BY run_at, id \
             LIMIT 1 \
             FOR UPDATE SKIP LOCKED) \
         RETURNING id, task_name, payload, attempts, max_attempts",
    ))
    .bind::<diesel::sql_types::Uuid, _>(worker)
    .bind::<Double, _>(lease.as_secs_f64())
    .bind::<Array<Text>, _>(names)
    .get_result::<Claimed>(conn)
    .await
    .optional()
}

/// Time until the next task among `names` becomes claimable (negative: already due), or `None`
/// when there is no live task. Used to sleep no longer than needed for retries and leases.
pub(crate) async fn next_due_in(
    conn: &mut AsyncPgConnection,
    names: &[String],
) -> Result<Option<f64>, diesel::result::Error> {
    diesel::sql_query(
        "SELECT EXTRACT(EPOCH FROM (min(GREATEST(run_at, locked_until)) - now()))::float8 AS secs \
         FROM background_tasks WHERE task_name = ANY($1) AND failed_at IS NULL",
    )
    .bind::<Array<Text>, _>(names)
    .get_result::<SecsRow>(conn)
    .await
    .map(|r| r.secs)
}

/// Extends the lease; `false` means this worker no longer holds it.
pub(crate) async fn extend_lease(
    conn: &mut AsyncPgConnection,
    claim: &Claimed,
    worker: Uuid,
    lease: Duration,
) -> Result<bool, diesel::result::Error> {
    diesel::sql_query(
        "UPDATE background_tasks SET locked_until = now() + make_interval(secs => $4) \
         WHERE id = $1 AND locked_by = $2 AND attempts = $3",
    )
    .bind::<BigInt, _>(claim.id)
    .bind::<diesel::sql_types::Uuid, _>(worker)
    .bind::<Integer, _>(claim.attempts)
    .bind::<Double, _>(lease.as_secs_f64())
    .execute(conn)
    .await
    .map(|n| n == 1)
}

/// Deletes a task that succeeded; `false` means the lease was lost first.
pub(crate) async fn delete(
    conn: &mut AsyncPgConnection,
    claim: &Claimed,
    worker: Uuid,
) -> Result<bool, diesel::result::Error> {
    diesel::sql_query(
        "DELETE FROM background_tasks WHERE id = $1 AND locked_by = $2 AND attempts = $3",
    )
    .bind::<BigInt, _>(claim.id)
    .bind::<diesel::sql_types::Uuid, _>(worker)
    .bind::<Integer, _>(claim.attempts)
    .execute(conn)
    .await
    .map(|n| n == 1)
}

/// Releases the lease and schedules the next attempt after `delay`.
pub(crate) async fn reschedule(
    conn: &mut AsyncPgConnection,
    claim: &Claimed,
    worker: Uuid,
    delay: Duration,
    error: &str,
) -> Result<bool, diesel::result::Error> {
    diesel::sql_query(
        "UPDATE background_tasks \
         SET run_at = now() + make_interval(secs => $4), locked_by = NULL, locked_until = NULL, \
             last_error = $5 \
         WHERE id = $1 AND locked_by = $2 AND attempts = $3",
    )
    .bind::<BigInt, _>(claim.id)
    .bind::<diesel::sql_types::Uuid, _>(worker)
    .bind::<Integer, _>(claim.attempts)
    .bind::<Double, _>(delay.as_secs_f64())
    .bind::<Text, _>(error)
    .execute(conn)
    .await
    .map(|n| n == 1)
}

/// Moves the task to the dead state; it is never claimed again.
pub(crate) async fn mark_dead(
    conn: &mut AsyncPgConnection,
    claim: &Claimed,
    worker: Uuid,
    error: &str,
) -> Result<bool, diesel::result::Error> {
    diesel::sql_query(
        "UPDATE background_tasks \
         SET failed_at = now(), last_error = $4, locked_by = NULL, locked_until = NULL \
         WHERE id = $1 AND locked_by = $2 AND attempts = $3",
    )
    .bind::<BigInt, _>(claim.id)
    .bind::<diesel::sql_types::Uuid, _>(worker)
    .bind::<Integer, _>(claim.attempts)
    .bind::<Text, _>(error)
    .execute(conn)
    .await
    .map(|n| n == 1)
}

/// Gives the lease back without finishing the task (shutdown): claimable again at once, and the
/// interrupted attempt does not count against `max_attempts`.
pub(crate) async fn release(
    conn: &mut AsyncPgConnection,
    claim: &Claimed,
    worker: Uuid,
) -> Result<bool, diesel::result::Error> {
    diesel::sql_query(
        "UPDATE background_tasks \
         SET locked_by = NULL, locked_until = NULL, attempts = GREATEST(attempts - 1, 0) \
         WHERE id = $1 AND locked_by = $2 AND attempts = $3",
    )
    .bind::<BigInt, _>(claim.id)
    .bind::<diesel::sql_types::Uuid, _>(worker)
    .bind::<Integer, _>(claim.attempts)
    .execute(conn)
    .await
    .map(|n| n == 1)
}
