package org.cpecwatch.ingest.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders 0700 and files 0600: the articles people drop may be sensitive, and a file keeps the permissions it had in
 * the inbox when it is moved, whatever the data folder's. Where the file system has no POSIX permissions it leaves
 * things as they are.
 */
public final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** For {@link Files#createFile} and its kind: the file is private from its first byte. */
    public static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Creates the folder and any missing parents as private; an existing folder is left as it is. */
    public static Path createFolders(Path folder) throws IOException {
        return POSIX ? Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER))
                : Files.createDirectories(folder);
    }

    /** Creates the folder as private, or takes away what group and others may do in it. */
    public static Path ensureFolder(Path folder) throws IOException {
        createFolders(folder);
        if (POSIX && !Files.getPosixFilePermissions(folder).equals(FOLDER)) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
        return folder;
    }

    /** Takes away what group and others may do with the file. */
    public static Path restrict(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, FILE);
        }
        return file;
    }
}
