-- Migration 6: the dashboard stacks syncs by status, so the analytics view counts each status.
DROP VIEW connector_analytics_visible;
DROP MATERIALIZED VIEW connector_analytics;

CREATE MATERIALIZED VIEW connector_analytics AS
SELECT connection_id,
       (started_at AT TIME ZONE 'UTC')::date               AS day,
       count(*)                                            AS sync_count,
       sum(records_processed)                              AS records_processed,
       sum(records_failed)                                 AS records_failed,
       avg(duration_ms)::double precision                  AS avg_duration_ms,
       min(duration_ms)                                    AS min_duration_ms,
       max(duration_ms)                                    AS max_duration_ms,
       count(*) FILTER (WHERE status = 'failed')           AS error_count,
       count(*) FILTER (WHERE status = 'succeeded')        AS succeeded_count,
       count(*) FILTER (WHERE status = 'partial')          AS partial_count,
       count(*) FILTER (WHERE status = 'cancelled')        AS cancelled_count,
       sum(duration_ms)                                    AS total_duration_ms
  FROM sync_metrics
 GROUP BY connection_id, (started_at AT TIME ZONE 'UTC')::date;

CREATE UNIQUE INDEX connector_analytics_key ON connector_analytics (connection_id, day);
CREATE INDEX connector_analytics_day ON connector_analytics (day);

CREATE VIEW connector_analytics_visible AS
SELECT a.*
  FROM connector_analytics a
  JOIN connections c ON c.id = a.connection_id
 WHERE c.owner = current_user OR pg_has_role(current_user, 'orion_admin', 'MEMBER');

GRANT SELECT ON connector_analytics_visible TO orion_user;
