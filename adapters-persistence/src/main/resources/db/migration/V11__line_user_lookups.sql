-- Campaign launch reads the statuses and consents of a chunk of LINE users at once, whatever the account.
CREATE INDEX line_subscriptions_user ON line_subscriptions (line_user_id);
CREATE INDEX line_consents_user ON line_consents (line_user_id);
-- ... and walks an org's customers in ID order, chunk after chunk.
CREATE INDEX customers_org_id ON customers (org_id, id);
