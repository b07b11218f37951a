package org.cpecwatch.app.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.cpecwatch.ingest.files.FailedFolder;
import org.cpecwatch.ingest.inbox.FileNames;
import org.cpecwatch.ingest.ledger.FileLedger;
import org.cpecwatch.ingest.ledger.FileState;

/**
 * How many files are where: waiting in the inbox, in processing, archived, failed, copies, and how many were
 * published. {@code status} prints them and the metrics publish them, so both count the same way.
 */
public final class FileCounts {

    private FileCounts() {
    }

    /** In a stable order: inbox, processing, archived, failed, duplicate, published. */
    public static Map<String, Long> of(DataFolder data, Path inbox) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        // The ledger only learns of a file when ingest claims it: what waits in the inbox is counted on disk.
        counts.put("inbox", countFiles(inbox, name -> !FileNames.isIgnored(name)));
        counts.putAll(Files.exists(data.ingestLedger()) ? ledgerCounts(data) : folderCounts(data));
        return counts;
    }

    private static Map<String, Long> ledgerCounts(DataFolder data) throws SQLException {
        Map<FileState, Long> byState;
        try (FileLedger ledger = FileLedger.open(data.ingestLedger(), Clock.systemUTC())) {
            byState = ledger.counts();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        // Published files wait in processing until they are moved to the archive.
        counts.put("processing", byState.get(FileState.CLAIMED) + byState.get(FileState.PUBLISHED));
        counts.put("archived", byState.get(FileState.ARCHIVED));
        counts.put("failed", byState.get(FileState.FAILED));
        counts.put("duplicate", byState.get(FileState.DUPLICATE));
        counts.put("published", byState.get(FileState.PUBLISHED) + byState.get(FileState.ARCHIVED));
        return counts;
    }

    /** Before the first ingest wrote a ledger (or a data folder from an older cpecwatch): the folders tell. */
    private static Map<String, Long> folderCounts(DataFolder data) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("processing", countFiles(data.processing(), name -> true));
        long archived = countFiles(data.archive(), name -> true);
        counts.put("archived", archived);
        counts.put("failed", countFiles(data.failed(), name -> !name.endsWith(FailedFolder.SIDECAR_SUFFIX)));
        counts.put("duplicate", 0L);
        counts.put("published", archived);
        return counts;
    }

    private static long countFiles(Path folder, Predicate<String> counted) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> counted.test(p.getFileName().toString())).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the files in " + folder, e);
        }
    }
}
