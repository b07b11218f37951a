package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cpecwatch.testkit.ApicurioRegistry;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline in {@code --serde registry} against a real Apicurio Registry server, and its enriched topic read
 * as a program with no CPEC Watch code reads it: a plain consumer, the schema fetched by id from the registry's
 * Confluent-compatible API, a plain Avro reader.
 */
class RegistryPipelineIT {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration WORK = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ApicurioRegistry registry;

    @TempDir
    Path work;

    @BeforeAll
    static void startRegistry() throws Exception {
        registry = ApicurioRegistry.start();
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void shouldWriteEveryEnrichedArticleInTheConfluentWireFormatThatAPlainAvroReaderDecodes() throws Exception {
        Path config = Files.writeString(work.resolve("client.properties"),
                "apicurio.registry.url=" + registry.registryUrl() + "\n");
        int brokerPort = freePort();
        // Its own embedded broker: no other test's records on its topics.
        Map<String, String> clean = Map.of(Cluster.BOOTSTRAP_ENVIRONMENT, "", Cluster.CONFIG_ENVIRONMENT, "",
                Cluster.SERDE_ENVIRONMENT, "");
        try (ChildProcess run = ChildProcess.start(work, clean, "run", "--serde", "registry",
                "--kafka-config", config.toString(), "--broker-port", String.valueOf(brokerPort))) {
            run.awaitLine(START, line -> line.startsWith("ready in "));
            Seeds.copyTo(work.resolve("inbox"));
            run.awaitLine(WORK, line -> run.count(l -> l.startsWith("stored ")) == 5);
            assertEquals(5, run.count(line -> line.startsWith("stored ") && line.contains("RELEVANT")));

            List<ConsumerRecord<String, byte[]>> records = readAll("127.0.0.1:" + brokerPort, "articles.enriched", 5);
            Set<Integer> ids = new java.util.HashSet<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                byte[] value = record.value();
                assertEquals(0, value[0], "magic byte of " + record.key());
                int id = ByteBuffer.wrap(value, 1, 4).getInt();
                ids.add(id);
                Schema writer = new Schema.Parser().parse(
                        JSON.readTree(registry.get("/apis/ccompat/v7/schemas/ids/" + id)).get("schema").asText());
                GenericRecord article = new GenericDatumReader<GenericRecord>(writer)
                        .read(null, DecoderFactory.get().binaryDecoder(value, 5, value.length - 5, null));
                assertEquals(record.key(), article.get("id").toString());
                assertEquals("RELEVANT", ((GenericRecord) article.get("relevance")).get("label").toString());
            }
            assertEquals(1, ids.size(), "one writer schema, one id: " + ids);
            assertTrue(JSON.readTree(registry.get("/apis/ccompat/v7/subjects")).toString().contains("articles.enriched-value"));
            assertEquals(0, readAll("127.0.0.1:" + brokerPort, "incidents", 1).get(0).value()[0], "incidents too");

            // The project's own reader in the same mode, chosen by environment as a service manager would.
            try (ChildProcess tail = ChildProcess.start(work, Map.of(Cluster.SERDE_ENVIRONMENT, "registry",
                    Cluster.CONFIG_ENVIRONMENT, config.toString(), Cluster.BOOTSTRAP_ENVIRONMENT, ""),
                    "tail", "--from-beginning", "--max", "5")) {
                assertEquals(0, tail.awaitExit(WORK), tail.err());
                assertEquals(5, tail.out().size(), tail.out().toString());
                for (String line : tail.out()) {
                    assertEquals("RELEVANT", JSON.readTree(line).at("/relevance/label").asText(), line);
                }
            }
            run.terminate(WORK);
            assertTrue(run.out().contains("stopped"), run.out() + run.err());
        }
    }

    /** The first {@code count} committed records of a topic, read with nothing but Kafka's own byte deserializer. */
    private static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic, int count) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Eventually.await(WORK, () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            }, () -> records.size() + " records of " + topic);
        }
        return records;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
