-- Migration 20: webhook deliveries already accepted (see the SQLite migration). Run by orion_owner.
-- A receiver runs as a worker login (orion_worker: every owner's connections) or as a member, who
-- records and sees the deliveries of their own connections only.
CREATE TABLE webhook_deliveries (
    connection_id bigint      NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    delivery_key  text        NOT NULL CHECK (length(delivery_key) BETWEEN 1 AND 200),
    received_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connection_id, delivery_key)
);
CREATE INDEX webhook_deliveries_received ON webhook_deliveries (received_at);

GRANT SELECT, INSERT, DELETE ON webhook_deliveries TO orion_user;
GRANT SELECT, INSERT, DELETE ON webhook_deliveries TO orion_worker;
ALTER TABLE webhook_deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_deliveries FORCE ROW LEVEL SECURITY;
CREATE POLICY webhook_deliveries_read ON webhook_deliveries FOR SELECT
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id));
CREATE POLICY webhook_deliveries_insert_own ON webhook_deliveries FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user));
CREATE POLICY webhook_deliveries_delete_own ON webhook_deliveries FOR DELETE
    USING (EXISTS (SELECT 1 FROM connections c WHERE c.id = connection_id AND c.owner = current_user));
CREATE POLICY webhook_deliveries_worker ON webhook_deliveries FOR ALL TO orion_worker USING (true) WITH CHECK (true);
