package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest must never take the pipeline's own files for articles, nor move its inbox into the archive. */
class LocationsTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAnInboxInsideTheDataFolder() {
        UserError refused = assertThrows(UserError.class, () -> locations(dir.resolve("data"), dir.resolve("data/inbox")).ingestConfig());

        assertTrue(refused.getMessage().contains("is inside the data folder"), refused.getMessage());
        assertEquals(1, refused.getMessage().lines().count(), "one line");
    }

    @Test
    void shouldRefuseADataFolderInsideTheInbox() {
        UserError refused = assertThrows(UserError.class, () -> locations(dir.resolve("inbox/data"), dir.resolve("inbox")).ingestConfig());

        assertTrue(refused.getMessage().contains("is inside the inbox"), refused.getMessage());
    }

    @Test
    void shouldRefuseTheSameFolderForBoth() {
        assertThrows(UserError.class, () -> locations(dir.resolve("both"), dir.resolve("both")).ingestConfig());
    }

    @Test
    void shouldSeeThroughALinkIntoTheDataFolder() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path link = Files.createSymbolicLink(dir.resolve("inbox"), Files.createDirectories(data.resolve("incoming")));

        assertThrows(UserError.class, () -> locations(data, link).ingestConfig());
    }

    @Test
    void shouldAcceptFoldersSideBySide() {
        assertEquals(dir.resolve("inbox"), locations(dir.resolve("data"), dir.resolve("inbox")).ingestConfig().inbox());
    }

    @Test
    void shouldNotMistakeASiblingWithTheSamePrefixForTheDataFolder() {
        assertEquals(dir.resolve("data-inbox"),
                locations(dir.resolve("data"), dir.resolve("data-inbox")).ingestConfig().inbox());
    }

    private static Locations locations(Path data, Path inbox) {
        Locations locations = new Locations();
        locations.data = data;
        locations.inbox = inbox;
        return locations;
    }
}
