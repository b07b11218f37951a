-- Timestamps are ISO-8601 UTC text with millisecond precision (sortable as text).
-- row_id is the full-text index's key: an INTEGER PRIMARY KEY never changes, where a bare rowid may on VACUUM.
CREATE TABLE articles (
    row_id            INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    title             TEXT,
    published_date    TEXT,
    date_precision    TEXT CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    date_source       TEXT,
    source            TEXT,
    url               TEXT,
    clean_text        TEXT NOT NULL,
    relevance_score   REAL NOT NULL CHECK (relevance_score BETWEEN 0 AND 1),
    relevance_label   TEXT NOT NULL CHECK (relevance_label IN ('RELEVANT', 'POSSIBLY_RELEVANT', 'NOT_RELEVANT')),
    ruleset_version   TEXT NOT NULL,
    story_id          TEXT,
    story_similarity  REAL,
    original_file     TEXT NOT NULL,
    ingested_at       TEXT NOT NULL,
    enriched_at       TEXT NOT NULL,
    stored_at         TEXT NOT NULL,
    record_json       TEXT NOT NULL CHECK (json_valid(record_json))
);
CREATE INDEX articles_label ON articles (relevance_label);
CREATE INDEX articles_published ON articles (published_date);
CREATE INDEX articles_story ON articles (story_id);

CREATE TABLE article_categories (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    category    TEXT NOT NULL,
    evidence    TEXT,
    PRIMARY KEY (article_id, category)
);
CREATE INDEX article_categories_category ON article_categories (category);

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    attributes  TEXT NOT NULL DEFAULT '{}',
    UNIQUE (type, name)
);

CREATE TABLE article_entities (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities (id),
    mentions    INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE incidents (
    id              TEXT PRIMARY KEY,
    type            TEXT NOT NULL,
    incident_date   TEXT,
    date_precision  TEXT,
    place           TEXT,
    province        TEXT,
    killed          INTEGER,
    injured         INTEGER,
    perpetrator     TEXT,
    report_count    INTEGER NOT NULL DEFAULT 0,
    record_json     TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents (incident_date);

CREATE TABLE incident_reports (
    incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    article_id   TEXT NOT NULL,
    PRIMARY KEY (incident_id, article_id)
);

-- The sink's Kafka positions, written in the same transaction as the rows they produced.
CREATE TABLE sink_offsets (
    consumer_group  TEXT NOT NULL,
    topic           TEXT NOT NULL,
    partition_id    INTEGER NOT NULL,
    next_offset     INTEGER NOT NULL,
    PRIMARY KEY (consumer_group, topic, partition_id)
);

-- Full-text index over title and text, kept in step with articles by triggers (the upsert fires them).
CREATE VIRTUAL TABLE articles_fts USING fts5(title, clean_text, content='articles', content_rowid='row_id');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.row_id, new.title, new.clean_text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, clean_text) VALUES ('delete', old.row_id, old.title, old.clean_text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, clean_text) VALUES ('delete', old.row_id, old.title, old.clean_text);
    INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.row_id, new.title, new.clean_text);
END;
