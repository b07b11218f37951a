package org.cpecwatch.sink.consume;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.sink.store.IncidentChange;

/**
 * What writing a batch achieved: the articles and incident changes stored and the offsets committed with them, or
 * a request to retry.
 */
public record BatchResult(boolean retry, List<EnrichedArticle> stored, List<IncidentChange> incidents,
                          Map<TopicPartition, Long> nextOffsets) {

    public static BatchResult retryLater() {
        return new BatchResult(true, List.of(), List.of(), Map.of());
    }
}
