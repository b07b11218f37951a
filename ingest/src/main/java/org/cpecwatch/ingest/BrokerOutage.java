package org.cpecwatch.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether Kafka is reachable, as the last sends told, and when to try again. An outage is not a file's fault: while
 * it lasts, files wait in the inbox and the claimed ones are retried with exponential backoff (1 s doubling up to
 * 30 s). Sends answer on the producer's thread, so every method is synchronized.
 */
final class BrokerOutage {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private Duration backoff = Duration.ZERO;
    private Instant retryAt = Instant.MIN;
    private boolean confirmed;

    synchronized boolean isOngoing() {
        return !backoff.isZero();
    }

    /** A send was acknowledged since the start or the last failure: ingest may send in batches. */
    synchronized boolean isConfirmed() {
        return confirmed;
    }

    synchronized Instant retryAt() {
        return retryAt;
    }

    /** True when no outage is known, or its backoff has passed and one more try is due. */
    synchronized boolean mayTry(Instant now) {
        return !now.isBefore(retryAt);
    }

    /** A send failed for a reason that passes (timeout, no leader, connection refused): wait longer each time. */
    synchronized Duration sendFailed(Instant now) {
        backoff = backoff.isZero() ? FIRST_BACKOFF : min(backoff.multipliedBy(2), MAX_BACKOFF);
        retryAt = now.plus(backoff);
        confirmed = false;
        return backoff;
    }

    synchronized void sendSucceeded() {
        confirmed = true;
        backoff = Duration.ZERO;
        retryAt = Instant.MIN;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
