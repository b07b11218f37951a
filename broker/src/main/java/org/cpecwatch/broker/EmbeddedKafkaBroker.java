package org.cpecwatch.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Apache Kafka broker (combined broker and controller, KRaft) running in this JVM.
 *
 * <p>The storage is formatted once and reused, so records survive a restart on the same folder. The cluster id
 * is kept in a file beside the logs because formatting twice with different ids would make the logs unreadable.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;

    private final Path dataDir;
    private final int brokerPort;
    private final ListenerSecurity security;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path dataDir, int brokerPort, ListenerSecurity security) {
        this.dataDir = dataDir;
        this.brokerPort = brokerPort;
        this.security = security;
    }

    /** Formats the folder if it is new and starts the broker; returns once the broker accepts clients. */
    public static EmbeddedKafkaBroker start(Path dataDir, int requestedPort) {
        return start(dataDir, requestedPort, ListenerSecurity.PLAINTEXT);
    }

    /** The same with a secured listener: how a test proves the pipeline runs on a cluster that demands TLS and SASL. */
    public static EmbeddedKafkaBroker start(Path dataDir, int requestedPort, ListenerSecurity security) {
        int port = requestedPort > 0 ? requestedPort : freePort();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir.toAbsolutePath(), port, security);
        broker.startServer();
        return broker;
    }

    public String bootstrapServers() {
        return HOST + ":" + brokerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    private void startServer() {
        try {
            Path logDir = dataDir.resolve("logs");
            Files.createDirectories(logDir);
            int controllerPort = freePort();
            KafkaConfig config = KafkaConfig.fromProps(BrokerSettings.singleNode(logDir, brokerPort, controllerPort, security), false);
            format(logDir, clusterId());
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the broker folder " + dataDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded Kafka broker did not start: " + e.getMessage(), e);
        }
    }

    private String clusterId() throws IOException {
        Path idFile = dataDir.resolve("cluster.id");
        if (Files.exists(idFile)) {
            return Files.readString(idFile, StandardCharsets.UTF_8).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(idFile, id, StandardCharsets.UTF_8);
        return id;
    }

    private static void format(Path logDir, String clusterId) throws Exception {
        ByteArrayOutputStream formatterOutput = new ByteArrayOutputStream();
        new Formatter()
                .setPrintStream(new PrintStream(formatterOutput, true, StandardCharsets.UTF_8))
                .setClusterId(clusterId)
                .setNodeId(NODE_ID)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setControllerListenerName(BrokerSettings.CONTROLLER_LISTENER)
                .setMetadataLogDirectory(logDir.toString())
                .setDirectories(List.of(logDir.toString()))
                .setHasDynamicQuorum(false)
                .setIgnoreFormatted(true)
                .run();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }
}
