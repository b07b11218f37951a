package org.cpecwatch.app.ops;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.cpecwatch.enrich.topology.EnrichStreamsConfig;
import org.cpecwatch.enrich.topology.EnrichTopology;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.consume.SinkConsumerSettings;

/**
 * How far a consumer group is behind, per partition of the topics it reads: the latest committed offset of the topic
 * (read_committed, as the pipeline's readers see it) minus the group's committed offset. A partition the group never
 * committed is behind by all it holds, its latest offset minus its earliest: a sink that never stored anything is not
 * caught up.
 */
public final class ConsumerLag {

    /** The pipeline's two groups: the enrich Streams application and the sink's consumer. */
    public static final List<String> GROUPS = List.of(EnrichStreamsConfig.APPLICATION_ID, SinkConsumerSettings.GROUP_ID);

    /** The topics each group reads, enrich's repartition topic included. */
    public static final Map<String, List<String>> INPUTS = Map.of(
            EnrichStreamsConfig.APPLICATION_ID,
            List.of(Topics.RAW, EnrichTopology.storyInputTopic(EnrichStreamsConfig.APPLICATION_ID)),
            SinkConsumerSettings.GROUP_ID, List.of(Topics.ENRICHED, Topics.INCIDENTS, Topics.PROVINCE_WEEKS));

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

    /** The lag of one of the pipeline's {@link #GROUPS}, over the topics it reads. */
    public static GroupLag of(Admin admin, String group, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        return of(admin, group, INPUTS.getOrDefault(group, List.of()), timeout);
    }

    /**
     * The lag of {@code group} over every partition of {@code inputs} and every partition it committed. An input
     * topic that does not exist yet (enrich's repartition topic before Streams first ran) holds nothing to read.
     */
    public static GroupLag of(Admin admin, String group, Collection<String> inputs, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> known = committed.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        Set<TopicPartition> unread = new HashSet<>(partitionsOf(admin, inputs, timeout));
        unread.removeAll(known.keySet());
        Set<TopicPartition> all = new HashSet<>(known.keySet());
        all.addAll(unread);
        Map<TopicPartition, Long> ends = offsets(admin, all, OffsetSpec.latest(), timeout);
        Map<TopicPartition, Long> starts = offsets(admin, unread, OffsetSpec.earliest(), timeout);
        Map<TopicPartition, Long> lag = new TreeMap<>((a, b) -> a.topic().equals(b.topic())
                ? Integer.compare(a.partition(), b.partition()) : a.topic().compareTo(b.topic()));
        known.forEach((p, offset) -> lag.put(p, Math.max(0, ends.get(p) - offset)));
        unread.forEach(p -> lag.put(p, Math.max(0, ends.get(p) - starts.get(p))));
        return new GroupLag(group, lag);
    }

    private static Set<TopicPartition> partitionsOf(Admin admin, Collection<String> topics, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        Set<TopicPartition> partitions = new HashSet<>();
        if (topics.isEmpty()) {
            return partitions;
        }
        for (Map.Entry<String, KafkaFuture<TopicDescription>> topic
                : admin.describeTopics(topics).topicNameValues().entrySet()) {
            try {
                topic.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS).partitions()
                        .forEach(p -> partitions.add(new TopicPartition(topic.getKey(), p.partition())));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        return partitions;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, Set<TopicPartition> partitions, OffsetSpec spec,
                                                     Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> specs = partitions.stream().collect(Collectors.toMap(p -> p, p -> spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = admin
                .listOffsets(specs, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        found.forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }
}
