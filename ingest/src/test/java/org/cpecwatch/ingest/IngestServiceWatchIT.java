package org.cpecwatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New files are noticed through the file system's watch events: with the periodic rescan an hour away, a file
 * dropped into the inbox, or into a folder created in it afterwards, is still archived (the wait is generous).
 */
class IngestServiceWatchIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path root;

    @Test
    void shouldPickUpNewFilesLongBeforeTheRescanThanksToTheWatch() throws IOException {
        IngestConfig config = IngestConfig.defaults(root.resolve("inbox"), root.resolve("data"))
                .withMinFileAge(Duration.ZERO).withRescanInterval(Duration.ofHours(1));
        MockProducer<String, RawArticle> producer = new MockProducer<>(true, null, new StringSerializer(),
                (topic, article) -> new byte[0]);
        try (IngestService service = new IngestService(config, producer, "articles.raw", Clock.systemUTC(),
                IngestListener.NONE).start()) {
            // The first round (and its full scan) has run once processing exists and the inbox is empty.
            Eventually.await(WAIT, () -> Files.isDirectory(config.processing()), () -> "not started");
            Files.writeString(config.inbox().resolve("first.txt"), "A new article about the Gwadar airport.");
            Eventually.await(WAIT, () -> archived(config) == 1, () -> "archived " + archived(config));

            Path batch = Files.createDirectories(config.inbox().resolve("batch"));
            Files.writeString(batch.resolve("second.txt"), "Another article, about the Thar coal plant.");
            Eventually.await(WAIT, () -> archived(config) == 2, () -> "archived " + archived(config));
        }
    }

    private static long archived(IngestConfig config) {
        if (!Files.isDirectory(config.archive())) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(config.archive())) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return -1;
        }
    }
}
