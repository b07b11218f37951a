package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A worker thread that is gone must not leave ingest looking ready, whatever ended it. */
@ExtendWith(KafkaBrokerExtension.class)
class IngestReadinessIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path root;

    @Test
    void shouldWithdrawReadinessWhenAnErrorEndsTheWorker(TestBroker broker) throws IOException {
        IngestOnBroker.createTopics(broker);
        IngestConfig config = IngestConfig.defaults(root.resolve("inbox"), root.resolve("data")).withMinFileAge(Duration.ZERO);
        IngestListener crashing = new IngestListener() {
            @Override
            public void published(String file, String articleId, int partition, long offset) {
                throw new AssertionError("a bug no catch (Exception e) sees");
            }
        };
        try (IngestService ingest = IngestOnBroker.service(broker, config, "ingest-readiness-it", crashing).start()) {
            Eventually.await(WAIT, () -> ingest.readiness().isReady(), () -> "ready after the start");
            Files.createDirectories(config.inbox());
            Files.writeString(config.inbox().resolve("readiness.txt"), "Ingest readiness " + System.nanoTime());

            Eventually.await(WAIT, () -> !ingest.readiness().isReady(), () -> "still ready after the worker died");
            assertFalse(ingest.readiness().isReady());
        }
    }
}
