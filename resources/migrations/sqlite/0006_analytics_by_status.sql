-- Migration 6: the dashboard stacks syncs by status, so the analytics view counts each status.
DROP VIEW connector_analytics_visible;
DROP VIEW connector_analytics;

CREATE VIEW connector_analytics AS
SELECT connection_id,
       substr(started_at, 1, 10)                             AS day,
       count(*)                                              AS sync_count,
       sum(records_processed)                                AS records_processed,
       sum(records_failed)                                   AS records_failed,
       avg(duration_ms)                                      AS avg_duration_ms,
       min(duration_ms)                                      AS min_duration_ms,
       max(duration_ms)                                      AS max_duration_ms,
       sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END)    AS error_count,
       sum(CASE WHEN status = 'succeeded' THEN 1 ELSE 0 END) AS succeeded_count,
       sum(CASE WHEN status = 'partial' THEN 1 ELSE 0 END)   AS partial_count,
       sum(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled_count,
       sum(duration_ms)                                      AS total_duration_ms
  FROM sync_metrics
 GROUP BY connection_id, substr(started_at, 1, 10);

CREATE VIEW connector_analytics_visible AS SELECT * FROM connector_analytics;
