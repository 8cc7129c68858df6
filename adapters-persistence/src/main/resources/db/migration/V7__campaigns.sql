CREATE TABLE campaigns (
    id          text        PRIMARY KEY,
    org_id      text        NOT NULL REFERENCES orgs (id),
    name        text        NOT NULL,
    template_id text        NOT NULL,
    audience_id text        NOT NULL,
    priority    text        NOT NULL,
    gateway_ids text[]      NOT NULL,
    status      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    launched_at timestamptz,
    finished_at timestamptz
);
CREATE INDEX campaigns_running ON campaigns (status) WHERE status = 'RUNNING';

-- One LINE call each. The retry key is stored here before the first attempt; every attempt reuses it.
CREATE TABLE campaign_batches (
    id              uuid        PRIMARY KEY,
    campaign_id     text        NOT NULL REFERENCES campaigns (id),
    gateway_id      text        NOT NULL,
    account_id      text        NOT NULL,
    kind            text        NOT NULL,
    retry_key       uuid        NOT NULL UNIQUE,
    messages        json,
    status          text        NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    due_at          timestamptz NOT NULL,
    lease_owner     text,
    lease_until     timestamptz,
    line_request_id text,
    error           text,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX campaign_batches_due ON campaign_batches (due_at) WHERE status = 'PENDING';
CREATE INDEX campaign_batches_campaign ON campaign_batches (campaign_id, status);

-- The ledger: a queued recipient's status is its batch's; a skipped one has no batch.
CREATE TABLE campaign_deliveries (
    campaign_id  text NOT NULL REFERENCES campaigns (id),
    customer_id  text NOT NULL,
    line_user_id text,
    batch_id     uuid REFERENCES campaign_batches (id),
    reason       text,
    detail       text,
    PRIMARY KEY (campaign_id, customer_id)
);
CREATE INDEX campaign_deliveries_batch ON campaign_deliveries (batch_id);
