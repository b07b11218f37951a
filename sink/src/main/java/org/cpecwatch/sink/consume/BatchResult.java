package org.cpecwatch.sink.consume;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.cpecwatch.schemas.avro.EnrichedArticle;

/** What writing a batch achieved: the articles stored and the offsets committed with them, or a request to retry. */
public record BatchResult(boolean retry, List<EnrichedArticle> stored, Map<TopicPartition, Long> nextOffsets) {

    public static BatchResult retryLater() {
        return new BatchResult(true, List.of(), Map.of());
    }
}
