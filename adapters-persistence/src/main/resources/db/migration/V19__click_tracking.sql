ALTER TABLE templates ADD COLUMN track_clicks boolean NOT NULL DEFAULT false;

-- One row per link per recipient of a tracked template: the token is all the link carries.
CREATE TABLE tracked_links (
    token       text        PRIMARY KEY,
    org_id      text        NOT NULL,
    source      text        NOT NULL,
    source_id   text        NOT NULL,
    customer_id text        NOT NULL,
    url         text        NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Every click, with what the timeline, the statistics and the audience field read of it.
CREATE TABLE clicks (
    id          bigserial   PRIMARY KEY,
    token       text        NOT NULL,
    org_id      text        NOT NULL,
    source      text        NOT NULL,
    source_id   text        NOT NULL,
    customer_id text        NOT NULL,
    url         text        NOT NULL,
    clicked_at  timestamptz NOT NULL
);
CREATE INDEX clicks_customer ON clicks (customer_id, clicked_at DESC);
CREATE INDEX clicks_source ON clicks (source_id, source);
