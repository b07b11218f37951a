package org.cpecwatch.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.cpecwatch.ingest.IngestConfig;
import org.junit.jupiter.api.Test;

class IngestFoldersTest {

    private static final Path DATA = Path.of("/srv/cpecwatch/data");

    @Test
    void shouldKeepIngestsFoldersAndLedgerInsideTheFolderGiven() {
        IngestFolders folders = IngestFolders.under(DATA);

        assertEquals(DATA.resolve("processing"), folders.processing());
        assertEquals(DATA.resolve("archive"), folders.archive());
        assertEquals(DATA.resolve("failed"), folders.failed());
        assertEquals(DATA, folders.ledger().getParent());
    }

    @Test
    void shouldGiveTheDefaultConfigTheSameLayout() {
        IngestConfig config = IngestConfig.defaults(Path.of("/srv/cpecwatch/inbox"), DATA);

        assertEquals(IngestFolders.under(DATA), config.folders());
        assertEquals(config, IngestConfig.of(config.inbox(), IngestFolders.under(DATA)));
    }
}
