-- The weekly counts of stats.province-weekly (compacted, key province@weekStart): one row per province and week,
-- replaced by each new record and deleted by a tombstone. week_start is the ISO date of the week's Monday (UTC).
CREATE TABLE province_weeks (
    province           TEXT NOT NULL,
    week_start         TEXT NOT NULL CHECK (week_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    relevant_articles  INTEGER NOT NULL CHECK (relevant_articles >= 0),
    incidents          INTEGER NOT NULL CHECK (incidents >= 0),
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (province, week_start)
);
-- The timeline reads every province of a date range.
CREATE INDEX province_weeks_week ON province_weeks (week_start);
