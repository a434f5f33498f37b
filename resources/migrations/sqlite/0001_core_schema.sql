-- Orion Connector Studio schema, SQLite engine, migration 1: the product's tables.
-- Timestamps are ISO 8601 UTC text ('2026-01-31T12:00:00.000Z'); JSON is text checked by json_valid.

CREATE TABLE connections (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    connector_id  TEXT    NOT NULL CHECK (length(connector_id) > 0),
    settings      TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    owner         TEXT    NOT NULL DEFAULT 'local',
    schedule      TEXT    NOT NULL DEFAULT 'manual',
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    is_demo       INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    last_used_at  TEXT,
    UNIQUE (owner, name)
);

CREATE TABLE unified_customers (
    id                   INTEGER PRIMARY KEY,
    connection_id        INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    source               TEXT    NOT NULL,
    external_id          TEXT    NOT NULL,
    first_name           TEXT,
    last_name            TEXT,
    full_name            TEXT,
    email                TEXT,
    phone                TEXT,
    company              TEXT,
    address_line1        TEXT,
    address_line2        TEXT,
    address_city         TEXT,
    address_region       TEXT,
    address_postal_code  TEXT,
    address_country      TEXT CHECK (address_country IS NULL OR length(address_country) = 2),
    created_at           TEXT,
    updated_at           TEXT,
    raw                  TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(raw)),
    synced_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (connection_id, external_id)
);

CREATE TABLE unified_invoices (
    id                    INTEGER PRIMARY KEY,
    connection_id         INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    source                TEXT    NOT NULL,
    external_id           TEXT    NOT NULL,
    number                TEXT,
    customer_external_id  TEXT,
    currency              TEXT    NOT NULL CHECK (length(currency) = 3),
    subtotal              INTEGER NOT NULL DEFAULT 0,
    tax                   INTEGER NOT NULL DEFAULT 0,
    total                 INTEGER NOT NULL DEFAULT 0,
    amount_due            INTEGER NOT NULL DEFAULT 0,
    status                TEXT    NOT NULL CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible')),
    issued_at             TEXT,
    due_at                TEXT,
    line_items            TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(line_items)),
    raw                   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(raw)),
    synced_at             TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (connection_id, external_id)
);

CREATE TABLE sync_state (
    connection_id  INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    stream         TEXT    NOT NULL,
    checkpoint     TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(checkpoint)),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (connection_id, stream)
);

CREATE TABLE sync_metrics (
    id                 INTEGER PRIMARY KEY,
    connection_id      INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    stream             TEXT    NOT NULL,
    started_at         TEXT    NOT NULL,
    finished_at        TEXT,
    status             TEXT    NOT NULL CHECK (status IN ('succeeded', 'partial', 'failed', 'cancelled')),
    records_processed  INTEGER NOT NULL DEFAULT 0 CHECK (records_processed >= 0),
    records_failed     INTEGER NOT NULL DEFAULT 0 CHECK (records_failed >= 0),
    duration_ms        INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    error_class        TEXT,
    error_message      TEXT
);
CREATE INDEX sync_metrics_connection_started ON sync_metrics (connection_id, started_at);
CREATE INDEX sync_metrics_started ON sync_metrics (started_at);

CREATE TABLE connector_health (
    connection_id         INTEGER PRIMARY KEY REFERENCES connections (id) ON DELETE CASCADE,
    status                TEXT    NOT NULL DEFAULT 'healthy' CHECK (status IN ('healthy', 'degraded', 'failed')),
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    last_success_at       TEXT,
    last_failure_at       TEXT,
    avg_response_ms       REAL,
    runs_recorded         INTEGER NOT NULL DEFAULT 0,
    updated_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE connector_marketplace (
    id             INTEGER PRIMARY KEY,
    connector_id   TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    description    TEXT    NOT NULL DEFAULT '',
    publisher      TEXT    NOT NULL,
    category       TEXT    NOT NULL CHECK (category IN ('crm', 'accounting', 'communication', 'marketing', 'custom')),
    rating         REAL    CHECK (rating IS NULL OR (rating >= 0 AND rating <= 5)),
    install_count  INTEGER NOT NULL DEFAULT 0 CHECK (install_count >= 0),
    pricing        TEXT    NOT NULL DEFAULT 'free' CHECK (pricing IN ('free', 'paid', 'freemium')),
    spec           TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(spec)),
    version        TEXT    NOT NULL DEFAULT '1.0.0',
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE user_installed_connectors (
    id              INTEGER PRIMARY KEY,
    marketplace_id  INTEGER NOT NULL REFERENCES connector_marketplace (id) ON DELETE CASCADE,
    owner           TEXT    NOT NULL DEFAULT 'local',
    installed_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    last_used_at    TEXT,
    config          TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (marketplace_id, owner)
);

CREATE TABLE custom_connectors (
    id              INTEGER PRIMARY KEY,
    owner           TEXT    NOT NULL DEFAULT 'local',
    name            TEXT    NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    spec            TEXT    NOT NULL CHECK (json_valid(spec)),
    sandbox_status  TEXT    NOT NULL DEFAULT 'untested' CHECK (sandbox_status IN ('untested', 'passed', 'failed')),
    deployed        INTEGER NOT NULL DEFAULT 0 CHECK (deployed IN (0, 1)),
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (owner, name, version)
);

CREATE TABLE schema_mappings (
    id              INTEGER PRIMARY KEY,
    connection_id   INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    source_path     TEXT    NOT NULL,
    target_field    TEXT    NOT NULL,
    transformation  TEXT    NOT NULL DEFAULT 'none',
    confidence      REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    reasoning       TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'approved', 'rejected')),
    decided_by      TEXT,
    decided_at      TEXT,
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (connection_id, target_field, source_path)
);
