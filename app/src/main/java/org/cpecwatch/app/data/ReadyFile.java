package org.cpecwatch.app.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cpecwatch.schemas.health.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <data>/<stage>.ready}, the file healthchecks and {@code status} read. The stage is asked every
 * {@link #CHECK}: the file appears as soon as it is ready (a stage is seldom ready at the very moment it starts), is
 * rewritten every {@link #REFRESH} while it stays ready, and is removed as soon as it is not. A process that is
 * killed or hangs can neither remove nor refresh it, so a file older than {@link #STALE_AFTER} means not ready.
 */
public final class ReadyFile implements AutoCloseable {

    public static final Duration CHECK = Duration.ofSeconds(1);
    public static final Duration REFRESH = Duration.ofSeconds(5);
    public static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(ReadyFile.class);

    private final Path file;
    private final String stage;
    private final Readiness readiness;
    private final String content;
    private final ScheduledExecutorService timer;
    private boolean published;
    private long writtenAtNanos;
    private boolean closed;

    private ReadyFile(Path file, String stage, Readiness readiness, String content) {
        this.file = file;
        this.stage = stage;
        this.readiness = readiness;
        this.content = content;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cpecwatch-ready-" + stage);
            t.setDaemon(true);
            return t;
        });
    }

    /** Publishes the file now if the stage is ready, then keeps it in step with the stage until closed. */
    public static ReadyFile keep(Path file, String stage, Readiness readiness, String content) {
        ReadyFile ready = new ReadyFile(file, stage, readiness, content);
        ready.refresh();
        ready.timer.scheduleWithFixedDelay(ready::refreshQuietly, CHECK.toMillis(), CHECK.toMillis(),
                TimeUnit.MILLISECONDS);
        return ready;
    }

    /** One ready file for each stage of a whole pipeline, removed together when closed. */
    public static AutoCloseable keepAll(DataFolder data, Map<String, Readiness> stages, String content) {
        List<ReadyFile> kept = new ArrayList<>();
        try {
            stages.forEach((stage, readiness) -> kept.add(keep(data.readyFile(stage), stage, readiness, content)));
        } catch (RuntimeException e) {
            // The files already kept would go on saying ready for a pipeline that never started.
            kept.forEach(ReadyFile::close);
            throw e;
        }
        return () -> kept.forEach(ReadyFile::close);
    }

    /** Writes the file when the stage becomes ready and every REFRESH while it stays so; removes it when it is not. */
    public synchronized void refresh() {
        if (closed) {
            // A timer run that waited for the lock while close() ran must not put the file back.
            return;
        }
        boolean ready = readiness.isReady();
        try {
            if (ready && (!published || System.nanoTime() - writtenAtNanos >= REFRESH.toNanos())) {
                Files.writeString(file, content, StandardCharsets.UTF_8);
                writtenAtNanos = System.nanoTime();
            } else if (!ready) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file, e);
        }
        if (ready != published) {
            if (ready) {
                LOG.info("{} is ready: {} published", stage, file);
            } else {
                LOG.warn("{} is not ready: {} withdrawn", stage, file);
            }
            published = ready;
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The next refresh tries again; a file left behind goes stale on its own.
            LOG.error("cannot update the ready file of {}", stage, e);
        }
    }

    /** True when the file exists and was refreshed within {@link #STALE_AFTER}. */
    public static boolean isFresh(Path file, Instant now) {
        return age(file, now).map(age -> age.compareTo(STALE_AFTER) <= 0).orElse(false);
    }

    /** "ready", or "not ready" with the reason when a file is there but stale. */
    public static String describe(Path file, Instant now) {
        return age(file, now).map(age -> age.compareTo(STALE_AFTER) <= 0 ? "ready"
                : String.format(Locale.ROOT, "not ready: %s is %d s old, stale after %d s (a stage that was killed or hangs)",
                        file.getFileName(), age.toSeconds(), STALE_AFTER.toSeconds()))
                .orElse("not ready");
    }

    private static Optional<Duration> age(Path file, Instant now) {
        try {
            return Optional.of(Duration.between(Files.getLastModifiedTime(file).toInstant(), now));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        timer.shutdownNow();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
