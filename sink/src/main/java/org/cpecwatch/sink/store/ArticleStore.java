package org.cpecwatch.sink.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.json.AvroJson;

/**
 * Enriched articles in SQLite, one row per article id. Storing an article again replaces its row, so a replay
 * of the topic never doubles anything.
 */
public final class ArticleStore implements AutoCloseable {

    private static final String UPSERT = """
            INSERT INTO articles (id, title, published_date, date_source, source_file, clean_text, relevance_score,
                                  relevance_label, ruleset_version, story_id, ingested_at, enriched_at, record_json, stored_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                title = excluded.title, published_date = excluded.published_date, date_source = excluded.date_source,
                source_file = excluded.source_file, clean_text = excluded.clean_text,
                relevance_score = excluded.relevance_score, relevance_label = excluded.relevance_label,
                ruleset_version = excluded.ruleset_version, story_id = excluded.story_id,
                ingested_at = excluded.ingested_at, enriched_at = excluded.enriched_at,
                record_json = excluded.record_json, stored_at = excluded.stored_at
            """;

    private final Connection connection;
    private final Clock clock;

    private ArticleStore(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens (and creates, the first time) the SQLite database in {@code file}. */
    public static ArticleStore openSqlite(Path file, Clock clock) throws SQLException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new SQLException("cannot create the folder for " + file, e);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = connection.createStatement()) {
            // WAL lets status and query read while the sink writes; busy_timeout waits out a reader's lock.
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA busy_timeout=5000");
            for (String ddl : schema().split(";")) {
                if (!ddl.isBlank()) {
                    s.execute(ddl);
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new ArticleStore(connection, clock);
    }

    /** Stores the articles in one transaction: all of them, or none. */
    public void upsert(Collection<EnrichedArticle> articles) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            String storedAt = clock.instant().toString();
            for (EnrichedArticle a : articles) {
                int i = 1;
                upsert.setString(i++, a.getId());
                upsert.setString(i++, a.getTitle());
                upsert.setString(i++, a.getPublishedDate());
                upsert.setString(i++, a.getDateSource());
                upsert.setString(i++, a.getSourceFile());
                upsert.setString(i++, a.getCleanText());
                upsert.setDouble(i++, a.getRelevance().getScore());
                upsert.setString(i++, a.getRelevance().getLabel().name());
                upsert.setString(i++, a.getRelevance().getRulesetVersion());
                upsert.setString(i++, a.getStoryId());
                upsert.setString(i++, a.getIngestedAt().toString());
                upsert.setString(i++, a.getEnrichedAt().toString());
                upsert.setString(i++, AvroJson.toJson(a));
                upsert.setString(i, storedAt);
                upsert.addBatch();
            }
            upsert.executeBatch();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    public long count() throws SQLException {
        return single("SELECT COUNT(*) FROM articles", null);
    }

    public long countWithLabel(RelevanceLabel label) throws SQLException {
        return single("SELECT COUNT(*) FROM articles WHERE relevance_label = ?", label.name());
    }

    private long single(String sql, String parameter) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String schema() {
        try (InputStream in = ArticleStore.class.getResourceAsStream("/db/sqlite/schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("db/sqlite/schema.sql is missing from the sink jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
