-- A gateway that failed hard during a campaign (quota used up, credentials refused): its recipients moved on.
CREATE TABLE campaign_gateway_failures (
    campaign_id text        NOT NULL REFERENCES campaigns (id),
    gateway_id  text        NOT NULL,
    reason      text        NOT NULL,
    failed_at   timestamptz NOT NULL,
    moved       bigint      NOT NULL,
    stranded    bigint      NOT NULL,
    PRIMARY KEY (campaign_id, gateway_id)
);
