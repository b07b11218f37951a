package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sink --metrics} against a PostgreSQL server of the test's own: {@code /health/ready} turns 503 when the
 * server stops and 200 again when it is back, while {@code /health/live} stays 200 (the sink waits, it is not dead).
 */
@ExtendWith(KafkaBrokerExtension.class)
class SinkHealthIT {

    private static final Duration START = Duration.ofSeconds(90);
    // The idle probe runs every 5 s; the bound leaves room for a slow machine.
    private static final Duration NOTICE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void shouldReportNotReadyWhileTheDatabaseIsDownAndReadyWhenItReturns(TestBroker broker) throws Exception {
        try (PrivatePostgres postgres = PrivatePostgres.start();
             ChildProcess sink = ChildProcess.start(work, Map.of("CPECWATCH_BOOTSTRAP_SERVERS", "", "CPECWATCH_DB_URL", ""),
                     "sink", "--bootstrap-server", broker.bootstrapServers(), "--db", postgres.jdbcUrl(),
                     "--data", work.resolve("data").toString(), "--metrics", "127.0.0.1:0")) {
            sink.awaitLine(START, line -> line.startsWith("ready: sink"));
            OpsEndpoint ops = OpsEndpoint.of(sink);
            Eventually.await(START, () -> ops.status("health/ready") == 200, () -> "never ready; " + sink.err());

            postgres.stopServer();
            Eventually.await(NOTICE, () -> ops.status("health/ready") == 503, () -> "still ready with the database down");
            HttpResponse<String> down = ops.get("health/ready");
            assertEquals(Map.of("status", "DOWN", "stages", Map.of("sink", "DOWN")), JSON.readValue(down.body(), Map.class));
            assertEquals("application/json", down.headers().firstValue("Content-Type").orElse(""));
            assertEquals(200, ops.status("health/live"), "alive while it waits for the database");
            assertEquals(0.0, OpsEndpoint.value(ops.scrape(), "cpecwatch_stage_ready", "stage=\"sink\"").getAsDouble());

            postgres.startServer();
            Eventually.await(NOTICE, () -> ops.status("health/ready") == 200, () -> "not ready again; " + sink.err());
            assertTrue(ops.get("health/ready").body().contains("\"sink\":\"UP\""));

            sink.terminate(START);
        }
    }
}
