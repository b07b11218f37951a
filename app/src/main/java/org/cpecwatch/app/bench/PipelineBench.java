package org.cpecwatch.app.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.app.data.Folders;
import org.cpecwatch.app.pipeline.Pipeline;
import org.cpecwatch.app.pipeline.TopicSetup;
import org.cpecwatch.broker.EmbeddedKafkaBroker;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.IngestListener;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.sink.SinkListener;
import org.cpecwatch.sink.db.Database;

/**
 * The whole pipeline as {@code run} runs it (embedded broker in this JVM, ingest, enrich, sink into a new SQLite file)
 * on a backlog already in its inbox, one JSON file per article: launch to last row, articles/s end to end, when each
 * stage finished, CPU-seconds per article per stage, peak RSS; then, if asked, the drop-to-row latency of a live feed
 * and the cost of a restart. Its lines are printed as the figures are known, progress every 10 s in between.
 */
public final class PipelineBench {

    /**
     * @param feedRate    articles a second dropped after the backlog (0: no feed)
     * @param feedSeconds how long the feed lasts
     * @param restart     whether to stop and start the pipeline again twice, with and without its Streams state
     */
    public record Settings(int feedRate, int feedSeconds, boolean restart) {
    }

    private final int feedRate;
    private final int feedSeconds;
    private final boolean restart;
    private final PrintWriter out;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final Map<String, Long> droppedAt = new ConcurrentHashMap<>();
    private final List<Long> latencies = new ArrayList<>();

    public PipelineBench(Settings settings, PrintWriter out) {
        this.feedRate = settings.feedRate();
        this.feedSeconds = settings.feedSeconds();
        this.restart = settings.restart();
        this.out = out;
    }

    /**
     * @param backlog articles written to the inbox before launch
     * @param feed    articles dropped after the backlog at the feed rate
     * @param source  where the backlog came from, for the first line
     */
    public void run(List<String> backlog, List<String> feed, String source) throws Exception {
        Path folder = Files.createTempDirectory("cpecwatch-bench-pipeline");
        try {
            DataFolder data = new DataFolder(folder.resolve("data"));
            Path inbox = Files.createDirectories(folder.resolve("inbox"));
            for (int i = 0; i < backlog.size(); i++) {
                Files.writeString(inbox.resolve(String.format(Locale.ROOT, "a%06d.json", i)), backlog.get(i));
            }
            out.printf(Locale.ROOT, "backlog: %d articles (%s), %.1f MB, in the inbox before launch%n", backlog.size(),
                    source, bytes(backlog) / 1e6);
            out.flush();
            runPipeline(out, data, inbox, backlog.size(), feed);
        } finally {
            Folders.deleteQuietly(folder);
        }
        out.flush();
    }

    private void runPipeline(PrintWriter out, DataFolder data, Path inbox, int backlog, List<String> feed)
            throws Exception {
        long launch = System.nanoTime();
        Map<String, Double> cpuBefore = StageCpu.now();
        IngestListener ingestCounter = new IngestListener() {
            @Override
            public void published(String file, String articleId, int partition, long offset) {
                published.incrementAndGet();
            }
        };
        SinkListener sinkCounter = new SinkListener() {
            @Override
            public void stored(EnrichedArticle article) {
                stored.incrementAndGet();
                Long dropped = droppedAt.remove(Path.of(article.getSourceFile()).getFileName().toString());
                if (dropped != null) {
                    synchronized (latencies) {
                        latencies.add(System.nanoTime() - dropped);
                    }
                }
            }
        };
        ArticleEnricher enricher = new ArticleEnricher(Clock.systemUTC());
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data.kafka(), 0)) {
            KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
            TopicSetup.ensure(kafka);
            IngestConfig ingest = IngestConfig.of(inbox, data.ingestFolders());
            try (Pipeline pipeline = Pipeline.start(kafka, ingest, data.streamsState(),
                    Database.sqlite(data.database()), () -> enricher, Clock.systemUTC(), ingestCounter, sinkCounter);
                 Admin admin = Admin.create(kafka.settings(Map.of()))) {
                double ready = seconds(launch);
                double ingested = Double.NaN;
                double enriched = Double.NaN;
                long lastReport = System.nanoTime();
                long lastProgress = System.nanoTime();
                long lastStored = 0;
                while (stored.get() < backlog) {
                    Thread.sleep(200);
                    if (stored.get() != lastStored) {
                        lastStored = stored.get();
                        lastProgress = System.nanoTime();
                    } else if (seconds(lastProgress) > 120) {
                        throw new IllegalStateException("no article stored for 2 minutes: " + stored.get() + " of " + backlog
                                + " stored, " + published.get() + " published (copies with the same text are archived "
                                + "without being sent again)");
                    }
                    if (Double.isNaN(ingested) && published.get() >= backlog) {
                        ingested = seconds(launch);
                    }
                    if (Double.isNaN(enriched) && endOffsets(admin) >= backlog) {
                        enriched = seconds(launch);
                    }
                    if (System.nanoTime() - lastReport > 10e9) {
                        lastReport = System.nanoTime();
                        out.printf(Locale.ROOT, "  %5.0f s: published %d, stored %d%n", seconds(launch), published.get(),
                                stored.get());
                        out.flush();
                    }
                }
                double total = seconds(launch);
                Map<String, Double> cpu = StageCpu.now();
                report(out, backlog, ready, ingested, enriched, total, cpuBefore, cpu);
                if (!feed.isEmpty()) {
                    feed(out, inbox, feed);
                }
            }
            if (restart) {
                restart(out, data, inbox, kafka, ingest, enricher, ingestCounter, sinkCounter, false);
                restart(out, data, inbox, kafka, ingest, enricher, ingestCounter, sinkCounter, true);
            }
        }
    }

    /**
     * Starts the stopped pipeline again and drops one new article: the time to its row is what a restart costs,
     * Streams' restore (all of it when the state folder is gone) and the story window's rebuild included.
     */
    private void restart(PrintWriter out, DataFolder data, Path inbox, KafkaConnection kafka, IngestConfig ingest,
                         ArticleEnricher enricher, IngestListener ingestCounter, SinkListener sinkCounter,
                         boolean withoutState) throws Exception {
        if (withoutState) {
            Folders.deleteQuietly(data.streamsState());
        }
        long target = stored.get() + 1;
        String name = "restart" + target + ".json";
        long start = System.nanoTime();
        try (Pipeline pipeline = Pipeline.start(kafka, ingest, data.streamsState(), Database.sqlite(data.database()),
                () -> enricher, Clock.systemUTC(), ingestCounter, sinkCounter)) {
            double started = seconds(start);
            Path hidden = inbox.resolve(".restart.part");
            Files.writeString(hidden, "{\"title\": \"After the restart " + target + "\", \"body\": \"One new article "
                    + "dropped after the pipeline started again, number " + target + ", to time the restart.\"}");
            // Its own row, by file name: a row the sink replays after the restart must not end the wait.
            droppedAt.put(name, System.nanoTime());
            Files.move(hidden, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            while (droppedAt.containsKey(name) && seconds(start) < 600) {
                Thread.sleep(50);
            }
            out.printf(Locale.ROOT, "restart %s: stages started in %.1f s, %s%n",
                    withoutState ? "without the Streams state folder (restored from the changelogs)"
                            : "with the Streams state folder", started,
                    droppedAt.containsKey(name) ? "no new row within 600 s (timed out)"
                            : String.format(Locale.ROOT, "first new row after %.1f s", seconds(start)));
            out.flush();
        }
    }

    private void report(PrintWriter out, int backlog, double ready, double ingested, double enriched, double total,
                        Map<String, Double> before, Map<String, Double> after) {
        out.printf(Locale.ROOT, "launch to last row: %.1f s = %.0f articles/s end to end (broker and stages ready "
                + "after %.1f s; %.0f articles/s after that)%n", total, backlog / total, ready, backlog / (total - ready));
        out.printf(Locale.ROOT, "stages done (s after launch): ingest published all %.1f, enrich wrote all %.1f, "
                + "sink stored all %.1f%n", ingested, enriched, total);
        StringBuilder cpu = new StringBuilder("CPU-seconds (ms per article):");
        after.forEach((stage, seconds) -> {
            double used = seconds - before.getOrDefault(stage, 0.0);
            cpu.append(String.format(Locale.ROOT, " %s %.1f (%.2f);", stage, used, used * 1000 / backlog));
        });
        out.println(cpu);
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "peak RSS %d MiB; heap max %d MiB; machine: %d cores, %s %s, Java %s%n",
                StageCpu.peakResidentMiB(), runtime.maxMemory() >> 20, runtime.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        out.flush();
    }

    /** Each file written under a hidden name and renamed into the inbox, as a careful feeder does. */
    private void feed(PrintWriter out, Path inbox, List<String> feed) throws Exception {
        long start = System.nanoTime();
        long target = stored.get() + feed.size();
        for (int i = 0; i < feed.size(); i++) {
            long due = start + (long) (i * 1e9 / feedRate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String name = String.format(Locale.ROOT, "feed%06d.json", i);
            Path hidden = inbox.resolve("." + name + ".part");
            Files.writeString(hidden, feed.get(i), StandardCharsets.UTF_8);
            droppedAt.put(name, System.nanoTime());
            Files.move(hidden, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        while (stored.get() < target && seconds(start) < feedSeconds + 120) {
            Thread.sleep(100);
        }
        long[] sorted;
        synchronized (latencies) {
            sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        out.printf(Locale.ROOT, "live feed: %d articles at %d/s, %d stored; drop-to-row p50 %.2f s, p99 %.2f s, "
                        + "max %.2f s%n", feed.size(), feedRate, sorted.length, percentile(sorted, 0.50),
                percentile(sorted, 0.99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e9);
        out.flush();
    }

    private static double percentile(long[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e9;
    }

    private static long endOffsets(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        for (int p = 0; p < Topics.enriched().partitions(); p++) {
            latest.put(new TopicPartition(Topics.ENRICHED, p), OffsetSpec.latest());
        }
        // Transaction markers take an offset each, so this runs ahead of the record count: a lower bound on the time.
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    private static long bytes(List<String> articles) {
        return articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
