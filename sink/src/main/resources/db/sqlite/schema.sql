CREATE TABLE IF NOT EXISTS articles (
    id               TEXT PRIMARY KEY,
    title            TEXT,
    published_date   TEXT,
    date_source      TEXT,
    source_file      TEXT NOT NULL,
    clean_text       TEXT NOT NULL,
    relevance_score  REAL NOT NULL,
    relevance_label  TEXT NOT NULL,
    ruleset_version  TEXT NOT NULL,
    story_id         TEXT,
    ingested_at      TEXT NOT NULL,
    enriched_at      TEXT NOT NULL,
    record_json      TEXT NOT NULL,
    stored_at        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_label ON articles (relevance_label);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published_date);
