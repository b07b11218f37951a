package org.cpecwatch.ingest.inbox;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the files in the inbox that are completely written: their size and modification time have not changed
 * for the minimum age. A file still being copied keeps changing, so it waits. The wait counts from the file's
 * modification time when that is earlier than its first sighting: a file renamed into the inbox long after it was
 * written (a feeder's hidden name, a move from another folder) has been unchanged all that time, and a live feed's
 * drop-to-row latency should not pay the window twice. It is still looked at twice, {@link #SECOND_LOOK} apart: a
 * clock behind on a network share or a copy tool that sets the old time first must not pass a half-written file.
 */
public final class ReadyFiles {

    private record Observation(long size, Instant modified, Instant unchangedSince) {
    }

    static final Duration SECOND_LOOK = Duration.ofMillis(200);

    private final Path inbox;
    private final Duration minAge;
    private final Clock clock;
    private final int depth;
    private final Map<Path, Observation> seen = new HashMap<>();

    public ReadyFiles(Path inbox, Duration minAge, Clock clock) {
        this(inbox, minAge, clock, true);
    }

    public ReadyFiles(Path inbox, Duration minAge, Clock clock, boolean scanSubfolders) {
        this.inbox = inbox;
        this.minAge = minAge;
        this.clock = clock;
        this.depth = scanSubfolders ? Integer.MAX_VALUE : 1;
    }

    /** Scans the inbox (and its subfolders when configured) once; returns the files that are ready, oldest first. */
    public List<Path> scan() {
        Instant now = clock.instant();
        List<Path> ready = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        try {
            // The walk hands over the attributes it read anyway: one lstat a file, not two.
            Files.walkFileTree(inbox, EnumSet.noneOf(FileVisitOption.class), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                    if (!attributes.isDirectory() && !FileNames.isIgnored(path.getFileName().toString())) {
                        observe(path, attributes, now, present, ready);
                    }
                    return FileVisitResult.CONTINUE;
                }

                // Removed mid-walk, or the inbox itself is gone: what was found is still valid.
                @Override
                public FileVisitResult visitFileFailed(Path path, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // The visitor never fails the walk, so nothing gets here; what was found so far is valid anyway.
        }
        seen.keySet().retainAll(present);
        ready.sort((a, b) -> seen.get(a).unchangedSince().compareTo(seen.get(b).unchangedSince()));
        return ready;
    }

    /** When the first file that is still settling becomes ready, if one is waiting: the worker sleeps until then. */
    public Optional<Instant> nextReadyAt() {
        return seen.values().stream().map(seen -> seen.unchangedSince().plus(minAge)).min(Instant::compareTo);
    }

    /** Files seen in the inbox at the last scan and not claimed since: the inbox's share of a backlog. */
    public int waiting() {
        return seen.size();
    }

    /** The size the last scan saw, 0 for a file it did not see. */
    public long sizeAtScan(Path path) {
        Observation observed = seen.get(path);
        return observed == null ? 0 : observed.size();
    }

    /** The file left the inbox; forget it. */
    public void forget(Path path) {
        seen.remove(path);
    }

    /**
     * Links and FIFOs are handed on too (never followed or opened here), so the reader can refuse them into the
     * failed folder instead of leaving them in the inbox for ever.
     */
    private void observe(Path path, BasicFileAttributes attributes, Instant now, Set<Path> present, List<Path> ready) {
        present.add(path);
        if (isReady(path, attributes, now)) {
            ready.add(path);
        }
    }

    private boolean isReady(Path path, BasicFileAttributes attributes, Instant now) {
        long size = attributes.size();
        Instant modified = attributes.lastModifiedTime().toInstant();
        Observation previous = seen.get(path);
        if (previous == null) {
            Instant earliest = now.minus(minAge).plus(SECOND_LOOK.compareTo(minAge) < 0 ? SECOND_LOOK : minAge);
            Instant since = modified.isBefore(earliest) ? earliest : modified.isBefore(now) ? modified : now;
            seen.put(path, new Observation(size, modified, since));
            return !now.isBefore(since.plus(minAge));
        }
        if (previous.size() != size || !previous.modified().equals(modified)) {
            seen.put(path, new Observation(size, modified, now));
            return minAge.isZero();
        }
        return !now.isBefore(previous.unchangedSince().plus(minAge));
    }
}
