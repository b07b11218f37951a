package org.cpecwatch.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.files.IngestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path dir;

    @Test
    void shouldCreateTheDataFolderForItsOwnerOnly() throws IOException {
        DataFolder data = new DataFolder(dir.resolve("data"));

        data.tryLock().orElseThrow().close();

        assertEquals("rwx------", permissions(data.root()));
    }

    @Test
    void shouldTightenADataFolderOthersCouldRead() throws IOException {
        Path root = Files.createDirectory(dir.resolve("data"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));

        new DataFolder(root).tryLock().orElseThrow().close();

        assertEquals("rwx------", permissions(root));
    }

    @Test
    void shouldLayOutIngestsFoldersAsIngestDoes() {
        DataFolder data = new DataFolder(dir.resolve("data"));

        assertEquals(IngestFolders.under(data.root()), data.ingestFolders());
        assertEquals(IngestConfig.defaults(dir.resolve("inbox"), data.root()).folders(), data.ingestFolders());
        assertEquals(data.ingestFolders().failed(), data.failed());
        assertEquals(data.ingestFolders().ledger(), data.ingestLedger());
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void shouldLetOneProcessRunAStageOnAFolderButDifferentStagesShareIt(@org.junit.jupiter.api.io.TempDir Path root) {
        DataFolder data = new DataFolder(root.resolve("data"));
        try (DataFolder.RunLock ingest = data.tryLockStage("ingest").orElseThrow();
             DataFolder.RunLock sink = data.tryLockStage("sink").orElseThrow()) {
            org.junit.jupiter.api.Assertions.assertTrue(data.tryLockStage("ingest").isEmpty());
        }
        data.tryLockStage("ingest").orElseThrow().close();
    }
}
