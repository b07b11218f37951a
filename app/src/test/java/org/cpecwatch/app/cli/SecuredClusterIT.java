package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.cpecwatch.testkit.SaslSslBroker;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a cluster that demands TLS and a SASL login and has no plaintext listener, configured as a
 * Kafka team configures its own tools: {@code --bootstrap-server} and a client properties file.
 */
class SecuredClusterIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration WORK = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path brokerFolder;

    private static SaslSslBroker broker;

    @TempDir
    Path work;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        broker = SaslSslBroker.start(brokerFolder);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldRunTheWholePipelineOnASaslSslCluster() throws Exception {
        String config = broker.clientConfig().toString();
        try (ChildProcess run = ChildProcess.start(work, Map.of(Cluster.BOOTSTRAP_ENVIRONMENT, ""),
                "run", "--bootstrap-server", broker.bootstrapServers(), "--command-config", config)) {
            run.awaitLine(START, line -> line.startsWith("ready in ") && line.contains("(external)"));

            Seeds.copyTo(work.resolve("inbox"));
            run.awaitLine(WORK, line -> run.count(l -> l.startsWith("stored ")) == 5);
            assertEquals(5, run.count(line -> line.startsWith("stored ") && line.contains("RELEVANT")));

            // A client command reads the secured topic with the same file, given by its other name and by environment.
            try (ChildProcess tail = ChildProcess.start(work, Map.of(Cluster.CONFIG_ENVIRONMENT, config),
                    "tail", "--bootstrap-server", broker.bootstrapServers(), "--from-beginning", "--max", "5")) {
                assertEquals(0, tail.awaitExit(WORK), tail.err());
                assertEquals(5, tail.out().size(), tail.out().toString());
                for (String record : tail.out()) {
                    assertEquals("RELEVANT", JSON.readTree(record).at("/relevance/label").asText());
                }
            }
            run.terminate(WORK);
            assertTrue(run.out().contains("stopped"), run.out() + run.err());
        }
    }

    @Test
    void shouldTurnAwayAPlaintextClientAndAWrongPassword() throws Exception {
        // A plaintext client gets no answer from a TLS listener: its request times out.
        ExecutionException plaintext = assertThrows(ExecutionException.class, () -> listTopics(Map.of()));
        assertTrue(plaintext.getCause() instanceof org.apache.kafka.common.errors.TimeoutException, plaintext.toString());

        Properties wrong = new Properties();
        wrong.load(new ByteArrayInputStream(broker.clientProperties("not-the-password").getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> wrongLogin = new HashMap<>();
        wrong.stringPropertyNames().forEach(key -> wrongLogin.put(key, wrong.getProperty(key)));
        ExecutionException refused = assertThrows(ExecutionException.class, () -> listTopics(wrongLogin));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause(), refused.toString());
    }

    private static List<String> listTopics(Map<String, Object> security) throws Exception {
        Map<String, Object> settings = new HashMap<>(security);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4_000);
        try (Admin admin = Admin.create(settings)) {
            return List.copyOf(admin.listTopics().names().get(10, TimeUnit.SECONDS));
        }
    }
}
