package org.cpecwatch.ingest.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Files that cannot become articles, each beside a {@code <name>.error.json} {@link FailureNote} that says why; and
 * notes alone, for a file that vanished and for the bad lines of a JSON-lines file that was archived. Files and notes
 * are readable by the owner only, like the archive.
 */
public final class FailedFolder {

    public static final String SIDECAR_SUFFIX = ".error.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_ATTEMPTS = 10_000;

    private final Path root;

    public FailedFolder(Path root) {
        this.root = root;
    }

    public Path put(Path file, FailureNote note) throws IOException {
        Path landed = moveIn(file);
        writeSidecar(landed, note);
        return landed;
    }

    /** The move alone: a caller that must settle the file even when its note cannot be written writes it next. */
    public Path moveIn(Path file) throws IOException {
        return OwnerOnly.restrict(FileMoves.moveInto(file, root));
    }

    /** Writes the note beside a file already moved here; returns the sidecar's path. */
    public Path writeSidecar(Path landed, FailureNote note) throws IOException {
        Path sidecar = sidecarOf(landed);
        Files.deleteIfExists(sidecar);
        Files.createFile(sidecar, OwnerOnly.fileAttributes());
        return Files.writeString(sidecar, JSON.writeValueAsString(note) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Only a note, named as the sidecar of the note's original name (numbered when that is taken), so it reads as
     * the sidecar of a file that is not here; returns the note's path.
     */
    public Path putNote(FailureNote note) throws IOException {
        OwnerOnly.createFolders(root);
        for (int n = 1; n <= MAX_ATTEMPTS; n++) {
            Path standIn = root.resolve(FileMoves.numbered(note.originalName(), n));
            if (Files.exists(standIn, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Path sidecar = Files.createFile(sidecarOf(standIn), OwnerOnly.fileAttributes());
                return Files.writeString(sidecar, JSON.writeValueAsString(note) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                // An earlier note of that name: try the next number.
            }
        }
        throw new IOException("no free name for a note on " + note.originalName() + " in " + root);
    }

    /** {@code <name>.error.json}; for a name near the limit, its start, a short hash of it, and the suffix. */
    public static Path sidecarOf(Path failedFile) {
        return failedFile.resolveSibling(NameLimit.fit(failedFile.getFileName().toString(), SIDECAR_SUFFIX));
    }

    public static FailureNote readSidecar(Path failedFile) throws IOException {
        return JSON.readValue(sidecarOf(failedFile).toFile(), FailureNote.class);
    }
}
