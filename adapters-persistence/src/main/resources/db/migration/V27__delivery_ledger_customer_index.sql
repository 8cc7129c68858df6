-- The ledger's index by customer (V13: frequency caps count a customer's recent campaign messages; a customer's
-- timeline lists them) was lost when V25 rebuilt the ledger as a partitioned table: each of those reads scanned every
-- delivery ever made. On the partitioned table it is made on every month's partition, and on new ones as they come.
CREATE INDEX campaign_deliveries_customer ON campaign_deliveries (customer_id);
