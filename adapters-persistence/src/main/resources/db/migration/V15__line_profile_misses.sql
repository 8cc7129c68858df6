-- LINE users LINE gave no profile for (they left the account, or LINE refused): the profile keeper leaves them alone
-- for a while instead of asking again on every round of the followers.
CREATE TABLE line_profile_misses (
    org_id       text        NOT NULL,
    provider     text        NOT NULL,
    line_user_id text        NOT NULL,
    missed_at    timestamptz NOT NULL,
    PRIMARY KEY (org_id, provider, line_user_id)
);
