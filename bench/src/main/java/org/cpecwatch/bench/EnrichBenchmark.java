package org.cpecwatch.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.schemas.avro.RawArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole enrichment chain, one article per operation, so ops/s is articles/s; one thread, so it is per core.
 * Cycling through the corpus keeps the mix of long and short, relevant and irrelevant articles of the dev set.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class EnrichBenchmark {

    /** Relative to the repository root, where shared/ lies beside the clone; run-enrich.sh passes an absolute path. */
    @Param("../shared/corpus/dev/articles")
    public String corpus;

    private RawArticle[] articles;
    private ArticleEnricher enricher;
    private int next;

    @Setup
    public void load() {
        // A fixed clock keeps Instant.now() out of the measurement and every run's output identical.
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        List<RawArticle> loaded = Corpus.load(Path.of(corpus), at);
        articles = loaded.toArray(RawArticle[]::new);
        enricher = new ArticleEnricher(Clock.fixed(at, ZoneOffset.UTC));
    }

    @Benchmark
    public void enrichOneArticle(Blackhole sink) {
        sink.consume(enricher.enrich(articles[next]));
        next = next + 1 == articles.length ? 0 : next + 1;
    }
}
