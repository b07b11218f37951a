-- When the sink wrote each incident row: the order a reader following the database (the desk's live feed) reads
-- changes in. updated_at is when enrich last changed the incident, which is long before a lagging sink stores it.
ALTER TABLE incidents ADD COLUMN stored_at TIMESTAMPTZ;
UPDATE incidents SET stored_at = updated_at;
CREATE INDEX incidents_stored ON incidents (stored_at, id);
CREATE INDEX articles_stored ON articles (stored_at, id);
