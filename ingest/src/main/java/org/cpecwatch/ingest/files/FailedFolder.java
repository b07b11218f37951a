package org.cpecwatch.ingest.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Files that cannot become articles, each beside a {@code <name>.error.json} {@link FailureNote} that says why; both
 * readable by the owner only, like the archive.
 */
public final class FailedFolder {

    public static final String SIDECAR_SUFFIX = ".error.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;

    public FailedFolder(Path root) {
        this.root = root;
    }

    public Path put(Path file, FailureNote note) throws IOException {
        Path landed = OwnerOnly.restrict(FileMoves.moveInto(file, root));
        writeSidecar(landed, note);
        return landed;
    }

    /**
     * One line of a JSON-lines file that is not an article, kept as {@code <name>.line-<N>.jsonl} with its own
     * sidecar, while the file's good lines are published and the file itself is archived.
     */
    public Path putLine(String line, FailureNote note) throws IOException {
        String originalName = note.originalName();
        int dot = originalName.lastIndexOf('.');
        String base = dot > 0 ? originalName.substring(0, dot) : originalName;
        Path landed = FileMoves.writeNew(root, base + ".line-" + note.line() + ".jsonl", line + "\n");
        writeSidecar(landed, note);
        return landed;
    }

    /** Only the note, for a file that vanished before it could be moved here; returns the note's path. */
    public Path putNote(FailureNote note) throws IOException {
        return FileMoves.writeNew(root, note.originalName() + SIDECAR_SUFFIX, JSON.writeValueAsString(note) + "\n");
    }

    public static Path sidecarOf(Path failedFile) {
        return failedFile.resolveSibling(failedFile.getFileName() + SIDECAR_SUFFIX);
    }

    public static FailureNote readSidecar(Path failedFile) throws IOException {
        return JSON.readValue(sidecarOf(failedFile).toFile(), FailureNote.class);
    }

    private static void writeSidecar(Path landed, FailureNote note) throws IOException {
        Path sidecar = sidecarOf(landed);
        Files.deleteIfExists(sidecar);
        Files.createFile(sidecar, OwnerOnly.fileAttributes());
        Files.writeString(sidecar, JSON.writeValueAsString(note) + "\n", StandardCharsets.UTF_8);
    }
}
