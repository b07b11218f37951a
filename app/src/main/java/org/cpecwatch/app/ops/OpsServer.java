package org.cpecwatch.app.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The operator's HTTP endpoints on the one address given: {@code /metrics} (Prometheus text),
 * {@code /health/live} and {@code /health/ready} (200 or 503 with a JSON body per stage). The JDK's own server:
 * three read-only endpoints need no web framework, and the stages' image gains no dependency for them.
 */
public final class OpsServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService threads;

    private OpsServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static OpsServer start(InetSocketAddress address, PrometheusMeterRegistry registry, List<StageHealth> stages)
            throws IOException {
        return start(address, registry, () -> stages);
    }

    /** Health read from {@code stages} on every request, so the stages may be swapped in once they started. */
    static OpsServer start(InetSocketAddress address, PrometheusMeterRegistry registry,
                           Supplier<List<StageHealth>> stages) throws IOException {
        HttpServer server = HttpServer.create(address, 16);
        server.createContext("/metrics", exchange -> respond(exchange, 200, PROMETHEUS_TEXT, registry.scrape()));
        server.createContext("/health/live", exchange -> respond(exchange, HealthReport.live(stages.get())));
        server.createContext("/health/ready", exchange -> respond(exchange, HealthReport.ready(stages.get())));
        ExecutorService threads = Executors.newFixedThreadPool(2, daemon("cpecwatch-ops-http"));
        server.setExecutor(threads);
        server.start();
        return new OpsServer(server, threads);
    }

    /** The address bound, with the port the system chose when port 0 was asked for. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static void respond(HttpExchange exchange, HealthReport report) throws IOException {
        respond(exchange, report.httpStatus(), "application/json", JSON.writeValueAsString(report.body()));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            // Contexts match by prefix: /metricsfoo or /health/ready/x are not ours.
            if (!path.equals(exchange.getHttpContext().getPath()) || !"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(path.equals(exchange.getHttpContext().getPath()) ? 405 : 404, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
