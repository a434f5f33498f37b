-- Migration 3: the connector_analytics materialized view and row-level security.
--
-- Roles: orion_user (a member sees and changes only the connections it owns, and everything hanging
-- off them: metrics, health, sync state, unified records, mappings; plus its own custom connectors and
-- installs); orion_admin (additionally writes the marketplace). Approved mappings and the marketplace
-- are readable by every member. Grant one of them to each login role:  GRANT orion_user TO alice;

CREATE MATERIALIZED VIEW connector_analytics AS
SELECT connection_id,
       (started_at AT TIME ZONE 'UTC')::date               AS day,
       count(*)                                            AS sync_count,
       sum(records_processed)                              AS records_processed,
       sum(records_failed)                                 AS records_failed,
       avg(duration_ms)::double precision                  AS avg_duration_ms,
       min(duration_ms)                                    AS min_duration_ms,
       max(duration_ms)                                    AS max_duration_ms,
       count(*) FILTER (WHERE status = 'failed')           AS error_count
  FROM sync_metrics
 GROUP BY connection_id, (started_at AT TIME ZONE 'UTC')::date;

CREATE UNIQUE INDEX connector_analytics_key ON connector_analytics (connection_id, day);

-- Materialized views ignore row-level security, so members read this view instead; it keeps the
-- rows of connections the current role owns (or all of them for orion_admin).
CREATE VIEW connector_analytics_visible AS
SELECT a.*
  FROM connector_analytics a
  JOIN connections c ON c.id = a.connection_id
 WHERE c.owner = current_user OR pg_has_role(current_user, 'orion_admin', 'MEMBER');

-- Roles belong to the whole server: several databases may be migrated at once, so tolerate a
-- concurrent creation.
DO $$
BEGIN
    BEGIN
        CREATE ROLE orion_user NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
    BEGIN
        CREATE ROLE orion_admin NOLOGIN IN ROLE orion_user;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
END
$$;

-- Refreshing a materialized view needs its owner's rights; members may ask for a refresh.
CREATE FUNCTION orion_refresh_analytics() RETURNS void LANGUAGE sql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    REFRESH MATERIALIZED VIEW CONCURRENTLY connector_analytics;
$$;

GRANT USAGE ON SCHEMA public TO orion_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON connections, unified_customers, unified_invoices, sync_state,
      sync_metrics, connector_health, user_installed_connectors, custom_connectors, schema_mappings
      TO orion_user;
GRANT SELECT ON connector_marketplace, connector_analytics_visible TO orion_user;
GRANT INSERT, UPDATE, DELETE ON connector_marketplace TO orion_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO orion_user;
GRANT SELECT ON orion_schema_version TO orion_user;
REVOKE ALL ON FUNCTION orion_refresh_analytics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION orion_refresh_analytics() TO orion_user;

ALTER TABLE connections ENABLE ROW LEVEL SECURITY;
CREATE POLICY connections_owner ON connections
    USING (owner = current_user) WITH CHECK (owner = current_user);

ALTER TABLE custom_connectors ENABLE ROW LEVEL SECURITY;
CREATE POLICY custom_connectors_owner ON custom_connectors
    USING (owner = current_user) WITH CHECK (owner = current_user);

ALTER TABLE user_installed_connectors ENABLE ROW LEVEL SECURITY;
CREATE POLICY installs_owner ON user_installed_connectors
    USING (owner = current_user) WITH CHECK (owner = current_user);

-- Tables that hang off a connection: visible when the connection is (connections' own policy
-- applies inside the subquery).
ALTER TABLE sync_metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY sync_metrics_owner ON sync_metrics
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id));

ALTER TABLE connector_health ENABLE ROW LEVEL SECURITY;
CREATE POLICY connector_health_owner ON connector_health
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id));

ALTER TABLE sync_state ENABLE ROW LEVEL SECURITY;
CREATE POLICY sync_state_owner ON sync_state
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id));

ALTER TABLE unified_customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY unified_customers_owner ON unified_customers
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id));

ALTER TABLE unified_invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY unified_invoices_owner ON unified_invoices
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id));

ALTER TABLE schema_mappings ENABLE ROW LEVEL SECURITY;
CREATE POLICY schema_mappings_owner ON schema_mappings
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id));
CREATE POLICY schema_mappings_approved_readable ON schema_mappings FOR SELECT
    USING (status = 'approved');
