package org.cpecwatch.enrich.reload;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.cpecwatch.enrich.ArticleEnricher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enricher built from the analyst's rule files, rebuilt when one of them changes, without a restart. A file
 * that no longer loads leaves the previous rules in force: a typo must not stop the stream.
 */
public final class LiveEnricher implements Supplier<ArticleEnricher>, AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(LiveEnricher.class);

    private final RuleFiles files;
    private final Clock clock;
    private final ReloadListener listener;
    private final FileStamps stamps;
    private final AtomicReference<ArticleEnricher> current;
    private ScheduledExecutorService watcher;

    /** Loads the files once; a file that does not load here is the caller's error to report, not a reload. */
    public LiveEnricher(RuleFiles files, Clock clock, ReloadListener listener) throws IOException {
        this.files = files;
        this.clock = clock;
        this.listener = listener;
        this.stamps = new FileStamps(files.files());
        this.current = new AtomicReference<>(files.load(clock));
    }

    @Override
    public ArticleEnricher get() {
        return current.get();
    }

    /** Looks at the files once; true when they changed, stayed so since the last look, and the new rules are in force. */
    public synchronized boolean reloadIfChanged() {
        if (!stamps.changedAndSettled()) {
            return false;
        }
        try {
            ArticleEnricher fresh = files.load(clock);
            current.set(fresh);
            // Ruleset and model together: a new model file alone changes the scores as much as a new ruleset.
            LOG.info("rule files reloaded, ruleset+model {}", fresh.version());
            listener.rulesReloaded(fresh.version());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("rule files changed but do not load; keeping ruleset+model {}: {}", get().version(), e.getMessage());
            listener.rulesRejected(e.getMessage());
            return false;
        }
    }

    /** Checks the files every interval on a daemon thread; nothing to watch when only shipped rules are used. */
    public synchronized LiveEnricher watch(Duration interval) {
        if (watcher == null && !files.files().isEmpty()) {
            watcher = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "cpecwatch-rule-files");
                thread.setDaemon(true);
                return thread;
            });
            watcher.scheduleWithFixedDelay(this::reloadQuietly, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** A scheduled task that throws is never run again: one bad look must not end reloading for good. */
    private void reloadQuietly() {
        try {
            reloadIfChanged();
        } catch (Throwable e) {
            LOG.error("checking the rule files failed; trying again at the next look", e);
        }
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.shutdownNow();
            watcher = null;
        }
    }
}
