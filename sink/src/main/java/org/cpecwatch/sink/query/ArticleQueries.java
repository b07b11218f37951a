package org.cpecwatch.sink.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.cpecwatch.sink.db.Dialect;

/** Reads articles back with an {@link ArticleFilter}; every value travels as a bind parameter, never as SQL text. */
public final class ArticleQueries {

    /** Entity types that stand for a place; the gazetteer may use any of them. */
    private static final String PLACE_TYPES = "'PLACE', 'CITY', 'DISTRICT', 'DIVISION', 'PROVINCE', 'SITE', 'PROJECT'";

    private final Connection connection;
    private final Dialect dialect;

    public ArticleQueries(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    public List<ArticleSummary> find(ArticleFilter filter) throws SQLException {
        try (PreparedStatement s = prepare(summarySelect() + " FROM articles a", filter)) {
            return summaries(s);
        }
    }

    /** The article with its full record; empty when the database does not hold it. */
    public Optional<ArticleDetail> byId(String id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                summarySelect() + ", a.story_id, a.record_json FROM articles a WHERE a.id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ArticleDetail(summary(rs), rs.getString("story_id"), rs.getString("record_json")));
            }
        }
    }

    /** The other articles of a story, newest first; {@code excludeId} (may be null) is left out. */
    public List<ArticleSummary> storySiblings(String storyId, String excludeId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(summarySelect() + " FROM articles a"
                + " WHERE a.story_id = ? AND a.id <> ? ORDER BY " + day() + " DESC, a.id")) {
            s.setString(1, storyId);
            s.setString(2, excludeId == null ? "" : excludeId);
            return summaries(s);
        }
    }

    private String summarySelect() {
        return "SELECT a.id, " + day() + " AS day, a.relevance_label, a.relevance_score, a.title, a.source, a.url,"
                + " a.original_file, a.ingested_at";
    }

    private List<ArticleSummary> summaries(PreparedStatement s) throws SQLException {
        List<ArticleSummary> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(summary(rs));
            }
        }
        return found;
    }

    private ArticleSummary summary(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        return new ArticleSummary(id, rs.getString("day"), rs.getString("relevance_label"),
                rs.getDouble("relevance_score"), rs.getString("title"), categories(id), rs.getString("source"),
                rs.getString("url"), rs.getString("original_file"), dialect.readTimestamp(rs, "ingested_at"));
    }

    /** Streams the full enriched record (JSON) of every match, newest first. */
    public void exportJson(ArticleFilter filter, Consumer<String> out) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        // PostgreSQL streams with a cursor only inside a transaction; otherwise it loads every row first.
        connection.setAutoCommit(false);
        try (PreparedStatement s = prepare("SELECT a.record_json FROM articles a", filter)) {
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.accept(rs.getString(1));
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private PreparedStatement prepare(String select, ArticleFilter f) throws SQLException {
        StringBuilder sql = new StringBuilder(select).append(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (f.label() != null) {
            sql.append(" AND a.relevance_label = ?");
            parameters.add(f.label().name());
        }
        if (f.since() != null) {
            // A month- or year-precision date ("2024-11") compares with the same prefix of the day asked for.
            sql.append(" AND ").append(day()).append(" >= substr(?, 1, length(").append(day()).append("))");
            parameters.add(f.since().toString());
        }
        if (f.until() != null) {
            // A month- or year-precision date ("2024-11") sorts before the days it contains; compare its prefix.
            sql.append(" AND substr(").append(day()).append(", 1, 10) <= ?");
            parameters.add(f.until().toString());
        }
        if (f.category() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_categories c WHERE c.article_id = a.id AND c.category = ?)");
            parameters.add(f.category().toUpperCase(Locale.ROOT));
        }
        if (f.place() != null) {
            // A place, or a place inside it: asking for Sindh finds the articles that name Karachi.
            sql.append(" AND EXISTS (SELECT 1 FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
                    + " WHERE ae.article_id = a.id AND e.type IN (" + PLACE_TYPES + ") AND (lower(e.name) = ?"
                    + " OR lower(" + dialect.jsonText("e.attributes", "province") + ") = ?"
                    + " OR lower(" + dialect.jsonText("e.attributes", "city") + ") = ?))");
            String place = f.place().toLowerCase(Locale.ROOT);
            parameters.add(place);
            parameters.add(place);
            parameters.add(place);
        }
        if (f.group() != null) {
            sql.append(" AND ").append(namesEntity("e.type = 'MILITANT_GROUP'"));
            parameters.add(f.group().toLowerCase(Locale.ROOT));
        }
        if (f.text() != null) {
            sql.append(" AND ").append(dialect.textMatch());
            parameters.add(dialect.textQuery(f.text()));
        }
        sql.append(" ORDER BY ").append(day()).append(" DESC, a.id");
        if (f.limit() != null) {
            sql.append(" LIMIT ?");
            parameters.add(f.limit());
        }
        PreparedStatement s = connection.prepareStatement(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
        return s;
    }

    private String day() {
        return "COALESCE(a.published_date, " + dialect.isoDate("a.ingested_at") + ")";
    }

    private static String namesEntity(String typeCondition) {
        return "EXISTS (SELECT 1 FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
                + " WHERE ae.article_id = a.id AND " + typeCondition + " AND lower(e.name) = ?)";
    }

    private List<String> categories(String articleId) throws SQLException {
        List<String> categories = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT category FROM article_categories WHERE article_id = ? ORDER BY category")) {
            s.setString(1, articleId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    categories.add(rs.getString(1));
                }
            }
        }
        return categories;
    }
}
