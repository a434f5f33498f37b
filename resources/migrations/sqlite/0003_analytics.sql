-- Migration 3: analytics. SQLite has no materialized views; connector_analytics is a plain view
-- with the same columns as the PostgreSQL materialized view. connector_analytics_visible is the
-- name the application reads on both engines (on PostgreSQL it applies row-level ownership).

CREATE VIEW connector_analytics AS
SELECT connection_id,
       date(started_at)                                   AS day,
       count(*)                                           AS sync_count,
       sum(records_processed)                             AS records_processed,
       sum(records_failed)                                AS records_failed,
       avg(duration_ms)                                   AS avg_duration_ms,
       min(duration_ms)                                   AS min_duration_ms,
       max(duration_ms)                                   AS max_duration_ms,
       sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS error_count
  FROM sync_metrics
 GROUP BY connection_id, date(started_at);

CREATE VIEW connector_analytics_visible AS SELECT * FROM connector_analytics;
