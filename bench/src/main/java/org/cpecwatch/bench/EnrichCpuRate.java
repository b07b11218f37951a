package org.cpecwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.schemas.avro.RawArticle;

/**
 * Articles enriched per second of this thread's CPU time: unlike JMH's wall-clock figure, it does not fall when other
 * processes share the cores, so it can be compared across a busy and a quiet machine. Median of the rounds.
 */
public final class EnrichCpuRate {

    // About 10 s of the JIT at work on this machine: fewer rounds measured code still being compiled.
    private static final int WARM_UP_ROUNDS = 100;
    private static final int ROUNDS = 30;

    private EnrichCpuRate() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dev/articles");
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<RawArticle> corpus = Corpus.load(folder, now);
        ArticleEnricher enricher = new ArticleEnricher(Clock.fixed(now, ZoneOffset.UTC));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[ROUNDS];
        long checksum = 0;
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (RawArticle article : corpus) {
                checksum += enricher.enrich(article).getCleanText().length();
            }
            long cpuNanos = threads.getCurrentThreadCpuTime() - start;
            if (round >= 0) {
                rates[round] = corpus.size() / (cpuNanos / 1e9);
            }
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "enrich: %.0f articles per CPU-second of one thread (median of %d rounds over %d "
                        + "articles; min %.0f, max %.0f; checksum %d)%n", rates[ROUNDS / 2], ROUNDS, corpus.size(), rates[0],
                rates[ROUNDS - 1], checksum);
    }
}
