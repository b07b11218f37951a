package org.cpecwatch.app.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.cpecwatch.enrich.topology.EnrichStreamsConfig;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.sink.consume.SinkConsumerSettings;

/**
 * How far a consumer group is behind: per partition it has committed, the latest committed offset of the topic
 * (read_committed, as the pipeline's readers see it) minus the group's committed offset. A partition the group never
 * committed is not counted.
 */
public final class ConsumerLag {

    /** The pipeline's two groups: the enrich Streams application and the sink's consumer. */
    public static final List<String> GROUPS = List.of(EnrichStreamsConfig.APPLICATION_ID, SinkConsumerSettings.GROUP_ID);

    /** One group's lag; partitions sorted by topic, then number. */
    public record GroupLag(String group, Map<TopicPartition, Long> partitions) {

        public long total() {
            return partitions.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private ConsumerLag() {
    }

    /** An admin client whose calls give up within {@code timeout}, so a lag reader never hangs on a lost cluster. */
    public static Admin admin(KafkaConnection kafka, Duration timeout) {
        int millis = (int) timeout.toMillis();
        return Admin.create(kafka.settings(Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.CLIENT_ID_CONFIG, "cpecwatch-lag")));
    }

    public static GroupLag of(Admin admin, String group, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetAndMetadata> known = committed.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (known.isEmpty()) {
            return new GroupLag(group, Map.of());
        }
        Map<TopicPartition, OffsetSpec> latest = known.keySet().stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin
                .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> lag = new TreeMap<>((a, b) -> a.topic().equals(b.topic())
                ? Integer.compare(a.partition(), b.partition()) : a.topic().compareTo(b.topic()));
        known.forEach((p, offset) -> lag.put(p, Math.max(0, ends.get(p).offset() - offset.offset())));
        return new GroupLag(group, lag);
    }
}
