-- Migration 5: Slack alert rules. A rule watches one connection's runs and posts through a Slack
-- connection to a channel on failure, on recovery (the first success after failures) or on every run.
CREATE TABLE alert_rules (
    id                   INTEGER PRIMARY KEY,
    connection_id        INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    slack_connection_id  INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    channel              TEXT    NOT NULL CHECK (length(trim(channel)) > 0),
    trigger              TEXT    NOT NULL CHECK (trigger IN ('failure', 'recovery', 'every_run')),
    enabled              INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (connection_id, slack_connection_id, channel, trigger)
);
CREATE INDEX alert_rules_connection ON alert_rules (connection_id);
