-- A launched campaign's audience is frozen into the ledger window by window, each window committed with the customer
-- ID it reached, so that senders start at once and a freeze cut short (a crash, a pause) goes on from there.
ALTER TABLE campaigns
    ADD COLUMN freezing      boolean NOT NULL DEFAULT false,
    ADD COLUMN freeze_after  text,
    ADD COLUMN freeze_runner text,
    ADD COLUMN freeze_until  timestamptz;
CREATE INDEX campaigns_freezing ON campaigns (freeze_until) WHERE freezing;

-- A campaign's skipped recipients counted without reading its queued ones: progress is read while the ledger grows.
CREATE INDEX campaign_deliveries_skipped ON campaign_deliveries (campaign_id, reason) WHERE batch_id IS NULL;
