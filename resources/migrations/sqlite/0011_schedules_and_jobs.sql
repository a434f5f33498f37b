-- Migration 11: schedules. connections.schedule holds the schedule's text ("manual", "every 15m",
-- "cron 0 6 * * 1-5 Europe/Berlin"); next_sync_at is the next slot the scheduler fires. A run missed
-- while no scheduler ran is caught up once: firing sets next_sync_at to the first slot after now.
-- The job queue (sync_jobs, sync_workers) exists on PostgreSQL only: one desktop needs no workers.
ALTER TABLE connections ADD COLUMN next_sync_at TEXT;
ALTER TABLE connections ADD COLUMN run_on_workers INTEGER NOT NULL DEFAULT 0 CHECK (run_on_workers IN (0, 1));
CREATE INDEX connections_next_sync ON connections (next_sync_at) WHERE schedule <> 'manual';
