package org.cpecwatch.ingest.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gives a failed file another go: moves it from the failed folder into the inbox under a free name and drops its
 * sidecar. The move is a rename, so a running ingest sees the whole file or nothing.
 */
public final class BackToInbox {

    private BackToInbox() {
    }

    /** Returns where the file landed in the inbox. */
    public static Path move(Path failedFile, Path inbox) throws IOException {
        Path landed = FileMoves.moveInto(failedFile, inbox);
        Files.deleteIfExists(sidecarOf(failedFile));
        return landed;
    }

    public static Path sidecarOf(Path failedFile) {
        return FailedFolder.sidecarOf(failedFile);
    }

    public static boolean isSidecar(Path file) {
        return file.getFileName().toString().endsWith(FailedFolder.SIDECAR_SUFFIX);
    }
}
