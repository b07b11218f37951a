package org.cpecwatch.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.cpecwatch.ingest.files.IngestFolders;

/**
 * Where ingest reads and puts files, and how patient it is. Every default lives in {@link #of}; where the folders
 * other than the inbox lie is {@link IngestFolders}'s to say.
 *
 * @param inbox        folder users drop article files into
 * @param processing   files claimed from the inbox and not yet acknowledged by Kafka
 * @param archive      files whose record Kafka acknowledged, by day: {@code archive/yyyy/MM/dd}
 * @param failed       files that cannot be read, each with a {@code .error.json} sidecar, and the notes on bad JSON lines
 * @param ledger       the SQLite file that records what became of every file
 * @param minFileAge   how long size and modification time must stay unchanged before a file counts as written
 * @param rescanInterval how often the whole inbox is scanned, for what the file system's watch events miss
 *                     (an overflow, a network file system); new files are normally noticed at once
 * @param scanSubfolders whether files in folders inside the inbox are ingested too
 * @param maxFileBytes larger files are refused: an article is never that big, a video or an archive may be
 */
public record IngestConfig(Path inbox, Path processing, Path archive, Path failed, Path ledger, Duration minFileAge,
                           Duration rescanInterval, long maxFileBytes, boolean scanSubfolders) {

    public static final Duration DEFAULT_MIN_FILE_AGE = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RESCAN_INTERVAL = Duration.ofSeconds(5);
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public IngestConfig {
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(processing, "processing");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(failed, "failed");
        Objects.requireNonNull(ledger, "ledger");
        if (minFileAge.isNegative()) {
            throw new IllegalArgumentException("minFileAge must not be negative: " + minFileAge);
        }
        if (rescanInterval.isZero() || rescanInterval.isNegative()) {
            throw new IllegalArgumentException("rescanInterval must be positive: " + rescanInterval);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
    }

    /** The inbox where the user wants it and ingest's own folders as given, with every default setting. */
    public static IngestConfig of(Path inbox, IngestFolders folders) {
        return new IngestConfig(inbox, folders.processing(), folders.archive(), folders.failed(), folders.ledger(),
                DEFAULT_MIN_FILE_AGE, DEFAULT_RESCAN_INTERVAL, DEFAULT_MAX_FILE_BYTES, true);
    }

    /** The layout {@code cpecwatch} uses: the inbox where the user wants it, everything else under the data folder. */
    public static IngestConfig defaults(Path inbox, Path dataDir) {
        return of(inbox, IngestFolders.under(dataDir));
    }

    public IngestFolders folders() {
        return new IngestFolders(processing, archive, failed, ledger);
    }

    public IngestConfig withMinFileAge(Duration age) {
        return new IngestConfig(inbox, processing, archive, failed, ledger, age, rescanInterval, maxFileBytes, scanSubfolders);
    }

    public IngestConfig withRescanInterval(Duration interval) {
        return new IngestConfig(inbox, processing, archive, failed, ledger, minFileAge, interval, maxFileBytes, scanSubfolders);
    }

    public IngestConfig withScanSubfolders(boolean scan) {
        return new IngestConfig(inbox, processing, archive, failed, ledger, minFileAge, rescanInterval, maxFileBytes, scan);
    }
}
