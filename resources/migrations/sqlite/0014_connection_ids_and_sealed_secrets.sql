-- Migration 14: connections are known by an immutable id (uid); secrets are keyed by it, never by
-- the name. Rows made before this migration keep their name in legacy_secret_name: the desktop and
-- the CLI move their name-keyed keychain entries to the id on first use. (Sealed secrets for
-- workers exist only in a PostgreSQL workspace.) The app writes uid on insert; the trigger fills it
-- for any other writer.
ALTER TABLE connections ADD COLUMN uid TEXT;
ALTER TABLE connections ADD COLUMN legacy_secret_name TEXT;
UPDATE connections
   SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
                   || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       legacy_secret_name = name;
CREATE UNIQUE INDEX connections_uid ON connections (uid);
CREATE TRIGGER connections_uid_fill AFTER INSERT ON connections WHEN NEW.uid IS NULL
BEGIN
    UPDATE connections
       SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
                       || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
     WHERE id = NEW.id;
END;
CREATE TRIGGER connections_no_legacy AFTER INSERT ON connections WHEN NEW.legacy_secret_name IS NOT NULL
BEGIN
    UPDATE connections SET legacy_secret_name = NULL WHERE id = NEW.id;
END;
CREATE TRIGGER connections_uid_fixed BEFORE UPDATE OF uid ON connections
    WHEN OLD.uid IS NOT NULL AND NEW.uid IS NOT OLD.uid
BEGIN
    SELECT RAISE(ABORT, 'a connection''s id never changes');
END;
