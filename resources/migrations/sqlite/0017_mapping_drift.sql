-- Migration 17: drift alarms from approved mappings.
--  * mapping_baselines: what the syncs have seen of each approved rule's source field (records read,
--    records with the field, the values' JSON type), per connection and stream, under a key that
--    names the rule as approved — a reviewed mapping's id, revision and approval time, or a custom
--    connector spec's version and its own mapping — so an edit or a new approval starts it again.
--  * sync_metrics.drift: the fields a run found vanished or retyped (a JSON array of findings, each
--    naming its stream); connector_health.drift: the findings standing per stream — a run that read
--    its stream to the end (succeeded or partial) replaces that stream's. A succeeded run leaves the
--    connection healthy only when no stream has drift; otherwise degraded.
--  * alert_rules.trigger 'drift': a Slack alert when a run finds drift the connection did not have.
CREATE TABLE mapping_baselines (
    connection_id  INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    stream         TEXT    NOT NULL,
    rule_key       TEXT    NOT NULL CHECK (length(rule_key) BETWEEN 1 AND 500),
    target_field   TEXT    NOT NULL,
    source_path    TEXT    NOT NULL,
    records        INTEGER NOT NULL DEFAULT 0 CHECK (records >= 0),
    present        INTEGER NOT NULL DEFAULT 0 CHECK (present >= 0 AND present <= records),
    value_type     TEXT    NOT NULL DEFAULT '' CHECK (value_type IN ('', 'string', 'number', 'boolean', 'object', 'array')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (connection_id, stream, rule_key)
);

ALTER TABLE sync_metrics ADD COLUMN drift TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(drift) AND json_type(drift) = 'array');
ALTER TABLE connector_health ADD COLUMN drift TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(drift) AND json_type(drift) = 'array');

DROP TRIGGER sync_metrics_health;
CREATE TRIGGER sync_metrics_health AFTER INSERT ON sync_metrics
WHEN NEW.status IN ('succeeded', 'partial', 'failed')
BEGIN
    INSERT OR IGNORE INTO connector_health (connection_id) VALUES (NEW.connection_id);
    UPDATE connector_health
       SET drift = (SELECT json_group_array(json(value))
                      FROM (SELECT value FROM json_each(connector_health.drift)
                             WHERE json_extract(value, '$.stream') IS NOT NEW.stream
                            UNION ALL
                            SELECT value FROM json_each(NEW.drift)))
     WHERE connection_id = NEW.connection_id AND NEW.status IN ('succeeded', 'partial');
    UPDATE connector_health
       SET consecutive_failures = CASE WHEN NEW.status = 'failed' THEN consecutive_failures + 1 ELSE 0 END,
           status = CASE
                        WHEN NEW.status = 'succeeded' AND json_array_length(drift) = 0 THEN 'healthy'
                        WHEN NEW.status IN ('succeeded', 'partial') THEN 'degraded'
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

CREATE TABLE alert_rules_v17 (
    id                   INTEGER PRIMARY KEY,
    connection_id        INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    slack_connection_id  INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    channel              TEXT    NOT NULL CHECK (length(trim(channel)) > 0),
    trigger              TEXT    NOT NULL CHECK (trigger IN ('failure', 'recovery', 'every_run', 'drift')),
    enabled              INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (connection_id, slack_connection_id, channel, trigger)
);
INSERT INTO alert_rules_v17 (id, connection_id, slack_connection_id, channel, trigger, enabled, created_at)
SELECT id, connection_id, slack_connection_id, channel, trigger, enabled, created_at FROM alert_rules;
DROP TABLE alert_rules;
ALTER TABLE alert_rules_v17 RENAME TO alert_rules;
CREATE INDEX alert_rules_connection ON alert_rules (connection_id);
