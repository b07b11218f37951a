package org.cpecwatch.app.desk;

import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's one way into the database: a single connection, opened when the database first exists (a `serve`
 * started before the pipeline's first article waits for it), shared by every request one at a time, and opened
 * afresh after a failure (a PostgreSQL restart).
 */
public final class DeskData implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeskData.class);

    /** A question to the database, asked through the store's connection. */
    @FunctionalInterface
    public interface Question<T> {
        T ask(ArticleStore store) throws SQLException;
    }

    private final Database database;
    private final Clock clock;
    private ArticleStore store;
    private boolean closed;

    public DeskData(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public synchronized <T> T read(Question<T> question) throws SQLException {
        if (closed) {
            throw new NoDatabase("the desk is closing");
        }
        try {
            return question.ask(store());
        } catch (SQLException e) {
            forgetStore();
            throw e;
        }
    }

    /** {@code ok}, {@code empty} (no article yet) or {@code missing} (no database, or it does not answer). */
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("describe", database.describe());
        try {
            long articles = read(ArticleStore::count);
            status.put("database", articles == 0 ? "empty" : "ok");
            status.put("articles", articles);
            status.put("relevant", read(store -> store.countWithLabel(RelevanceLabel.RELEVANT)));
        } catch (NoDatabase e) {
            status.put("database", "missing");
            status.put("error", e.getMessage());
        } catch (SQLException e) {
            // The driver's words name hosts and users: they go to the log, the page says what it can.
            LOG.warn("the desk's database does not answer: {}", e.getMessage());
            status.put("database", "missing");
            status.put("error", "the database does not answer");
        }
        return status;
    }

    private ArticleStore store() throws SQLException {
        if (store == null) {
            if (database.isMissingSqliteFile()) {
                throw new NoDatabase("no database at " + database.describe()
                        + " yet: start ./cpecwatch run and drop articles into the inbox, or give --db");
            }
            store = ArticleStore.open(database, clock);
        }
        return store;
    }

    private void forgetStore() {
        if (store != null) {
            try {
                store.close();
            } catch (SQLException e) {
                LOG.debug("closing a failed desk connection: {}", e.getMessage());
            }
            store = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        forgetStore();
    }

    /** The database does not exist yet: not an error of the request but a state the page explains. */
    public static final class NoDatabase extends RuntimeException {
        NoDatabase(String message) {
            super(message);
        }
    }
}
