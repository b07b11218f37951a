package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.cpecwatch.testkit.TopicRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A JSON-lines export full of bad lines: its good lines reach the topic, and failed/ gets one note, not a file a line. */
@ExtendWith(KafkaBrokerExtension.class)
class IngestBadLinesIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Topic<String, RawArticle> RAW = Topics.raw();
    private static final int BAD_LINES = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String nonce = Long.toString(System.nanoTime());

    @TempDir
    Path root;

    @BeforeAll
    static void createTopics(TestBroker broker) {
        IngestOnBroker.createTopics(broker);
    }

    @Test
    void shouldPublishTheGoodLinesAndListTheBadOnesInOneNote(TestBroker broker) throws Exception {
        IngestConfig config = IngestConfig.defaults(root.resolve("inbox"), root.resolve("data")).withMinFileAge(Duration.ZERO);
        Files.createDirectories(config.inbox());
        Path written = Files.writeString(root.resolve("export.jsonl"), String.join("\n", exportLines()) + "\n");
        Files.move(written, config.inbox().resolve("export.jsonl"));

        try (IngestService ingest = IngestOnBroker.service(broker, config, "ingest-bad-lines-it", IngestListener.NONE).start()) {
            Eventually.await(WAIT, () -> archived(config).size() == 1, () -> "archived: " + archived(config));
        }

        assertEquals(List.of("export.jsonl.error.json"), names(config.failed()), "failed/ holds one note for the file");
        JsonNode note = JSON.readTree(config.failed().resolve("export.jsonl.error.json").toFile());
        assertEquals("export.jsonl", note.get("originalName").asText());
        assertEquals(BAD_LINES + 1, note.get("badLineCount").asInt());
        JsonNode listed = note.get("badLines");
        assertEquals(100, listed.size(), "the first hundred bad lines");
        assertEquals(3, listed.get(0).get("line").asInt());
        assertTrue(listed.get(0).get("reason").asText().startsWith("malformed JSON"), listed.get(0).toString());
        assertEquals(4, listed.get(1).get("line").asInt());
        assertTrue(listed.get(1).get("reason").asText().contains("NUL"), listed.get(1).toString());
        assertTrue(note.get("reason").asText().contains(Integer.toString(BAD_LINES + 1)), note.get("reason").asText());
        assertEquals(archived(config).get(0).toString(), note.get("archivedAs").asText());
        assertEquals(List.of(1, 2, BAD_LINES + 4), publishedLines(broker));
    }

    /** Two good lines, a malformed one, one with an escaped NUL, then a thousand malformed and a last good one. */
    private List<String> exportLines() {
        List<String> lines = new ArrayList<>();
        lines.add("{\"body\": \"First article about Gwadar " + nonce + ".\"}");
        lines.add("{\"body\": \"Second article about Dasu " + nonce + ".\"}");
        lines.add("{\"body\": broken}");
        lines.add("{\"body\": \"Hidden\\u0000 NUL " + nonce + ".\"}");
        for (int i = 1; i < BAD_LINES; i++) {
            lines.add("{\"body\": not json " + i + "}");
        }
        lines.add("{\"body\": \"Last article about Thar " + nonce + ".\"}");
        return lines;
    }

    private List<Integer> publishedLines(TestBroker broker) {
        List<ConsumerRecord<String, RawArticle>> records = TopicRecords.readUntil(broker.bootstrapServers(), RAW.name(),
                new StringDeserializer(), RAW.valueSerde().deserializer(), seen -> mine(seen).size() >= 3, WAIT);
        return mine(records).stream().map(RawArticle::getLineNumber).sorted().toList();
    }

    private List<RawArticle> mine(List<ConsumerRecord<String, RawArticle>> records) {
        return records.stream().map(ConsumerRecord::value).filter(a -> a.getBody().contains(nonce)).toList();
    }

    private static List<Path> archived(IngestConfig config) {
        if (!Files.isDirectory(config.archive())) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(config.archive())) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
