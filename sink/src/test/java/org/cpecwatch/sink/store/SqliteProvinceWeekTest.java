package org.cpecwatch.sink.store;

import java.nio.file.Path;

import org.cpecwatch.sink.db.Database;
import org.junit.jupiter.api.io.TempDir;

class SqliteProvinceWeekTest extends ProvinceWeekContract {

    @TempDir
    Path dir;

    @Override
    protected Database newDatabase() {
        return Database.sqlite(dir.resolve("weeks.db"));
    }
}
