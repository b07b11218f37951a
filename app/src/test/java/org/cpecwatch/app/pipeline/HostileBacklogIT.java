package org.cpecwatch.app.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.broker.EmbeddedKafkaBroker;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.TextBudget;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.IngestListener;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.sink.SinkListener;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backlog that mixes hostile files with good ones, dropped at once into a running pipeline: every good file is
 * stored, within a minute of the others; every hostile one is stored once or sits in failed/ with its reason; failed/
 * holds a bounded number of files however many bad lines came in; and the pipeline still takes a file afterwards.
 */
class HostileBacklogIT {

    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final Path DEV_ARTICLES = Path.of("../../shared/corpus/dev/articles");

    @TempDir
    Path root;

    @Test
    void shouldStoreEveryGoodFileAndSettleEveryHostileOneWithThePipelineUp() throws Exception {
        // A broker of its own: the tests that share one expect only their own articles on the topics.
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(root.resolve("kafka"), 0)) {
            runHostileBacklog(broker.bootstrapServers());
        }
    }

    private void runHostileBacklog(String bootstrap) throws Exception {
        DataFolder data = new DataFolder(root.resolve("data"));
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Map<String, Long> storedAt = new ConcurrentHashMap<>();
        Map<String, EnrichedArticle> stored = new ConcurrentHashMap<>();
        SinkListener sink = new SinkListener() {
            @Override
            public void stored(EnrichedArticle article) {
                String file = Path.of(article.getSourceFile()).getFileName().toString();
                storedAt.putIfAbsent(file, System.nanoTime());
                stored.put(file + "#" + article.getId(), article);
            }
        };

        Set<String> good = goodFiles(inbox);
        Set<String> hostile = hostileFiles(inbox);

        TopicSetup.ensure(KafkaConnection.to(bootstrap));
        ArticleEnricher enricher = new ArticleEnricher(Clock.systemUTC());
        Database database = Database.sqlite(data.database());
        try (Pipeline pipeline = Pipeline.start(KafkaConnection.to(bootstrap), IngestConfig.defaults(inbox, data.root()),
                data.streamsState(), database, () -> enricher, Clock.systemUTC(), IngestListener.NONE, sink)) {
            Eventually.await(WAIT, () -> storedAt.keySet().containsAll(good) && settled(hostile, storedAt.keySet(), data),
                    () -> "good not stored: " + missing(good, storedAt.keySet()) + "; hostile not settled: "
                            + hostile.stream().filter(h -> !settled(Set.of(h), storedAt.keySet(), data)).toList());

            long first = good.stream().mapToLong(storedAt::get).min().orElseThrow();
            long last = good.stream().mapToLong(storedAt::get).max().orElseThrow();
            assertTrue(last - first <= Duration.ofMinutes(1).toNanos(),
                    "good files stored over " + (last - first) / 1_000_000 + " ms");
            EnrichedArticle huge = stored.values().stream()
                    .filter(a -> a.getSourceFile().toString().endsWith("huge.txt")).findFirst().orElseThrow();
            assertTrue(huge.getMetadata().containsKey(TextBudget.CUT_KEY), "the huge article says it was cut");
            assertEquals(2, stored.keySet().stream().filter(k -> k.startsWith("many-bad-lines.jsonl#")).count(),
                    "the two good lines among 20,000 bad ones");
            List<Path> failed = files(data.failed());
            assertTrue(failed.size() <= 2 * hostile.size() + 1, "failed/ holds " + failed.size() + " files");

            Files.writeString(inbox.resolve("after.txt"), "Chinese engineers were attacked near Dasu, Pakistan, after all that.");
            Eventually.await(WAIT, () -> storedAt.containsKey("after.txt"), () -> "the pipeline took nothing more");
        }
    }

    private static Set<String> goodFiles(Path inbox) throws IOException {
        Set<String> names = ConcurrentHashMap.newKeySet();
        Seeds.copyTo(inbox);
        names.addAll(Seeds.names());
        try (Stream<Path> files = Files.list(DEV_ARTICLES)) {
            for (Path file : files.sorted().limit(40).toList()) {
                Files.copy(file, inbox.resolve(file.getFileName()));
                names.add(file.getFileName().toString());
            }
        }
        return names;
    }

    private static Set<String> hostileFiles(Path inbox) throws IOException {
        List<String> names = new ArrayList<>();
        names.add(write(inbox, "long-first-line.txt", "title: Attack" + " ".repeat(80_000) + "near Gwadar\n\nBody."));
        names.add(write(inbox, "spaced-title.json", "{\"title\": \"Blast example.com" + " ".repeat(80_000)
                + "- Pakistan - DAWN.COM\", \"body\": \"Chinese engineers in Gwadar.\"}"));
        StringBuilder book = new StringBuilder();
        while (book.length() < 1_500_000) {
            book.append("Chinese engineers were escorted from Karachi to Gwadar by the Special Security Division. ");
        }
        names.add(write(inbox, "huge.txt", book.toString()));
        StringBuilder lines = new StringBuilder("{\"body\": \"Gwadar port opened a new berth.\"}\n");
        for (int i = 0; i < 20_000; i++) {
            lines.append("not json ").append(i).append('\n');
        }
        lines.append("{\"body\": \"Karachi police arrested two suspects.\"}\n");
        names.add(write(inbox, "many-bad-lines.jsonl", lines.toString()));
        names.add(write(inbox, "\u062e".repeat(125) + "~.bin", "\u0000\u0001\u0002 binary"));
        byte[] bomNoise = new byte[4096];
        new java.util.Random(7).nextBytes(bomNoise);
        bomNoise[0] = (byte) 0xFF;
        bomNoise[1] = (byte) 0xFE;
        Files.write(inbox.resolve("bom-noise.txt"), bomNoise);
        names.add("bom-noise.txt");
        names.add(write(inbox, "nul.json", "{\"title\": \"x\", \"body\": \"a\\u0000b Chinese engineers\"}"));
        return Set.copyOf(names);
    }

    private static String write(Path inbox, String name, String text) throws IOException {
        Files.writeString(inbox.resolve(name), text, StandardCharsets.UTF_8);
        return name;
    }

    /** Stored, or in failed/ beside a note that gives a reason. */
    private static boolean settled(Set<String> names, Set<String> stored, DataFolder data) {
        for (String name : names) {
            if (stored.contains(name)) {
                continue;
            }
            try {
                List<Path> failed = files(data.failed());
                boolean inFailed = failed.stream().anyMatch(p -> p.getFileName().toString().equals(name)
                        || p.getFileName().toString().startsWith(name.substring(0, Math.min(20, name.length()))));
                boolean noted = failed.stream().filter(p -> p.toString().endsWith(".error.json")).anyMatch(p -> {
                    try {
                        String note = Files.readString(p);
                        return note.contains("\"reason\"") && note.contains(name.substring(0, Math.min(20, name.length())));
                    } catch (IOException e) {
                        return false;
                    }
                });
                if (!(inFailed && noted)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static List<String> missing(Set<String> wanted, Set<String> have) {
        return wanted.stream().filter(w -> !have.contains(w)).sorted().toList();
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
