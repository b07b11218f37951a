package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An address can come from the environment instead of the command line, as a service manager or a container sets it:
 * CPECWATCH_BOOTSTRAP_SERVERS for the cluster (--bootstrap-server, the name Kafka's own tools use, works too), and a
 * stage given neither says which to give.
 */
@ExtendWith(KafkaBrokerExtension.class)
class EnvironmentDefaultsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @Test
    void shouldTakeTheClusterFromTheEnvironment(TestBroker broker) throws Exception {
        Files.createDirectories(work.resolve("inbox"));
        try (ChildProcess ingest = ChildProcess.start(work,
                Map.of(Cluster.BOOTSTRAP_ENVIRONMENT, broker.bootstrapServers()), "ingest")) {
            ingest.awaitLine(WAIT, line -> line.equals("ready: ingest on " + broker.bootstrapServers()));
        }
    }

    @Test
    void shouldAcceptKafkasOwnOptionNameAndRefuseASecondIngestOnTheSameDataFolder(TestBroker broker) throws Exception {
        Files.createDirectories(work.resolve("inbox"));
        try (ChildProcess ingest = ChildProcess.start(work, Map.of(Cluster.BOOTSTRAP_ENVIRONMENT, ""),
                "ingest", "--bootstrap-server", broker.bootstrapServers())) {
            ingest.awaitLine(WAIT, line -> line.equals("ready: ingest on " + broker.bootstrapServers()));

            try (ChildProcess second = ChildProcess.start(work, Map.of(Cluster.BOOTSTRAP_ENVIRONMENT, ""),
                    "ingest", "--bootstrap-server", broker.bootstrapServers())) {
                assertEquals(1, second.awaitExit(WAIT));
                assertTrue(second.err().contains("another cpecwatch process already runs ingest on the data folder"),
                        second.err());
            }
        }
    }

    @Test
    void shouldSayWhatToGiveWhenNoClusterIsNamed() throws Exception {
        try (ChildProcess ingest = ChildProcess.start(work, Map.of(Cluster.BOOTSTRAP_ENVIRONMENT, ""), "ingest")) {
            assertEquals(true, ingest.awaitExit(WAIT) != 0);
            assertTrue(ingest.err().contains("give --bootstrap-server HOST:PORT or set " + Cluster.BOOTSTRAP_ENVIRONMENT),
                    ingest.err());
        }
    }
}
