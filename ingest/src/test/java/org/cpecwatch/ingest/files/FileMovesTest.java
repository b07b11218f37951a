package org.cpecwatch.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMovesTest {

    @TempDir
    Path root;

    @Test
    void shouldNeverOverwriteAnExistingFile() throws IOException {
        Path target = Files.createDirectories(root.resolve("archive"));
        Files.writeString(target.resolve("report.txt"), "first");
        Path second = Files.writeString(root.resolve("report.txt"), "second");

        Path landed = FileMoves.moveInto(second, target);

        assertEquals(target.resolve("report (2).txt"), landed);
        assertEquals("first", Files.readString(target.resolve("report.txt")));
        assertEquals("second", Files.readString(landed));
        assertFalse(Files.exists(second));
    }

    @Test
    void shouldNumberNamesWithoutExtension() {
        assertEquals("README (3)", FileMoves.numbered("README", 3));
        assertEquals(".profile (2)", FileMoves.numbered(".profile", 2));
    }

    @Test
    void shouldArchiveIntoDayFolderOfAcknowledgement() throws IOException {
        Path file = Files.writeString(root.resolve("a.txt"), "x");

        Path landed = new Archive(root.resolve("archive")).put(file, Instant.parse("2024-11-14T23:59:59Z"));

        assertEquals(root.resolve("archive/2024/11/14/a.txt"), landed);
    }

    @Test
    void shouldWriteSidecarSayingWhyFileFailed() throws IOException {
        Path file = Files.writeString(root.resolve("bad.txt"), "");

        Path landed = new FailedFolder(root.resolve("failed")).put(file, FailureNote.ofFile("bad.txt",
                "empty file (0 bytes)", null, 1, Instant.parse("2024-11-14T10:00:00Z")));

        String sidecar = Files.readString(landed.resolveSibling("bad.txt.error.json"));
        assertEquals("""
                {
                  "stage" : "ingest",
                  "originalName" : "bad.txt",
                  "reason" : "empty file (0 bytes)",
                  "attempts" : 1,
                  "failedAt" : "2024-11-14T10:00:00Z"
                }
                """, sidecar);
        assertEquals(FailureNote.ofFile("bad.txt", "empty file (0 bytes)", null, 1, Instant.parse("2024-11-14T10:00:00Z")),
                FailedFolder.readSidecar(landed));
    }
}
