package org.cpecwatch.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.schemas.avro.CategoryTag;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.Span;
import org.cpecwatch.schemas.dates.DatePrecision;
import org.cpecwatch.schemas.json.AvroJson;
import org.cpecwatch.sink.db.Dialect;
import org.cpecwatch.sink.db.Timestamps;

/** The SQL that turns enriched articles into normalised rows; the caller owns the transaction. */
final class ArticleRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String upsertArticle;
    private final String upsertEntity;
    /** Entities known to be committed, with the attributes stored; entities are never deleted, so ids stay valid. */
    private final Map<EntityKey, StoredEntity> committed = new HashMap<>();
    private final Map<EntityKey, StoredEntity> pending = new HashMap<>();

    private record EntityKey(String type, String name) {
    }

    private record StoredEntity(long id, String attributes) {
    }

    ArticleRows(Dialect dialect) {
        String ts = dialect.timestampParameter();
        this.upsertArticle = """
                INSERT INTO articles (id, title, published_date, date_precision, date_source, source, url, clean_text,
                                      relevance_score, relevance_label, ruleset_version, story_id, story_similarity,
                                      original_file, ingested_at, enriched_at, stored_at, record_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, %s, %s, %s)
                ON CONFLICT (id) DO UPDATE SET
                    title = excluded.title, published_date = excluded.published_date,
                    date_precision = excluded.date_precision, date_source = excluded.date_source,
                    source = excluded.source, url = excluded.url, clean_text = excluded.clean_text,
                    relevance_score = excluded.relevance_score, relevance_label = excluded.relevance_label,
                    ruleset_version = excluded.ruleset_version, story_id = excluded.story_id,
                    story_similarity = excluded.story_similarity, original_file = excluded.original_file,
                    ingested_at = excluded.ingested_at, enriched_at = excluded.enriched_at,
                    stored_at = excluded.stored_at, record_json = excluded.record_json
                """.formatted(ts, ts, ts, dialect.jsonParameter());
        this.upsertEntity = """
                INSERT INTO entities (type, name, attributes) VALUES (?, ?, %s)
                ON CONFLICT (type, name) DO UPDATE SET attributes = excluded.attributes
                RETURNING id
                """.formatted(dialect.jsonParameter());
    }

    void write(Connection c, List<EnrichedArticle> articles, String storedAt) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(upsertArticle)) {
            for (EnrichedArticle a : articles) {
                bindArticle(upsert, a, storedAt);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        replaceCategories(c, articles);
        replaceEntities(c, articles);
    }

    private static void bindArticle(PreparedStatement s, EnrichedArticle a, String storedAt) throws SQLException {
        int i = 1;
        s.setString(i++, a.getId());
        s.setString(i++, a.getTitle());
        s.setString(i++, a.getPublishedDate());
        s.setString(i++, DatePrecision.ofIso(a.getPublishedDate()).map(Enum::name).orElse(null));
        s.setString(i++, a.getDateSource());
        s.setString(i++, a.getMetadata().get("source"));
        s.setString(i++, a.getMetadata().get("url"));
        s.setString(i++, a.getCleanText());
        s.setDouble(i++, a.getRelevance().getScore());
        s.setString(i++, a.getRelevance().getLabel().name());
        s.setString(i++, a.getRelevance().getRulesetVersion());
        s.setString(i++, a.getStoryId());
        if (a.getStorySimilarity() == null) {
            s.setNull(i++, java.sql.Types.DOUBLE);
        } else {
            s.setDouble(i++, a.getStorySimilarity());
        }
        s.setString(i++, a.getSourceFile());
        s.setString(i++, Timestamps.format(a.getIngestedAt()));
        s.setString(i++, Timestamps.format(a.getEnrichedAt()));
        s.setString(i++, storedAt);
        s.setString(i, AvroJson.toJson(a));
    }

    private static void replaceCategories(Connection c, List<EnrichedArticle> articles) throws SQLException {
        deleteFor(c, "article_categories", articles);
        try (PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO article_categories (article_id, category, evidence) VALUES (?, ?, ?)")) {
            for (EnrichedArticle a : articles) {
                Map<String, CategoryTag> distinct = new HashMap<>();
                a.getCategories().forEach(tag -> distinct.putIfAbsent(tag.getCategory().name(), tag));
                for (CategoryTag tag : distinct.values()) {
                    insert.setString(1, a.getId());
                    insert.setString(2, tag.getCategory().name());
                    insert.setString(3, quotes(tag.getEvidence()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void replaceEntities(Connection c, List<EnrichedArticle> articles) throws SQLException {
        deleteFor(c, "article_entities", articles);
        try (PreparedStatement upsert = c.prepareStatement(upsertEntity);
             PreparedStatement link = c.prepareStatement(
                     "INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)")) {
            // New entities are created in one global order, so parallel writers never wait on each other in a cycle.
            Map<EntityKey, Entity> distinct = new TreeMap<>(Comparator.comparing(EntityKey::type).thenComparing(EntityKey::name));
            articles.forEach(a -> a.getEntities().forEach(e -> distinct.putIfAbsent(new EntityKey(e.getType(), e.getName()), e)));
            for (Entity entity : distinct.values()) {
                entityId(upsert, entity);
            }
            for (EnrichedArticle a : articles) {
                Map<Long, Integer> mentions = new HashMap<>();
                for (Entity entity : a.getEntities()) {
                    mentions.merge(entityId(upsert, entity), Math.max(1, entity.getMentions().size()), Integer::sum);
                }
                for (Map.Entry<Long, Integer> e : mentions.entrySet()) {
                    link.setString(1, a.getId());
                    link.setLong(2, e.getKey());
                    link.setInt(3, e.getValue());
                    link.addBatch();
                }
            }
            link.executeBatch();
        }
    }

    /** One statement for the whole batch: a round trip per article is what makes a remote database slow. */
    private static void deleteFor(Connection c, String table, List<EnrichedArticle> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(articles.size(), "?"));
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM " + table + " WHERE article_id IN (" + placeholders + ")")) {
            for (int i = 0; i < articles.size(); i++) {
                delete.setString(i + 1, articles.get(i).getId());
            }
            delete.executeUpdate();
        }
    }

    /** The transaction that wrote the last batch committed: the ids it created are safe to reuse. */
    void committed() {
        committed.putAll(pending);
        pending.clear();
    }

    /** The transaction rolled back: ids it created no longer exist. */
    void rolledBack() {
        pending.clear();
    }

    /** The entity's id; written only when it is new or its attributes changed, which hot entities never are. */
    private long entityId(PreparedStatement upsert, Entity entity) throws SQLException {
        EntityKey key = new EntityKey(entity.getType(), entity.getName());
        String attributes = json(new java.util.TreeMap<>(entity.getAttributes()));
        StoredEntity known = pending.containsKey(key) ? pending.get(key) : committed.get(key);
        if (known != null && known.attributes().equals(attributes)) {
            return known.id();
        }
        long id = upsertEntity(upsert, entity, attributes);
        pending.put(key, new StoredEntity(id, attributes));
        return id;
    }

    private static long upsertEntity(PreparedStatement upsert, Entity entity, String attributes) throws SQLException {
        upsert.setString(1, entity.getType());
        upsert.setString(2, entity.getName());
        upsert.setString(3, attributes);
        try (ResultSet rs = upsert.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String quotes(List<Span> evidence) {
        return json(evidence.stream().map(Span::getText).toList());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
