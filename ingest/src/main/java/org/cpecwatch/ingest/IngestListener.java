package org.cpecwatch.ingest;

/** What ingest tells its host about each file; every method is optional. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    default void published(String file, String articleId, int partition, long offset) {
    }

    default void failed(String file, String reason) {
    }
}
