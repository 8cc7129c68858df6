-- Transactional messages: one per org and idempotency key (kept with the message, so at least 24 hours), the request
-- as asked (to tell a repeat from a different body), the route with its retry key stored before the first call, and
-- the state a request or a worker holds while sending (held_until) or waits for (next_attempt_at).
CREATE TABLE transactional_messages (
    id                    text PRIMARY KEY,
    org_id                text NOT NULL REFERENCES orgs (id),
    idempotency_key       text NOT NULL,
    customer_id           text NOT NULL,
    template_id           text,
    request_messages      json,
    request_gateway_ids   text[] NOT NULL,
    status                text NOT NULL,
    reason                text,
    gateway_id            text,
    account_id            text,
    line_user_id          text,
    messages              json,
    notification_disabled boolean NOT NULL DEFAULT false,
    retry_key             uuid,
    line_request_id       text,
    failed_gateway_ids    text[] NOT NULL DEFAULT '{}',
    attempts              integer NOT NULL DEFAULT 0,
    held_until            timestamptz,
    next_attempt_at       timestamptz,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    UNIQUE (org_id, idempotency_key)
);

CREATE INDEX transactional_messages_due ON transactional_messages (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX transactional_messages_of_customer
    ON transactional_messages (org_id, customer_id, created_at DESC, id DESC);
