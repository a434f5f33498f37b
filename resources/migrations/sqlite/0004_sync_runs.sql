-- Migration 4: what the sync engine records beside the counts: records written and the run's log
-- (secrets redacted before they get here; bounded by the engine).
ALTER TABLE sync_metrics ADD COLUMN records_written INTEGER NOT NULL DEFAULT 0 CHECK (records_written >= 0);
ALTER TABLE sync_metrics ADD COLUMN log TEXT NOT NULL DEFAULT '';
CREATE INDEX sync_metrics_status_started ON sync_metrics (status, started_at);
