-- Migration 17: drift alarms from approved mappings (see the SQLite migration for the rule).
-- Run by orion_owner (orion migrate --as-owner).
--  * mapping_baselines hangs off a connection like the other sync tables: visible connections are
--    read, only one's own are written, workers write every owner's.
CREATE TABLE mapping_baselines (
    connection_id  bigint      NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    stream         text        NOT NULL,
    rule_key       text        NOT NULL CHECK (length(rule_key) BETWEEN 1 AND 500),
    target_field   text        NOT NULL,
    source_path    text        NOT NULL,
    records        bigint      NOT NULL DEFAULT 0 CHECK (records >= 0),
    present        bigint      NOT NULL DEFAULT 0 CHECK (present >= 0 AND present <= records),
    value_type     text        NOT NULL DEFAULT '' CHECK (value_type IN ('', 'string', 'number', 'boolean', 'object', 'array')),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connection_id, stream, rule_key)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON mapping_baselines TO orion_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON mapping_baselines TO orion_worker;
ALTER TABLE mapping_baselines ENABLE ROW LEVEL SECURITY;
ALTER TABLE mapping_baselines FORCE ROW LEVEL SECURITY;
CREATE POLICY mapping_baselines_read ON mapping_baselines FOR SELECT
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id));
CREATE POLICY mapping_baselines_insert_own ON mapping_baselines FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user));
CREATE POLICY mapping_baselines_update_own ON mapping_baselines FOR UPDATE
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user))
    WITH CHECK (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user));
CREATE POLICY mapping_baselines_delete_own ON mapping_baselines FOR DELETE
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user));
CREATE POLICY mapping_baselines_worker ON mapping_baselines FOR ALL TO orion_worker USING (true) WITH CHECK (true);
CREATE POLICY mapping_baselines_definer ON mapping_baselines TO orion_owner USING (true) WITH CHECK (true);

ALTER TABLE sync_metrics ADD COLUMN drift jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(drift) = 'array');
ALTER TABLE connector_health ADD COLUMN drift jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(drift) = 'array');

CREATE OR REPLACE FUNCTION orion_sync_metrics_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
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
        -- A run that read its stream to the end replaces that stream's drift; drift left anywhere
        -- keeps a succeeded connection degraded.
        IF NEW.status IN ('succeeded', 'partial') THEN
            UPDATE connector_health h
               SET drift = (SELECT coalesce(jsonb_agg(x.e), '[]'::jsonb)
                              FROM (SELECT e FROM jsonb_array_elements(h.drift) e
                                     WHERE e->>'stream' IS DISTINCT FROM NEW.stream
                                    UNION ALL
                                    SELECT e FROM jsonb_array_elements(NEW.drift) e) x)
             WHERE h.connection_id = NEW.connection_id;
            UPDATE connector_health
               SET status = 'degraded'
             WHERE connection_id = NEW.connection_id AND status = 'healthy' AND jsonb_array_length(drift) > 0;
        END IF;
    END IF;
    PERFORM pg_notify('orion_sync_recorded', NEW.connection_id::text);
    RETURN NULL;
END
$$;

ALTER TABLE alert_rules DROP CONSTRAINT alert_rules_trigger_check;
ALTER TABLE alert_rules ADD CONSTRAINT alert_rules_trigger_check CHECK (trigger IN ('failure', 'recovery', 'every_run', 'drift'));
