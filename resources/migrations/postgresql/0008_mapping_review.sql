-- Migration 8: mapping review. Suggestions are kept per connection and stream with their target
-- (customer or invoice), parameters, alternatives and provider; every decision is audited; who may
-- answer a Slack approval request is listed per connection. Row-level security: members propose and
-- edit suggestions of their connections; only orion_admin approves or rejects (and edits decided
-- rows); admins see every connection so they can review them.
ALTER TABLE schema_mappings ADD COLUMN stream text NOT NULL DEFAULT 'customers';
ALTER TABLE schema_mappings ADD COLUMN target text NOT NULL DEFAULT 'customer' CHECK (target IN ('customer', 'invoice'));
ALTER TABLE schema_mappings ADD COLUMN parameters jsonb NOT NULL DEFAULT '{}';
ALTER TABLE schema_mappings ADD COLUMN alternatives jsonb NOT NULL DEFAULT '[]';
ALTER TABLE schema_mappings ADD COLUMN provider text NOT NULL DEFAULT 'local';
ALTER TABLE schema_mappings ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE schema_mappings DROP CONSTRAINT schema_mappings_connection_id_target_field_source_path_key;
CREATE UNIQUE INDEX schema_mappings_key ON schema_mappings (connection_id, stream, target_field, source_path);
-- At most one approved rule per target field of a stream: that is what a sync applies.
CREATE UNIQUE INDEX schema_mappings_one_approved ON schema_mappings (connection_id, stream, target_field) WHERE status = 'approved';

CREATE TABLE mapping_decisions (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mapping_id      bigint      REFERENCES schema_mappings (id) ON DELETE SET NULL,
    connection_id   bigint      NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    stream          text        NOT NULL,
    target_field    text        NOT NULL,
    source_path     text        NOT NULL,
    transformation  text        NOT NULL,
    confidence      real        NOT NULL,
    provider        text        NOT NULL,
    decision        text        NOT NULL CHECK (decision IN ('approved', 'rejected', 'suggested')),
    decided_by      text        NOT NULL,
    via             text        NOT NULL CHECK (via IN ('desktop', 'cli', 'slack', 'import')),
    database_user   text        NOT NULL DEFAULT current_user,
    decided_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mapping_decisions_connection ON mapping_decisions (connection_id, decided_at);

CREATE TABLE mapping_approvers (
    connection_id   bigint NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    slack_user_id   text   NOT NULL CHECK (length(trim(slack_user_id)) > 0),
    PRIMARY KEY (connection_id, slack_user_id)
);

GRANT SELECT, INSERT ON mapping_decisions TO orion_user;
GRANT SELECT, INSERT, DELETE ON mapping_approvers TO orion_user;

CREATE POLICY connections_admin_read ON connections FOR SELECT TO orion_admin USING (true);

DROP POLICY schema_mappings_owner ON schema_mappings;
CREATE POLICY schema_mappings_read ON schema_mappings FOR SELECT
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id));
CREATE POLICY schema_mappings_propose ON schema_mappings FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id)
                AND (status = 'suggested' OR pg_has_role(current_user, 'orion_admin', 'MEMBER')));
CREATE POLICY schema_mappings_edit ON schema_mappings FOR UPDATE
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id)
           AND (status = 'suggested' OR pg_has_role(current_user, 'orion_admin', 'MEMBER')))
    WITH CHECK (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id)
                AND (status = 'suggested' OR pg_has_role(current_user, 'orion_admin', 'MEMBER')));
CREATE POLICY schema_mappings_remove ON schema_mappings FOR DELETE
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id)
           AND (status = 'suggested' OR pg_has_role(current_user, 'orion_admin', 'MEMBER')));

ALTER TABLE mapping_decisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY mapping_decisions_read ON mapping_decisions FOR SELECT
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id));
CREATE POLICY mapping_decisions_record ON mapping_decisions FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id)
                AND database_user = current_user
                AND (decision = 'suggested' OR pg_has_role(current_user, 'orion_admin', 'MEMBER')));

ALTER TABLE mapping_approvers ENABLE ROW LEVEL SECURITY;
CREATE POLICY mapping_approvers_read ON mapping_approvers FOR SELECT
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id));
CREATE POLICY mapping_approvers_admin ON mapping_approvers FOR ALL TO orion_admin USING (true) WITH CHECK (true);
