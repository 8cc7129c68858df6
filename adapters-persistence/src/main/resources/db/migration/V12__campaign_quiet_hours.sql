-- Hours of the org's day when a campaign sends nothing (the window may cross midnight).
ALTER TABLE campaigns ADD COLUMN quiet_start time, ADD COLUMN quiet_end time;
