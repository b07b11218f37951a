package org.cpecwatch.app.ops;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.app.data.FileCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code cpecwatch_files{state=inbox|processing|archived|failed|duplicate}}: the files where {@code status} counts
 * them (the ledger, and the inbox on disk), counted by a background task every {@link #REFRESH}, never in a scrape.
 */
final class FileGauges {

    static final Duration REFRESH = Duration.ofSeconds(2);
    static final List<String> STATES = List.of("inbox", "processing", "archived", "failed", "duplicate");
    private static final Logger LOG = LoggerFactory.getLogger(FileGauges.class);

    private final DataFolder data;
    private final Path inbox;
    private final Map<String, Double> counts = new ConcurrentHashMap<>();

    FileGauges(MeterRegistry registry, DataFolder data, Path inbox, ScheduledExecutorService scheduler) {
        this.data = data;
        this.inbox = inbox;
        for (String state : STATES) {
            counts.put(state, Double.NaN);
            Gauge.builder("cpecwatch.files", counts, c -> c.getOrDefault(state, Double.NaN)).tag("state", state)
                    .description("Files in each state: waiting in the inbox, claimed, archived, failed, copies")
                    .register(registry);
        }
        scheduler.scheduleWithFixedDelay(this::refresh, 0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            Map<String, Long> now = FileCounts.of(data, inbox);
            STATES.forEach(state -> counts.put(state, now.getOrDefault(state, 0L).doubleValue()));
        } catch (Exception e) {
            // A file moved away mid-walk, a ledger busy for longer than its timeout: the next round counts again.
            LOG.debug("cannot count the files: {}", e.toString());
        }
    }
}
