package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.cpecwatch.schemas.json.AvroJson;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Prints the records of a topic as JSON lines, one per record (default: articles.enriched).")
final class TailCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(250);

    @Mixin
    Locations locations;

    @Mixin
    Cluster cluster;

    @Option(names = "--topic", defaultValue = Topics.ENRICHED, paramLabel = "NAME",
            description = "articles.enriched, articles.raw or articles.dlq (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of waiting for new ones.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Integer max;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Topic<?, ?> source = Topics.all().stream().filter(t -> t.name().equals(topic)).findFirst()
                .orElseThrow(() -> new UserError("unknown topic " + topic + "; known: "
                        + Topics.all().stream().map(Topic::name).toList()));
        if (max != null && max < 1) {
            throw new UserError("--max must be at least 1, got " + max);
        }
        KafkaConnection kafka = cluster.orElse(locations::runningBroker);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings(kafka))) {
            Thread main = Thread.currentThread();
            Thread stopper = new Thread(() -> {
                consumer.wakeup();
                joinQuietly(main);
            }, "cpecwatch-tail-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                print(consumer, source, spec.commandLine().getOut());
            } catch (WakeupException stoppedByUser) {
                return 0;
            } finally {
                removeHook(stopper);
            }
        }
        return 0;
    }

    private void print(KafkaConsumer<byte[], byte[]> consumer, Topic<?, ?> source, PrintWriter out) {
        List<TopicPartition> partitions = consumer.partitionsFor(source.name(), Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (partitions.isEmpty()) {
            throw new UserError("topic " + source.name() + " does not exist on the broker");
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        long printed = 0;
        while (max == null || printed < max) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                out.println(json(source, record));
                out.flush();
                if (max != null && ++printed >= max) {
                    return;
                }
            }
        }
    }

    private static String json(Topic<?, ?> source, ConsumerRecord<byte[], byte[]> record) {
        try {
            Object value = source.valueSerde().deserializer().deserialize(record.topic(), record.value());
            return value instanceof IndexedRecord avro ? AvroJson.toJson(avro) : String.valueOf(value);
        } catch (SerializationException e) {
            return "{\"unreadable\":true,\"partition\":" + record.partition() + ",\"offset\":" + record.offset() + "}";
        }
    }

    private static Map<String, Object> settings(KafkaConnection kafka) {
        return kafka.settings(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping because of Ctrl-C; the hook is running and that is fine.
        }
    }
}
