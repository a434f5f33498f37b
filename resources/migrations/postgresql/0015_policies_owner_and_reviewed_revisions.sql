-- Migration 15: row security without holes, a dedicated owner, and decisions pinned to what was seen.
--  * Read and write policies apart. An admin reads every connection (to review mappings), and the
--    policies of the tables that hang off a connection used to say "visible connection" for writes
--    too, so an admin could rewrite another member's sync state, delete their records or add an
--    alert rule posting through their Slack connection. Writes now need a connection of one's own.
--  * orion_owner: a role nobody logs in as owns every object (scripts run by `orion migrate
--    --as-owner` give them to it), every table forces row security, and the owner's own policies are
--    the only way past it - used by the definer functions alone.
--  * The marketplace is written through definer functions: a submission's publisher is the
--    submitting login, its counts start at zero and its evidence is checked and stamped by the
--    server; installs and ratings need a listing the member can see (approved, or their own).
--  * schema_mappings.revision changes with every edit; a decision names the revision it was made on
--    and is refused when the suggestion changed since (mapping_decisions keeps it).
--  * slack_approvals: every Slack button click, honoured or refused, with who clicked and why.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'orion_owner') THEN
        CREATE ROLE orion_owner NOLOGIN;
    END IF;
END
$$;

-- Tables that hang off one connection: read what is visible, write only one's own.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['sync_metrics', 'connector_health', 'sync_state', 'unified_customers', 'unified_invoices'] LOOP
        EXECUTE format('DROP POLICY %I ON %I', t || '_owner', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id))',
                       t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user))',
                       t || '_insert_own', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user)) '
                       'WITH CHECK (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user))',
                       t || '_update_own', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user))',
                       t || '_delete_own', t);
    END LOOP;
END
$$;

DROP POLICY alert_rules_owner ON alert_rules;
CREATE POLICY alert_rules_read ON alert_rules FOR SELECT
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id)
           AND EXISTS (SELECT 1 FROM connections s WHERE s.id = slack_connection_id));
CREATE POLICY alert_rules_insert_own ON alert_rules FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user)
                AND EXISTS (SELECT 1 FROM connections s WHERE s.id = slack_connection_id AND s.owner = current_user));
CREATE POLICY alert_rules_update_own ON alert_rules FOR UPDATE
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user)
           AND EXISTS (SELECT 1 FROM connections s WHERE s.id = slack_connection_id AND s.owner = current_user))
    WITH CHECK (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user)
                AND EXISTS (SELECT 1 FROM connections s WHERE s.id = slack_connection_id AND s.owner = current_user));
CREATE POLICY alert_rules_delete_own ON alert_rules FOR DELETE
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user)
           AND EXISTS (SELECT 1 FROM connections s WHERE s.id = slack_connection_id AND s.owner = current_user));

-- Installs and ratings: only of a listing the member can see and that is approved.
DROP POLICY installs_owner ON user_installed_connectors;
CREATE POLICY installs_read_own ON user_installed_connectors FOR SELECT USING (owner = current_user);
CREATE POLICY installs_add_own ON user_installed_connectors FOR INSERT
    WITH CHECK (owner = current_user AND EXISTS (SELECT 1 FROM connector_marketplace m WHERE m.id = marketplace_id AND m.status = 'approved'));
CREATE POLICY installs_change_own ON user_installed_connectors FOR UPDATE
    USING (owner = current_user)
    WITH CHECK (owner = current_user AND EXISTS (SELECT 1 FROM connector_marketplace m WHERE m.id = marketplace_id AND m.status = 'approved'));
CREATE POLICY installs_remove_own ON user_installed_connectors FOR DELETE USING (owner = current_user);

DROP POLICY ratings_own ON marketplace_ratings;
CREATE POLICY ratings_add_own ON marketplace_ratings FOR INSERT
    WITH CHECK (rater = current_user
                AND EXISTS (SELECT 1 FROM connector_marketplace m WHERE m.id = marketplace_id AND m.status = 'approved' AND m.submitted_by <> current_user));
CREATE POLICY ratings_change_own ON marketplace_ratings FOR UPDATE
    USING (rater = current_user)
    WITH CHECK (rater = current_user
                AND EXISTS (SELECT 1 FROM connector_marketplace m WHERE m.id = marketplace_id AND m.status = 'approved' AND m.submitted_by <> current_user));
CREATE POLICY ratings_remove_own ON marketplace_ratings FOR DELETE USING (rater = current_user);

-- Submissions through the definer function only; admins approve and edit the text, never the counts.
REVOKE INSERT ON connector_marketplace FROM orion_user;
DROP POLICY marketplace_submit ON connector_marketplace;
REVOKE INSERT, UPDATE ON connector_marketplace FROM orion_admin;
GRANT INSERT (connector_id, name, description, publisher, category, pricing, version, spec, status) ON connector_marketplace TO orion_admin;
GRANT UPDATE (name, description, publisher, category, pricing, version, spec, status, updated_at) ON connector_marketplace TO orion_admin;

CREATE FUNCTION orion_submit_listing(p_connector_id text, p_name text, p_description text, p_category text, p_pricing text,
                                     p_spec jsonb, p_version text, p_evidence jsonb)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    checked jsonb;
    new_id bigint;
BEGIN
    IF p_connector_id !~ '^custom:[a-z0-9][a-z0-9-]{0,62}$' THEN
        RAISE EXCEPTION 'only custom connectors are submitted (custom:NAME)' USING ERRCODE = 'check_violation';
    END IF;
    IF p_evidence IS NULL OR p_evidence = '{}'::jsonb THEN
        checked := '{}'::jsonb;
    ELSE
        IF jsonb_typeof(p_evidence) <> 'object'
           OR EXISTS (SELECT 1 FROM jsonb_object_keys(p_evidence) k WHERE k NOT IN ('fixture_run_at', 'result', 'records', 'error'))
           OR p_evidence->>'result' IS NULL OR p_evidence->>'result' NOT IN ('passed', 'failed')
           OR jsonb_typeof(p_evidence->'records') IS DISTINCT FROM 'number'
           OR (p_evidence->>'records') !~ '^[0-9]{1,9}$'
           OR (p_evidence ? 'error' AND jsonb_typeof(p_evidence->'error') <> 'string') THEN
            RAISE EXCEPTION 'evidence is a fixture run: result passed or failed, a record count and an optional error'
                USING ERRCODE = 'check_violation';
        END IF;
        -- The server's clock and login, not the client's word.
        checked := jsonb_build_object('result', p_evidence->>'result', 'records', (p_evidence->>'records')::integer,
                                      'fixture_run_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                      'reported_by', session_user);
        IF p_evidence ? 'error' THEN
            checked := checked || jsonb_build_object('error', left(p_evidence->>'error', 2000));
        END IF;
    END IF;
    INSERT INTO connector_marketplace (connector_id, name, description, publisher, category, pricing, spec, version, status,
                                       submitted_by, evidence, install_count, rating)
    VALUES (p_connector_id, p_name, coalesce(p_description, ''), session_user, p_category, p_pricing, p_spec, p_version, 'pending',
            session_user, checked, 0, NULL)
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;
REVOKE ALL ON FUNCTION orion_submit_listing(text, text, text, text, text, jsonb, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION orion_submit_listing(text, text, text, text, text, jsonb, text, jsonb) TO orion_user;

-- Decisions pinned to the revision the reviewer saw.
ALTER TABLE schema_mappings ADD COLUMN revision integer NOT NULL DEFAULT 1;
ALTER TABLE mapping_decisions ADD COLUMN revision integer;
CREATE FUNCTION orion_mapping_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.source_path IS DISTINCT FROM OLD.source_path OR NEW.transformation IS DISTINCT FROM OLD.transformation
       OR NEW.parameters IS DISTINCT FROM OLD.parameters OR NEW.target_field IS DISTINCT FROM OLD.target_field
       OR NEW.target IS DISTINCT FROM OLD.target OR NEW.stream IS DISTINCT FROM OLD.stream THEN
        NEW.revision := OLD.revision + 1;
    ELSE
        NEW.revision := OLD.revision; -- never set by hand
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER schema_mappings_revision BEFORE UPDATE ON schema_mappings
    FOR EACH ROW EXECUTE FUNCTION orion_mapping_revision();

-- Every Slack click, honoured or not.
CREATE TABLE slack_approvals (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    connection_uid uuid        NOT NULL,
    connection_id  bigint      REFERENCES connections (id) ON DELETE SET NULL,
    action         text        NOT NULL CHECK (action IN ('approve_sync', 'reject_sync', 'approve_mapping', 'reject_mapping')),
    subject        text        NOT NULL DEFAULT '',
    slack_user_id  text        NOT NULL,
    outcome        text        NOT NULL CHECK (outcome IN ('honoured', 'refused')),
    reason         text        NOT NULL DEFAULT '',
    database_user  text        NOT NULL DEFAULT current_user,
    clicked_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX slack_approvals_connection ON slack_approvals (connection_uid, clicked_at);
GRANT SELECT, INSERT ON slack_approvals TO orion_user;
ALTER TABLE slack_approvals ENABLE ROW LEVEL SECURITY;
CREATE POLICY slack_approvals_read ON slack_approvals FOR SELECT
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.uid = connection_uid));
-- Append-only (no UPDATE or DELETE grant): whichever desktop received the click records it, in its
-- own name, for a connection it can see.
CREATE POLICY slack_approvals_record ON slack_approvals FOR INSERT
    WITH CHECK (database_user = current_user AND EXISTS (SELECT 1 FROM connections c WHERE c.uid = connection_uid));

-- Every table forces row security; only orion_owner (the definer functions) sees past the members'
-- policies.
DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity LOOP
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I TO orion_owner USING (true) WITH CHECK (true)', t || '_definer', t);
    END LOOP;
END
$$;
