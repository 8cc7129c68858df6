-- LINE notification messages (by phone number, in JP, TH and TW): an account opts in; a message's route may be a
-- phone number (E.164) instead of a LINE user ID.
ALTER TABLE line_accounts ADD COLUMN notification_messages boolean NOT NULL DEFAULT false;
ALTER TABLE transactional_messages ADD COLUMN phone text;

-- A brand's consent decisions for a customer who has no LINE identity with the account's provider (those of LINE
-- identities stay in line_consents); they govern notification messages to the customer's phone number. Their history
-- goes with the others', naming the customer instead of a LINE user.
CREATE TABLE customer_consents (
    org_id      text        NOT NULL,
    customer_id text        NOT NULL,
    account_id  text        NOT NULL REFERENCES line_accounts (id),
    category    text        NOT NULL,
    opted_in    boolean     NOT NULL,
    changed_at  timestamptz NOT NULL,
    PRIMARY KEY (org_id, customer_id, account_id, category)
);

ALTER TABLE line_consent_history ALTER COLUMN line_user_id DROP NOT NULL;
ALTER TABLE line_consent_history ADD COLUMN customer_id text;
CREATE INDEX line_consent_history_customer ON line_consent_history (org_id, customer_id) WHERE customer_id IS NOT NULL;
