package org.cpecwatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One progress report at intervals while a backlog is worked off: files done since the backlog began, the total
 * (done plus still waiting), the rate and the time left. Quiet for a handful of files, which flow by at once.
 */
final class ProgressMeter {

    static final int MIN_BACKLOG = 100;
    static final Duration INTERVAL = Duration.ofSeconds(5);

    private final Clock clock;
    private final IngestListener listener;
    private Instant backlogStart;
    private Instant lastReport;
    private long done;

    ProgressMeter(Clock clock, IngestListener listener) {
        this.clock = clock;
        this.listener = listener;
    }

    /** Files settled (archived, failed, duplicate) since the last call. */
    void settled(int files) {
        if (backlogStart != null) {
            done += files;
        }
    }

    /** Called every round with what still waits (inbox, processing, in flight). */
    void waiting(long left) {
        Instant now = clock.instant();
        if (backlogStart == null) {
            if (left >= MIN_BACKLOG) {
                backlogStart = now;
                lastReport = now;
                done = 0;
            }
            return;
        }
        if (left == 0 || !now.isBefore(lastReport.plus(INTERVAL))) {
            report(now, left);
        }
        if (left == 0) {
            backlogStart = null;
        }
    }

    private void report(Instant now, long left) {
        lastReport = now;
        double seconds = Duration.between(backlogStart, now).toMillis() / 1000.0;
        double rate = seconds > 0 ? done / seconds : 0;
        Duration eta = rate > 0 ? Duration.ofMillis((long) (left / rate * 1000)) : null;
        listener.progress(done, done + left, rate, eta);
    }
}
