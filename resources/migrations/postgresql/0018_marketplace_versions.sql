-- Migration 18: a new version of a listed custom connector (see the SQLite migration for the rule).
-- Run by orion_owner (orion migrate --as-owner). Submissions and reviews go through definer
-- functions: only the listing's own publisher submits a new version, only admins review, and the
-- evidence a version carries is the server's stamp, never an admin's or a member's word.
ALTER TABLE connector_marketplace ADD COLUMN pending_version text;
ALTER TABLE connector_marketplace ADD COLUMN pending_name text;
ALTER TABLE connector_marketplace ADD COLUMN pending_description text;
ALTER TABLE connector_marketplace ADD COLUMN pending_spec jsonb;
ALTER TABLE connector_marketplace ADD COLUMN pending_evidence jsonb;

-- "2" > "1", numerically when both are whole numbers (custom connectors' versions), else as text.
CREATE FUNCTION orion_version_newer(p_new text, p_old text) RETURNS boolean LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN p_new ~ '^[0-9]{1,9}$' AND p_old ~ '^[0-9]{1,9}$' THEN p_new::integer > p_old::integer ELSE p_new > p_old END
$$;

CREATE OR REPLACE FUNCTION orion_submit_listing(p_connector_id text, p_name text, p_description text, p_category text, p_pricing text,
                                                p_spec jsonb, p_version text, p_evidence jsonb)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    checked jsonb;
    new_id bigint;
    listed record;
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
    SELECT id, submitted_by, status, version, pending_version INTO listed
      FROM connector_marketplace WHERE connector_id = p_connector_id FOR UPDATE;
    IF FOUND THEN
        IF listed.submitted_by <> session_user THEN
            RAISE EXCEPTION '% is already in the marketplace, listed by %: publish yours under another name', p_connector_id, listed.submitted_by
                USING ERRCODE = 'unique_violation';
        END IF;
        IF NOT orion_version_newer(p_version, coalesce(listed.pending_version, listed.version)) THEN
            RAISE EXCEPTION 'version % of % is already in the marketplace: publish a newer version', coalesce(listed.pending_version, listed.version), p_connector_id
                USING ERRCODE = 'unique_violation';
        END IF;
        IF listed.status = 'approved' THEN
            UPDATE connector_marketplace
               SET pending_version = p_version, pending_name = p_name, pending_description = coalesce(p_description, ''),
                   pending_spec = p_spec, pending_evidence = checked, updated_at = now()
             WHERE id = listed.id;
        ELSE
            UPDATE connector_marketplace
               SET name = p_name, description = coalesce(p_description, ''), category = p_category, pricing = p_pricing, spec = p_spec,
                   version = p_version, evidence = checked, status = 'pending', pending_version = NULL, pending_name = NULL,
                   pending_description = NULL, pending_spec = NULL, pending_evidence = NULL, updated_at = now()
             WHERE id = listed.id;
        END IF;
        RETURN listed.id;
    END IF;
    INSERT INTO connector_marketplace (connector_id, name, description, publisher, category, pricing, spec, version, status,
                                       submitted_by, evidence, install_count, rating)
    VALUES (p_connector_id, p_name, coalesce(p_description, ''), session_user, p_category, p_pricing, p_spec, p_version, 'pending',
            session_user, checked, 0, NULL)
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

-- An admin's decision: on a listing with a new version waiting, about that version (approved: it
-- becomes the listing; rejected: it is dropped); otherwise about the listing. True when it exists.
CREATE FUNCTION orion_review_listing(p_connector_id text, p_decision text)
    RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'orion_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator may approve or reject marketplace entries' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_decision NOT IN ('approved', 'rejected') THEN
        RAISE EXCEPTION 'a review is approved or rejected' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE connector_marketplace
       SET spec = CASE WHEN pending_spec IS NOT NULL AND p_decision = 'approved' THEN pending_spec ELSE spec END,
           version = CASE WHEN pending_spec IS NOT NULL AND p_decision = 'approved' THEN pending_version ELSE version END,
           name = CASE WHEN pending_spec IS NOT NULL AND p_decision = 'approved' THEN pending_name ELSE name END,
           description = CASE WHEN pending_spec IS NOT NULL AND p_decision = 'approved' THEN pending_description ELSE description END,
           evidence = CASE WHEN pending_spec IS NOT NULL AND p_decision = 'approved' THEN pending_evidence ELSE evidence END,
           status = CASE WHEN pending_spec IS NOT NULL THEN status ELSE p_decision END,
           pending_version = NULL, pending_name = NULL, pending_description = NULL, pending_spec = NULL, pending_evidence = NULL,
           updated_at = now()
     WHERE connector_id = p_connector_id;
    RETURN FOUND;
END
$$;
REVOKE ALL ON FUNCTION orion_review_listing(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION orion_version_newer(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION orion_review_listing(text, text) TO orion_admin;
