-- Migration 10: a custom connector version keeps what the builder produced beside its spec: the
-- connector's README.md and the recorded test fixture (an HTTP cassette, secrets redacted), so it
-- can be re-tested offline and reviewed later.
ALTER TABLE custom_connectors ADD COLUMN readme TEXT NOT NULL DEFAULT '';
ALTER TABLE custom_connectors ADD COLUMN fixture TEXT CHECK (fixture IS NULL OR json_valid(fixture));
