-- Migration 7: SQLite's answer to PostgreSQL's materialized view. The per-connection, per-UTC-day
-- rollup is a table kept up to date by triggers in the transaction that records a run, so the
-- dashboard reads a few thousand rows instead of aggregating every run in its range.
CREATE TABLE sync_metrics_daily (
    connection_id      INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    day                TEXT    NOT NULL,
    sync_count         INTEGER NOT NULL,
    records_processed  INTEGER NOT NULL,
    records_failed     INTEGER NOT NULL,
    min_duration_ms    INTEGER NOT NULL,
    max_duration_ms    INTEGER NOT NULL,
    error_count        INTEGER NOT NULL,
    succeeded_count    INTEGER NOT NULL,
    partial_count      INTEGER NOT NULL,
    cancelled_count    INTEGER NOT NULL,
    total_duration_ms  INTEGER NOT NULL,
    PRIMARY KEY (connection_id, day)
) WITHOUT ROWID;
CREATE INDEX sync_metrics_daily_day ON sync_metrics_daily (day);

INSERT INTO sync_metrics_daily
SELECT connection_id, day, sync_count, records_processed, records_failed, min_duration_ms, max_duration_ms,
       error_count, succeeded_count, partial_count, cancelled_count, total_duration_ms
  FROM connector_analytics;

DROP VIEW connector_analytics_visible;
DROP VIEW connector_analytics;

CREATE VIEW connector_analytics AS
SELECT connection_id, day, sync_count, records_processed, records_failed,
       CAST(total_duration_ms AS REAL) / sync_count AS avg_duration_ms,
       min_duration_ms, max_duration_ms, error_count, succeeded_count, partial_count, cancelled_count,
       total_duration_ms
  FROM sync_metrics_daily;

CREATE VIEW connector_analytics_visible AS SELECT * FROM connector_analytics;

CREATE TRIGGER sync_metrics_daily_insert AFTER INSERT ON sync_metrics
BEGIN
    INSERT INTO sync_metrics_daily
    VALUES (NEW.connection_id, substr(NEW.started_at, 1, 10), 1, NEW.records_processed, NEW.records_failed,
            NEW.duration_ms, NEW.duration_ms, NEW.status = 'failed', NEW.status = 'succeeded',
            NEW.status = 'partial', NEW.status = 'cancelled', NEW.duration_ms)
    ON CONFLICT (connection_id, day) DO UPDATE SET
        sync_count = sync_count + 1,
        records_processed = records_processed + excluded.records_processed,
        records_failed = records_failed + excluded.records_failed,
        min_duration_ms = min(min_duration_ms, excluded.min_duration_ms),
        max_duration_ms = max(max_duration_ms, excluded.max_duration_ms),
        error_count = error_count + excluded.error_count,
        succeeded_count = succeeded_count + excluded.succeeded_count,
        partial_count = partial_count + excluded.partial_count,
        cancelled_count = cancelled_count + excluded.cancelled_count,
        total_duration_ms = total_duration_ms + excluded.total_duration_ms;
END;

-- Deletes and changes to the counted columns are rare (a connection's history removed, a run
-- corrected): the affected day is recomputed from the runs, which min and max need. When the
-- connection itself is being deleted, its rollup rows go with it (ON DELETE CASCADE).
CREATE TRIGGER sync_metrics_daily_delete AFTER DELETE ON sync_metrics
BEGIN
    DELETE FROM sync_metrics_daily WHERE connection_id = OLD.connection_id AND day = substr(OLD.started_at, 1, 10);
    INSERT INTO sync_metrics_daily
    SELECT connection_id, substr(started_at, 1, 10), count(*), sum(records_processed), sum(records_failed),
           min(duration_ms), max(duration_ms), sum(status = 'failed'), sum(status = 'succeeded'),
           sum(status = 'partial'), sum(status = 'cancelled'), sum(duration_ms)
      FROM sync_metrics
     WHERE connection_id = OLD.connection_id
       AND started_at >= substr(OLD.started_at, 1, 10) AND started_at < date(substr(OLD.started_at, 1, 10), '+1 day')
       AND EXISTS (SELECT 1 FROM connections WHERE id = OLD.connection_id)
     GROUP BY connection_id, substr(started_at, 1, 10);
END;

CREATE TRIGGER sync_metrics_daily_update
AFTER UPDATE OF connection_id, started_at, status, records_processed, records_failed, duration_ms ON sync_metrics
BEGIN
    DELETE FROM sync_metrics_daily
     WHERE (connection_id = OLD.connection_id AND day = substr(OLD.started_at, 1, 10))
        OR (connection_id = NEW.connection_id AND day = substr(NEW.started_at, 1, 10));
    INSERT INTO sync_metrics_daily
    SELECT connection_id, substr(started_at, 1, 10), count(*), sum(records_processed), sum(records_failed),
           min(duration_ms), max(duration_ms), sum(status = 'failed'), sum(status = 'succeeded'),
           sum(status = 'partial'), sum(status = 'cancelled'), sum(duration_ms)
      FROM sync_metrics
     WHERE (connection_id = OLD.connection_id
            AND started_at >= substr(OLD.started_at, 1, 10) AND started_at < date(substr(OLD.started_at, 1, 10), '+1 day'))
        OR (connection_id = NEW.connection_id
            AND started_at >= substr(NEW.started_at, 1, 10) AND started_at < date(substr(NEW.started_at, 1, 10), '+1 day'))
     GROUP BY connection_id, substr(started_at, 1, 10);
END;
