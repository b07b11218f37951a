package org.cpecwatch.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The lag gauges as a scrape sees them, fed by a reader that answers or fails as the test says. */
class LagGaugesTest {

    private static final String GROUP = "cpecwatch-sink";
    private static final TopicPartition ENRICHED_0 = new TopicPartition("articles.enriched", 0);
    private static final TopicPartition ENRICHED_1 = new TopicPartition("articles.enriched", 1);

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicReference<Object> answer = new AtomicReference<>();
    private final LagGauges gauges = new LagGauges(registry, List.of(GROUP), group -> {
        if (answer.get() instanceof Exception e) {
            throw e;
        }
        return (ConsumerLag.GroupLag) answer.get();
    }, () -> { });

    @Test
    void shouldShowNaNInEveryPartitionAndTheSumWhenTheLagCannotBeRead() {
        answer.set(new ConsumerLag.GroupLag(GROUP, Map.of(ENRICHED_0, 2L, ENRICHED_1, 5L)));
        gauges.refresh();
        assertEquals(7, total());
        assertEquals(2, partition(ENRICHED_0));
        assertEquals(5, partition(ENRICHED_1));

        answer.set(new org.apache.kafka.common.errors.TimeoutException("no answer"));
        gauges.refresh();
        assertTrue(Double.isNaN(total()));
        assertTrue(Double.isNaN(partition(ENRICHED_0)), "no stale number passes for a reading");
        assertTrue(Double.isNaN(partition(ENRICHED_1)));

        answer.set(new ConsumerLag.GroupLag(GROUP, Map.of(ENRICHED_0, 0L, ENRICHED_1, 0L)));
        gauges.refresh();
        assertEquals(0, total());
        assertEquals(0, partition(ENRICHED_0));
    }

    private double total() {
        return registry.get("cpecwatch.consumer.group.lag").tag("group", GROUP).gauge().value();
    }

    private double partition(TopicPartition p) {
        return registry.get("cpecwatch.consumer.lag").tags("group", GROUP, "topic", p.topic(),
                "partition", String.valueOf(p.partition())).gauge().value();
    }
}
