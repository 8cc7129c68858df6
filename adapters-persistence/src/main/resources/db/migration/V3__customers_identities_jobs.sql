-- Customers (and LINE-only profiles). Attributes are JSON with native values (numbers, booleans, text; dates as
-- YYYY-MM-DD text), typed by customer_attributes, so that audience filters can compare them in SQL.
CREATE TABLE customers (
    id          text        PRIMARY KEY,
    org_id      text        NOT NULL REFERENCES orgs (id),
    external_id text,
    name        text,
    mobile      text,
    email       text,
    attributes  jsonb       NOT NULL DEFAULT '{}',
    tags        text[]      NOT NULL DEFAULT '{}',
    kind        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, external_id)
);
CREATE INDEX customers_org_mobile ON customers (org_id, mobile) WHERE mobile IS NOT NULL;
CREATE INDEX customers_org_email ON customers (org_id, email) WHERE email IS NOT NULL;

-- A LINE-only profile merged into a customer leaves this forwarding entry behind.
CREATE TABLE customer_merges (
    merged_id text        PRIMARY KEY,
    org_id    text        NOT NULL,
    into_id   text        NOT NULL,
    merged_at timestamptz NOT NULL
);

CREATE TABLE customer_attributes (
    org_id     text        NOT NULL REFERENCES orgs (id),
    name       text        NOT NULL,
    type       text        NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (org_id, name)
);

-- LINE user IDs are per provider: one identity per (org, provider, LINE user).
CREATE TABLE line_identities (
    org_id       text        NOT NULL REFERENCES orgs (id),
    provider     text        NOT NULL,
    line_user_id text        NOT NULL,
    customer_id  text        NOT NULL REFERENCES customers (id),
    linked_at    timestamptz NOT NULL,
    PRIMARY KEY (org_id, provider, line_user_id)
);
CREATE INDEX line_identities_customer ON line_identities (customer_id);
CREATE INDEX line_identities_user ON line_identities (org_id, line_user_id);

CREATE TABLE line_profiles (
    org_id         text        NOT NULL,
    provider       text        NOT NULL,
    line_user_id   text        NOT NULL,
    display_name   text        NOT NULL,
    picture_url    text,
    language       text,
    status_message text,
    fetched_at     timestamptz NOT NULL,
    PRIMARY KEY (org_id, provider, line_user_id)
);

-- Background jobs (follower backfill), with a lease so that a stopped runner's job is taken over.
CREATE TABLE jobs (
    id               text        PRIMARY KEY,
    org_id           text        NOT NULL REFERENCES orgs (id),
    kind             text        NOT NULL,
    account_id       text        NOT NULL REFERENCES line_accounts (id),
    state            text        NOT NULL,
    done             bigint      NOT NULL,
    total            bigint,
    cursor           text,
    error            text,
    started_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    runner           text,
    lease_renewed_at timestamptz
);
CREATE INDEX jobs_running ON jobs (lease_renewed_at) WHERE state = 'RUNNING';
