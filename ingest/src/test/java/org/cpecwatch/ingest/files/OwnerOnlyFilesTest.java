package org.cpecwatch.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whoever may read the inbox, what ingest keeps in the data folder is its owner's alone. */
class OwnerOnlyFilesTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path root;

    private Path dropped;

    @BeforeEach
    void dropAFileOthersMayRead() throws IOException {
        dropped = root.resolve("inbox").resolve("report.txt");
        Files.createDirectories(dropped.getParent());
        Files.writeString(dropped, "Chinese engineers were attacked near Dasu.");
        Files.setPosixFilePermissions(dropped, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void shouldArchiveAFileReadableByItsOwnerOnly() throws IOException {
        Path archived = new Archive(root.resolve("archive")).put(dropped, NOW);

        assertEquals("rw-------", permissions(archived));
        assertEquals("rwx------", permissions(archived.getParent()), "the day folder");
    }

    @Test
    void shouldKeepAFailedFileAndItsNoteReadableByTheirOwnerOnly() throws IOException {
        FailedFolder failed = new FailedFolder(root.resolve("failed"));

        Path kept = failed.put(dropped, FailureNote.ofFile("report.txt", "empty", null, 1, NOW));
        Path note = failed.putNote(FailureNote.ofBadLines("feed.jsonl", java.util.List.of(new FailureNote.BadLine(3, "no body")), root.resolve("feed.jsonl"), NOW));

        assertEquals("rw-------", permissions(kept));
        assertEquals("rw-------", permissions(FailedFolder.sidecarOf(kept)));
        assertEquals("rw-------", permissions(note), "a note alone");
        assertEquals("rwx------", permissions(root.resolve("failed")));
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
