package org.cpecwatch.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Apicurio Registry 2.6 server (Quarkus, in-memory H2) in a child JVM, for tests of the registry wire format:
 * the same server a team runs, its Confluent-compatible API included. The module's build unpacks the server from
 * Maven Central ({@code io.apicurio:apicurio-registry-app:tar.gz:all}) into {@code target/apicurio-registry}; a test
 * class starts one in {@code @BeforeAll} and closes it in {@code @AfterAll}. It fails loudly when it cannot start,
 * never skips.
 */
public final class ApicurioRegistry implements AutoCloseable {

    public static final String VERSION = "2.6.13.Final";
    /** Overrides where the runner jar is looked for. */
    public static final String JAR_PROPERTY = "cpecwatch.registry.jar";
    static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final String base;
    private final Path log;
    private final Thread reaper;
    private final Duration startedIn;

    private ApicurioRegistry(Process process, String base, Path log, Thread reaper, Duration startedIn) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.reaper = reaper;
        this.startedIn = startedIn;
    }

    public static ApicurioRegistry start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY,
                "target/apicurio-registry/apicurio-registry-app-" + VERSION + "-runner.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no Apicurio Registry server at " + jar + ": the module's build unpacks"
                    + " io.apicurio:apicurio-registry-app:" + VERSION + ":tar.gz:all there before the integration tests");
        }
        int port = freePort();
        Path log = Files.createTempFile("apicurio-registry-" + port + "-", ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-Dquarkus.log.level=WARN",
                "-jar", jar.toString()))
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        // A test JVM that dies without @AfterAll must not leave the server running.
        Thread reaper = new Thread(process::destroyForcibly, "apicurio-registry-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        String base = "http://127.0.0.1:" + port;
        try {
            awaitReady(process, base, log);
        } catch (RuntimeException | InterruptedException e) {
            new ApicurioRegistry(process, base, log, reaper, Duration.ZERO).close();
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("[testkit] Apicurio Registry " + VERSION + " ready at " + base + " in " + took.toMillis() + " ms");
        return new ApicurioRegistry(process, base, log, reaper, took);
    }

    /** What a client config names as {@code apicurio.registry.url}. */
    public String registryUrl() {
        return base + "/apis/registry/v2";
    }

    /** The root of the Confluent-compatible API, as Confluent's clients and {@code kcat -s avro} are given it. */
    public String confluentUrl() {
        return base + "/apis/ccompat/v7";
    }

    public Duration startedIn() {
        return startedIn;
    }

    /** {@code GET path} under the server's root; fails on any status but 200. */
    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void awaitReady(Process process, String base, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Apicurio Registry server exited with " + process.exitValue()
                        + " before it was ready; its log:\n" + logTail(log));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Quarkus opens the port late in its start.
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Apicurio Registry server was not ready within " + READY_WITHIN
                        + "; its log:\n" + logTail(log));
            }
            Thread.sleep(100);
        }
    }

    private static String logTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM, which Quarkus answers by stopping; killed if it has not within 10 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // A temporary log left behind is harmless.
        }
    }
}
