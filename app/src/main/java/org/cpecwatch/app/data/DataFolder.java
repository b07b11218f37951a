package org.cpecwatch.app.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.cpecwatch.ingest.files.IngestFolders;
import org.cpecwatch.ingest.files.OwnerOnly;

/**
 * The layout of the data folder and the lock that lets only one {@code run} use it. Ingest's folders inside it
 * (processing, archive, failed, the ledger) are laid out by {@link IngestFolders}, which ingest owns. The lock is an OS file lock,
 * so a crashed run never leaves a stale lock behind. The folder holds the articles, the databases and the broker's
 * logs, so it is its owner's alone: what Kafka, RocksDB and SQLite create inside it cannot be reached through it.
 */
public final class DataFolder {

    private final Path root;

    public DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Creates the folder for its owner only (0700), or takes away what group and others could do in it. */
    public DataFolder createPrivate() {
        try {
            OwnerOnly.ensureFolder(root);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the data folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** True when {@code folder} is this folder or lies inside it, once links are followed. */
    public boolean contains(Path folder) {
        return RealPaths.of(folder).startsWith(RealPaths.of(root));
    }

    /** True when this folder is {@code folder} or lies inside it, once links are followed. */
    public boolean isInside(Path folder) {
        return RealPaths.of(root).startsWith(RealPaths.of(folder));
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path streamsState() {
        return root.resolve("streams");
    }

    public Path database() {
        return root.resolve("cpecwatch.db");
    }

    /** Ingest's folders and ledger, inside this folder. */
    public IngestFolders ingestFolders() {
        return IngestFolders.under(root);
    }

    public Path archive() {
        return ingestFolders().archive();
    }

    public Path failed() {
        return ingestFolders().failed();
    }

    public Path processing() {
        return ingestFolders().processing();
    }

    /** {@code <stage>.ready}: see {@link ReadyFile}. */
    public Path readyFile(String stage) {
        return root.resolve(stage + ".ready");
    }

    public Path ingestLedger() {
        return ingestFolders().ledger();
    }

    private Path lockFile() {
        return root.resolve("run.lock");
    }

    private Path databaseFile() {
        return root.resolve("database.url");
    }

    /**
     * Remembers which database {@code run} writes to, so the reading commands find it without --db. The URL may
     * hold a password, so the file is readable by its owner only.
     */
    public void rememberDatabase(String location) {
        createPrivate();
        try {
            Files.deleteIfExists(databaseFile());
            Files.createFile(databaseFile(), OwnerOnly.fileAttributes());
            Files.writeString(databaseFile(), location, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + databaseFile(), e);
        }
    }

    /** The database the last {@code run} on this folder wrote to, if one said so. */
    public Optional<String> rememberedDatabase() {
        try {
            return Files.exists(databaseFile())
                    ? Optional.of(Files.readString(databaseFile(), StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + databaseFile(), e);
        }
    }

    private Path brokerAddressFile() {
        return root.resolve("broker.address");
    }

    /** Takes the run lock, or returns empty when another process (or this one) holds it. */
    public Optional<RunLock> tryLock() {
        return tryLock(lockFile());
    }

    /**
     * Takes one stage's lock: two processes running the same stage on one folder would share its ledger, its
     * {@code processing/} folder or its Streams state. {@code run} takes every stage's lock too, so it and a stage
     * command exclude each other, while different stages may share a folder.
     */
    public Optional<RunLock> tryLockStage(String stage) {
        return tryLock(root.resolve(stage + ".lock"));
    }

    private Optional<RunLock> tryLock(Path file) {
        createPrivate();
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new RunLock(channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the data folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** True when a {@code run} holds this folder right now. */
    public boolean isRunning() {
        if (!Files.exists(lockFile())) {
            return false;
        }
        Optional<RunLock> probe = tryLock();
        probe.ifPresent(RunLock::close);
        return probe.isEmpty();
    }

    public void publishBrokerAddress(String bootstrapServers) {
        try {
            Files.writeString(brokerAddressFile(), bootstrapServers, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + brokerAddressFile(), e);
        }
    }

    public void withdrawBrokerAddress() {
        try {
            Files.deleteIfExists(brokerAddressFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + brokerAddressFile(), e);
        }
    }

    /** The broker of the {@code run} that holds this folder, if one does. */
    public Optional<String> runningBrokerAddress() {
        if (!isRunning() || !Files.exists(brokerAddressFile())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(brokerAddressFile(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Held for the lifetime of a run; closing it lets the next run in. */
    public static final class RunLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private RunLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release the run lock", e);
            }
        }
    }
}
