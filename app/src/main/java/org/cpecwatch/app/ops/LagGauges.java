package org.cpecwatch.app.ops;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumer lag of the pipeline's groups as gauges: {@code cpecwatch_consumer_group_lag{group}} (the sum) and
 * {@code cpecwatch_consumer_lag{group,topic,partition}}. Read by a background task every {@link #REFRESH}, never
 * inside a scrape; a group whose lag cannot be read shows NaN until it can, in its sum and in every partition it
 * showed, so no stale number passes for a reading.
 */
final class LagGauges implements AutoCloseable {

    /** Reads one group's lag. */
    interface Reader {
        ConsumerLag.GroupLag read(String group) throws Exception;
    }

    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(4);
    private static final Logger LOG = LoggerFactory.getLogger(LagGauges.class);

    private final AutoCloseable admin;
    private final Reader reader;
    private final List<String> groups;
    private final Map<String, Double> totals = new ConcurrentHashMap<>();
    private final Map<String, MultiGauge> partitions = new ConcurrentHashMap<>();
    private final Map<String, Set<TopicPartition>> shown = new ConcurrentHashMap<>();

    LagGauges(MeterRegistry registry, KafkaConnection kafka, List<String> groups, ScheduledExecutorService scheduler) {
        this(registry, groups, ConsumerLag.admin(kafka, TIMEOUT));
        scheduler.scheduleWithFixedDelay(this::refresh, 0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    private LagGauges(MeterRegistry registry, List<String> groups, Admin admin) {
        this(registry, groups, group -> ConsumerLag.of(admin, group, TIMEOUT), () -> admin.close(Duration.ofSeconds(5)));
    }

    /** Gauges that read through {@code reader} on each {@link #refresh()}. */
    LagGauges(MeterRegistry registry, List<String> groups, Reader reader, AutoCloseable admin) {
        this.admin = admin;
        this.reader = reader;
        this.groups = List.copyOf(groups);
        for (String group : groups) {
            totals.put(group, Double.NaN);
            Gauge.builder("cpecwatch.consumer.group.lag", totals, t -> t.getOrDefault(group, Double.NaN))
                    .tag("group", group).description("Records the group has still to read, over all its partitions")
                    .register(registry);
            partitions.put(group, MultiGauge.builder("cpecwatch.consumer.lag")
                    .description("Records the group has still to read, per partition").register(registry));
            shown.put(group, Set.of());
        }
    }

    void refresh() {
        for (String group : groups) {
            try {
                ConsumerLag.GroupLag lag = reader.read(group);
                totals.put(group, (double) lag.total());
                show(group, lag.partitions());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                totals.put(group, Double.NaN);
                Map<TopicPartition, Double> unknown = new HashMap<>();
                shown.get(group).forEach(p -> unknown.put(p, Double.NaN));
                show(group, unknown);
                LOG.debug("cannot read the lag of {}: {}", group, e.toString());
            }
        }
    }

    private void show(String group, Map<TopicPartition, ? extends Number> lag) {
        partitions.get(group).register(lag.entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("group", group, "topic", e.getKey().topic(),
                        "partition", String.valueOf(e.getKey().partition())), e.getValue()))
                .toList(), true);
        shown.put(group, Set.copyOf(lag.keySet()));
    }

    @Override
    public void close() throws Exception {
        admin.close();
    }
}
