-- Migration 16: what a run cost the service's rate budget — the HTTP requests it sent (retries
-- included) and, for a partitioned read, how many windows it read — for Activity and the CLI.
-- Run by orion_owner (orion migrate --as-owner); the table's policies and grants cover new columns.
ALTER TABLE sync_metrics ADD COLUMN requests bigint NOT NULL DEFAULT 0 CHECK (requests >= 0);
ALTER TABLE sync_metrics ADD COLUMN partitions integer NOT NULL DEFAULT 0 CHECK (partitions >= 0);
