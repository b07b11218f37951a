CREATE TABLE articles (
    id                TEXT PRIMARY KEY,
    title             TEXT,
    published_date    TEXT,
    date_precision    TEXT CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    date_source       TEXT,
    source            TEXT,
    url               TEXT,
    clean_text        TEXT NOT NULL,
    relevance_score   DOUBLE PRECISION NOT NULL CHECK (relevance_score BETWEEN 0 AND 1),
    relevance_label   TEXT NOT NULL CHECK (relevance_label IN ('RELEVANT', 'POSSIBLY_RELEVANT', 'NOT_RELEVANT')),
    ruleset_version   TEXT NOT NULL,
    story_id          TEXT,
    story_similarity  DOUBLE PRECISION,
    original_file     TEXT NOT NULL,
    ingested_at       TIMESTAMPTZ NOT NULL,
    enriched_at       TIMESTAMPTZ NOT NULL,
    stored_at         TIMESTAMPTZ NOT NULL,
    record_json       JSONB NOT NULL,
    search            TSVECTOR GENERATED ALWAYS AS (
                          setweight(to_tsvector('english', coalesce(title, '')), 'A')
                          || setweight(to_tsvector('english', clean_text), 'B')) STORED
);
CREATE INDEX articles_label ON articles (relevance_label);
CREATE INDEX articles_published ON articles (published_date);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE article_categories (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    category    TEXT NOT NULL,
    evidence    TEXT,
    PRIMARY KEY (article_id, category)
);
CREATE INDEX article_categories_category ON article_categories (category);

CREATE TABLE entities (
    id          BIGSERIAL PRIMARY KEY,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    attributes  JSONB NOT NULL DEFAULT '{}',
    UNIQUE (type, name)
);

CREATE TABLE article_entities (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id   BIGINT NOT NULL REFERENCES entities (id),
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
    record_json     JSONB NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
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
    next_offset     BIGINT NOT NULL,
    PRIMARY KEY (consumer_group, topic, partition_id)
);
