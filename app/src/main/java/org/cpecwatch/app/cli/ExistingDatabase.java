package org.cpecwatch.app.cli;

import java.sql.SQLException;
import java.time.Clock;

import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;

/** Opens the database the pipeline wrote (migrating its schema if older), or says plainly that there is none yet. */
final class ExistingDatabase {

    private ExistingDatabase() {
    }

    static ArticleStore open(Database database) throws SQLException {
        if (database.isMissingSqliteFile()) {
            throw new UserError("no database at " + database.describe()
                    + " yet: start ./cpecwatch run and drop articles into the inbox, or give --db");
        }
        return ArticleStore.open(database, Clock.systemUTC());
    }
}
