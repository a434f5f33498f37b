-- Migration 8: mapping review (see the PostgreSQL migration). On SQLite the local user is the admin.
CREATE TABLE schema_mappings_v8 (
    id              INTEGER PRIMARY KEY,
    connection_id   INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    stream          TEXT    NOT NULL DEFAULT 'customers',
    target          TEXT    NOT NULL DEFAULT 'customer' CHECK (target IN ('customer', 'invoice')),
    source_path     TEXT    NOT NULL,
    target_field    TEXT    NOT NULL,
    transformation  TEXT    NOT NULL DEFAULT 'none',
    parameters      TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(parameters)),
    confidence      REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    reasoning       TEXT    NOT NULL DEFAULT '',
    alternatives    TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(alternatives)),
    provider        TEXT    NOT NULL DEFAULT 'local',
    status          TEXT    NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'approved', 'rejected')),
    decided_by      TEXT,
    decided_at      TEXT,
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
INSERT INTO schema_mappings_v8 (id, connection_id, source_path, target_field, transformation, confidence, reasoning, status,
                                decided_by, decided_at, created_at)
SELECT id, connection_id, source_path, target_field, transformation, confidence, reasoning, status, decided_by, decided_at, created_at
  FROM schema_mappings;
DROP TABLE schema_mappings;
ALTER TABLE schema_mappings_v8 RENAME TO schema_mappings;
CREATE UNIQUE INDEX schema_mappings_key ON schema_mappings (connection_id, stream, target_field, source_path);
CREATE UNIQUE INDEX schema_mappings_one_approved ON schema_mappings (connection_id, stream, target_field) WHERE status = 'approved';

CREATE TABLE mapping_decisions (
    id              INTEGER PRIMARY KEY,
    mapping_id      INTEGER REFERENCES schema_mappings (id) ON DELETE SET NULL,
    connection_id   INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    stream          TEXT    NOT NULL,
    target_field    TEXT    NOT NULL,
    source_path     TEXT    NOT NULL,
    transformation  TEXT    NOT NULL,
    confidence      REAL    NOT NULL,
    provider        TEXT    NOT NULL,
    decision        TEXT    NOT NULL CHECK (decision IN ('approved', 'rejected', 'suggested')),
    decided_by      TEXT    NOT NULL,
    via             TEXT    NOT NULL CHECK (via IN ('desktop', 'cli', 'slack', 'import')),
    database_user   TEXT    NOT NULL DEFAULT '',
    decided_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX mapping_decisions_connection ON mapping_decisions (connection_id, decided_at);

CREATE TABLE mapping_approvers (
    connection_id   INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    slack_user_id   TEXT    NOT NULL CHECK (length(trim(slack_user_id)) > 0),
    PRIMARY KEY (connection_id, slack_user_id)
);
