-- Migration 19: deletions that reach the store (see the SQLite migration). Run by orion_owner.
-- The unified tables' row-level security is unchanged: a member marks only records of their own
-- connections, workers those of every owner.
ALTER TABLE unified_customers ADD COLUMN deleted_at timestamptz;
ALTER TABLE unified_invoices ADD COLUMN deleted_at timestamptz;
ALTER TABLE sync_metrics ADD COLUMN records_deleted bigint NOT NULL DEFAULT 0 CHECK (records_deleted >= 0);
