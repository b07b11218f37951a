-- The weekly counts of stats.province-weekly (compacted, key province@weekStart): one row per province and week,
-- replaced by each new record and deleted by a tombstone. week_start is the ISO date of the week's Monday (UTC),
-- kept as text like incidents.incident_date so both dialects compare it the same way.
CREATE TABLE province_weeks (
    province           TEXT NOT NULL,
    week_start         TEXT NOT NULL CHECK (week_start ~ '^\d{4}-\d{2}-\d{2}$'),
    relevant_articles  BIGINT NOT NULL CHECK (relevant_articles >= 0),
    incidents          BIGINT NOT NULL CHECK (incidents >= 0),
    updated_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (province, week_start)
);
-- The timeline reads every province of a date range.
CREATE INDEX province_weeks_week ON province_weeks (week_start);
