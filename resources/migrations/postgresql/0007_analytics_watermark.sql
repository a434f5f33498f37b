-- Migration 7: live analytics without waiting for the materialized view. The view records up to
-- which run it counts (its watermark); the dashboard adds the runs recorded since, so a new run
-- shows at once and the view is refreshed CONCURRENTLY later (debounced, and on a schedule).
CREATE TABLE analytics_refresh (
    singleton          boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    metrics_watermark  bigint      NOT NULL,
    refreshed_at       timestamptz NOT NULL
);

-- The refresh and its watermark must describe the same runs: a SHARE lock waits for transactions
-- that are recording runs and holds new ones back until the view and watermark commit together.
-- Ids are drawn at insert time under the table's ROW EXCLUSIVE lock, so every run recorded after
-- the refresh has an id above the watermark.
CREATE OR REPLACE FUNCTION orion_refresh_analytics() RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    LOCK TABLE sync_metrics IN SHARE MODE;
    REFRESH MATERIALIZED VIEW CONCURRENTLY connector_analytics;
    INSERT INTO analytics_refresh (metrics_watermark, refreshed_at)
    SELECT coalesce(max(id), 0), now() FROM sync_metrics
    ON CONFLICT (singleton) DO UPDATE SET metrics_watermark = excluded.metrics_watermark,
                                          refreshed_at = excluded.refreshed_at;
END
$$;
REVOKE ALL ON FUNCTION orion_refresh_analytics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION orion_refresh_analytics() TO orion_user;
GRANT SELECT ON analytics_refresh TO orion_user;

LOCK TABLE sync_metrics IN SHARE MODE;
REFRESH MATERIALIZED VIEW connector_analytics;
INSERT INTO analytics_refresh (metrics_watermark, refreshed_at) SELECT coalesce(max(id), 0), now() FROM sync_metrics;
