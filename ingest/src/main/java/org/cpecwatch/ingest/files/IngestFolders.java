package org.cpecwatch.ingest.files;

import java.nio.file.Path;
import java.util.Objects;

import org.cpecwatch.ingest.ledger.FileLedger;

/**
 * Where ingest keeps what it took from the inbox: the one definition of that layout, which {@code IngestConfig} and
 * the launcher's data folder both take from here.
 *
 * @param processing files claimed from the inbox and not yet acknowledged by Kafka
 * @param archive    files whose record Kafka acknowledged, by day: {@code archive/yyyy/MM/dd}
 * @param failed     files that cannot be read, each with a {@code .error.json} sidecar
 * @param ledger     the SQLite file that records what became of every file
 */
public record IngestFolders(Path processing, Path archive, Path failed, Path ledger) {

    public IngestFolders {
        Objects.requireNonNull(processing, "processing");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(failed, "failed");
        Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * {@code processing/}, {@code archive/}, {@code failed/} and the ledger inside {@code folder}: the data folder
     * today. A claim is an atomic move only when the inbox and {@code processing/} share a file system, so a
     * deployment whose data folder lies elsewhere names a folder beside the inbox instead.
     */
    public static IngestFolders under(Path folder) {
        return new IngestFolders(folder.resolve("processing"), folder.resolve("archive"), folder.resolve("failed"),
                FileLedger.location(folder));
    }
}
