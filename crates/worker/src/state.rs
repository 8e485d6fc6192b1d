//! Where queued tasks stand, for operators: the one definition of the states (`due`,
//! `scheduled`, `running`, `dead`), their SQL conditions and the count per task name and state.

use std::sync::LazyLock;
use std::time::Duration;

use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Double, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::error::QueueError;

/// Where a queued task stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TaskState {
    /// Its time has come and no worker holds it: waiting for a worker.
    Due,
    /// Waiting for its `run_at` (a later start, or a retry's backoff).
    Scheduled,
    /// A worker holds a live lease on it.
    Running,
    /// Failed for good (`failed_at` set); kept for inspection.
    Dead,
}

impl TaskState {
    /// Every state, in report order.
    pub const ALL: [TaskState; 4] = [
        TaskState::Due,
        TaskState::Scheduled,
        TaskState::Running,
        TaskState::Dead,
    ];

    /// The state's name (the metrics' `state` label).
    pub fn as_str(self) -> &'static str {
        match self {
            TaskState::Due => "due",
            TaskState::Scheduled => "scheduled",
            TaskState::Running => "running",
            TaskState::Dead => "dead",
        }
    }

    /// Parses a name written by [`TaskState::as_str`].
    pub fn parse(name: &str) -> Option<TaskState> {
        TaskState::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// Each state's SQL condition, in the order a `CASE` tests them (the first that holds wins):
/// a dead task is never due, and a task neither due nor leased is waiting for its time.
const CONDITIONS: [(TaskState, &str); 4] = [
    (TaskState::Dead, "failed_at IS NOT NULL"),
    (TaskState::Due, crate::due_sql!()),
    (TaskState::Running, "locked_until >= now()"),
    (TaskState::Scheduled, "TRUE"),
];

/// `CASE … END` naming the state of a `background_tasks` row.
fn state_case() -> String {
    let whens: String = CONDITIONS
        .iter()
        .map(|(state, condition)| format!(" WHEN {condition} THEN '{}'", state.as_str()))
        .collect();
    format!("CASE{whens} END")
}

/// Tasks per name and state, with the age of the earliest `run_at` of each group.
static COUNT_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT task_name, {} AS state, count(*)::bigint AS count, \
                EXTRACT(EPOCH FROM now() - min(run_at))::float8 AS oldest_secs \
         FROM background_tasks GROUP BY 1, 2",
        state_case()
    )
});

#[derive(QueryableByName)]
struct CountRow {
    #[diesel(sql_type = Text)]
    task_name: String,
    #[diesel(sql_type = Text)]
    state: String,
    #[diesel(sql_type = BigInt)]
    count: i64,
    #[diesel(sql_type = Double)]
    oldest_secs: f64,
}

/// How many tasks of one name are in one state.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskCount {
    /// The task's name (`Task::NAME`).
    pub task: String,
    /// Where these tasks stand.
    pub state: TaskState,
    /// How many there are (at least one).
    pub count: i64,
    /// How long ago the earliest `run_at` among them was (zero when it is still to come); for
    /// [`TaskState::Due`], how long the longest-waiting task has waited for a worker.
    pub oldest: Duration,
}

/// Counts the queue's tasks per name and state, in one statement on the caller's connection;
/// states with no task are absent.
pub async fn count_tasks(conn: &mut AsyncPgConnection) -> Result<Vec<TaskCount>, QueueError> {
    let rows = diesel::sql_query(COUNT_SQL.as_str())
        .load::<CountRow>(conn)
        .await?;
    rows.into_iter()
        .map(|row| {
            let state = TaskState::parse(&row.state).ok_or_else(|| {
                QueueError::Database(diesel::result::Error::DeserializationError(
                    format!("unknown task state `{}`", row.state).into(),
                ))
            })?;
            Ok(TaskCount {
                task: row.task_name,
                state,
                count: row.count,
                oldest: Duration::try_from_secs_f64(row.oldest_secs).unwrap_or_default(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_has_one_condition_and_its_name_parses_back() {
        for state in TaskState::ALL {
            let conditions = CONDITIONS.iter().filter(|(s, _)| *s == state).count();
            assert_eq!(conditions, 1, "{state:?}");
            assert_eq!(TaskState::parse(state.as_str()), Some(state));
        }
        assert_eq!(TaskState::parse("queued"), None);
    }

    #[test]
    fn the_case_tests_dead_first_and_ends_with_scheduled() {
        let case = state_case();
        assert!(
            case.starts_with("CASE WHEN failed_at IS NOT NULL THEN 'dead' WHEN (failed_at IS NULL"),
            "{case}"
        );
        assert!(case.ends_with(" WHEN TRUE THEN 'scheduled' END"), "{case}");
    }
}
