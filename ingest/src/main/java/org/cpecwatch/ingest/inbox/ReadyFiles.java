package org.cpecwatch.ingest.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the files in the inbox that are completely written: their size and modification time have not changed
 * for the minimum age. A file still being copied keeps changing, so it waits.
 */
public final class ReadyFiles {

    private record Observation(long size, Instant modified, Instant unchangedSince) {
    }

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
        try (Stream<Path> files = Files.walk(inbox, depth)) {
            files.filter(p -> !p.equals(inbox)).filter(p -> !FileNames.isIgnored(p.getFileName().toString()))
                    .forEach(path -> {
                        BasicFileAttributes attributes = attributesOrNull(path);
                        // Links and FIFOs are handed on too (never followed or opened here), so the reader can
                        // refuse them into the failed folder instead of leaving them in the inbox for ever.
                        if (attributes == null || attributes.isDirectory()) {
                            return;
                        }
                        present.add(path);
                        if (isReady(path, attributes, now)) {
                            ready.add(path);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // The inbox itself vanished or a folder was removed mid-walk: what was found so far is still valid.
            if (!Files.isDirectory(inbox)) {
                return List.of();
            }
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

    private boolean isReady(Path path, BasicFileAttributes attributes, Instant now) {
        long size = attributes.size();
        Instant modified = attributes.lastModifiedTime().toInstant();
        Observation previous = seen.get(path);
        if (previous == null || previous.size() != size || !previous.modified().equals(modified)) {
            seen.put(path, new Observation(size, modified, now));
            return minAge.isZero();
        }
        return !now.isBefore(previous.unchangedSince().plus(minAge));
    }

    private static BasicFileAttributes attributesOrNull(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }
}
