package org.cpecwatch.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.cpecwatch.app.data.Folders;
import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.app.pipeline.TopicSetup;
import org.cpecwatch.broker.EmbeddedKafkaBroker;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.IngestListener;
import org.cpecwatch.ingest.IngestService;
import org.cpecwatch.schemas.kafka.KafkaConnection;

/**
 * Files per second ingest takes from a full inbox to acknowledged records on {@code articles.raw} and archived files,
 * on a new embedded broker in a temporary folder. Distinct articles of {@link #FILE_CHARS} characters, complete
 * before the clock starts, so the readiness wait is not what is measured.
 */
public final class IngestBench {

    public static final int FILE_CHARS = 5_000;
    private static final Duration LIMIT = Duration.ofMinutes(10);

    /** One measured run: bytes read, seconds taken, files failed, and where the CPU went. */
    public record Run(long bytes, double seconds, long failed, String cpu) {
    }

    private IngestBench() {
    }

    /** {@code warmup} files first, unmeasured, with other texts and folders; then {@code files} files, measured. */
    public static Run run(int files, int warmup) throws Exception {
        Path folder = Files.createTempDirectory("cpecwatch-bench-ingest");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(folder.resolve("kafka"), 0)) {
            KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
            TopicSetup.ensure(kafka);
            if (warmup > 0) {
                ingest(kafka, folder.resolve("warmup"), warmup, "Warm-up article ");
            }
            return ingest(kafka, folder.resolve("measured"), files, "Article ");
        } finally {
            Folders.deleteQuietly(folder);
        }
    }

    private static Run ingest(KafkaConnection kafka, Path folder, int count, String firstLine) throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        long bytes = writeFiles(inbox, count, firstLine);
        IngestConfig config = IngestConfig.defaults(inbox, folder.resolve("data")).withMinFileAge(Duration.ZERO);
        CountDownLatch done = new CountDownLatch(count);
        AtomicLong failed = new AtomicLong();
        StageCpu.Mark cpu = StageCpu.mark();
        String cpuUsed;
        long start = System.nanoTime();
        try (IngestService ingest = Stages.ingest(kafka, config, Clock.systemUTC(), counter(done, failed)).start()) {
            if (!done.await(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
                throw new IllegalStateException("ingest finished only " + (count - done.getCount()) + " files in "
                        + LIMIT.toMinutes() + " minutes");
            }
            // Read before the service closes: its threads' CPU time is gone once they end.
            cpuUsed = cpu.ingestReport(count);
        }
        return new Run(bytes, (System.nanoTime() - start) / 1e9, failed.get(), cpuUsed);
    }

    private static IngestListener counter(CountDownLatch done, AtomicLong failed) {
        return new IngestListener() {
            @Override
            public void published(String file, String articleId, int partition, long offset) {
                done.countDown();
            }

            @Override
            public void failed(String file, String reason) {
                failed.incrementAndGet();
                done.countDown();
            }
        };
    }

    /** Distinct articles (a numbered first line), so none is a duplicate of another. */
    private static long writeFiles(Path inbox, int count, String firstLine) throws IOException {
        Random random = new Random(7);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            byte[] text = (firstLine + i + "\n\n" + SyntheticText.of(random).substring(0, FILE_CHARS))
                    .getBytes(StandardCharsets.UTF_8);
            Files.write(inbox.resolve(String.format(Locale.ROOT, "article-%05d.txt", i)), text);
            bytes += text.length;
        }
        return bytes;
    }
}
