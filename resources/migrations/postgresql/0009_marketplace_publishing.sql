-- Migration 9: publishing custom connectors to the marketplace. A member's submission is pending
-- until an admin approves it (row-level security, not only the GUI); approved entries are visible
-- to all, pending ones to their submitter and admins. Evidence: the last fixture run. Ratings: one
-- per user, averaged into connector_marketplace.rating by a definer-rights trigger.
ALTER TABLE connector_marketplace ADD COLUMN status text NOT NULL DEFAULT 'approved' CHECK (status IN ('pending', 'approved', 'rejected'));
ALTER TABLE connector_marketplace ADD COLUMN submitted_by text NOT NULL DEFAULT current_user;
ALTER TABLE connector_marketplace ADD COLUMN evidence jsonb NOT NULL DEFAULT '{}'::jsonb;

CREATE TABLE marketplace_ratings (
    marketplace_id  bigint      NOT NULL REFERENCES connector_marketplace (id) ON DELETE CASCADE,
    rater           text        NOT NULL DEFAULT current_user,
    stars           integer     NOT NULL CHECK (stars BETWEEN 1 AND 5),
    rated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (marketplace_id, rater)
);

CREATE FUNCTION orion_marketplace_rating() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    target bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.marketplace_id ELSE NEW.marketplace_id END;
BEGIN
    UPDATE connector_marketplace
       SET rating = (SELECT round(avg(stars)::numeric, 2) FROM marketplace_ratings WHERE marketplace_id = target)
     WHERE id = target;
    RETURN NULL;
END
$$;
CREATE TRIGGER marketplace_ratings_average AFTER INSERT OR UPDATE OR DELETE ON marketplace_ratings
    FOR EACH ROW EXECUTE FUNCTION orion_marketplace_rating();

GRANT INSERT ON connector_marketplace TO orion_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON marketplace_ratings TO orion_user;

ALTER TABLE connector_marketplace ENABLE ROW LEVEL SECURITY;
CREATE POLICY marketplace_read ON connector_marketplace FOR SELECT
    USING (status = 'approved' OR submitted_by = current_user OR pg_has_role(current_user, 'orion_admin', 'MEMBER'));
CREATE POLICY marketplace_submit ON connector_marketplace FOR INSERT
    WITH CHECK (status = 'pending' AND submitted_by = current_user);
CREATE POLICY marketplace_admin ON connector_marketplace FOR ALL TO orion_admin USING (true) WITH CHECK (true);

ALTER TABLE marketplace_ratings ENABLE ROW LEVEL SECURITY;
CREATE POLICY ratings_read ON marketplace_ratings FOR SELECT USING (true);
CREATE POLICY ratings_own ON marketplace_ratings FOR ALL USING (rater = current_user) WITH CHECK (rater = current_user);
