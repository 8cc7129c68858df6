-- At most cap_max campaign messages per customer within cap_within (an ISO-8601 period).
ALTER TABLE campaigns ADD COLUMN cap_max integer, ADD COLUMN cap_within text;
CREATE INDEX campaign_deliveries_customer ON campaign_deliveries (customer_id);
