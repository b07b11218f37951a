package org.cpecwatch.sink.store;

import java.nio.file.Path;

import org.cpecwatch.sink.db.Database;
import org.junit.jupiter.api.io.TempDir;

class SqliteArticleStoreTest extends ArticleStoreContract {

    @TempDir
    Path dir;

    @Override
    protected Database newDatabase() {
        return Database.sqlite(dir.resolve("data/cpecwatch.db"));
    }
}
