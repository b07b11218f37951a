package org.cpecwatch.sink.consume;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.sink.store.IncidentChange;
import org.cpecwatch.sink.store.ProvinceWeekChange;

/**
 * What writing a batch achieved: the articles, incident changes and weekly counts stored and the offsets committed
 * with them, or a request to retry.
 */
public record BatchResult(boolean retry, List<EnrichedArticle> stored, List<IncidentChange> incidents,
                          List<ProvinceWeekChange> weeks, Map<TopicPartition, Long> nextOffsets) {

    public static BatchResult retryLater() {
        return new BatchResult(true, List.of(), List.of(), List.of(), Map.of());
    }
}
