-- How many recipients a batch carried when it was written, so that a campaign's progress is summed over its batches
-- instead of counted over its recipients. Failover moves recipients off FAILED batches only, so those are still
-- counted from campaign_deliveries.
ALTER TABLE campaign_batches ADD COLUMN recipients integer;
UPDATE campaign_batches b SET recipients = (SELECT count(*) FROM campaign_deliveries d WHERE d.batch_id = b.id);
ALTER TABLE campaign_batches ALTER COLUMN recipients SET NOT NULL;

CREATE INDEX campaign_deliveries_skipped ON campaign_deliveries (campaign_id, reason) WHERE batch_id IS NULL;

-- Claims walk the due batches in (due_at, id) order and stop after a group; with due_at alone, the batches of one
-- launch (one due_at) had to be read and sorted in full for every claim.
DROP INDEX campaign_batches_due;
CREATE INDEX campaign_batches_due ON campaign_batches (due_at, id) WHERE status = 'PENDING';
