-- Migration 12: a lease per claim. Every claim draws a fresh lease_token; heartbeats, results and
-- releases name the token as well as the job, so only the process that claimed a job renews or ends
-- it — a worker restarted under the same name (systemd) never inherits its dead predecessor's
-- leases, and a job whose lease expired after its last allowed attempt fails instead of being
-- claimed again.
ALTER TABLE sync_jobs ADD COLUMN lease_token uuid;
