-- Migration 20: webhook deliveries already accepted, so a replayed one (the same event id, or the
-- same signed body where the vendor sends no id) is refused instead of queuing work again. Rows
-- older than the vendors' retry windows are pruned by the receiver.
CREATE TABLE webhook_deliveries (
    connection_id INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    delivery_key  TEXT    NOT NULL CHECK (length(delivery_key) BETWEEN 1 AND 200),
    received_at   TEXT    NOT NULL,
    PRIMARY KEY (connection_id, delivery_key)
);
CREATE INDEX webhook_deliveries_received ON webhook_deliveries (received_at);
