-- Migration 16: what a run cost the service's rate budget — the HTTP requests it sent (retries
-- included) and, for a partitioned read, how many windows it read — for Activity and the CLI.
ALTER TABLE sync_metrics ADD COLUMN requests INTEGER NOT NULL DEFAULT 0 CHECK (requests >= 0);
ALTER TABLE sync_metrics ADD COLUMN partitions INTEGER NOT NULL DEFAULT 0 CHECK (partitions >= 0);
