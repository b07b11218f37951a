package org.cpecwatch.app.ops;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.cpecwatch.ingest.IngestListener;

/** Counts what ingest reports, then passes every call on to the host's own listener. */
final class IngestMeters implements IngestListener {

    private final IngestListener next;
    private final Counter published;
    private final Counter failures;

    IngestMeters(MeterRegistry registry, IngestListener next) {
        this.next = next;
        this.published = Counter.builder("cpecwatch.ingest.articles.published")
                .description("Articles Kafka acknowledged and whose file was archived").register(registry);
        this.failures = Counter.builder("cpecwatch.ingest.failures")
                .description("Files (or lines of a JSON-lines file) ingest could not publish").register(registry);
    }

    @Override
    public void published(String file, String articleId, int partition, long offset) {
        published.increment();
        next.published(file, articleId, partition, offset);
    }

    @Override
    public void failed(String file, String reason) {
        failures.increment();
        next.failed(file, reason);
    }

    @Override
    public void progress(long processed, long total, double filesPerSecond, Duration eta) {
        next.progress(processed, total, filesPerSecond, eta);
    }
}
