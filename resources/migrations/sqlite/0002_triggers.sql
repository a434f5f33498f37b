-- Migration 2: triggers. The connector health rule (the same on both engines):
--   succeeded  -> healthy,  consecutive_failures = 0, last_success_at = finished_at
--   partial    -> degraded, consecutive_failures = 0
--   failed     -> consecutive_failures + 1; failed when that reaches 3, degraded before
--   cancelled  -> no change to health
-- avg_response_ms is the mean duration_ms of every recorded succeeded/partial/failed run.

CREATE TRIGGER sync_metrics_touch_connection AFTER INSERT ON sync_metrics
BEGIN
    UPDATE connections
       SET last_used_at = COALESCE(NEW.finished_at, NEW.started_at)
     WHERE id = NEW.connection_id
       AND (last_used_at IS NULL OR last_used_at < COALESCE(NEW.finished_at, NEW.started_at));
END;

CREATE TRIGGER sync_metrics_health AFTER INSERT ON sync_metrics
WHEN NEW.status IN ('succeeded', 'partial', 'failed')
BEGIN
    INSERT OR IGNORE INTO connector_health (connection_id) VALUES (NEW.connection_id);
    UPDATE connector_health
       SET consecutive_failures = CASE WHEN NEW.status = 'failed' THEN consecutive_failures + 1 ELSE 0 END,
           status = CASE
                        WHEN NEW.status = 'succeeded' THEN 'healthy'
                        WHEN NEW.status = 'partial' THEN 'degraded'
                        WHEN consecutive_failures + 1 >= 3 THEN 'failed'
                        ELSE 'degraded'
                    END,
           last_success_at = CASE WHEN NEW.status = 'succeeded'
                                  THEN COALESCE(NEW.finished_at, NEW.started_at) ELSE last_success_at END,
           last_failure_at = CASE WHEN NEW.status = 'failed'
                                  THEN COALESCE(NEW.finished_at, NEW.started_at) ELSE last_failure_at END,
           avg_response_ms = (COALESCE(avg_response_ms, 0) * runs_recorded + NEW.duration_ms) / (runs_recorded + 1),
           runs_recorded = runs_recorded + 1,
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE connection_id = NEW.connection_id;
END;

CREATE TRIGGER installed_connectors_count_insert AFTER INSERT ON user_installed_connectors
WHEN NEW.active = 1
BEGIN
    UPDATE connector_marketplace SET install_count = install_count + 1 WHERE id = NEW.marketplace_id;
END;

CREATE TRIGGER installed_connectors_count_delete AFTER DELETE ON user_installed_connectors
WHEN OLD.active = 1
BEGIN
    UPDATE connector_marketplace SET install_count = max(install_count - 1, 0) WHERE id = OLD.marketplace_id;
END;

CREATE TRIGGER installed_connectors_count_update AFTER UPDATE OF active, marketplace_id ON user_installed_connectors
BEGIN
    UPDATE connector_marketplace SET install_count = max(install_count - 1, 0)
     WHERE id = OLD.marketplace_id AND OLD.active = 1;
    UPDATE connector_marketplace SET install_count = install_count + 1
     WHERE id = NEW.marketplace_id AND NEW.active = 1;
END;

CREATE TRIGGER connections_touch_updated AFTER UPDATE OF name, connector_id, settings, owner, schedule, enabled ON connections
BEGIN
    UPDATE connections SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
