package org.cpecwatch.ingest.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Files that cannot become articles, each beside a {@code <name>.error.txt} that says why, in words. */
public final class FailedFolder {

    public static final String SIDECAR_SUFFIX = ".error.txt";

    private final Path root;

    public FailedFolder(Path root) {
        this.root = root;
    }

    public Path put(Path file, String originalName, String reason, Instant at) throws IOException {
        Path landed = FileMoves.moveInto(file, root);
        String sidecar = "file: " + originalName + "\n"
                + "failed at: " + at + "\n"
                + "reason: " + reason + "\n";
        Files.writeString(landed.resolveSibling(landed.getFileName() + SIDECAR_SUFFIX), sidecar, StandardCharsets.UTF_8);
        return landed;
    }
}
