-- Migration 5: Slack alert rules. A rule watches one connection's runs and posts through a Slack
-- connection to a channel on failure, on recovery (the first success after failures) or on every run.
CREATE TABLE alert_rules (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    connection_id        bigint      NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    slack_connection_id  bigint      NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    channel              text        NOT NULL CHECK (length(trim(channel)) > 0),
    trigger              text        NOT NULL CHECK (trigger IN ('failure', 'recovery', 'every_run')),
    enabled              boolean     NOT NULL DEFAULT true,
    created_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (connection_id, slack_connection_id, channel, trigger)
);
CREATE INDEX alert_rules_connection ON alert_rules (connection_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON alert_rules TO orion_user;
ALTER TABLE alert_rules ENABLE ROW LEVEL SECURITY;
-- Members see and change rules only between connections they own.
CREATE POLICY alert_rules_owner ON alert_rules
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id)
           AND EXISTS (SELECT 1 FROM connections s WHERE s.id = slack_connection_id));
