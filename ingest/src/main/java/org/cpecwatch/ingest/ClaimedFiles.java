package org.cpecwatch.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files in processing that wait to be sent, held by the worker alone. A file is here, in flight, or
 * waiting for its retry time, never two at once: that is what keeps a file that was just archived from being
 * sent again (the old design listed the processing folder every round and raced with the archive move).
 */
final class ClaimedFiles {

    private final ArrayDeque<Path> waiting = new ArrayDeque<>();
    private final Map<Path, Instant> retryAt = new HashMap<>();
    private final Set<Path> fresh = new HashSet<>();
    private final Clock clock;

    ClaimedFiles(Clock clock) {
        this.clock = clock;
    }

    /** A file found in processing at start-up: it may have been sent, even acknowledged, before. */
    void add(Path claimed) {
        waiting.add(claimed);
    }

    /** A file this run just claimed from the inbox: nothing of it can have been sent yet. */
    void addFresh(Path claimed) {
        waiting.add(claimed);
        fresh.add(claimed);
    }

    /** True once for a file claimed by this run that is about to be sent for the first time. */
    boolean isFirstSend(Path file) {
        return fresh.remove(file);
    }

    /** The broker was away or the archive move failed: the file is sent (or archived) again after the backoff. */
    void retryLater(Path file, Duration backoff) {
        retryAt.put(file, clock.instant().plus(backoff));
    }

    /** The next file to send, retries whose time has come included; null when there is none. */
    Path next() {
        Instant now = clock.instant();
        for (Iterator<Map.Entry<Path, Instant>> due = retryAt.entrySet().iterator(); due.hasNext(); ) {
            Map.Entry<Path, Instant> retry = due.next();
            if (!now.isBefore(retry.getValue())) {
                waiting.add(retry.getKey());
                due.remove();
            }
        }
        return waiting.poll();
    }

    boolean hasWaiting() {
        return !waiting.isEmpty();
    }

    Optional<Instant> nextRetryAt() {
        return retryAt.values().stream().min(Instant::compareTo);
    }

    int size() {
        return waiting.size() + retryAt.size();
    }
}
