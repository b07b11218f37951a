package org.cpecwatch.sink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.cpecwatch.schemas.health.Readiness;
import org.cpecwatch.sink.store.ArticleStore;

/**
 * Whether the sink's database answered lately. Written batches say so; a batch that must be retried, and every
 * {@link #PROBE_INTERVAL} while idle or backing off, a probe asks the database itself, so an outage shows even when
 * nothing arrives to be written. Only the sink's worker thread writes here.
 */
final class DatabaseCheck implements Readiness {

    static final Duration PROBE_INTERVAL = Duration.ofSeconds(5);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Clock clock;
    private volatile boolean reachable = true;
    private Instant lastAnswer;

    DatabaseCheck(Clock clock) {
        this.clock = clock;
        this.lastAnswer = clock.instant();
    }

    void written() {
        reachable = true;
        lastAnswer = clock.instant();
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
        return reachable;
    }
}
