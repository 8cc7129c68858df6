-- The custom aggregation unit names each channel spent per LINE month (1,000 at most).
CREATE TABLE aggregation_unit_usage (
    account_id text NOT NULL,
    month      text NOT NULL,
    unit       text NOT NULL,
    spent_at   timestamptz NOT NULL,
    PRIMARY KEY (account_id, month, unit)
);

-- LINE marks units on push for corporate users with an application: set per account, off by default.
ALTER TABLE line_accounts ADD COLUMN units_on_push boolean NOT NULL DEFAULT false;

-- What a campaign's author should know about its sending, each said once.
CREATE TABLE campaign_notes (
    campaign_id text        NOT NULL,
    note        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (campaign_id, note)
);
