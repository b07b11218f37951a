package org.cpecwatch.enrich;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.cpecwatch.schemas.health.Readiness;

/**
 * Enrich is ready while Kafka Streams is RUNNING (not REBALANCING, PENDING_SHUTDOWN or ERROR) and no stream thread
 * failed in the last {@link #QUIET_AFTER_FAILURE}. Streams still says RUNNING for a while after a thread dies, until
 * its replacement joins, and a record that kills every thread that takes it swings Streams between RUNNING and
 * REBALANCING for ever: the quiet period keeps both from looking ready.
 */
final class StreamsReadiness implements Readiness {

    static final Duration QUIET_AFTER_FAILURE = Duration.ofSeconds(30);

    private final Clock clock;
    private final BooleanSupplier running;
    private volatile Instant lastFailure = Instant.MIN;

    StreamsReadiness(Clock clock, BooleanSupplier running) {
        this.clock = clock;
        this.running = running;
    }

    void threadFailed() {
        lastFailure = clock.instant();
    }

    @Override
    public boolean isReady() {
        Instant failed = lastFailure;
        boolean quiet = failed == Instant.MIN || clock.instant().isAfter(failed.plus(QUIET_AFTER_FAILURE));
        return quiet && running.getAsBoolean();
    }
}
