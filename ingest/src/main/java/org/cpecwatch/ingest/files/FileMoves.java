package org.cpecwatch.ingest.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves that never overwrite: a clash gets a numbered name, {@code report (2).txt}, never longer than the limit. The
 * folders they create and the files they write are {@link OwnerOnly}.
 */
public final class FileMoves {

    private static final int MAX_ATTEMPTS = 10_000;
    private static final int MAX_EXTENSION_BYTES = 32;

    private FileMoves() {
    }

    /** Moves {@code source} into {@code folder}, keeping its name when free; returns where it landed. */
    public static Path moveInto(Path source, Path folder) throws IOException {
        try {
            return moveIntoExisting(source, folder);
        } catch (NoSuchFileException e) {
            // Creating the folder first on every move cost two system calls a file; a missing folder is rare.
            if (Files.isDirectory(folder)) {
                throw e;
            }
            OwnerOnly.createFolders(folder);
            return moveIntoExisting(source, folder);
        }
    }

    private static Path moveIntoExisting(Path source, Path folder) throws IOException {
        String name = source.getFileName().toString();
        for (int n = 1; n <= MAX_ATTEMPTS; n++) {
            Path target = folder.resolve(numbered(name, n));
            if (Files.exists(target)) {
                continue;
            }
            try {
                return moveAtomically(source, target);
            } catch (FileAlreadyExistsException raced) {
                // Someone took the name between the check and the move: try the next number.
            }
        }
        throw new IOException("no free name for " + name + " in " + folder);
    }

    private static Path moveAtomically(Path source, Path target) throws IOException {
        try {
            return Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Another file system (a mounted inbox): a plain move, which still refuses to overwrite.
            return Files.move(source, target);
        }
    }

    /** The n-th name for {@code name}, within the file system's limit however long {@code name} already is. */
    static String numbered(String name, int n) {
        if (n == 1) {
            return name;
        }
        int dot = extensionStart(name);
        return dot > 0
                ? NameLimit.fit(name.substring(0, dot), " (" + n + ")" + name.substring(dot))
                : NameLimit.fit(name, " (" + n + ")");
    }

    /** Where the extension starts, or -1: a dot far from the end starts no extension, just part of the name. */
    private static int extensionStart(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && NameLimit.utf8Bytes(name.substring(dot)) <= MAX_EXTENSION_BYTES ? dot : -1;
    }
}
