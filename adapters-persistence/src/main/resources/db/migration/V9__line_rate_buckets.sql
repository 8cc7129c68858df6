-- Token buckets per LINE channel and endpoint (bucket4j), shared by every instance.
CREATE TABLE line_rate_buckets (
    id    text  PRIMARY KEY,
    state bytea
);
