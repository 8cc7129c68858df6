-- Test sends, kept for the customers' timelines (they stay out of the campaign's ledger).
CREATE TABLE campaign_test_sends (
    id              bigserial   PRIMARY KEY,
    org_id          text        NOT NULL,
    campaign_id     text        NOT NULL,
    customer_id     text        NOT NULL,
    line_user_id    text,
    gateway_id      text,
    account_id      text,
    status          text        NOT NULL,
    reason          text,
    line_request_id text,
    messages        json,
    sent_at         timestamptz NOT NULL
);
CREATE INDEX campaign_test_sends_customer ON campaign_test_sends (customer_id, sent_at DESC);
CREATE INDEX campaign_test_sends_campaign ON campaign_test_sends (campaign_id, sent_at DESC);

-- A customer's timeline reads the history of their LINE users whatever the account.
CREATE INDEX line_subscription_history_org_user ON line_subscription_history (org_id, line_user_id, event_at DESC);
CREATE INDEX line_consent_history_org_user ON line_consent_history (org_id, line_user_id, changed_at DESC);
