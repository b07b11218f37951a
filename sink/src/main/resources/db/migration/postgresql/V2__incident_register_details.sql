-- What an Incident record says beyond V1's columns, so the register can be filtered and shown without parsing
-- record_json (which still holds the whole record).
ALTER TABLE incidents
    ADD COLUMN place_precision         TEXT,
    ADD COLUMN city                    TEXT,
    ADD COLUMN lat                     DOUBLE PRECISION,
    ADD COLUMN lon                     DOUBLE PRECISION,
    ADD COLUMN killed_by_nationality   JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN injured_by_nationality  JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN perpetrator_claimed     BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN target                  TEXT,
    ADD COLUMN background              BOOLEAN NOT NULL DEFAULT FALSE,
    -- Values some reports give that differ from the best value: [{"field", "value", "articleIds"}].
    ADD COLUMN conflicts               JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN first_reported_at       TIMESTAMPTZ;

-- The listing filters on lower(province).
CREATE INDEX incidents_province ON incidents (lower(province));
-- Which incidents an article reports. No foreign key to articles: incidents and articles arrive on different
-- topics in any order, so a report may name an article the sink has not stored yet.
CREATE INDEX incident_reports_article ON incident_reports (article_id);
