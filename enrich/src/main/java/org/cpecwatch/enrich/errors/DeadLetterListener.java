package org.cpecwatch.enrich.errors;

import java.util.Map;

/**
 * Told of every dead letter enrich hands to Kafka. Streams builds the error handlers itself, so the listener travels
 * to them as an object in the Streams configuration, under {@link #CONFIG}.
 */
@FunctionalInterface
public interface DeadLetterListener {

    String CONFIG = "cpecwatch.enrich.dead.letter.listener";

    DeadLetterListener NONE = (topic, partition, offset) -> { };

    void deadLettered(String topic, int partition, long offset);

    /** The listener in a handler's configuration, or {@link #NONE}. */
    static DeadLetterListener from(Map<String, ?> configs) {
        return configs.get(CONFIG) instanceof DeadLetterListener listener ? listener : NONE;
    }
}
