-- Dated journeys (a birthday at 09:00) run once a day: the day is taken by one instance, whichever comes first.
CREATE TABLE journey_days (
    journey_id text NOT NULL REFERENCES journeys (id),
    day        date NOT NULL,
    PRIMARY KEY (journey_id, day)
);
