-- The console's overview reads an org's latest webhook events.
CREATE INDEX line_webhook_events_org_recent ON line_webhook_events (org_id, seq DESC);
