-- Saved audiences: the filter as written, key order included (json, not jsonb); parsed again whenever evaluated.
CREATE TABLE audiences (
    id         text        PRIMARY KEY,
    org_id     text        NOT NULL REFERENCES orgs (id),
    name       text        NOT NULL,
    filter     json        NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX audiences_org_order ON audiences (org_id, created_at, id);

-- Uploaded static lists of customers.
CREATE TABLE customer_lists (
    id         text        PRIMARY KEY,
    org_id     text        NOT NULL REFERENCES orgs (id),
    name       text        NOT NULL,
    size       bigint      NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX customer_lists_org ON customer_lists (org_id);

CREATE TABLE customer_list_members (
    list_id     text NOT NULL REFERENCES customer_lists (id) ON DELETE CASCADE,
    customer_id text NOT NULL,
    PRIMARY KEY (list_id, customer_id)
);
CREATE INDEX customer_list_members_customer ON customer_list_members (customer_id, list_id);

-- What audience filters look up: tags by containment, and a customer's interactions whatever the account.
CREATE INDEX customers_tags ON customers USING gin (tags);
CREATE INDEX line_interactions_user_kind ON line_interactions (org_id, line_user_id, kind, occurred_at);
