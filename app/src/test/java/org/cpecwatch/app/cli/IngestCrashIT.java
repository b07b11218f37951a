package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cpecwatch.app.pipeline.TopicSetup;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.ArticleId;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code cpecwatch ingest} in the middle of a backlog, then a restart: every file's article is on
 * {@code articles.raw} exactly once, and every file is in the archive exactly once.
 */
@ExtendWith(KafkaBrokerExtension.class)
class IngestCrashIT {

    private static final int FILES = 3_000;
    private static final Duration WAIT = Duration.ofSeconds(180);

    @TempDir
    Path work;

    @Test
    void shouldLoseAndDuplicateNothingWhenKilledMidBacklog(TestBroker broker) throws Exception {
        String bootstrap = broker.bootstrapServers();
        TopicSetup.ensure(KafkaConnection.to(bootstrap));
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path data = work.resolve("data");
        IngestConfig layout = IngestConfig.defaults(inbox, data);
        Set<String> ids = writeBacklog(inbox, "crash-" + System.nanoTime());
        String[] ingest = {"ingest", "--bootstrap-servers", bootstrap, "--inbox", inbox.toString(), "--data", data.toString()};

        try (ChildProcess first = ChildProcess.start(work, ingest)) {
            Eventually.await(WAIT, () -> count(layout.archive()) >= 300 || count(inbox) == 0, () -> "archived " + count(layout.archive()));
            first.kill();
        }
        long atKill = count(layout.archive());
        System.out.println("[IngestCrashIT] killed with " + atKill + " of " + FILES + " archived, "
                + count(layout.processing()) + " in processing");
        try (ChildProcess second = ChildProcess.start(work, ingest)) {
            Eventually.await(WAIT, () -> count(inbox) == 0 && count(layout.processing()) == 0,
                    () -> "inbox " + count(inbox) + ", processing " + count(layout.processing()));
            second.terminate(WAIT);
        }

        Map<String, Integer> onTopic = recordsPerKey(bootstrap, ids);
        long duplicates = onTopic.values().stream().mapToInt(n -> n - 1).sum();
        System.out.println("[IngestCrashIT] records for the test's ids: " + (ids.size() + duplicates) + ", duplicates "
                + duplicates);
        assertTrue(atKill > 0 && atKill < FILES, "the kill landed mid-backlog: " + atKill);
        assertEquals(ids, onTopic.keySet(), "every file's article is on the topic");
        assertEquals(0, duplicates, "no article twice on the topic");
        assertEquals(FILES, count(layout.archive()), "every file archived once");
        assertEquals(FILES, distinctArchivedNames(layout.archive()), "no file archived twice");
        assertEquals(0, count(layout.failed()), "none failed");
    }

    /** Distinct texts (the run and a number in the first sentence), so no file is a copy of another. */
    private static Set<String> writeBacklog(Path inbox, String run) throws IOException {
        ArticleFileReader reader = new ArticleFileReader(IngestConfig.DEFAULT_MAX_FILE_BYTES);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < FILES; i++) {
            Path file = inbox.resolve(String.format(Locale.ROOT, "crash-%05d.txt", i));
            Files.writeString(file, "Report " + i + " of " + run + ": work on the corridor's road near Gwadar went on "
                    + "this week, officials said, while security for the engineers was raised again.\n");
            ids.add(ArticleId.of(((ReadOutcome.Articles) reader.read(file, file.getFileName().toString())).articles().get(0).body()));
        }
        return ids;
    }

    private static Map<String, Integer> recordsPerKey(String bootstrap, Set<String> ids) {
        Map<String, Integer> perKey = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>(consumer.partitionsFor(Topics.RAW).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Eventually.await(WAIT, () -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (ids.contains(record.key())) {
                        perKey.merge(record.key(), 1, Integer::sum);
                    }
                }
                return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
            }, () -> "read " + perKey.size() + " of " + ids.size());
        }
        return perKey;
    }

    /** -1 while files move under the walk: never mistaken for an empty folder. */
    private static long count(Path folder) {
        try {
            return files(folder).size();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private static long distinctArchivedNames(Path archive) throws IOException {
        return files(archive).stream().map(p -> p.getFileName().toString()).distinct().count();
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
