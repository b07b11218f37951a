package org.cpecwatch.enrich.reload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

/**
 * Size and modification time of a few files, compared with the last look. Polling rather than a WatchService:
 * editors replace files by rename, and watch events for a single file in a shared folder are easy to miss.
 */
final class FileStamps {

    private record Stamp(boolean exists, long size, long modifiedMillis) {
    }

    private final List<Path> files;
    private List<Stamp> taken;
    private List<Stamp> lastSeen;

    FileStamps(List<Path> files) {
        this.files = List.copyOf(files);
        this.taken = now();
        this.lastSeen = taken;
    }

    /**
     * True once the files differ from those last taken up and have stayed the same since the previous look: a file
     * still being written is not taken up half-saved.
     */
    boolean changedAndSettled() {
        List<Stamp> current = now();
        boolean settled = Objects.equals(current, lastSeen);
        lastSeen = current;
        if (settled && !Objects.equals(current, taken)) {
            taken = current;
            return true;
        }
        return false;
    }

    private List<Stamp> now() {
        return files.stream().map(FileStamps::stamp).toList();
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(true, attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return new Stamp(false, -1, -1);
        }
    }
}
