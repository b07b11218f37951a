package org.cpecwatch.ingest;

import static org.cpecwatch.ingest.BadInputCase.archived;
import static org.cpecwatch.ingest.BadInputCase.failed;
import static org.cpecwatch.ingest.BadInputCase.settled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.cpecwatch.ingest.files.FailedFolder;
import org.cpecwatch.ingest.files.FailureNote;
import org.cpecwatch.ingest.ledger.FileLedger;
import org.cpecwatch.ingest.read.format.TestDocuments;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.cpecwatch.testkit.TopicRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input dropped into one inbox together with good files: each bad one lands in failed/ with a
 * sidecar that says why, the good ones are published and archived, and ingest still takes a file dropped afterwards.
 * One dynamic test per case, so a failure names the case.
 */
@ExtendWith(KafkaBrokerExtension.class)
class IngestBadInputIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Topic<String, RawArticle> RAW = Topics.raw();
    private static final long SIZE_CAP = 1024 * 1024;
    private static final String TRIGGER = "0-trigger.txt";
    private static final String DELETED = "zz-deleted.txt";
    private static final String CHANGED = "zz-changed.txt";
    private static final String UNREADABLE = "locked.txt";

    private final String nonce = Long.toString(System.nanoTime());
    private final String secret = "SECRET-" + nonce;

    @TempDir
    Path root;

    @BeforeAll
    static void createTopics(TestBroker broker) {
        IngestOnBroker.createTopics(broker);
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputLandsInFailedWhileGoodFilesFlowOn(TestBroker broker) throws Exception {
        IngestConfig config = new IngestConfig(root.resolve("inbox"), root.resolve("data/processing"),
                root.resolve("data/archive"), root.resolve("data/failed"), FileLedger.location(root.resolve("data")),
                Duration.ZERO, Duration.ofMillis(100), SIZE_CAP, true);
        Path outside = Files.createDirectories(root.resolve("outside")).resolve("secret.txt");
        Files.writeString(outside, secret + " lives outside the inbox and must never be read by ingest.");

        List<BadInputCase> inInbox = inboxCases(outside);
        List<BadInputCase> inProcessing = processingCases();
        Files.createDirectories(config.inbox());
        Files.createDirectories(config.processing());
        for (BadInputCase c : inInbox) {
            c.writer().write(config.inbox().resolve(c.name()));
        }
        for (BadInputCase c : inProcessing) {
            c.writer().write(config.processing().resolve(c.name()));
        }
        boolean unreadableTestable = lockOrExplain(config.inbox().resolve(UNREADABLE));
        List<BadInputCase> cases = Stream.concat(inInbox.stream(), inProcessing.stream())
                .filter(c -> unreadableTestable || !c.name().equals(UNREADABLE)).toList();

        Instant started = Instant.now();
        try (IngestService ingest = new IngestService(config, producer(broker), RAW.name(), Clock.systemUTC(),
                deleteAndChangeAfterTrigger(config.processing())).start()) {
            Eventually.await(WAIT, () -> cases.stream().allMatch(c -> endedSomewhere(config, c)),
                    () -> "not settled: " + cases.stream().filter(c -> !endedSomewhere(config, c)).toList()
                            + ", inbox " + list(config.inbox()) + ", processing " + list(config.processing()));
            // Whole at once: with no minimum file age, the watch would otherwise catch the file still empty.
            Path late = Files.writeString(root.resolve("late.txt"), goodText("late"));
            Files.move(late, config.inbox().resolve("late.txt"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Eventually.await(WAIT, () -> archivedCopy(config, "late.txt").isPresent(), () -> "late.txt not archived");
        }
        System.out.println("bad-input scenario settled in " + Duration.between(started, Instant.now()));

        Map<String, List<RawArticle>> published = publishedBySourceFile(broker, cases);
        List<DynamicTest> tests = new ArrayList<>();
        for (BadInputCase c : cases) {
            tests.add(DynamicTest.dynamicTest(c.toString(), () -> {
                try {
                    check(config, c, published);
                } catch (AssertionError e) {
                    // Reports show dynamic tests by index: the message must name the case.
                    throw new AssertionError("case " + c + ": " + e.getMessage(), e);
                }
            }));
        }
        if (!unreadableTestable) {
            tests.add(DynamicTest.dynamicTest(UNREADABLE, () -> assumeTrue(false,
                    "running as root: chmod 000 does not stop root reading, so the unreadable-file case is not tested")));
        }
        tests.add(DynamicTest.dynamicTest("the file a link points to is neither moved nor read", () -> {
            assertTrue(Files.isRegularFile(outside, LinkOption.NOFOLLOW_LINKS), "still in place: " + outside);
            assertTrue(published.values().stream().flatMap(List::stream).noneMatch(a -> a.getBody().contains(secret)),
                    "the secret behind a link or an external entity reached the topic");
        }));
        tests.add(DynamicTest.dynamicTest("a changed file is published as it was when read", () -> {
            List<String> bodies = published.getOrDefault(CHANGED, List.of()).stream().map(RawArticle::getBody).toList();
            assertEquals(List.of(goodText("changed after the claim")), bodies);
        }));
        return tests.stream();
    }

    private List<BadInputCase> inboxCases(Path outside) throws IOException {
        return List.of(
                failed("empty.txt", "empty file (0 bytes)", file -> Files.write(file, new byte[0])),
                failed("blank.txt", "only white space", file -> Files.writeString(file, " \n\t \r\n  ")),
                failed("noise.bin", "unsupported file type", file -> Files.write(file, noise())),
                failed("huge.txt", "file too large", file -> Files.writeString(file, "Gwadar port. ".repeat((int) SIZE_CAP / 10))),
                failed("garbled.txt", "unknown character encoding", file -> Files.write(file, invalidUtf8())),
                failed("cut.pdf", "truncated PDF",
                        file -> Files.write(file, java.util.Arrays.copyOf(TestDocuments.pdf("Besham", "Five engineers died."), 120))),
                failed("locked.pdf", "encrypted application/pdf file", file -> Files.write(file, encryptedPdf())),
                failed("malformed.json", "malformed JSON", file -> Files.writeString(file, "{\"title\": \"Gwadar\", \"body\": ")),
                failed("no-text.json", "no text field", file -> Files.writeString(file, "{\"title\": \"Gwadar\", \"url\": \"x\"}")),
                failed("bom-noise.txt", "byte-order mark", file -> Files.write(file, noiseBehindUtf16Mark())),
                failed("nul.json", "holds a NUL character",
                        file -> Files.writeString(file, "{\"body\": \"Gwadar port\\u0000 reopened " + nonce + ".\"}")),
                failed("bomb.docx", "Zip bomb detected", file -> Files.write(file, TestDocuments.zipBomb(100))),
                settled("deep.html", file -> Files.writeString(file, "<html><body>" + "<div>".repeat(60_000)
                        + "Deep text about Gwadar port." + "</div>".repeat(60_000) + "</body></html>")),
                settled("entity.xml", file -> Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE doc [<!ENTITY s "
                        + "SYSTEM \"" + outside.toUri() + "\">]>\n<doc><p>Visible text about Gwadar " + nonce + ".</p><p>&s;</p></doc>")),
                failed("link.txt", "symbolic link: not followed", file -> Files.createSymbolicLink(file, outside)),
                failed("pipe.txt", "not a regular file", IngestBadInputIT::mkfifo),
                failed(UNREADABLE, "permission denied", file -> Files.writeString(file, goodText("locked"))),
                archived("good one.txt", file -> Files.writeString(file, goodText("good one"))),
                archived("good-two.txt", file -> Files.writeString(file, goodText("good two"))),
                archived("with space and\nnewline.txt", file -> Files.writeString(file, goodText("newline"))),
                archived("گوادر بندرگاہ.txt", file -> Files.writeString(file, goodText("urdu") + " گوادر")),
                archived("中巴经济走廊.txt", file -> Files.writeString(file, goodText("chinese") + " 中巴经济走廊")));
    }

    /**
     * Files a crash left in processing, read in name order in ingest's first round. When the trigger fails, the
     * listener deletes one and rewrites the other: both happen after the claim and before the read, every time.
     */
    private List<BadInputCase> processingCases() {
        return List.of(
                failed(TRIGGER, "empty file (0 bytes)", file -> Files.write(file, new byte[0])),
                failed(DELETED, "disappeared before it could be read", file -> Files.writeString(file, goodText("deleted"))),
                archived(CHANGED, file -> Files.writeString(file, goodText("as claimed"))));
    }

    private IngestListener deleteAndChangeAfterTrigger(Path processing) {
        return new IngestListener() {
            @Override
            public void failed(String file, String reason) {
                if (file.equals(TRIGGER)) {
                    try {
                        Files.delete(processing.resolve(DELETED));
                        Files.writeString(processing.resolve(CHANGED), goodText("changed after the claim"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
    }

    private void check(IngestConfig config, BadInputCase c, Map<String, List<RawArticle>> published) throws IOException {
        Optional<FailureNote> note = note(config, c.name());
        Optional<Path> archived = archivedCopy(config, c.name());
        switch (c.expected()) {
            case FAILED -> {
                assertTrue(note.isPresent(), "no sidecar for " + c + "; archived: " + archived);
                assertTrue(note.get().reason().contains(c.phrase()), "reason: " + note.get().reason());
                assertEquals("ingest", note.get().stage());
                assertEquals(c.name(), note.get().originalName());
                assertTrue(note.get().attempts() >= 1, "attempts: " + note.get().attempts());
                Instant.parse(note.get().failedAt());
                assertFalse(published.containsKey(c.name()), "a failed file reached the topic");
                if (!c.name().equals(DELETED)) {
                    assertTrue(Files.exists(config.failed().resolve(c.name()), LinkOption.NOFOLLOW_LINKS), "moved to failed/");
                }
            }
            case ARCHIVED -> {
                assertTrue(archived.isPresent(), "not archived; sidecar: " + note);
                assertTrue(published.containsKey(c.name()), "not on the topic under its original name: " + published.keySet());
            }
            case SETTLED -> assertTrue(archived.isPresent() || note.isPresent(), "neither archived nor failed");
        }
    }

    private static boolean endedSomewhere(IngestConfig config, BadInputCase c) {
        try {
            return note(config, c.name()).isPresent() || archivedCopy(config, c.name()).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<FailureNote> note(IngestConfig config, String name) throws IOException {
        Path failed = config.failed().resolve(name);
        return Files.exists(FailedFolder.sidecarOf(failed)) ? Optional.of(FailedFolder.readSidecar(failed)) : Optional.empty();
    }

    private static Optional<Path> archivedCopy(IngestConfig config, String name) {
        if (!Files.isDirectory(config.archive())) {
            return Optional.empty();
        }
        try (Stream<Path> paths = Files.walk(config.archive())) {
            return paths.filter(p -> p.getFileName().toString().equals(name)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, List<RawArticle>> publishedBySourceFile(TestBroker broker, List<BadInputCase> cases) {
        Set<String> expected = cases.stream().filter(c -> c.expected() == BadInputCase.Outcome.ARCHIVED)
                .map(BadInputCase::name).collect(Collectors.toSet());
        List<ConsumerRecord<String, RawArticle>> records = TopicRecords.readUntil(broker.bootstrapServers(), RAW.name(),
                new StringDeserializer(), RAW.valueSerde().deserializer(),
                seen -> mine(seen).keySet().containsAll(expected), WAIT);
        return mine(records);
    }

    /** The records of this run (the broker is shared by every test class): the ones that carry this run's nonce. */
    private Map<String, List<RawArticle>> mine(List<ConsumerRecord<String, RawArticle>> records) {
        return records.stream().map(ConsumerRecord::value)
                .filter(a -> a.getBody().contains(nonce) || a.getBody().contains(secret))
                .collect(Collectors.groupingBy(RawArticle::getSourceFile));
    }

    private String goodText(String which) {
        return "Security was raised along the corridor after the " + which + " report, officials said " + nonce + ".";
    }

    private static boolean lockOrExplain(Path file) throws IOException {
        Files.setPosixFilePermissions(file, Set.of());
        if (Files.isReadable(file)) {
            System.err.println("""
                    !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
                    !!! IngestBadInputIT: running as root, chmod 000 does not stop reading. The UNREADABLE-FILE
                    !!! case CANNOT BE TESTED here and is SKIPPED; run the ITs as an ordinary user to cover it.
                    !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!""");
            Files.delete(file);
            return false;
        }
        return true;
    }

    private static void mkfifo(Path file) throws IOException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            assertEquals(0, mkfifo.waitFor(), "mkfifo " + file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static byte[] noise() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }

    /** Random bytes (no NUL among them) behind FF FE: decoded leniently they became CJK-looking text. */
    private static byte[] noiseBehindUtf16Mark() {
        byte[] bytes = new byte[4096];
        new Random(11).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
        }
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        return bytes;
    }

    /** Lead bytes with no valid trail: not UTF-8, and no other charset reads them without damage. */
    private static byte[] invalidUtf8() {
        byte[] text = "Officials said the convoy reached Gwadar port on Monday after a long delay. ".repeat(4)
                .getBytes(StandardCharsets.US_ASCII);
        for (int i = 20; i < text.length; i += 60) {
            text[i - 1] = (byte) 0x81;
            text[i + 10] = (byte) 0x8D;
        }
        return text;
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static KafkaProducer<String, RawArticle> producer(TestBroker broker) {
        return IngestOnBroker.producer(broker, "ingest-bad-input-it");
    }

    private static List<String> list(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
