-- Gateways: a LINE account with a weight, a priority class and an optional active window.
CREATE TABLE gateways (
    id           text        PRIMARY KEY,
    org_id       text        NOT NULL REFERENCES orgs (id),
    account_id   text        NOT NULL REFERENCES line_accounts (id),
    weight       integer     NOT NULL CHECK (weight BETWEEN 1 AND 100),
    priority     text        NOT NULL,
    active_from  timestamptz,
    active_until timestamptz,
    is_default   boolean     NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX gateways_org ON gateways (org_id, created_at, id);
