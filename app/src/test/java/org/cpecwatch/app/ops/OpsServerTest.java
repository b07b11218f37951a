package org.cpecwatch.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

/** The endpoints over real HTTP on a port the system picks, bound to the loopback address only. */
class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldServeMetricsAndAnswer503WhileAStageIsNotReady() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Counter.builder("cpecwatch.sink.rows.stored").tag("table", "articles").register(registry).increment(3);
        AtomicBoolean sinkReady = new AtomicBoolean(false);
        List<StageHealth> stages = List.of(new StageHealth("enrich", () -> true, () -> true),
                new StageHealth("sink", () -> true, sinkReady::get));

        try (OpsServer server = OpsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), registry, stages)) {
            assertTrue(server.address().getAddress().isLoopbackAddress());
            assertTrue(server.address().getPort() > 0);

            HttpResponse<String> metrics = get(server, "/metrics");
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            assertTrue(metrics.body().contains("cpecwatch_sink_rows_stored_total{table=\"articles\"} 3.0"), metrics.body());

            HttpResponse<String> notReady = get(server, "/health/ready");
            assertEquals(503, notReady.statusCode());
            assertEquals("{\"status\":\"DOWN\",\"stages\":{\"enrich\":\"UP\",\"sink\":\"DOWN\"}}", notReady.body());
            assertEquals(200, get(server, "/health/live").statusCode());

            sinkReady.set(true);
            HttpResponse<String> ready = get(server, "/health/ready");
            assertEquals(200, ready.statusCode());
            assertEquals("{\"status\":\"UP\",\"stages\":{\"enrich\":\"UP\",\"sink\":\"UP\"}}", ready.body());

            assertEquals(404, get(server, "/metrics/extra").statusCode());
            assertEquals(405, http.send(HttpRequest.newBuilder(uri(server, "/health/ready"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void shouldAnswerAliveAndStartingBeforeTheStagesChecksAreAttached() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        HealthBoard board = new HealthBoard(List.of("enrich", "sink"));

        try (OpsServer server = OpsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), registry,
                board::stages)) {
            HttpResponse<String> live = get(server, "/health/live");
            assertEquals(200, live.statusCode(), "a starting process is alive");
            assertEquals("{\"status\":\"UP\",\"stages\":{\"enrich\":\"UP\",\"sink\":\"UP\"}}", live.body());
            HttpResponse<String> starting = get(server, "/health/ready");
            assertEquals(503, starting.statusCode());
            assertEquals("{\"status\":\"DOWN\",\"stages\":{\"enrich\":\"STARTING\",\"sink\":\"STARTING\"}}",
                    starting.body());
            assertFalse(board.isReady("sink"));

            board.attach(List.of(new StageHealth("enrich", () -> true, () -> true),
                    new StageHealth("sink", () -> true, () -> false)));
            assertEquals("{\"status\":\"DOWN\",\"stages\":{\"enrich\":\"UP\",\"sink\":\"DOWN\"}}",
                    get(server, "/health/ready").body());
            assertTrue(board.isReady("enrich"));
        }
    }

    @Test
    void shouldCountAStageWhoseCheckThrowsAsDown() {
        HealthReport report = HealthReport.ready(List.of(new StageHealth("enrich", () -> true, () -> {
            throw new IllegalStateException("no state yet");
        })));

        assertEquals(503, report.httpStatus());
        assertEquals("DOWN", report.stages().get("enrich"));
    }

    private HttpResponse<String> get(OpsServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(server, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(OpsServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }
}
