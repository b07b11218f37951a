package org.cpecwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Benchmark: files/s ingest takes from a full inbox to acknowledged records on articles.raw and "
                + "archived files (a new embedded broker in a temporary folder).")
final class BenchIngestCommand implements Callable<Integer> {

    private static final int FILE_CHARS = 5_000;

    private record Run(long bytes, double seconds, long failed, String cpu) {
    }

    @Option(names = "--files", defaultValue = "10000", paramLabel = "N", description = "Files (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--warmup", defaultValue = "0", paramLabel = "N", description = "Files ingested first, unmeasured, "
            + "with other texts and folders, so the measured run finds the JVM's compiled code in place "
            + "(default: ${DEFAULT-VALUE}: a cold start, as a user's first backlog meets it).")
    int warmup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (files < 1 || warmup < 0) {
            throw new UserError("--files must be at least 1 and --warmup at least 0, got " + files + " and " + warmup);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("cpecwatch-bench-ingest");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(folder.resolve("kafka"), 0)) {
            KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
            TopicSetup.ensure(kafka);
            if (warmup > 0) {
                ingest(kafka, folder.resolve("warmup"), warmup, "Warm-up article ");
            }
            Run run = ingest(kafka, folder.resolve("measured"), files, "Article ");
            out.printf(Locale.ROOT, "ingest: %d files of %d KB (%.1f MB) read, published with acks=all and archived in "
                            + "%.2f s = %.0f files/s, %.1f MB/s; %d failed%s%n", files, FILE_CHARS / 1000, run.bytes() / 1e6,
                    run.seconds(), files / run.seconds(), run.bytes() / 1e6 / run.seconds(), run.failed(),
                    warmup > 0 ? " (after " + warmup + " warm-up files)" : "");
            out.println(run.cpu());
            out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
        } finally {
            Folders.deleteQuietly(folder);
        }
        out.flush();
        return 0;
    }

    private Run ingest(KafkaConnection kafka, Path folder, int count, String firstLine) throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        long bytes = writeFiles(inbox, count, firstLine);
        // The files are complete before the clock starts, so the readiness wait is not what is measured.
        IngestConfig config = IngestConfig.defaults(inbox, folder.resolve("data")).withMinFileAge(Duration.ZERO);
        CountDownLatch done = new CountDownLatch(count);
        AtomicLong failed = new AtomicLong();
        IngestListener counter = new IngestListener() {
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
        CpuUse cpu = new CpuUse();
        String cpuUsed;
        long start = System.nanoTime();
        try (IngestService ingest = Stages.ingest(kafka, config, Clock.systemUTC(), counter).start()) {
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new UserError("ingest finished only " + (count - done.getCount()) + " files in 10 minutes");
            }
            // Read before the service closes: its threads' CPU time is gone once they end.
            cpuUsed = cpu.since(count);
        }
        return new Run(bytes, (System.nanoTime() - start) / 1e9, failed.get(), cpuUsed);
    }

    /** Distinct articles (a numbered first line), so none is a duplicate of another. */
    private static long writeFiles(Path inbox, int count, String firstLine) throws IOException {
        Random random = new Random(7);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            byte[] text = (firstLine + i + "\n\n" + BenchSinkCommand.text(random).substring(0, FILE_CHARS))
                    .getBytes(StandardCharsets.UTF_8);
            Files.write(inbox.resolve(String.format(Locale.ROOT, "article-%05d.txt", i)), text);
            bytes += text.length;
        }
        return bytes;
    }
}
