-- What an Incident record says beyond V1's columns, so the register can be filtered and shown without parsing
-- record_json (which still holds the whole record). Booleans are 0/1; JSON columns are validated like record_json.
ALTER TABLE incidents ADD COLUMN place_precision TEXT;
ALTER TABLE incidents ADD COLUMN city TEXT;
ALTER TABLE incidents ADD COLUMN lat REAL;
ALTER TABLE incidents ADD COLUMN lon REAL;
ALTER TABLE incidents ADD COLUMN killed_by_nationality TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(killed_by_nationality));
ALTER TABLE incidents ADD COLUMN injured_by_nationality TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(injured_by_nationality));
ALTER TABLE incidents ADD COLUMN perpetrator_claimed INTEGER NOT NULL DEFAULT 0 CHECK (perpetrator_claimed IN (0, 1));
ALTER TABLE incidents ADD COLUMN target TEXT;
ALTER TABLE incidents ADD COLUMN background INTEGER NOT NULL DEFAULT 0 CHECK (background IN (0, 1));
-- Values some reports give that differ from the best value: [{"field", "value", "articleIds"}].
ALTER TABLE incidents ADD COLUMN conflicts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(conflicts));
ALTER TABLE incidents ADD COLUMN first_reported_at TEXT;

-- The listing filters on lower(province).
CREATE INDEX incidents_province ON incidents (lower(province));
-- Which incidents an article reports. No foreign key to articles: incidents and articles arrive on different
-- topics in any order, so a report may name an article the sink has not stored yet.
CREATE INDEX incident_reports_article ON incident_reports (article_id);
