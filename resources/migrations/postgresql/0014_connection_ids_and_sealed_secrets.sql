-- Migration 14: connections are known by an immutable id, secrets for workers are sealed, and the
-- worker role may change only what a sync changes.
--  * uid: every secret, cached token and lock is keyed by it; the name is a label (unique per owner),
--    so member B's "acme" can never reach member A's "acme" secrets. Rows made before this
--    migration keep their name in legacy_secret_name: a single-user desktop or CLI moves the
--    name-keyed keychain entries to the id on first use; a worker never reads by name.
--  * worker_pool_keys: the public half of the worker pool's key pair (orion worker keygen); its
--    private half stays in the workers' credential file.
--  * connection_secrets: a connection's secrets sealed (libsodium crypto_box_seal) to that key by
--    the owner's desktop when "Run on workers" is on. Owners write their own connections' rows but
--    cannot read them back (the ciphertext is for the pool); workers read them and reseal rotated
--    tokens. Plain secrets never enter the database.
ALTER TABLE connections ADD COLUMN uid uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE connections ADD CONSTRAINT connections_uid_key UNIQUE (uid);
ALTER TABLE connections ADD COLUMN legacy_secret_name text;
UPDATE connections SET legacy_secret_name = name;

CREATE FUNCTION orion_connection_uid_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.uid IS DISTINCT FROM OLD.uid THEN
        RAISE EXCEPTION 'a connection''s id never changes' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.legacy_secret_name IS DISTINCT FROM OLD.legacy_secret_name AND NEW.legacy_secret_name IS NOT NULL THEN
        RAISE EXCEPTION 'legacy_secret_name can only be cleared' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER connections_uid_fixed BEFORE UPDATE ON connections
    FOR EACH ROW EXECUTE FUNCTION orion_connection_uid_fixed();
-- New rows never carry a legacy name (only the rows above were stored by name).
CREATE FUNCTION orion_connection_no_legacy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.legacy_secret_name := NULL;
    RETURN NEW;
END
$$;
CREATE TRIGGER connections_no_legacy BEFORE INSERT ON connections
    FOR EACH ROW EXECUTE FUNCTION orion_connection_no_legacy();

CREATE TABLE worker_pool_keys (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_key  bytea       NOT NULL UNIQUE CHECK (length(public_key) = 32),
    created_by  text        NOT NULL DEFAULT current_user,
    created_at  timestamptz NOT NULL DEFAULT now(),
    retired_at  timestamptz
);
-- At most one current key; a rotation retires the old one and reseals (README, "Team setup").
CREATE UNIQUE INDEX worker_pool_keys_current ON worker_pool_keys ((true)) WHERE retired_at IS NULL;

CREATE TABLE connection_secrets (
    connection_uid uuid        NOT NULL REFERENCES connections (uid) ON DELETE CASCADE,
    key            text        NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,63}$'),
    pool_key_id    bigint      NOT NULL REFERENCES worker_pool_keys (id),
    sealed         bytea       NOT NULL CHECK (length(sealed) BETWEEN 49 AND 65536),
    written_by     text        NOT NULL DEFAULT current_user,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connection_uid, key)
);

GRANT SELECT ON worker_pool_keys TO orion_user;
GRANT SELECT, INSERT, UPDATE ON worker_pool_keys TO orion_worker;
GRANT USAGE ON SEQUENCE worker_pool_keys_id_seq TO orion_worker;
-- Owners: write (never read) the sealed secrets of their own connections, through these functions.
GRANT SELECT, INSERT, UPDATE, DELETE ON connection_secrets TO orion_worker;
ALTER TABLE connection_secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE connection_secrets FORCE ROW LEVEL SECURITY;
CREATE POLICY connection_secrets_worker ON connection_secrets FOR ALL TO orion_worker USING (true) WITH CHECK (true);

CREATE FUNCTION orion_put_sealed_secret(p_connection uuid, p_key text, p_pool_key bigint, p_sealed bytea)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM connections WHERE uid = p_connection AND owner = session_user) THEN
        RAISE EXCEPTION 'only the owner of a connection may store its secrets' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO connection_secrets (connection_uid, key, pool_key_id, sealed, written_by)
    VALUES (p_connection, p_key, p_pool_key, p_sealed, session_user)
    ON CONFLICT (connection_uid, key)
        DO UPDATE SET pool_key_id = EXCLUDED.pool_key_id, sealed = EXCLUDED.sealed,
                      written_by = EXCLUDED.written_by, updated_at = now();
END
$$;
CREATE FUNCTION orion_remove_sealed_secrets(p_connection uuid, p_key text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM connections WHERE uid = p_connection AND owner = session_user) THEN
        RAISE EXCEPTION 'only the owner of a connection may remove its secrets' USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM connection_secrets WHERE connection_uid = p_connection AND (p_key IS NULL OR key = p_key);
END
$$;
REVOKE ALL ON FUNCTION orion_put_sealed_secret(uuid, text, bigint, bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION orion_remove_sealed_secrets(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION orion_put_sealed_secret(uuid, text, bigint, bytea) TO orion_user;
GRANT EXECUTE ON FUNCTION orion_remove_sealed_secrets(uuid, text) TO orion_user;

-- The worker changes only a connection's schedule slot and last use (the run trigger), and never
-- deletes what a sync wrote.
REVOKE UPDATE ON connections FROM orion_worker;
GRANT UPDATE (next_sync_at, last_used_at) ON connections TO orion_worker;
REVOKE DELETE ON unified_customers, unified_invoices, sync_state, sync_metrics, connector_health FROM orion_worker;
