package org.cpecwatch.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/** Size and modification time of the path itself (a link is not followed): tells whether a file changed. */
record FileSnapshot(boolean regularFile, boolean symbolicLink, long size, FileTime modified) {

    static FileSnapshot of(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new FileSnapshot(attributes.isRegularFile(), attributes.isSymbolicLink(), attributes.size(),
                attributes.lastModifiedTime());
    }
}
