-- Message templates: LINE message objects as written (json keeps key order), labels included.
CREATE TABLE templates (
    id                    text        PRIMARY KEY,
    org_id                text        NOT NULL REFERENCES orgs (id),
    name                  text        NOT NULL,
    messages              json        NOT NULL,
    notification_disabled boolean     NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL
);
CREATE INDEX templates_org_order ON templates (org_id, created_at, id);
