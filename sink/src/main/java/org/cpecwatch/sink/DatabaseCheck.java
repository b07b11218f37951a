package org.cpecwatch.sink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.cpecwatch.schemas.health.Readiness;
import org.cpecwatch.sink.store.ArticleStore;

/**
 * Whether the sink's database answered lately and takes its writes. Written batches say so; a batch that must be
 * retried, and every {@link #PROBE_INTERVAL} while idle or backing off, a probe asks the database itself, so an
 * outage shows even when nothing arrives to be written. A database that answers the probe but refuses every write
 * (disk full, permissions, a missing table) is caught by counting: {@link #FAILED_BATCHES} retried batches in a row
 * make the sink not ready until a batch is written. Only the sink's worker thread writes here.
 */
final class DatabaseCheck implements Readiness {

    static final Duration PROBE_INTERVAL = Duration.ofSeconds(5);
    static final int FAILED_BATCHES = 3;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Clock clock;
    private volatile boolean reachable = true;
    private volatile int failedInARow;
    private Instant lastAnswer;

    DatabaseCheck(Clock clock) {
        this.clock = clock;
        this.lastAnswer = clock.instant();
    }

    void written() {
        reachable = true;
        lastAnswer = clock.instant();
    }

    /** A whole poll written: the database takes the sink's writes. */
    void batchWritten() {
        failedInARow = 0;
    }

    /** A poll (or part of one) that must be written again. */
    void batchRetried() {
        failedInARow++;
    }

    void probe(ArticleStore store) {
        reachable = store.isReachable(PROBE_TIMEOUT);
        lastAnswer = clock.instant();
    }

    void probeIfDue(ArticleStore store) {
        if (!clock.instant().isBefore(lastAnswer.plus(PROBE_INTERVAL))) {
            probe(store);
        }
    }

    @Override
    public boolean isReady() {
        return reachable && failedInARow < FAILED_BATCHES;
    }
}
