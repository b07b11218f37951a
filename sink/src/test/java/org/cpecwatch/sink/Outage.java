package org.cpecwatch.sink;

import org.cpecwatch.sink.db.Database;

/** Makes the sink's database unavailable for a while, the way that database fails in real life. */
interface Outage extends AutoCloseable {

    /** The database as the sink must see it (through the failure point). */
    Database database();

    void begin() throws Exception;

    void end() throws Exception;
}
