package org.cpecwatch.ingest;

import java.time.Duration;

/** What ingest tells its host; every method is optional. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** Called by the ingest worker once the article's file is settled, never on the producer's network thread. */
    default void published(String file, String articleId, int partition, long offset) {
    }

    default void failed(String file, String reason) {
    }

    /**
     * At intervals while a backlog is worked off, and once when it is gone.
     *
     * @param eta time left at the current rate; null until there is a rate
     */
    default void progress(long processed, long total, double filesPerSecond, Duration eta) {
    }
}
