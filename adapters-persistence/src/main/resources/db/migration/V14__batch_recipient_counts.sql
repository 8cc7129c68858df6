-- How many recipients a batch carried when it was written, so that a campaign's progress is summed over its batches
-- instead of counted over its recipients. Failover moves recipients off FAILED batches only, so those are still
-- counted from campaign_deliveries.
ALTER TABLE campaign_batches ADD COLUMN recipients integer;
UPDATE campaign_batches b SET recipients = (SELECT count(*) FROM campaign_deliveries d WHERE d.batch_id = b.id);
ALTER TABLE campaign_batches ALTER COLUMN recipients SET NOT NULL;

CREATE INDEX campaign_deliveries_skipped ON campaign_deliveries (campaign_id, reason) WHERE batch_id IS NULL;
