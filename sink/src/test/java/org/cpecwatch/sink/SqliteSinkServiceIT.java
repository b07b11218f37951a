package org.cpecwatch.sink;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.cpecwatch.sink.db.Database;
import org.junit.jupiter.api.io.TempDir;

class SqliteSinkServiceIT extends SinkServiceContract {

    @TempDir
    Path dir;

    @Override
    protected Database newDatabase() {
        return Database.sqlite(dir.resolve("sink-" + System.nanoTime() + ".db"));
    }

    /** For an embedded database, "down" means another process holding the write lock. */
    @Override
    protected Outage newOutage() {
        Database database = newDatabase();
        return new Outage() {
            private Connection holder;

            @Override
            public Database database() {
                return database;
            }

            @Override
            public void begin() throws Exception {
                holder = database.connect();
                try (Statement s = holder.createStatement()) {
                    s.execute("BEGIN EXCLUSIVE");
                }
            }

            @Override
            public void end() throws Exception {
                try (Statement s = holder.createStatement()) {
                    s.execute("ROLLBACK");
                }
                holder.close();
            }

            @Override
            public void close() throws Exception {
                if (holder != null && !holder.isClosed()) {
                    holder.close();
                }
            }
        };
    }
}
