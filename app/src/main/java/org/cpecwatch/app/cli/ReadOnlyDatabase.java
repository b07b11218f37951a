package org.cpecwatch.app.cli;

import java.sql.SQLException;
import java.time.Clock;

import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;

/** Opens the pipeline's database for reading, or says plainly that there is none yet. */
final class ReadOnlyDatabase {

    private ReadOnlyDatabase() {
    }

    static ArticleStore open(Database database) throws SQLException {
        if (database.isMissingSqliteFile()) {
            throw new UserError("no database at " + database.describe()
                    + " yet: start ./cpecwatch run and drop articles into the inbox, or give --db");
        }
        return ArticleStore.open(database, Clock.systemUTC());
    }
}
