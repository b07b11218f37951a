package org.cpecwatch.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cpecwatch.testkit.MutableClock;
import org.junit.jupiter.api.Test;

class StreamsReadinessTest {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final StreamsReadiness readiness = new StreamsReadiness(clock, running::get);

    @Test
    void shouldBeReadyOnlyWhileStreamsIsRunning() {
        assertTrue(readiness.isReady());

        running.set(false);

        assertFalse(readiness.isReady(), "rebalancing, in error or shutting down");
    }

    @Test
    void shouldNotBeReadyWhileAFailedThreadIsReplacedThoughStreamsStillSaysRunning() {
        readiness.threadFailed();
        clock.advance(StreamsReadiness.QUIET_AFTER_FAILURE.minusSeconds(1));

        assertTrue(running.get());
        assertFalse(readiness.isReady(), "a record that kills every thread taking it keeps enrich from looking ready");

        clock.advance(Duration.ofSeconds(2));

        assertTrue(readiness.isReady(), "quiet for long enough after the replacement");
    }
}
