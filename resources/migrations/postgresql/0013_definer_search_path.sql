-- Migration 13: definer functions search pg_temp last, and the per-user analytics view is a
-- security barrier. A search_path that does not name pg_temp searches it FIRST: a member's
-- temporary table called sync_metrics shadowed the real one inside orion_refresh_analytics()
-- (which runs as the owner) and moved the watermark to whatever the member chose, hiding new runs
-- from every dashboard. Without security_barrier, a member's cheap function in a WHERE clause over
-- connector_analytics_visible ran before the view's own filter and saw other members' figures.
ALTER FUNCTION orion_refresh_analytics() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION orion_install_count() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION orion_marketplace_rating() SET search_path = pg_catalog, public, pg_temp;
ALTER VIEW connector_analytics_visible SET (security_barrier = true);
