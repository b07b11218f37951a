package org.cpecwatch.app.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a path really leads, links followed, even when its last folders do not exist yet. */
final class RealPaths {

    private RealPaths() {
    }

    static Path of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            // Vanished or unreadable between the two looks: the path as given is the best answer left.
            return absolute;
        }
    }
}
