-- Migration 15: decisions pinned to what was seen, and Slack clicks audited (the PostgreSQL script
-- also rewrites its row-security policies and gives every object to orion_owner; a SQLite
-- workspace has one user and neither).
--  * schema_mappings.revision changes with every edit of what a rule does; a decision names the
--    revision it was made on and is refused when the suggestion changed since.
--  * slack_approvals: every Slack button click, honoured or refused, with who clicked and why.
ALTER TABLE schema_mappings ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE mapping_decisions ADD COLUMN revision INTEGER;
CREATE TRIGGER schema_mappings_revision AFTER UPDATE OF source_path, transformation, parameters, target_field, target, stream
    ON schema_mappings FOR EACH ROW
    WHEN NEW.source_path IS NOT OLD.source_path OR NEW.transformation IS NOT OLD.transformation OR NEW.parameters IS NOT OLD.parameters
         OR NEW.target_field IS NOT OLD.target_field OR NEW.target IS NOT OLD.target OR NEW.stream IS NOT OLD.stream
BEGIN
    UPDATE schema_mappings SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;

CREATE TABLE slack_approvals (
    id             INTEGER PRIMARY KEY,
    connection_uid TEXT    NOT NULL,
    connection_id  INTEGER REFERENCES connections (id) ON DELETE SET NULL,
    action         TEXT    NOT NULL CHECK (action IN ('approve_sync', 'reject_sync', 'approve_mapping', 'reject_mapping')),
    subject        TEXT    NOT NULL DEFAULT '',
    slack_user_id  TEXT    NOT NULL,
    outcome        TEXT    NOT NULL CHECK (outcome IN ('honoured', 'refused')),
    reason         TEXT    NOT NULL DEFAULT '',
    database_user  TEXT    NOT NULL DEFAULT 'local',
    clicked_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX slack_approvals_connection ON slack_approvals (connection_uid, clicked_at);
