-- When a scheduled campaign freezes its audience and starts sending.
ALTER TABLE campaigns ADD COLUMN schedule_at timestamptz;
CREATE INDEX campaigns_scheduled ON campaigns (schedule_at) WHERE status = 'SCHEDULED';
