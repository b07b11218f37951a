package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sink --metrics} against a PostgreSQL server of the test's own: alive and {@code STARTING} while it waits for
 * the server at start; {@code /health/ready} turns 503 when the server stops and 200 again when it is back, while
 * {@code /health/live} stays 200 (the sink waits, it is not dead); what arrived during the outage is stored after it.
 */
@ExtendWith(KafkaBrokerExtension.class)
class SinkHealthIT {

    private static final Duration START = Duration.ofSeconds(90);
    // The idle probe runs every 5 s; the bound leaves room for a slow machine.
    private static final Duration NOTICE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DURING_OUTAGE = 3;

    @TempDir
    Path work;

    @Test
    void shouldReportNotReadyWhileTheDatabaseIsDownAndReadyWhenItReturns(TestBroker broker) throws Exception {
        String run = "health-" + System.nanoTime() + "-";
        try (PrivatePostgres postgres = PrivatePostgres.start()) {
            // Down from the start: the sink waits for it (ArticleStore.STARTUP_PATIENCE, a minute).
            postgres.stopServer();
            try (ChildProcess sink = ChildProcess.start(work, Map.of("CPECWATCH_BOOTSTRAP_SERVERS", "", "CPECWATCH_DB_URL", ""),
                    "sink", "--bootstrap-server", broker.bootstrapServers(), "--db", postgres.jdbcUrl(),
                    "--data", work.resolve("data").toString(), "--metrics", "127.0.0.1:0")) {
                sink.awaitLine(START, line -> line.startsWith("metrics on "));
                OpsEndpoint ops = OpsEndpoint.of(sink);
                assertEquals(200, ops.status("health/live"), "alive while it waits for its database at start");
                HttpResponse<String> starting = ops.get("health/ready");
                assertEquals(503, starting.statusCode());
                assertEquals(Map.of("status", "DOWN", "stages", Map.of("sink", "STARTING")),
                        JSON.readValue(starting.body(), Map.class));
                assertTrue(sink.out().stream().noneMatch(line -> line.startsWith("ready: sink")), sink.out().toString());

                postgres.startServer();
                sink.awaitLine(START, line -> line.startsWith("ready: sink"));
                Eventually.await(START, () -> ops.status("health/ready") == 200, () -> "never ready; " + sink.err());

                postgres.stopServer();
                Eventually.await(NOTICE, () -> ops.status("health/ready") == 503, () -> "still ready with the database down");
                HttpResponse<String> down = ops.get("health/ready");
                assertEquals(Map.of("status", "DOWN", "stages", Map.of("sink", "DOWN")), JSON.readValue(down.body(), Map.class));
                assertEquals("application/json", down.headers().firstValue("Content-Type").orElse(""));
                assertEquals(200, ops.status("health/live"), "alive while it waits for the database");
                assertEquals(0.0, OpsEndpoint.value(ops.scrape(), "cpecwatch_stage_ready", "stage=\"sink\"").getAsDouble());

                publish(broker, run, DURING_OUTAGE);
                // Records to write while the database is down: still not ready, still alive.
                Thread.sleep(2_000);
                assertEquals(503, ops.status("health/ready"));
                assertEquals(200, ops.status("health/live"));

                postgres.startServer();
                Eventually.await(NOTICE, () -> ops.status("health/ready") == 200, () -> "not ready again; " + sink.err());
                assertTrue(ops.get("health/ready").body().contains("\"sink\":\"UP\""));
                Eventually.await(NOTICE, () -> stored(postgres, run) == DURING_OUTAGE,
                        () -> "stored " + stored(postgres, run) + " of the articles sent during the outage");

                sink.terminate(START);
            }
        }
    }

    private static void publish(TestBroker broker, String run, int count) throws Exception {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                String id = run + i;
                EnrichedArticle article = EnrichedArticle.newBuilder().setId(id).setSourceFile(id + ".txt")
                        .setIngestedAt(at).setEnrichedAt(at).setTitle("Title of " + id)
                        .setCleanText("A blast near Karachi airport.")
                        .setRelevance(Relevance.newBuilder().setScore(0.9).setLabel(RelevanceLabel.RELEVANT)
                                .setRulesetVersion("test").build())
                        .build();
                producer.send(new ProducerRecord<>(Topics.ENRICHED, id.getBytes(StandardCharsets.UTF_8),
                        ArticleSerdes.enriched().serialize(Topics.ENRICHED, article))).get();
            }
        }
    }

    private static long stored(PrivatePostgres postgres, String run) {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl());
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM articles WHERE id LIKE ?")) {
            s.setString(1, run + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }
}
