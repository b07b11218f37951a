package org.cpecwatch.sink.store;

import org.cpecwatch.sink.db.Database;
import org.cpecwatch.testkit.PostgresTestServer;

class PostgresProvinceWeekIT extends ProvinceWeekContract {

    @Override
    protected Database newDatabase() {
        return Database.of(PostgresTestServer.newDatabase());
    }
}
