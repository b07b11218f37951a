package org.cpecwatch.schemas.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The pulse of a stage's worker thread: the loop beats on every turn and at least every {@link #BEAT_INTERVAL}, and
 * says when it ends, for whatever reason. The stage is ready only while the beats keep coming, so a worker stuck in
 * one call stops being ready as surely as one that died.
 */
public final class WorkerHeartbeat implements Readiness {

    public static final Duration BEAT_INTERVAL = Duration.ofSeconds(1);
    // Longer than any single wait the loops make on purpose (a blocked send gives up after 5 s).
    public static final Duration SILENCE_LIMIT = Duration.ofSeconds(20);

    private final Clock clock;
    private volatile Instant lastBeat;
    private volatile boolean ended;

    public WorkerHeartbeat(Clock clock) {
        this.clock = clock;
    }

    public void beat() {
        lastBeat = clock.instant();
    }

    /** The worker is gone: it never counts as ready again. */
    public void end() {
        ended = true;
    }

    @Override
    public boolean isReady() {
        Instant last = lastBeat;
        return !ended && last != null && !clock.instant().isAfter(last.plus(SILENCE_LIMIT));
    }
}
