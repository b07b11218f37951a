package org.cpecwatch.sink;

import org.cpecwatch.schemas.avro.EnrichedArticle;

/** What the sink tells its host; every method is optional. */
public interface SinkListener {

    SinkListener NONE = new SinkListener() {
    };

    default void stored(EnrichedArticle article) {
    }

    default void deadLettered(String topic, int partition, long offset, String reason) {
    }
}
