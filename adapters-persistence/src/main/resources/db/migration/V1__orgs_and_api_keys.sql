-- Orgs are the tenants: every other table carries org_id and every query filters by it.
CREATE TABLE orgs (
    id         text        PRIMARY KEY,
    name       text        NOT NULL,
    time_zone  text        NOT NULL,
    created_at timestamptz NOT NULL
);

-- Only the SHA-256 of a key is stored; a request is authenticated by one lookup on key_hash.
CREATE TABLE api_keys (
    id         text        PRIMARY KEY,
    org_id     text        NOT NULL REFERENCES orgs (id),
    label      text        NOT NULL,
    key_hash   text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX api_keys_org_id ON api_keys (org_id);
