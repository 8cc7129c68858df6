-- Journeys: a trigger and steps per version (an entry finishes on the version it began on), the customers inside
-- them with their next step and when it is due (claimed like campaign batches), and a record of every step an entry
-- ran, written before a send so that a step re-run after a crash is recognized.
ALTER TABLE line_webhook_events ADD COLUMN reply_token text;

CREATE TABLE journeys (
    id         text PRIMARY KEY,
    org_id     text NOT NULL REFERENCES orgs (id),
    name       text NOT NULL,
    status     text NOT NULL,
    version    integer NOT NULL,
    trigger    text NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX journeys_active ON journeys (org_id, trigger) WHERE status = 'ACTIVE';

CREATE TABLE journey_versions (
    journey_id text NOT NULL REFERENCES journeys (id),
    version    integer NOT NULL,
    definition json NOT NULL,
    PRIMARY KEY (journey_id, version)
);

CREATE TABLE journey_entries (
    id           text PRIMARY KEY,
    org_id       text NOT NULL,
    journey_id   text NOT NULL REFERENCES journeys (id),
    version      integer NOT NULL,
    customer_id  text NOT NULL,
    account_id   text NOT NULL,
    line_user_id text NOT NULL,
    step         integer NOT NULL,
    seq          integer NOT NULL,
    state        text NOT NULL,
    reason       text,
    due_at       timestamptz,
    reply_token  text,
    reply_until  timestamptz,
    held_until   timestamptz,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX journey_entries_due ON journey_entries (due_at) WHERE state = 'ACTIVE';
CREATE INDEX journey_entries_of_customer ON journey_entries (journey_id, customer_id, created_at DESC);
CREATE INDEX journey_entries_of_user ON journey_entries (account_id, line_user_id) WHERE state = 'ACTIVE';

CREATE TABLE journey_steps (
    entry_id        text NOT NULL REFERENCES journey_entries (id),
    seq             integer NOT NULL,
    org_id          text NOT NULL,
    journey_id      text NOT NULL,
    customer_id     text NOT NULL,
    step            integer NOT NULL,
    kind            text NOT NULL,
    via             text,
    retry_key       uuid,
    status          text NOT NULL,
    reason          text,
    line_request_id text,
    at              timestamptz NOT NULL,
    PRIMARY KEY (entry_id, seq)
);
CREATE INDEX journey_steps_of_journey ON journey_steps (journey_id, step);
CREATE INDEX journey_steps_of_customer ON journey_steps (org_id, customer_id, at DESC);
