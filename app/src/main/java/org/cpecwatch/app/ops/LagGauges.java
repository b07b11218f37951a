package org.cpecwatch.app.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.clients.admin.Admin;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumer lag of the pipeline's groups as gauges: {@code cpecwatch_consumer_group_lag{group}} (the sum) and
 * {@code cpecwatch_consumer_lag{group,topic,partition}}. Read by a background task every {@link #REFRESH}, never
 * inside a scrape; a group whose lag cannot be read shows NaN until it can.
 */
final class LagGauges implements AutoCloseable {

    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(4);
    private static final Logger LOG = LoggerFactory.getLogger(LagGauges.class);

    private final Admin admin;
    private final List<String> groups;
    private final Map<String, Double> totals = new ConcurrentHashMap<>();
    private final Map<String, MultiGauge> partitions = new ConcurrentHashMap<>();

    LagGauges(MeterRegistry registry, KafkaConnection kafka, List<String> groups, ScheduledExecutorService scheduler) {
        this.admin = ConsumerLag.admin(kafka, TIMEOUT);
        this.groups = List.copyOf(groups);
        for (String group : groups) {
            totals.put(group, Double.NaN);
            Gauge.builder("cpecwatch.consumer.group.lag", totals, t -> t.getOrDefault(group, Double.NaN))
                    .tag("group", group).description("Records the group has still to read, over all its partitions")
                    .register(registry);
            partitions.put(group, MultiGauge.builder("cpecwatch.consumer.lag")
                    .description("Records the group has still to read, per partition").register(registry));
        }
        scheduler.scheduleWithFixedDelay(this::refresh, 0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        for (String group : groups) {
            try {
                ConsumerLag.GroupLag lag = ConsumerLag.of(admin, group, TIMEOUT);
                totals.put(group, (double) lag.total());
                partitions.get(group).register(lag.partitions().entrySet().stream()
                        .map(e -> MultiGauge.Row.of(Tags.of("group", group, "topic", e.getKey().topic(),
                                "partition", String.valueOf(e.getKey().partition())), e.getValue()))
                        .toList(), true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                totals.put(group, Double.NaN);
                LOG.debug("cannot read the lag of {}: {}", group, e.toString());
            }
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
