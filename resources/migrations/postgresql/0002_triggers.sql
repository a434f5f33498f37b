-- Migration 2: triggers. The connector health rule (the same on both engines):
--   succeeded  -> healthy,  consecutive_failures = 0, last_success_at = finished_at
--   partial    -> degraded, consecutive_failures = 0
--   failed     -> consecutive_failures + 1; failed when that reaches 3, degraded before
--   cancelled  -> no change to health
-- avg_response_ms is the mean duration_ms of every recorded succeeded/partial/failed run.

CREATE FUNCTION orion_sync_metrics_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    at timestamptz := COALESCE(NEW.finished_at, NEW.started_at);
BEGIN
    UPDATE connections SET last_used_at = at
     WHERE id = NEW.connection_id AND (last_used_at IS NULL OR last_used_at < at);

    IF NEW.status IN ('succeeded', 'partial', 'failed') THEN
        INSERT INTO connector_health AS h (connection_id, status, consecutive_failures, last_success_at,
                                           last_failure_at, avg_response_ms, runs_recorded, updated_at)
        VALUES (NEW.connection_id,
                CASE NEW.status WHEN 'succeeded' THEN 'healthy' ELSE 'degraded' END,
                CASE NEW.status WHEN 'failed' THEN 1 ELSE 0 END,
                CASE NEW.status WHEN 'succeeded' THEN at END,
                CASE NEW.status WHEN 'failed' THEN at END,
                NEW.duration_ms, 1, now())
        ON CONFLICT (connection_id) DO UPDATE SET
            consecutive_failures = CASE WHEN NEW.status = 'failed' THEN h.consecutive_failures + 1 ELSE 0 END,
            status = CASE
                         WHEN NEW.status = 'succeeded' THEN 'healthy'
                         WHEN NEW.status = 'partial' THEN 'degraded'
                         WHEN h.consecutive_failures + 1 >= 3 THEN 'failed'
                         ELSE 'degraded'
                     END,
            last_success_at = CASE WHEN NEW.status = 'succeeded' THEN at ELSE h.last_success_at END,
            last_failure_at = CASE WHEN NEW.status = 'failed' THEN at ELSE h.last_failure_at END,
            avg_response_ms = (COALESCE(h.avg_response_ms, 0) * h.runs_recorded + NEW.duration_ms)
                              / (h.runs_recorded + 1),
            runs_recorded = h.runs_recorded + 1,
            updated_at = now();
    END IF;
    PERFORM pg_notify('orion_sync_recorded', NEW.connection_id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER sync_metrics_recorded AFTER INSERT ON sync_metrics
    FOR EACH ROW EXECUTE FUNCTION orion_sync_metrics_recorded();

-- Installs change the marketplace's install count, which ordinary roles cannot write: the function
-- runs with its owner's rights and touches nothing but that counter.
CREATE FUNCTION orion_install_count() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.active THEN
        UPDATE connector_marketplace SET install_count = greatest(install_count - 1, 0)
         WHERE id = OLD.marketplace_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.active THEN
        UPDATE connector_marketplace SET install_count = install_count + 1 WHERE id = NEW.marketplace_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER installed_connectors_count AFTER INSERT OR DELETE OR UPDATE OF active, marketplace_id
    ON user_installed_connectors FOR EACH ROW EXECUTE FUNCTION orion_install_count();

CREATE FUNCTION orion_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER connections_touch_updated BEFORE UPDATE OF name, connector_id, settings, owner, schedule, enabled
    ON connections FOR EACH ROW EXECUTE FUNCTION orion_touch_updated_at();
