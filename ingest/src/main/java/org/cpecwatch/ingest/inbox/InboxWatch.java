package org.cpecwatch.ingest.inbox;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells ingest at once that something appeared in the inbox, so a new file does not wait for the next full
 * rescan. It only says "look again": what is ready is still decided by {@link ReadyFiles}, and the periodic
 * rescan covers what the events miss (an overflow, a network file system that sends none).
 */
public final class InboxWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWatch.class);

    private final Path inbox;
    private final boolean subfolders;
    private final Runnable onChange;
    private final WatchService watcher;
    private final Thread thread;

    private InboxWatch(Path inbox, boolean subfolders, Runnable onChange) throws IOException {
        this.inbox = inbox;
        this.subfolders = subfolders;
        this.onChange = onChange;
        this.watcher = inbox.getFileSystem().newWatchService();
        this.thread = new Thread(this::watch, "cpecwatch-inbox-watch");
        this.thread.setDaemon(true);
    }

    /** Watches {@code inbox} (and the folders in it, as they appear) until closed; null when the platform cannot. */
    public static InboxWatch start(Path inbox, boolean subfolders, Runnable onChange) {
        try {
            InboxWatch watch = new InboxWatch(inbox, subfolders, onChange);
            watch.register(inbox);
            watch.thread.start();
            return watch;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("cannot watch {}, relying on the periodic rescan: {}", inbox, e.getMessage());
            return null;
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (subfolders && event.context() instanceof Path name && Files.isDirectory(folder.resolve(name))) {
                        register(folder.resolve(name));
                    }
                }
                key.reset();
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // Closed: the service is stopping.
        }
    }

    /** A folder and, when subfolders count, every folder inside it: files may land there before we watch it. */
    private void register(Path folder) {
        try (Stream<Path> folders = subfolders ? Files.walk(folder) : Stream.of(folder)) {
            folders.filter(Files::isDirectory).forEach(this::registerOne);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot watch {}, the periodic rescan will find its files: {}", folder, e.getMessage());
        }
    }

    private void registerOne(Path folder) {
        try {
            // Creations only wake the worker; a file still growing is re-checked when its minimum age is up.
            folder.register(watcher, ENTRY_CREATE);
        } catch (IOException | ClosedWatchServiceException e) {
            LOG.debug("cannot watch {}: {}", folder, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the inbox watch: {}", e.getMessage());
        }
        thread.interrupt();
    }
}
