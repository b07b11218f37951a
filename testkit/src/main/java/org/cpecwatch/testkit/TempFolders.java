package org.cpecwatch.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes test folders; a file that cannot be removed is left for the OS to clean, never a test failure. */
public final class TempFolders {

    private TempFolders() {
    }

    public static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("[testkit] could not remove " + folder + ": " + e.getMessage());
        }
    }
}
