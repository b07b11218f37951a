package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.testkit.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An outage whose retried file settles without any send (it vanished) must not stop ingest from claiming for good. */
class IngestOutageRecoveryTest {

    @TempDir
    Path root;

    @Test
    void shouldProbeWithANewFileWhenNothingIsLeftToRetry() throws IOException {
        IngestConfig config = IngestConfig.defaults(root.resolve("inbox"), root.resolve("data")).withMinFileAge(Duration.ZERO);
        Files.createDirectories(config.inbox());
        Files.writeString(config.inbox().resolve("first.txt"), "Chinese engineers were escorted to the Dasu site.");
        MutableClock clock = new MutableClock(Instant.parse("2024-10-07T10:00:00Z"));
        MockProducer<String, RawArticle> producer = new MockProducer<>(false, null, new StringSerializer(),
                (topic, article) -> new byte[0]);

        try (IngestService service = new IngestService(config, producer, "articles.raw", clock, IngestListener.NONE)) {
            service.pollOnce();
            assertTrue(producer.errorNext(new TimeoutException("broker unreachable")), "first.txt was sent");
            service.pollOnce();
            // The retried file is gone (the user took it back): its retry sends nothing, and the outage goes on.
            try (Stream<Path> processing = Files.list(config.processing())) {
                for (Path file : processing.toList()) {
                    Files.delete(file);
                }
            }
            clock.advance(Duration.ofSeconds(2));
            service.pollOnce();
            Files.writeString(config.inbox().resolve("second.txt"), "Security was raised at Gwadar port.");
            clock.advance(Duration.ofSeconds(5));
            service.pollOnce();
            service.pollOnce();

            assertEquals(2, producer.history().size(), "second.txt probes the broker: " + producer.history());
            assertTrue(producer.completeNext());
            service.pollOnce();
            try (Stream<Path> archived = Files.walk(config.archive())) {
                assertEquals(1, archived.filter(p -> p.getFileName().toString().equals("second.txt")).count());
            }
        }
    }
}
