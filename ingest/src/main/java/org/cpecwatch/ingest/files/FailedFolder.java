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
        writeSidecar(landed, originalName, reason, at);
        return landed;
    }

    /**
     * One line of a JSON-lines file that is not an article, kept as {@code <name>.line-<N>.jsonl} with its own
     * sidecar, while the file's good lines are published and the file itself is archived.
     */
    public Path putLine(String originalName, int lineNumber, String line, String reason, Instant at) throws IOException {
        int dot = originalName.lastIndexOf('.');
        String base = dot > 0 ? originalName.substring(0, dot) : originalName;
        Path landed = FileMoves.writeNew(root, base + ".line-" + lineNumber + ".jsonl", line + "\n");
        writeSidecar(landed, originalName + ", line " + lineNumber, reason, at);
        return landed;
    }

    private static void writeSidecar(Path landed, String originalName, String reason, Instant at) throws IOException {
        String sidecar = "file: " + originalName + "\n"
                + "failed at: " + at + "\n"
                + "reason: " + reason + "\n";
        Files.writeString(landed.resolveSibling(landed.getFileName() + SIDECAR_SUFFIX), sidecar, StandardCharsets.UTF_8);
    }
}
