package org.cpecwatch.ingest.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where a file goes once Kafka has its record: one folder a day, {@code archive/yyyy/MM/dd}, UTC, readable by the
 * owner only (the move would keep the permissions the file had in the inbox).
 */
public final class Archive {

    private static final DateTimeFormatter DAY_FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final Path root;

    public Archive(Path root) {
        this.root = root;
    }

    public Path put(Path file, Instant acknowledgedAt) throws IOException {
        return OwnerOnly.restrict(FileMoves.moveInto(file, root.resolve(DAY_FOLDER.format(acknowledgedAt))));
    }
}
