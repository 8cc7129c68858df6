-- LINE accounts. The channel secret and access token are AES-GCM ciphertexts under the master key, which is
-- never stored here (see SecretCipher).
CREATE TABLE line_accounts (
    id                 text        PRIMARY KEY,
    org_id             text        NOT NULL REFERENCES orgs (id),
    name               text        NOT NULL,
    provider_name      text        NOT NULL,
    channel_id         text        NOT NULL,
    channel_secret_enc text        NOT NULL,
    access_token_enc   text,
    status             text        NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL,
    UNIQUE (org_id, channel_id)
);
CREATE INDEX line_accounts_org_order ON line_accounts (org_id, created_at, id);

-- Every webhook event once (LINE's webhookEventId), with its JSON as received; processed after the 200.
CREATE TABLE line_webhook_events (
    account_id       text        NOT NULL REFERENCES line_accounts (id),
    webhook_event_id text        NOT NULL,
    org_id           text        NOT NULL,
    seq              bigserial   NOT NULL,
    event_type       text        NOT NULL,
    mode             text        NOT NULL,
    occurred_at      timestamptz NOT NULL,
    line_user_id     text,
    redelivery       boolean     NOT NULL,
    unblocked        boolean,
    message_type     text,
    content          text,
    nonce            text,
    raw              text        NOT NULL,
    received_at      timestamptz NOT NULL,
    processed_at     timestamptz,
    outcome          text,
    PRIMARY KEY (account_id, webhook_event_id)
);
CREATE INDEX line_webhook_events_pending ON line_webhook_events (seq) WHERE processed_at IS NULL;
CREATE INDEX line_webhook_events_user ON line_webhook_events (account_id, line_user_id, occurred_at);

-- Status per (account, user) and the evidence that set it; UNKNOWN rows have none.
CREATE TABLE line_subscriptions (
    account_id   text        NOT NULL REFERENCES line_accounts (id),
    line_user_id text        NOT NULL,
    org_id       text        NOT NULL,
    status       text        NOT NULL,
    event_at     timestamptz,
    event_id     text,
    source       text,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (account_id, line_user_id)
);
CREATE INDEX line_subscriptions_org_status ON line_subscriptions (org_id, account_id, status);

CREATE TABLE line_subscription_history (
    id           bigserial   PRIMARY KEY,
    org_id       text        NOT NULL,
    account_id   text        NOT NULL,
    line_user_id text        NOT NULL,
    from_status  text        NOT NULL,
    to_status    text        NOT NULL,
    event_at     timestamptz NOT NULL,
    event_id     text        NOT NULL,
    source       text        NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX line_subscription_history_user ON line_subscription_history (account_id, line_user_id, id);

-- Explicit consent decisions (absent: following counts as opted in), and every decision ever made.
CREATE TABLE line_consents (
    account_id   text        NOT NULL REFERENCES line_accounts (id),
    line_user_id text        NOT NULL,
    category     text        NOT NULL,
    org_id       text        NOT NULL,
    opted_in     boolean     NOT NULL,
    changed_at   timestamptz NOT NULL,
    PRIMARY KEY (account_id, line_user_id, category)
);

CREATE TABLE line_consent_history (
    id           bigserial   PRIMARY KEY,
    org_id       text        NOT NULL,
    account_id   text        NOT NULL,
    line_user_id text        NOT NULL,
    category     text        NOT NULL,
    opted_in     boolean     NOT NULL,
    source       text        NOT NULL,
    changed_at   timestamptz NOT NULL
);
CREATE INDEX line_consent_history_user ON line_consent_history (account_id, line_user_id, id);

-- Messages, postbacks and account links, once each.
CREATE TABLE line_interactions (
    account_id       text        NOT NULL REFERENCES line_accounts (id),
    webhook_event_id text        NOT NULL,
    org_id           text        NOT NULL,
    line_user_id     text        NOT NULL,
    kind             text        NOT NULL,
    content          text        NOT NULL,
    occurred_at      timestamptz NOT NULL,
    PRIMARY KEY (account_id, webhook_event_id)
);
CREATE INDEX line_interactions_user ON line_interactions (account_id, line_user_id, occurred_at DESC);
