package org.cpecwatch.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.db.Dialect;
import org.cpecwatch.sink.db.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriched articles in normalised tables, one row per article id, the incident register, the weekly counts per
 * province, and the consumer positions that produced them, committed together. Storing an article or incident again replaces its rows, so a replay
 * changes nothing. A connection that failed is dropped and opened anew on the next call, which is how the sink
 * rides out a database restart.
 */
public final class ArticleStore implements AutoCloseable {

    private static final String UPSERT_OFFSET = """
            INSERT INTO sink_offsets (consumer_group, topic, partition_id, next_offset) VALUES (?, ?, ?, ?)
            ON CONFLICT (consumer_group, topic, partition_id) DO UPDATE SET next_offset = excluded.next_offset
            """;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleStore.class);
    /** How long a starting sink waits for a database that is down before it gives up. */
    public static final Duration STARTUP_PATIENCE = Duration.ofMinutes(1);

    private final Database database;
    private final Clock clock;
    private final ArticleRows rows;
    private final IncidentRows incidents;
    private final ProvinceWeekRows weeks;
    private Connection connection;

    private ArticleStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.rows = new ArticleRows(database.dialect());
        this.incidents = new IncidentRows(database.dialect());
        this.weeks = new ProvinceWeekRows(database.dialect());
    }

    /** Migrates the schema if needed and returns a store ready to write. */
    public static ArticleStore open(Database database, Clock clock) throws SQLException {
        database.migrate();
        return new ArticleStore(database, clock);
    }

    /**
     * As many stores (connections) as the database can use in parallel, sharing one migration. A database that is
     * down at start-up is waited for, with backoff, up to {@code patience}; a refusal that is not an outage fails at once.
     */
    public static List<ArticleStore> openWriters(Database database, Clock clock, Duration patience)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Duration backoff = Duration.ofMillis(500);
        while (true) {
            try {
                database.migrate();
                break;
            } catch (SQLException e) {
                if (database.dialect().refusesRow(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warn("database unavailable, retrying: {}", e.getMessage());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
        }
        List<ArticleStore> stores = new java.util.ArrayList<>();
        for (int i = 0; i < database.dialect().parallelWriters(); i++) {
            stores.add(new ArticleStore(database, clock));
        }
        return stores;
    }

    public Dialect dialect() {
        return database.dialect();
    }

    public void upsert(List<EnrichedArticle> articles) throws SQLException {
        store(articles, "", Map.of());
    }

    public void store(List<EnrichedArticle> articles, String group, Map<TopicPartition, Long> nextOffsets)
            throws SQLException {
        store(articles, List.of(), group, nextOffsets);
    }

    public void store(List<EnrichedArticle> articles, List<IncidentChange> incidentChanges, String group,
                      Map<TopicPartition, Long> nextOffsets) throws SQLException {
        store(articles, incidentChanges, List.of(), group, nextOffsets);
    }

    /**
     * Stores the articles, the incident changes, the weekly counts and the next offsets of {@code group} in one
     * transaction: all of it, or none. The three topics share the transaction, so one poll of all three is stored
     * exactly once.
     */
    public synchronized void store(List<EnrichedArticle> articles, List<IncidentChange> incidentChanges,
                                   List<ProvinceWeekChange> weekChanges, String group,
                                   Map<TopicPartition, Long> nextOffsets) throws SQLException {
        Connection c = connection();
        try {
            c.setAutoCommit(false);
            String storedAt = Timestamps.format(clock.instant());
            rows.write(c, latestPerId(articles), storedAt);
            incidents.write(c, incidentChanges, storedAt);
            weeks.write(c, weekChanges, storedAt);
            writeOffsets(c, group, nextOffsets);
            c.commit();
            rows.committed();
            c.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            rows.rolledBack();
            rollbackQuietly(c, e);
            if (!(e instanceof SQLException sql) || !database.dialect().refusesRow(sql)) {
                // Anything but a refused row may have left the connection broken: open a new one next time.
                dropConnection();
            }
            throw e;
        }
    }

    /**
     * One row per id: an article enriched twice can sit twice in a batch, and PostgreSQL refuses an upsert that
     * touches the same row twice in one statement. The later version wins, as it would across batches.
     */
    private static List<EnrichedArticle> latestPerId(List<EnrichedArticle> articles) {
        Map<String, EnrichedArticle> latest = new java.util.LinkedHashMap<>();
        for (EnrichedArticle a : articles) {
            latest.remove(a.getId());
            latest.put(a.getId(), a);
        }
        return latest.size() == articles.size() ? articles : List.copyOf(latest.values());
    }

    /** The positions this store holds for {@code group}; partitions it never stored are absent. */
    public synchronized Map<TopicPartition, Long> offsets(String group, Collection<TopicPartition> partitions)
            throws SQLException {
        Map<TopicPartition, Long> found = new HashMap<>();
        try (PreparedStatement s = connection().prepareStatement(
                "SELECT next_offset FROM sink_offsets WHERE consumer_group = ? AND topic = ? AND partition_id = ?")) {
            for (TopicPartition p : partitions) {
                s.setString(1, group);
                s.setString(2, p.topic());
                s.setInt(3, p.partition());
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        found.put(p, rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            dropConnection();
            throw e;
        }
        return found;
    }

    public long count() throws SQLException {
        return single("SELECT COUNT(*) FROM articles", null);
    }

    public long countWithLabel(RelevanceLabel label) throws SQLException {
        return single("SELECT COUNT(*) FROM articles WHERE relevance_label = ?", label.name());
    }

    /** The open connection, for the query side of the same database. */
    public synchronized Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = database.connect();
        }
        return connection;
    }

    /**
     * Whether the database answers now. A connection that does not is dropped, so the next write opens a new one;
     * a server that is down is found by the refused connection.
     */
    public synchronized boolean isReachable(Duration timeout) {
        try {
            if (connection().isValid((int) Math.max(1, timeout.toSeconds()))) {
                return true;
            }
        } catch (SQLException e) {
            LOG.debug("database unreachable: {}", e.getMessage());
        }
        dropConnection();
        return false;
    }

    private void writeOffsets(Connection c, String group, Map<TopicPartition, Long> nextOffsets) throws SQLException {
        if (nextOffsets.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(UPSERT_OFFSET)) {
            for (Map.Entry<TopicPartition, Long> e : nextOffsets.entrySet()) {
                s.setString(1, group);
                s.setString(2, e.getKey().topic());
                s.setInt(3, e.getKey().partition());
                s.setLong(4, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private synchronized long single(String sql, String parameter) throws SQLException {
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void dropConnection() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // The connection is already broken; a new one is opened on the next call.
        } finally {
            connection = null;
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

}
