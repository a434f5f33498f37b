-- Migration 19: deletions that reach the store. A record deleted at the source (a change feed's
-- deletion, a read of archived records) is marked with the time of its deletion instead of being
-- removed, so its history stays readable and the next sync of the same record brings it back to
-- life (deleted_at cleared). Each run counts the records it marked.
ALTER TABLE unified_customers ADD COLUMN deleted_at TEXT;
ALTER TABLE unified_invoices ADD COLUMN deleted_at TEXT;
ALTER TABLE sync_metrics ADD COLUMN records_deleted INTEGER NOT NULL DEFAULT 0 CHECK (records_deleted >= 0);
