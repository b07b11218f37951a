package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cpecwatch.ingest.files.FailedFolder;
import org.cpecwatch.ingest.files.FailureNote;
import org.cpecwatch.ingest.read.ArticleId;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.testkit.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a file with several articles flows through the service, against a producer that answers at once. */
class IngestServiceFormatsTest {

    @TempDir
    Path root;

    @Test
    void shouldPublishEveryGoodJsonLineAndNoteTheBadLineInFailed() throws IOException {
        IngestConfig config = IngestConfig.defaults(root.resolve("inbox"), root.resolve("data"))
                .withMinFileAge(Duration.ofSeconds(1));
        Files.createDirectories(config.inbox());
        Files.writeString(config.inbox().resolve("export.jsonl"), """
                {"title": "One", "body": "First article about Gwadar."}
                {"title": "Two", "body": broken}
                {"title": "Three", "body": "Third article about Karachi."}
                {"title": "Three again", "body": "Third article about Karachi."}
                """);
        MutableClock clock = new MutableClock(Instant.parse("2024-10-07T10:00:00Z"));
        MockProducer<String, RawArticle> producer = new MockProducer<>(true, null, new StringSerializer(),
                (topic, article) -> new byte[0]);

        try (IngestService service = new IngestService(config, producer, "articles.raw", clock, IngestListener.NONE)) {
            service.pollOnce();
            clock.advance(Duration.ofSeconds(2));
            service.pollOnce();
            service.pollOnce();

            List<RawArticle> sent = producer.history().stream().map(r -> r.value()).toList();
            assertEquals(List.of(1, 3, 4), sent.stream().map(RawArticle::getLineNumber).toList());
            assertEquals(ArticleId.of("First article about Gwadar."), producer.history().get(0).key());
            assertEquals("One", sent.get(0).getTitle());
            FailureNote note = FailedFolder.readSidecar(config.failed().resolve("export.jsonl"));
            assertEquals(1, note.badLineCount());
            assertEquals(2, note.badLines().get(0).line());
            assertTrue(note.badLines().get(0).reason().startsWith("malformed JSON at line 1"), note.reason());
            assertEquals("export.jsonl", note.originalName());
            try (Stream<Path> archived = Files.walk(config.archive())) {
                assertEquals(1, archived.filter(p -> p.getFileName().toString().equals("export.jsonl")).count());
            }
            try (Stream<Path> processing = Files.list(config.processing())) {
                assertEquals(0, processing.count());
            }
        }
    }
}
