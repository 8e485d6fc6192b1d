DROP TRIGGER IF EXISTS background_tasks_notify_on_insert ON background_tasks;
DROP FUNCTION IF EXISTS background_tasks_notify();
DROP TABLE IF EXISTS background_tasks;
