-- The newest-first lists of the API (keyset pages over (created_at, id)) and the customer search by prefix.
CREATE INDEX customers_org_newest ON customers (org_id, created_at DESC, id DESC);
CREATE INDEX customers_org_external_prefix ON customers (org_id, external_id text_pattern_ops);
CREATE INDEX customers_org_name_prefix ON customers (org_id, lower(name) text_pattern_ops);
CREATE INDEX campaigns_org_newest ON campaigns (org_id, created_at DESC, id DESC);
CREATE INDEX customer_lists_org_newest ON customer_lists (org_id, created_at DESC, id DESC);
CREATE INDEX orgs_newest ON orgs (created_at DESC, id DESC);
