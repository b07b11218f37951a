package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --metrics 127.0.0.1:0} in its own JVM: the named metrics move while the seeds flow (scraped over HTTP),
 * the health endpoints say UP, and {@code status} shows the consumer lag of enrich and sink.
 */
class MetricsIT {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration WORK = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void shouldShowTheNamedMetricsMovingWhileFilesFlowAndTheLagInStatus() throws Exception {
        try (ChildProcess run = ChildProcess.start(work, "run", "--metrics", "127.0.0.1:0")) {
            run.awaitLine(START, line -> line.startsWith("ready in "));
            OpsEndpoint ops = OpsEndpoint.of(run);
            assertEquals(200, ops.status("health/live"));
            // "ready in" means started: Streams may still be joining its group.
            Eventually.await(START, () -> ops.status("health/ready") == 200, () -> "never ready; " + run.err());
            assertEquals(Map.of("status", "UP", "stages", Map.of("ingest", "UP", "enrich", "UP", "sink", "UP")),
                    JSON.readValue(ops.get("health/ready").body(), Map.class));
            assertEquals(404, ops.status("nothing-here"));

            String before = ops.scrape();
            assertEquals(OptionalDouble.of(0), OpsEndpoint.value(before, "cpecwatch_ingest_articles_published_total"));
            assertTrue(before.contains("cpecwatch_drop_to_row_seconds_bucket"), "histogram buckets published");

            Seeds.copyTo(work.resolve("inbox"));
            poisonOneRawRecord(new DataFolder(work.resolve("data")));

            AtomicReference<String> last = new AtomicReference<>("");
            Eventually.await(WORK, () -> {
                last.set(scrapeQuietly(ops));
                String s = last.get();
                return at(s, 5, "cpecwatch_files", "state=\"archived\"")
                        && at(s, 0, "cpecwatch_files", "state=\"inbox\"")
                        && at(s, 5, "cpecwatch_ingest_articles_published_total")
                        && at(s, 5, "cpecwatch_sink_rows_stored_total", "table=\"articles\"")
                        && at(s, 5, "cpecwatch_drop_to_row_seconds_count")
                        && at(s, 1, "cpecwatch_dead_letters_total", "stage=\"enrich\"");
            }, last::get);
            String s = last.get();
            assertTrue(OpsEndpoint.value(s, "cpecwatch_drop_to_row_seconds_sum").getAsDouble() > 0, s);
            assertTrue(OpsEndpoint.value(s, "cpecwatch_drop_to_row_seconds_bucket", "le=\"+Inf\"").getAsDouble() >= 5);
            // The lag is read every 5 s: the sink's first commit may be newer than the last reading.
            Eventually.await(WORK, () -> {
                last.set(scrapeQuietly(ops));
                String l = last.get();
                return OpsEndpoint.value(l, "cpecwatch_consumer_group_lag", "group=\"cpecwatch-enrich\"").isPresent()
                        && OpsEndpoint.value(l, "cpecwatch_consumer_group_lag", "group=\"cpecwatch-sink\"").isPresent()
                        && OpsEndpoint.value(l, "cpecwatch_consumer_lag", "group=\"cpecwatch-enrich\"",
                                "topic=\"articles.raw\"").isPresent()
                        && OpsEndpoint.value(l, "cpecwatch_consumer_lag", "group=\"cpecwatch-sink\"",
                                "topic=\"articles.enriched\"").isPresent();
            }, last::get);
            for (String kafka : List.of("kafka_producer_", "kafka_consumer_", "kafka_stream_")) {
                assertTrue(s.lines().anyMatch(line -> line.startsWith(kafka)), kafka + " metrics bound");
            }

            // Caught up, both groups read to the end: the sink commits past the transaction markers too.
            AtomicReference<JsonNode> status = new AtomicReference<>();
            Eventually.await(WORK, () -> {
                status.set(statusJson());
                JsonNode lag = status.get().get("lag");
                return lag.at("/cpecwatch-enrich/total").isIntegralNumber()
                        && lag.at("/cpecwatch-enrich/total").asLong() == 0
                        && lag.at("/cpecwatch-sink/total").isIntegralNumber()
                        && lag.at("/cpecwatch-sink/total").asLong() == 0;
            }, () -> String.valueOf(status.get()));
            JsonNode lag = status.get().get("lag");
            assertTrue(lag.at("/cpecwatch-enrich/partitions").has("articles.raw-0"), lag.toString());
            assertTrue(lag.at("/cpecwatch-sink/partitions").has("articles.enriched-0"), lag.toString());
            // The gauges agree, once read again: numbers (not NaN), all 0, per group and per partition.
            Eventually.await(WORK, () -> {
                last.set(scrapeQuietly(ops));
                return caughtUp(last.get(), "cpecwatch-enrich") && caughtUp(last.get(), "cpecwatch-sink");
            }, last::get);
            String latest = last.get();
            for (String stage : List.of("ingest", "enrich", "sink")) {
                assertEquals(OptionalDouble.of(1), OpsEndpoint.value(latest, "cpecwatch_stage_ready",
                        "stage=\"" + stage + "\""), latest);
            }
            List<String> table = output("status");
            assertTrue(table.contains(String.format("%-18s %s", "lag cpecwatch-enrich", 0)), table.toString());
            assertTrue(table.contains(String.format("%-18s %s", "lag cpecwatch-sink", 0)), table.toString());

            run.terminate(WORK);
        }
    }

    /** The group's lag is 0 in its sum and in every partition shown, and at least one partition is shown. */
    private static boolean caughtUp(String scrape, String group) {
        List<Double> partitions = scrape.lines()
                .filter(line -> line.startsWith("cpecwatch_consumer_lag{") && line.contains("group=\"" + group + "\""))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .toList();
        return OpsEndpoint.value(scrape, "cpecwatch_consumer_group_lag", "group=\"" + group + "\"").equals(OptionalDouble.of(0))
                && !partitions.isEmpty() && partitions.stream().allMatch(v -> v == 0);
    }

    /** Bytes that are no article: enrich sends them to the dead-letter topic. */
    private static void poisonOneRawRecord(DataFolder data) throws Exception {
        String bootstrap = data.runningBrokerAddress().orElseThrow();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, "poison".getBytes(StandardCharsets.UTF_8),
                    "not avro".getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    private static boolean at(String scrape, double atLeast, String name, String... labels) {
        OptionalDouble value = OpsEndpoint.value(scrape, name, labels);
        return value.isPresent() && (atLeast == 0 ? value.getAsDouble() == 0 : value.getAsDouble() >= atLeast);
    }

    private static String scrapeQuietly(OpsEndpoint ops) {
        try {
            return ops.scrape();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private JsonNode statusJson() {
        try {
            return JSON.readTree(output("status", "--json").get(0));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> output(String... args) throws Exception {
        try (ChildProcess command = ChildProcess.start(work, args)) {
            assertEquals(0, command.awaitExit(WORK), command.err());
            return command.out();
        }
    }
}
