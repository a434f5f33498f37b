-- Migration 18: a new version of a listed custom connector. Its publisher submits it beside the
-- listed one (pending_*), which stays installable until an admin approves the new version (it then
-- becomes the listing, counts and ratings kept) or rejects it (the listing stays as it was). A
-- listing not approved yet is replaced by the newer submission. Versions only go up.
ALTER TABLE connector_marketplace ADD COLUMN pending_version TEXT;
ALTER TABLE connector_marketplace ADD COLUMN pending_name TEXT;
ALTER TABLE connector_marketplace ADD COLUMN pending_description TEXT;
ALTER TABLE connector_marketplace ADD COLUMN pending_spec TEXT CHECK (pending_spec IS NULL OR json_valid(pending_spec));
ALTER TABLE connector_marketplace ADD COLUMN pending_evidence TEXT CHECK (pending_evidence IS NULL OR json_valid(pending_evidence));
