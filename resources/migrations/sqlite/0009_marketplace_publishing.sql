-- Migration 9: publishing to the marketplace (see the PostgreSQL migration). On SQLite the local
-- user is the admin who approves.
ALTER TABLE connector_marketplace ADD COLUMN status TEXT NOT NULL DEFAULT 'approved' CHECK (status IN ('pending', 'approved', 'rejected'));
ALTER TABLE connector_marketplace ADD COLUMN submitted_by TEXT NOT NULL DEFAULT 'local';
ALTER TABLE connector_marketplace ADD COLUMN evidence TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(evidence));

CREATE TABLE marketplace_ratings (
    marketplace_id  INTEGER NOT NULL REFERENCES connector_marketplace (id) ON DELETE CASCADE,
    rater           TEXT    NOT NULL DEFAULT 'local',
    stars           INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
    rated_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (marketplace_id, rater)
);

CREATE TRIGGER marketplace_ratings_insert AFTER INSERT ON marketplace_ratings
BEGIN
    UPDATE connector_marketplace SET rating = (SELECT round(avg(stars), 2) FROM marketplace_ratings WHERE marketplace_id = NEW.marketplace_id)
     WHERE id = NEW.marketplace_id;
END;
CREATE TRIGGER marketplace_ratings_update AFTER UPDATE ON marketplace_ratings
BEGIN
    UPDATE connector_marketplace SET rating = (SELECT round(avg(stars), 2) FROM marketplace_ratings WHERE marketplace_id = NEW.marketplace_id)
     WHERE id = NEW.marketplace_id;
END;
CREATE TRIGGER marketplace_ratings_delete AFTER DELETE ON marketplace_ratings
BEGIN
    UPDATE connector_marketplace SET rating = (SELECT round(avg(stars), 2) FROM marketplace_ratings WHERE marketplace_id = OLD.marketplace_id)
     WHERE id = OLD.marketplace_id;
END;
