-- The delivery ledger grows with every campaign: it is partitioned by the month its campaign was created (UTC), so
-- that a retention setting drops whole months (DROP of a partition) instead of deleting rows one by one. Monthly
-- partitions are made ahead by the service (DeliveryLedgerPartitions); the default one only catches what came before
-- a month had its partition, and is never dropped. The ledger names its campaign and batch without foreign keys: its
-- rows are written with them, in one transaction, and a month's partition is made or dropped without locking the
-- campaign and batch tables that senders work on.
ALTER TABLE campaign_deliveries RENAME TO campaign_deliveries_unpartitioned;
ALTER INDEX campaign_deliveries_batch RENAME TO campaign_deliveries_unpartitioned_batch;

CREATE TABLE campaign_deliveries (
    campaign_id  text NOT NULL,
    customer_id  text NOT NULL,
    line_user_id text,
    batch_id     uuid,
    reason       text,
    detail       text,
    ledger_month date NOT NULL,
    PRIMARY KEY (campaign_id, customer_id, ledger_month)
) PARTITION BY RANGE (ledger_month);
CREATE INDEX campaign_deliveries_batch ON campaign_deliveries (batch_id);
CREATE TABLE campaign_deliveries_default PARTITION OF campaign_deliveries DEFAULT;

DO $$
DECLARE
    month date;
BEGIN
    FOR month IN
        SELECT DISTINCT date_trunc('month', created_at AT TIME ZONE 'UTC')::date FROM campaigns
        UNION
        SELECT date_trunc('month', now() AT TIME ZONE 'UTC')::date
    LOOP
        EXECUTE format(
            'CREATE TABLE %I PARTITION OF campaign_deliveries FOR VALUES FROM (%L) TO (%L)',
            'campaign_deliveries_' || to_char(month, 'YYYY_MM'), month, (month + interval '1 month')::date);
    END LOOP;
END $$;

INSERT INTO campaign_deliveries (campaign_id, customer_id, line_user_id, batch_id, reason, detail, ledger_month)
SELECT d.campaign_id, d.customer_id, d.line_user_id, d.batch_id, d.reason, d.detail,
       date_trunc('month', c.created_at AT TIME ZONE 'UTC')::date
FROM campaign_deliveries_unpartitioned d JOIN campaigns c ON c.id = d.campaign_id;

DROP TABLE campaign_deliveries_unpartitioned;
